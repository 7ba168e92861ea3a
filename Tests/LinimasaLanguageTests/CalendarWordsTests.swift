import Foundation
import LinimasaModel
import LinimasaLanguage
import Testing

@Suite("Calendar words")
struct CalendarWordsTests {
    @Test func shippedTablesNameEveryMonthAndWeekday() throws {
        let data = LanguageData.bundled
        let languages = CalendarWords.languages(in: data)
        #expect(languages.contains("id"))
        for language in languages {
            let calendar = try CalendarWords(data: data, language: language)
            #expect(Set(calendar.months.values) == Set(1...12), "months of \(language)")
            #expect(Set(calendar.weekdays.values) == Set(1...7), "weekdays of \(language)")
            #expect(!calendar.dayParts.isEmpty, "day parts of \(language)")
        }
    }

    /// A made-up language's tables, written to a temporary folder.
    private func folder(months: String) throws -> LanguageData {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("calendar-\(UUID().uuidString)")
        let dir = root.appendingPathComponent("xx/temporal")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try months.write(to: dir.appendingPathComponent("months.tsv"), atomically: true, encoding: .utf8)
        try "# weekdays\nlundo\t1\nsepto\t7\n".write(to: dir.appendingPathComponent("weekdays.tsv"), atomically: true, encoding: .utf8)
        try "tagmo\tMO\n".write(to: dir.appendingPathComponent("dayparts.tsv"), atomically: true, encoding: .utf8)
        return LanguageData(directory: root)
    }

    @Test func readsAnotherLanguagesFolder() throws {
        let data = try folder(months: "primo\t1\nduomo\t2\n")
        #expect(CalendarWords.languages(in: data) == ["xx"])
        let calendar = try CalendarWords(data: data, language: "xx")
        #expect(calendar.months == ["primo": 1, "duomo": 2])
        #expect(calendar.weekdays["septo"] == 7)
        #expect(calendar.dayParts == ["tagmo": "MO"])
        var merged = calendar
        merged.merge(try CalendarWords(data: .bundled, language: "id"))
        #expect(merged.months["primo"] == 1 && merged.months.count > calendar.months.count)
    }

    @Test func badMonthNamesFileAndLine() throws {
        let data = try folder(months: "# header\nprimo\t1\nduomo\t13\n")
        do {
            _ = try CalendarWords(data: data, language: "xx")
            Issue.record("a month 13 was accepted")
        } catch let error as LanguageDataError {
            #expect(error.path == "xx/temporal/months.tsv")
            #expect(error.line == 3)
            #expect(error.code == .badRecord)
        }
    }
}
