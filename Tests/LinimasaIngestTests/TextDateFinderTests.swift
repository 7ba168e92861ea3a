import Testing
import LinimasaIngest
import LinimasaModel

struct TextDateFinderTests {
    static let today = CalendarDate(year: 2023, month: 6, day: 30)!

    /// Runs the cleaner and the finder on `text`.
    static func find(_ text: String, today: CalendarDate = today) -> (date: CalendarDate, source: DCTSource)? {
        let bytes = Array(text.utf8)
        return TextDateFinder.find(in: bytes, kept: BodyCleaner.clean(bytes).kept, today: today)
    }

    /// Over 600 bytes of text without dates, to push a date out of the window.
    static let filler = String(repeating: "Warga berkumpul di lapangan desa untuk kerja bakti. ", count: 13)

    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    @Test(arguments: [
        ("Rabu, 12 Oktober 2022 - Pasar saham dibuka menguat pagi ini.", 2022, 10, 12),
        ("Gubernur meresmikan jembatan baru pada 12 Oktober 2022 di Bogor.", 2022, 10, 12),
        ("Rapat digelar di gedung DPR, Selasa (11/10/2022), dan berlangsung tertutup.", 2022, 10, 11),
        ("Hal itu disampaikan Menteri di Jakarta, Kamis (13/10/2022).", 2022, 10, 13),
        ("Pada Selasa, 11/10/2022 warga berkumpul di balai desa.", 2022, 10, 11),
        ("Rabu siang (9/5/2018) hujan deras mengguyur kota.", 2018, 5, 9),
        ("Sidang berlanjut Senin (4 / 12 / 2017) di pengadilan negeri.", 2017, 12, 4),
        ("The ministers met in Geneva on October 12, 2022 to discuss grain.", 2022, 10, 12),
        ("Harga minyak turun pada 5 Feb 2023 setelah rapat OPEC.", 2023, 2, 5),
        ("Kebijakan berlaku sejak 17 Agustus 2020 di seluruh provinsi.", 2020, 8, 17),
        // Calendar words come from the temporal tables; U+2019 stands for "'".
        ("Jum\u{2019}at (14/10/2022) panitia menutup pendaftaran lomba.", 2022, 10, 14),
        ("Sabtu subuh (15/10/2022) nelayan berangkat melaut.", 2022, 10, 15),
    ])
    func readsFullDate(text: String, y: Int, m: Int, d: Int) throws {
        let found = try #require(Self.find(text))
        #expect(found.date == Self.day(y, m, d))
        #expect(found.source == .textDate)
    }

    @Test func weekdayYearFromAnchor() throws {
        let text = """
            Menlu bertemu mitranya, pada Senin (3/1), untuk membahas perbatasan.

            Pertemuan sebelumnya berlangsung pada 21 Desember 2021 di ibu kota.
            """
        let found = try #require(Self.find(text, today: Self.day(2023, 6, 1)))
        #expect(found.date == Self.day(2022, 1, 3))
        #expect(found.source == .textWeekday)
    }

    @Test func weekdayYearFromWindowBeforeToday() throws {
        let found = try #require(Self.find("Menlu bertemu mitranya pada Senin (3/1) di Wina.", today: Self.day(2022, 1, 10)))
        #expect(found.date == Self.day(2022, 1, 3))
        #expect(found.source == .textWeekday)
    }

    @Test func ambiguousWeekdayIsLeftUnknown() {
        // Anchors 2016 and 2022 make 2015-2017 and 2021-2023 candidates;
        // 1 March fell on a Tuesday in both 2016 and 2022.
        let text = "Rapat digelar Selasa (1/3) di kantor gubernur.\n\n" + Self.filler
            + "Aturan itu terbit 5 Mei 2016 dan direvisi 9 Juni 2022."
        #expect(Self.find(text, today: Self.day(2023, 12, 31)) == nil)
    }

    @Test func weekdayWithoutMatchingYearIsLeftUnknown() {
        // With an anchor in 2019, no year of 2018-2020 has 3 January on a Monday.
        let text = "Rapat digelar Senin (3/1) di kantor gubernur.\n\n" + Self.filler + "Aturan itu terbit 5 Mei 2019."
        #expect(Self.find(text, today: Self.day(2023, 12, 31)) == nil)
    }

    @Test func contradictingWeekdayIsSkipped() {
        // 12 October 2022 was a Wednesday, not a Monday.
        #expect(Self.find("Senin, 12 Oktober 2022 - Pasar saham dibuka menguat.") == nil)
        #expect(Self.find("Rapat digelar Senin (12/10/2022) di Jakarta.") == nil)
    }

    @Test func contradictingWeekdayFallsThroughToNextDate() throws {
        let found = try #require(Self.find("Senin (12/10/2022) rapat ditunda hingga Kamis (13/10/2022)."))
        #expect(found.date == Self.day(2022, 10, 13))
    }

    @Test func futureDatesAreNotCandidates() {
        #expect(Self.find("Konser dijadwalkan 12 Oktober 2030 di stadion utama.") == nil)
    }

    @Test func numericDateNeedsWeekday() {
        #expect(Self.find("Nomor surat 11/10/2022 dikirim ke kantor dinas.") == nil)
    }

    @Test func looksOnlyAtTheOpening() {
        #expect(Self.find(Self.filler + "Acara itu digelar 12 Oktober 2022.") == nil)
    }

    @Test func ignoresDroppedLines() {
        let text = "Baca juga: Banjir Surut pada 12 Oktober 2022\nWarga kembali ke rumah masing-masing."
        #expect(Self.find(text) == nil)
    }
}
