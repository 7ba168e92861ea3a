import LinimasaModel
import Testing

@Test(arguments: [
    (2022, 1, 3, 1),   // Senin (3/1) in the VOA seed: a Monday
    (2022, 10, 13, 4), // Kamis
    (1970, 1, 1, 4),
    (2000, 2, 29, 2),
    (1969, 12, 31, 3),
])
func weekdayIsISO(year: Int, month: Int, day: Int, weekday: Int) throws {
    let d = try #require(CalendarDate(year: year, month: month, day: day))
    #expect(d.weekday == weekday)
}

@Test func dayNumbersRoundTrip() {
    for n in stride(from: -800_000, through: 800_000, by: 997) {
        let d = CalendarDate(dayNumber: n)
        #expect(d.dayNumber == n)
        #expect(CalendarDate(year: d.year, month: d.month, day: d.day) == d)
    }
}

@Test func rejectsImpossibleDays() {
    #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
    #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
    #expect(CalendarDate(year: 2022, month: 13, day: 1) == nil)
    #expect(CalendarDate(year: 2022, month: 4, day: 31) == nil)
}

@Test(arguments: [
    ("2022-10-13", "2022-10-13"),
    ("2022-10-13T08:15:00+07:00", "2022-10-13T08:15:00+07:00"),
    ("2022-10-13T08:15:00.123+0700", "2022-10-13T08:15:00+07:00"),
    ("2022-10-13 08:15:00", "2022-10-13T08:15:00"),
    ("2022-10-13T01:15:00Z", "2022-10-13T01:15:00Z"),
    ("Thu, 13 Oct 2022 08:15:00 +0700", "2022-10-13T08:15:00+07:00"),
    ("13 Okt 2022 08:15 WIB", "2022-10-13T08:15:00+07:00"),
    ("Tue, 04 Jan 2022 10:00:00 GMT", "2022-01-04T10:00:00Z"),
])
func parsesPublicationTimestamps(input: String, iso: String) throws {
    let p = try #require(PublishedDate.parse(input))
    #expect(p.iso8601 == iso)
}

@Test(arguments: ["", "kemarin", "2022-02-30", "13/10/2022x", "2022-10-13T25:00"])
func rejectsNonTimestamps(input: String) {
    #expect(PublishedDate.parse(input) == nil)
}

@Test func utf8OffsetsCountCodePoints() {
    let text = "“Kami” — siap"
    let bytes = Array(text.utf8)
    let map = UTF8Offsets(bytes)
    #expect(!map.isASCII)
    // "siap" starts after 9 code points: “ K a m i ” space — space
    let byteStart = bytes.count - 4
    #expect(map.scalarOffset(ofByte: byteStart) == text.unicodeScalars.count - 4)
    #expect(map.scalarOffset(ofByte: bytes.count) == text.unicodeScalars.count)
    #expect(UTF8Offsets(Array("abc".utf8)).isASCII)
}
