import LinimasaModel

/// A row whose values cannot be turned back into model values: the database
/// was written by something else, or edited by hand.
struct CorruptRow: Error, CustomStringConvertible {
    var description: String
}

/// Input or a database the store will not take; ``EventStore`` reports it
/// as a ``StoreError`` naming the file.
struct Refusal: Error, CustomStringConvertible {
    var description: String
}

/// How model values are written in columns: days as `YYYY-MM-DD`, enums by
/// their raw values.
enum StoredValues {
    static func day(_ date: CalendarDate?) -> String? { date?.description }

    /// Parses `YYYY-MM-DD` back into a day.
    static func day(_ text: String?, column: String) throws -> CalendarDate? {
        guard let text else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              let date = CalendarDate(year: y, month: m, day: d) else {
            throw CorruptRow(description: "\(column): '\(text)' is not a YYYY-MM-DD day")
        }
        return date
    }

    static func published(_ text: String?) throws -> PublishedDate? {
        guard let text else { return nil }
        guard let date = PublishedDate.parse(text) else {
            throw CorruptRow(description: "documents.published: '\(text)' is not an ISO 8601 date")
        }
        return date
    }

    static func raw<T: RawRepresentable>(_ value: T.RawValue, as type: T.Type, column: String) throws -> T {
        guard let v = T(rawValue: value) else {
            throw CorruptRow(description: "\(column): unknown value '\(value)'")
        }
        return v
    }
}
