import LinimasaExtract
import LinimasaLanguage
import LinimasaModel
import Testing

/// One expected time expression of a sentence tagged against a DCT.
struct TimexCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var dct: String
    var text: String
    var type: TimexType
    var value: String
    /// First and last day, when the expression can be placed.
    var interval: (String, String)?

    init(_ sentence: String, _ dct: String, _ text: String, _ type: TimexType, _ value: String,
         _ interval: (String, String)? = nil) {
        self.sentence = sentence; self.dct = dct; self.text = text
        self.type = type; self.value = value; self.interval = interval
    }

    var testDescription: String { "\(text) @\(dct)" }
}

func day(_ iso: String) -> CalendarDate { PublishedDate.parse(iso)!.date }

let sharedTagger = try! TemporalTagger()

@Suite struct TemporalTaggerTests {
    static let cases: [TimexCase] = [
        // Absolute dates in the forms news uses.
        TimexCase("Peluncuran dilakukan 12 Oktober 2022 di Surabaya.", "2022-10-20", "12 Oktober 2022", .date, "2022-10-12", ("2022-10-12", "2022-10-12")),
        TimexCase("Peluncuran dilakukan 12 Okt 2022 di Surabaya.", "2022-10-20", "12 Okt 2022", .date, "2022-10-12"),
        TimexCase("Dokumen bertanggal 12/10/2022 itu bocor.", "2022-10-20", "12/10/2022", .date, "2022-10-12"),
        TimexCase("Dokumen bertanggal 12-10-2022 itu bocor.", "2022-10-20", "12-10-2022", .date, "2022-10-12"),
        TimexCase("Demo buruh terjadi Selasa (11/10/2022) siang.", "2022-10-13", "Selasa (11/10/2022) siang", .time, "2022-10-11TAF"),
        TimexCase("Perahu karet itu tenggelam Senin (3/1) di muara.", "2022-01-04", "Senin (3/1)", .date, "2022-01-03", ("2022-01-03", "2022-01-03")),
        TimexCase("Perahu karet itu tenggelam Jumat (31/12) di muara.", "2022-01-04", "Jumat (31/12)", .date, "2021-12-31"),
        TimexCase("Harga kedelai melonjak sejak Februari karena impor seret.", "2022-01-20", "Februari", .date, "2021-02", ("2021-02-01", "2021-02-28")),
        TimexCase("Harga kedelai melonjak sejak Februari 2022.", "2022-10-13", "Februari 2022", .date, "2022-02"),
        TimexCase("Kebun itu dibuka tahun 2022 oleh warga.", "2022-10-13", "tahun 2022", .date, "2022", ("2022-01-01", "2022-12-31")),
        TimexCase("Kebun itu dibuka pada 2018 oleh warga.", "2022-10-13", "2018", .date, "2018"),
        TimexCase("Gaya rambut itu tren pada 1990-an.", "2022-10-13", "1990-an", .date, "199", ("1990-01-01", "1999-12-31")),
        // Weekdays, past by default and future with tense cues.
        TimexCase("Gubernur meninjau pasar pada Kamis pagi.", "2022-10-13", "Kamis pagi", .time, "2022-10-13TMO"),
        TimexCase("Gubernur meninjau pasar pada Kamis.", "2022-10-13", "Kamis", .date, "2022-10-13", ("2022-10-13", "2022-10-13")),
        TimexCase("Gubernur meninjau pasar pada hari Rabu.", "2022-10-13", "hari Rabu", .date, "2022-10-12"),
        TimexCase("Hakim akan membacakan putusan pada Senin.", "2022-10-13", "Senin", .date, "2022-10-17"),
        TimexCase("Sidang rencananya dilanjutkan Rabu.", "2022-10-13", "Rabu", .date, "2022-10-19"),
        TimexCase("Tersangka diperiksa Kamis (13/10) di Polda.", "2022-10-14", "Kamis (13/10)", .date, "2022-10-13"),
        // A year its weekday contradicts, next to the year of publication that fits it, is a slip.
        TimexCase("Menteri itu tiba di Baku Kamis (14/3/2025) malam.", "2024-03-15", "Kamis (14/3/2025) malam", .time, "2024-03-14TNI"),
        TimexCase("Menteri itu tiba di Baku Kamis, 14 Maret 2025.", "2024-03-15", "Kamis, 14 Maret 2025", .date, "2024-03-14"),
        TimexCase("Menteri itu tiba di Baku Jumat (14/3/2025).", "2024-03-15", "Jumat (14/3/2025)", .date, "2025-03-14"),
        TimexCase("Tim itu bertanding Sabtu lalu di kandang.", "2022-10-13", "Sabtu lalu", .date, "2022-10-08"),
        // Relative expressions.
        TimexCase("Longsor menutup jalan kemarin.", "2022-10-13", "kemarin", .date, "2022-10-12"),
        TimexCase("Longsor menutup jalan hari ini.", "2022-10-13", "hari ini", .date, "2022-10-13"),
        TimexCase("Jalan dibuka lagi besok.", "2022-10-13", "besok", .date, "2022-10-14"),
        TimexCase("Jalan dibuka lagi lusa.", "2022-10-13", "lusa", .date, "2022-10-15"),
        TimexCase("Jalan ditutup kemarin lusa.", "2022-10-13", "kemarin lusa", .date, "2022-10-11"),
        TimexCase("Pabrik itu tutup minggu lalu.", "2022-10-13", "minggu lalu", .date, "2022-W40", ("2022-10-03", "2022-10-09")),
        TimexCase("Pabrik itu tutup pekan lalu.", "2022-10-13", "pekan lalu", .date, "2022-W40"),
        TimexCase("Pabrik itu dibuka pekan depan.", "2022-10-13", "pekan depan", .date, "2022-W42"),
        TimexCase("Pencairan dana dilakukan minggu depan.", "2022-10-12", "minggu depan", .date, "2022-W42", ("2022-10-17", "2022-10-23")),
        TimexCase("Ekspor batu bara turun bulan lalu.", "2022-10-13", "bulan lalu", .date, "2022-09", ("2022-09-01", "2022-09-30")),
        TimexCase("Ekspor batu bara turun bulan lalu.", "2022-01-13", "bulan lalu", .date, "2021-12"),
        TimexCase("Tarif naik bulan depan.", "2022-10-13", "bulan depan", .date, "2022-11"),
        TimexCase("Laba perusahaan turun tahun lalu.", "2022-10-13", "tahun lalu", .date, "2021"),
        TimexCase("Laba perusahaan naik tahun depan.", "2022-10-13", "tahun depan", .date, "2023"),
        TimexCase("Sumur itu kering tiga hari lalu.", "2022-10-13", "tiga hari lalu", .date, "2022-10-10"),
        TimexCase("Sumur itu kering dua pekan lalu.", "2022-10-13", "dua pekan lalu", .date, "2022-W39"),
        TimexCase("Harga gula naik beberapa pekan terakhir.", "2022-10-13", "beberapa pekan terakhir", .duration, "PXW"),
        TimexCase("Harga gula naik selama sebulan terakhir.", "2022-10-13", "sebulan terakhir", .duration, "P1M", ("2022-09-13", "2022-10-13")),
        TimexCase("Harga gula naik dalam beberapa hari terakhir.", "2022-10-13", "beberapa hari terakhir", .duration, "PXD"),
        TimexCase("Hujan lebat turun awal Oktober.", "2022-10-13", "awal Oktober", .date, "2022-10", ("2022-10-01", "2022-10-10")),
        TimexCase("Hujan lebat turun pertengahan Oktober.", "2022-10-13", "pertengahan Oktober", .date, "2022-10"),
        TimexCase("Jalur itu padat akhir pekan ini.", "2022-10-13", "akhir pekan ini", .date, "2022-W41-WE", ("2022-10-15", "2022-10-16")),
        TimexCase("Proyek selesai akhir tahun.", "2022-10-13", "akhir tahun", .date, "2022"),
        TimexCase("Inflasi terkendali tahun ini.", "2022-10-13", "tahun ini", .date, "2022"),
        TimexCase("Inflasi terkendali bulan ini.", "2022-10-13", "bulan ini", .date, "2022-10"),
        TimexCase("Inflasi terkendali pekan ini.", "2022-10-13", "pekan ini", .date, "2022-W41"),
        TimexCase("Saat ini stok beras aman.", "2022-10-13", "Saat ini", .date, "PRESENT_REF"),
        TimexCase("Stok beras kini aman.", "2022-10-13", "kini", .date, "PRESENT_REF"),
        TimexCase("Stok beras sekarang aman.", "2022-10-13", "sekarang", .date, "PRESENT_REF"),
        // Times.
        TimexCase("Upacara dimulai pukul 10.00 WIB di halaman.", "2014-12-28", "pukul 10.00 WIB", .time, "2014-12-28T10:00"),
        TimexCase("Upacara dimulai pukul 14.30 di halaman.", "2014-12-28", "pukul 14.30", .time, "2014-12-28T14:30"),
        TimexCase("Jalan licin pagi ini.", "2014-12-28", "pagi ini", .time, "2014-12-28TMO"),
        TimexCase("Kebakaran terjadi Senin pagi.", "2014-12-28", "Senin pagi", .time, "2014-12-22TMO"),
        TimexCase("Patroli diperketat pada malam hari.", "2014-12-28", "malam hari", .time, "2014-12-28TNI"),
        TimexCase("Kebakaran terjadi dini hari di gudang.", "2014-12-28", "dini hari", .time, "2014-12-28TNI"),
        // Durations.
        TimexCase("Renovasi masjid itu berlangsung hampir delapan bulan.", "2022-10-13", "hampir delapan bulan", .duration, "P8M"),
        TimexCase("Diskusi berlangsung selama dua jam.", "2022-10-13", "dua jam", .duration, "PT2H"),
        TimexCase("Ia menjabat tiga tahun.", "2022-10-13", "tiga tahun", .duration, "P3Y"),
        TimexCase("Isolasi berlangsung sekitar satu minggu.", "2022-10-13", "sekitar satu minggu", .duration, "P1W"),
        TimexCase("Konflik itu berlangsung lebih dari satu dekade.", "2022-10-13", "lebih dari satu dekade", .duration, "P10Y"),
        TimexCase("Pompa menyala 48 jam tanpa henti.", "2022-10-13", "48 jam", .duration, "PT48H"),
        // Sets.
        TimexCase("Lomba perahu diadakan setiap tahun.", "2022-10-13", "setiap tahun", .set, "P1Y"),
        TimexCase("Bus lewat tiap hari.", "2022-10-13", "tiap hari", .set, "P1D"),
        TimexCase("Posyandu buka setiap Senin.", "2022-10-13", "setiap Senin", .set, "XXXX-WXX-1"),
    ]

