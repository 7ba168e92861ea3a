import LinimasaLanguage
import LinimasaText

/// Month, weekday and part-of-day words for reading datelines, as lower-case
/// UTF-8 for byte matching. They come from the same calendar tables the
/// temporal tagger reads (`<language>/temporal/months.tsv`, `weekdays.tsv`,
/// `dayparts.tsv`): datelines are read before a document's language is
/// known, so the words of every shipped language are taken together.
struct DateWords: Sendable {
    /// Month names and abbreviations with their month number, longest first.
    var months: [([UInt8], Int)]
    /// Weekday names with their ISO number (1 = Monday … 7 = Sunday), longest first.
    var weekdays: [([UInt8], Int)]
    /// Words that may stand between a weekday and its date, longest first.
    var dayParts: [[UInt8]]

    init(_ calendar: CalendarWords) {
        func bytes(_ table: [String: Int]) -> [([UInt8], Int)] {
            var out: [([UInt8], Int)] = []
            for (word, value) in table {
                out.append((Array(word.utf8), value))
                // Typeset text writes the apostrophe as U+2019.
                if word.contains("'") {
                    out.append((Array(String(word.map { $0 == "'" ? "\u{2019}" : $0 }).utf8), value))
                }
            }
            return out.sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0.lexicographicallyPrecedes($1.0) }
        }
        months = bytes(calendar.months)
        weekdays = bytes(calendar.weekdays)
        dayParts = calendar.dayParts.keys.map { Array($0.utf8) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
    }

    /// The words of every language shipped in the bundled data.
    static let shipped: DateWords = {
        let data = LanguageData.bundled
        var calendar = CalendarWords()
        for language in CalendarWords.languages(in: data) {
            do {
                calendar.merge(try CalendarWords(data: data, language: language))
            } catch {
                fatalError("Linimasa's calendar words cannot be read: \(error)")
            }
        }
        return DateWords(calendar)
    }()

    /// The word at `i` if it is one of `list`, matched ignoring ASCII case
    /// and ending at a word boundary: its value and end offset.
    static func match(_ list: [([UInt8], Int)], _ t: CleanerBytes, _ i: Int, _ e: Int) -> (Int, Int)? {
        for (w, v) in list where t.hasCI(w, at: i, end: e) {
            let j = i + w.count
            if j >= e || !ByteText.isLetter(t[j]) { return (v, j) }
        }
        return nil
    }

    static func month(_ t: CleanerBytes, _ i: Int, _ e: Int) -> (month: Int, end: Int)? {
        guard let (m, j) = match(shipped.months, t, i, e) else { return nil }
        // An abbreviation may carry a period: "12 Okt. 2022".
        return (m, t.at(j) == 0x2E ? j + 1 : j)
    }

    static func weekday(_ t: CleanerBytes, _ i: Int, _ e: Int) -> (weekday: Int, end: Int)? {
        match(shipped.weekdays, t, i, e).map { ($0.0, $0.1) }
    }
}
