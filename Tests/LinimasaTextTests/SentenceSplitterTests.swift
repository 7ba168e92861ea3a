import Foundation
import LinimasaText
import Testing

/// The texts of the sentences `SentenceSplitter` finds in `text`.
private func sentences(_ text: String, regions: [Range<Int>]? = nil) -> [String] {
    let bytes = Array(text.utf8)
    return SentenceSplitter.split(bytes, regions: regions ?? [0..<bytes.count])
        .map { String(decoding: bytes[$0], as: UTF8.self) }
}

/// A case: input text and the expected sentence texts.
struct SplitCase: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: [String]
    init(_ text: String, _ expected: [String]) { self.text = text; self.expected = expected }
    var testDescription: String { text }
}

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        SplitCase("Banjir melanda Bekasi\nWarga mengungsi ke masjid.", ["Banjir melanda Bekasi", "Warga mengungsi ke masjid."]),
        SplitCase("Hujan turun sejak pagi. Jalan utama tergenang.", ["Hujan turun sejak pagi.", "Jalan utama tergenang."]),
        SplitCase("Apa yang terjadi? Tidak ada yang tahu!", ["Apa yang terjadi?", "Tidak ada yang tahu!"]),
        SplitCase("Benarkah?! Ya, benar.", ["Benarkah?!", "Ya, benar."]),
        SplitCase("Luar biasa!!! Semua bersorak.", ["Luar biasa!!!", "Semua bersorak."]),
        SplitCase("Dia terdiam... lalu pergi.", ["Dia terdiam... lalu pergi."]),
        SplitCase("Dia terdiam... Kemudian pergi.", ["Dia terdiam...", "Kemudian pergi."]),
        SplitCase("Tunggu… dan lihat saja.", ["Tunggu… dan lihat saja."]),
        SplitCase("Tunggu… Semua diam.", ["Tunggu…", "Semua diam."]),
        SplitCase("Rapat selesai.... Lalu semua pulang.", ["Rapat selesai....", "Lalu semua pulang."]),
        SplitCase("Judul tanpa titik\n\nParagraf pertama. Paragraf kedua", ["Judul tanpa titik", "Paragraf pertama.", "Paragraf kedua"]),
        SplitCase("Baris satu.\r\nBaris dua.", ["Baris satu.", "Baris dua."]),
    ])
    func terminatorsAndLines(_ c: SplitCase) {
        #expect(sentences(c.text) == c.expected)
    }

    @Test(arguments: [
        SplitCase("Prof. Budi Santoso hadir dalam sidang.", ["Prof. Budi Santoso hadir dalam sidang."]),
        SplitCase("Rektor kini dijabat Dr. Ani Wijaya.", ["Rektor kini dijabat Dr. Ani Wijaya."]),
        SplitCase("Pasien ditangani dr. Sinta di Jl. Merdeka No. 5 pagi tadi.", ["Pasien ditangani dr. Sinta di Jl. Merdeka No. 5 pagi tadi."]),
        SplitCase("Pengajian dipimpin K.H. Ahmad Fauzi dan Hj. Siti Aminah.", ["Pengajian dipimpin K.H. Ahmad Fauzi dan Hj. Siti Aminah."]),
        SplitCase("Harga naik menjadi Rp. 15.000 per kilogram.", ["Harga naik menjadi Rp. 15.000 per kilogram."]),
        SplitCase("Rinciannya ada di hlm. 12 laporan itu.", ["Rinciannya ada di hlm. 12 laporan itu."]),
        SplitCase("Saksi ahli Budi, S.H., M.Si. Menurutnya sah.", ["Saksi ahli Budi, S.H., M.Si. Menurutnya sah."]),
        SplitCase("Pasukan dipimpin Brigjen. Andi dan Kol. Rahmat.", ["Pasukan dipimpin Brigjen. Andi dan Kol. Rahmat."]),
        SplitCase("Surat a.n. Kepala Dinas sudah dikirim.", ["Surat a.n. Kepala Dinas sudah dikirim."]),
        SplitCase("Penelitian Sari dkk. menunjukkan hasil serupa.", ["Penelitian Sari dkk. menunjukkan hasil serupa."]),
        SplitCase("Mr. Smith met Gov. Newsom in St. Louis.", ["Mr. Smith met Gov. Newsom in St. Louis."]),
        SplitCase("Acme Inc. Directors met Sen. Jones.", ["Acme Inc. Directors met Sen. Jones."]),
        SplitCase("Mereka membawa beras, gula, dll. Semua dibagikan.", ["Mereka membawa beras, gula, dll.", "Semua dibagikan."]),
        SplitCase("Mereka membawa beras, gula, dll. untuk warga.", ["Mereka membawa beras, gula, dll. untuk warga."]),
        SplitCase("Pasar menjual sayur, buah, dsb.\nHarga stabil.", ["Pasar menjual sayur, buah, dsb.", "Harga stabil."]),
        SplitCase("Laporan ditulis Budi dkk. Mereka meneliti sungai.", ["Laporan ditulis Budi dkk.", "Mereka meneliti sungai."]),
    ])
    func abbreviations(_ c: SplitCase) {
        #expect(sentences(c.text) == c.expected)
    }

    @Test(arguments: [
        SplitCase("Sanksi itu dijatuhkan A.S. Mereka menolaknya.", ["Sanksi itu dijatuhkan A.S.", "Mereka menolaknya."]),
        SplitCase("Kapal induk A.S. Enterprise berlabuh.", ["Kapal induk A.S. Enterprise berlabuh."]),
        SplitCase("The U.S. Navy sent two ships.", ["The U.S. Navy sent two ships."]),
        SplitCase("Sanctions came from the U.S. The talks stalled.", ["Sanctions came from the U.S.", "The talks stalled."]),
        SplitCase("Kami menyambut komitmen AS. Blinken tiba kemarin.", ["Kami menyambut komitmen AS.", "Blinken tiba kemarin."]),
        SplitCase("Presiden Joe R. Biden berpidato.", ["Presiden Joe R. Biden berpidato."]),
        SplitCase("B.J. Habibie lahir di Parepare.", ["B.J. Habibie lahir di Parepare."]),
        SplitCase("Susilo B. Yudhoyono hadir.", ["Susilo B. Yudhoyono hadir."]),
        SplitCase("Menlu Antony J. Blinken bertemu mitranya.", ["Menlu Antony J. Blinken bertemu mitranya."]),
        SplitCase("Tim itu masuk pot A. Dia senang sekali.", ["Tim itu masuk pot A.", "Dia senang sekali."]),
    ])
    func acronymsAndInitials(_ c: SplitCase) {
        #expect(sentences(c.text) == c.expected)
    }

    @Test(arguments: [
        SplitCase("Sebanyak 1.000 warga hadir.", ["Sebanyak 1.000 warga hadir."]),
        SplitCase("Inflasi tercatat 2,5 persen. Angka itu turun.", ["Inflasi tercatat 2,5 persen.", "Angka itu turun."]),
        SplitCase("Rapat dimulai pukul 12.30 WIB.", ["Rapat dimulai pukul 12.30 WIB."]),
        SplitCase("Dana Rp 1.5 triliun cair 3.5 kali lebih cepat.", ["Dana Rp 1.5 triliun cair 3.5 kali lebih cepat."]),
        SplitCase("Harga naik pada 2022. 30 warga protes.", ["Harga naik pada 2022.", "30 warga protes."]),
        SplitCase("1. Pertama, warga mendaftar.\n2. Kedua, petugas memeriksa.", ["1. Pertama, warga mendaftar.", "2. Kedua, petugas memeriksa."]),
        SplitCase("Klasemen: 1. Persib (6 poin), 2. Persija (4 poin).", ["Klasemen: 1. Persib (6 poin), 2. Persija (4 poin)."]),
        SplitCase("a. Syarat pertama dipenuhi.", ["a. Syarat pertama dipenuhi."]),
        SplitCase("Menlu tiba Senin (3/1) malam.", ["Menlu tiba Senin (3/1) malam."]),
        SplitCase("Rapat digelar Selasa (11/10/2022) di Bogor.", ["Rapat digelar Selasa (11/10/2022) di Bogor."]),
        SplitCase("Rapat digelar Senin (3/1). Hasilnya diumumkan kemudian.", ["Rapat digelar Senin (3/1).", "Hasilnya diumumkan kemudian."]),
    ])
    func numbersAndDates(_ c: SplitCase) {
        #expect(sentences(c.text) == c.expected)
    }

    @Test(arguments: [
        SplitCase(#""Kami siap," kata Stoltenberg."#, [#""Kami siap," kata Stoltenberg."#]),
        SplitCase(#""Itu pesan yang keliru untuk dikirim," tambahnya."#, [#""Itu pesan yang keliru untuk dikirim," tambahnya."#]),
        SplitCase(#""Kami siap." Dia lalu pergi."#, [#""Kami siap.""#, "Dia lalu pergi."]),
        SplitCase(#""Kami siap!" ujar Austin."#, [#""Kami siap!" ujar Austin."#]),
        SplitCase(#""Siapa dia?" tanya Rudi. Tak ada jawaban."#, [#""Siapa dia?" tanya Rudi."#, "Tak ada jawaban."]),
        SplitCase(#""Kami siap. Kita berangkat besok," kata Rudi."#, [#""Kami siap. Kita berangkat besok," kata Rudi."#]),
        SplitCase(#""Kami siap. Kita berangkat!" seru Rudi."#, [#""Kami siap. Kita berangkat!" seru Rudi."#]),
        SplitCase(#""Kami siap. Kita berangkat." Rudi lalu pergi."#, [#""Kami siap."#, #"Kita berangkat.""#, "Rudi lalu pergi."]),
        SplitCase("“Kami siap,” kata Budi.", ["“Kami siap,” kata Budi."]),
        SplitCase("“Kami siap.” Dia pergi.", ["“Kami siap.”", "Dia pergi."]),
        SplitCase("Ia menulis ‘Kami siap.’ Lalu pergi.", ["Ia menulis ‘Kami siap.’", "Lalu pergi."]),
        SplitCase(#"Dia bertanya, "Kapan?" lalu diam."#, [#"Dia bertanya, "Kapan?" lalu diam."#]),
        SplitCase("Harga naik (lihat tabel.) Pembeli mengeluh.", ["Harga naik (lihat tabel.)", "Pembeli mengeluh."]),
        SplitCase(#"Ia berkata " kami siap . " Lalu pergi ."#, [#"Ia berkata " kami siap . ""#, "Lalu pergi ."]),
    ])
    func quotes(_ c: SplitCase) {
        #expect(sentences(c.text) == c.expected)
    }

    @Test(arguments: [
        SplitCase("Berita ini terbit di KOMPAS.com pada pagi hari.", ["Berita ini terbit di KOMPAS.com pada pagi hari."]),
        SplitCase("Baca di detik.com. Semua gratis.", ["Baca di detik.com.", "Semua gratis."]),
        SplitCase("Kunjungi www.voaindonesia.com untuk info.", ["Kunjungi www.voaindonesia.com untuk info."]),
        SplitCase("Kirim ke redaksi@contoh.co.id segera.", ["Kirim ke redaksi@contoh.co.id segera."]),
        SplitCase("JAKARTA, KONTAN.CO.ID - Harga emas naik.", ["JAKARTA, KONTAN.CO.ID - Harga emas naik."]),
    ])
    func urlsAndDomains(_ c: SplitCase) {
        #expect(sentences(c.text) == c.expected)
    }

    @Test func trimsUnicodeSpaces() {
        let text = "  Halo dunia.\u{00A0}\u{2003}Dia datang.\u{3000}\n\u{FEFF} "
        #expect(sentences(text) == ["Halo dunia.", "Dia datang."])
    }

    @Test func emptyAndBlankInputs() {
        #expect(sentences("").isEmpty)
        #expect(sentences(" \n\t\u{00A0}\n").isEmpty)
        #expect(sentences("...") == ["..."])
        #expect(sentences("\"") == ["\""])
    }

    @Test func regionsBoundSentences() {
        let text = "KOMPAS.com - Banjir datang. Warga panik.\nBaca juga: Banjir lagi\nAir surut sore hari."
        let bytes = Array(text.utf8)
        let firstBody = Array("KOMPAS.com - ".utf8).count
        let debris = Array("Baca juga: Banjir lagi\n".utf8).count
        let lineTwo = Array("KOMPAS.com - Banjir datang. Warga panik.\n".utf8).count
        let regions = [firstBody..<lineTwo, (lineTwo + debris)..<bytes.count]
        #expect(sentences(text, regions: regions) == ["Banjir datang.", "Warga panik.", "Air surut sore hari."])
    }

    @Test func regionBoundaryEndsSentence() {
        let text = "Warga panik karena air naik."
        let cut = Array("Warga panik ".utf8).count
        #expect(sentences(text, regions: [0..<cut, cut..<Array(text.utf8).count])
            == ["Warga panik", "karena air naik."])
    }

    @Test func regionsOutOfBoundsAreClamped() {
        let text = "Satu. Dua."
        #expect(sentences(text, regions: [-5..<3, 2..<4, 6..<1000]) == ["Sat", "u", "Dua."])
    }
}

// MARK: - Invariants over real news text

/// The shared news corpus next to the repository (`<repo>/../shared/corpus/`),
/// absent on machines without it.
enum NewsCorpus {
    static let path: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/indonesian-news.jsonl").path

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: path) }

    /// The UTF-8 "text" fields of the first `limit` articles.
    static func texts(limit: Int) throws -> [[UInt8]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var out: [[UInt8]] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where out.count < limit {
            let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            if let text = object?["text"] as? String { out.append(Array(text.utf8)) }
        }
        return out
    }
}

/// Character tests of the invariant checks, written independently of
/// `ByteText` with the standard library's Unicode support.
enum Chars {
    static func firstScalar(_ bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
        String(decoding: bytes.prefix(4), as: UTF8.self).unicodeScalars.first
    }

    static func lastScalar(_ bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
        String(decoding: bytes.suffix(4), as: UTF8.self).unicodeScalars.last
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s.value == 0x200B || s.value == 0xFEFF
    }

    static func isWord(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }
}

@Suite struct SentenceSplitterCorpusTests {
    /// Body regions like the cleaner's: every non-empty line, with the first
    /// 12 bytes of the first line left out (a stand-in for a dateline), so
    /// that regions start mid-line and mid-word.
    static func regions(_ text: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for (i, b) in text.enumerated() where b == 0x0A {
            if i > start { out.append(start..<i) }
            start = i + 1
        }
        if start < text.count { out.append(start..<text.count) }
        if let first = out.first, first.count > 12 { out[0] = (first.lowerBound + 12)..<first.upperBound }
        return out
    }

    @Test(.enabled(if: NewsCorpus.isAvailable))
    func invariantsHoldOnFirst500Articles() throws {
        for text in try NewsCorpus.texts(limit: 500) {
            for regions in [Self.regions(text), [0..<text.count]] {
                check(text, regions, SentenceSplitter.split(text, regions: regions))
            }
        }
    }

    private func check(_ text: [UInt8], _ regions: [Range<Int>], _ sentences: [Range<Int>]) {
        var previousEnd = 0
        var r = 0
        for s in sentences {
            #expect(!s.isEmpty)
            #expect(s.lowerBound >= previousEnd, "sentences overlap or are unsorted")
            previousEnd = s.upperBound
            while r < regions.count, regions[r].upperBound < s.upperBound { r += 1 }
            guard r < regions.count, regions[r].lowerBound <= s.lowerBound else {
                Issue.record("sentence \(s) outside every region"); return
            }
            let region = regions[r]
            guard let first = Chars.firstScalar(text[s]), let last = Chars.lastScalar(text[s]) else {
                Issue.record("undecodable sentence \(s)"); continue
            }
            #expect(!Chars.isSpace(first) && !Chars.isSpace(last), "untrimmed \(s)")
            if Chars.isWord(first), s.lowerBound > region.lowerBound,
               let before = Chars.lastScalar(text[region.lowerBound..<s.lowerBound]) {
                #expect(!Chars.isWord(before), "starts inside a word: \(String(decoding: text[s], as: UTF8.self))")
            }
            if Chars.isWord(last), s.upperBound < region.upperBound,
               let after = Chars.firstScalar(text[s.upperBound..<region.upperBound]) {
                #expect(!Chars.isWord(after), "ends inside a word: \(String(decoding: text[s], as: UTF8.self))")
            }
        }
        // Coverage: whatever the sentences leave out of the regions is whitespace.
        var covered = [Bool](repeating: false, count: text.count)
        for s in sentences { for k in s { covered[k] = true } }
        for region in regions {
            var gap: [UInt8] = []
            for k in region where !covered[k] { gap.append(text[k]) }
            let missing = String(decoding: gap, as: UTF8.self).unicodeScalars.filter { !Chars.isSpace($0) }
            #expect(missing.isEmpty, "text outside every sentence: \(String(String.UnicodeScalarView(missing)))")
        }
    }
}
