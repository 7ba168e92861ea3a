import Foundation
import LinimasaModel

/// One language's calendar words, read from its `temporal/` tables: month
/// names and abbreviations (`months.tsv`), weekday names (`weekdays.tsv`)
/// and parts of the day (`dayparts.tsv`). The temporal tagger and the
/// ingestion date finder both read dates through this one table.
public struct CalendarWords: Sendable {
    /// Lower-case word → month number 1-12.
    public var months: [String: Int] = [:]
    /// Lower-case word → ISO weekday (1 = Monday … 7 = Sunday).
    public var weekdays: [String: Int] = [:]
    /// Lower-case phrase (words separated by one space) → TIMEX3 part-of-day code.
    public var dayParts: [String: String] = [:]

    public init() {}

    /// Reads the tables of `language` (a resource folder such as `id`).
    /// A malformed row is an error naming the file and line.
    public init(data: LanguageData, language: String) throws {
        let folder = "\(language)/temporal/"
        func bad(_ name: String, _ row: TableRow, _ why: String) -> LanguageDataError {
            LanguageDataError(path: folder + name, line: row.line, reason: why)
        }
        for r in try data.table(folder + "months.tsv") {
            guard let m = Int(r[1]), (1...12).contains(m) else { throw bad("months.tsv", r, "month must be 1-12") }
            months[r[0]] = m
        }
        for r in try data.table(folder + "weekdays.tsv") {
            guard let d = Int(r[1]), (1...7).contains(d) else { throw bad("weekdays.tsv", r, "weekday must be 1-7") }
            weekdays[r[0]] = d
        }
        for r in try data.table(folder + "dayparts.tsv") { dayParts[r[0]] = r[1] }
    }

    /// The language folders of `data` that hold calendar tables, sorted.
    public static func languages(in data: LanguageData) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: data.directory.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: data.url("\($0)/temporal/months.tsv").path)
        }.sorted()
    }

    /// Adds `other`'s words; a word both tables hold keeps this table's value.
    public mutating func merge(_ other: CalendarWords) {
        months.merge(other.months) { mine, _ in mine }
        weekdays.merge(other.weekdays) { mine, _ in mine }
        dayParts.merge(other.dayParts) { mine, _ in mine }
    }
}