    @Test(arguments: cases)
    func tagsAndNormalises(_ c: TimexCase) throws {
        let found = sharedTagger.tag(text: c.sentence, dct: day(c.dct))
        let x = try #require(found.first { $0.text == c.text }, "found: \(found.map { "\($0.text)=\($0.value)" })")
        #expect(x.type == c.type)
        #expect(x.value == c.value)
        if let (start, end) = c.interval {
            #expect(x.interval == DayInterval(start: day(start), end: day(end)))
        }
        let scalars = Array(c.sentence.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[x.span.start..<x.span.end])) == c.text)
        #expect(!x.rule.isEmpty)
    }

    /// Words and numbers that look temporal but are not.
    @Test(arguments: [
        "Ribuan jemaah memadati masjid untuk salat Jumat.",
        "Nilai tukar rupiah melemah 2,5 persen terhadap dolar.",
        "Rombongan menempuh 1.000 kilometer dengan bus.",
        "Aturan itu tercantum dalam Pasal 5 undang-undang tersebut.",
        "Sebanyak 2000 orang mengungsi ke gedung sekolah.",
        "Penyanyi Mei Lestari tampil memukau di panggung.",
    ])
    func ignoresLookalikes(_ sentence: String) {
        let found = sharedTagger.tag(text: sentence, dct: day("2022-10-13"))
        #expect(found.isEmpty, "found: \(found.map(\.text))")
    }

    @Test func spansAreCodePointsAfterNonASCII() throws {
        let text = "Kata “darurat” dicabut — Selasa (11/10/2022) pukul 09.15 WITA."
        let x = try #require(sharedTagger.tag(text: text, dct: day("2022-10-13")).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[x.span.start..<x.span.end])) == "Selasa (11/10/2022) pukul 09.15 WITA")
        #expect(x.value == "2022-10-11T09:15")
    }

    @Test func sentencesBoundRules() {
        let text = "Harga naik 12. Oktober menjadi bulan sibuk."
        let found = sharedTagger.tag(text: text, sentences: [TextSpan(start: 0, end: 14), TextSpan(start: 15, end: 43)],
                                     dct: day("2022-10-13"))
        #expect(!found.contains { $0.text.contains("12") })
    }

    @Test func withoutDCTValuesKeepPlaceholders() throws {
        let found = sharedTagger.tag(text: "Pasar tutup kemarin.", dct: nil)
        #expect(try #require(found.first).value == "XXXX-XX-XX")
    }

    // The rules read the shared tokenizer's tokens; a token that joins what
    // the rules read in parts is seen as those parts.
    @Test(arguments: [
        TimexCase("Mode itu populer pada 1970-an di kota.", "2022-10-13", "1970-an", .date, "197"),
        TimexCase("Laba triwulan II-2019 turun tajam.", "2022-10-13", "triwulan II-2019", .date, "2019-Q2"),
        TimexCase("Ekspor naik pada kuartal ke-2 tahun 2021.", "2022-10-13", "kuartal ke-2 tahun 2021", .date, "2021-Q2"),
        TimexCase("Berkas itu bertanggal 2021-07-15 menurut panitera.", "2022-10-13", "2021-07-15", .date, "2021-07-15"),
    ])
    func readsJoinedTokensInParts(_ c: TimexCase) throws {
        let found = sharedTagger.tag(text: c.sentence, dct: day(c.dct))
        let x = try #require(found.first { $0.text == c.text }, "found: \(found.map(\.text))")
        #expect(x.value == c.value)
    }

    @Test func aDashBeforeAClockTimeSeparatesTwoTimes() {
        let found = sharedTagger.tag(text: "Loket buka pukul 08.00 WITA-16.30 WITA setiap hari.", dct: day("2022-10-13"))
        #expect(found.map(\.value).contains("2022-10-13T08:00"))
        #expect(found.map(\.text).contains("16.30 WITA"))
    }

    @Test func aDateInsideAnAddressIsNotATimeExpression() {
        let found = sharedTagger.tag(text: "Baca di https://contoh.id/berita/2021/03/09/banjir-surut ya.", dct: day("2022-10-13"))
        #expect(found.isEmpty, "found: \(found.map(\.text))")
    }

    @Test func anEnglishMonthAbbreviationTakesItsDot() throws {
        let tagger = try TemporalTagger(profile: .english())
        let x = try #require(tagger.tag(text: "The vote was held on Oct. 19, 1987 in the capital.", dct: day("1987-10-21")).first)
        #expect(x.text == "Oct. 19, 1987")
        #expect(x.value == "1987-10-19")
    }

    /// Extraction tags the analysed tokens; the result is what tagging the
    /// text by its sentences gives.
    @Test func extractionTagsTheAnalysedTokens() {
        let text = "Kapal itu berlabuh Senin (3/1) pukul 07.30 WIB.\nRapat berikutnya digelar pekan depan di Ambon."
        let x = extract(text, published: "2022-01-04")
        let direct = sharedTagger.tag(x.document)
        #expect(x.timexes == direct)
        #expect(x.timexes.map(\.text) == ["Senin (3/1) pukul 07.30 WIB", "pekan depan"])
        #expect(x.sentences.flatMap(\.timexes).count == 2)
    }
}
