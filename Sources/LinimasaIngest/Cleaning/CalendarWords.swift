import LinimasaText

/// Month and weekday words as they appear in Indonesian and English news
/// datelines, as lower-case UTF-8 literals for byte matching.
enum CalendarWords {
    /// Month names and abbreviations with their month number. Longer forms
    /// come first so that "Juni" is not read as "Jun" plus a letter.
    static let months: [([UInt8], Int)] = [
        ("januari", 1), ("january", 1), ("jan", 1),
        ("februari", 2), ("pebruari", 2), ("february", 2), ("feb", 2), ("peb", 2),
        ("maret", 3), ("march", 3), ("mar", 3),
        ("april", 4), ("apr", 4),
        ("mei", 5), ("may", 5),
        ("juni", 6), ("june", 6), ("jun", 6),
        ("juli", 7), ("july", 7), ("jul", 7),
        ("agustus", 8), ("august", 8), ("agu", 8), ("agt", 8), ("ags", 8), ("aug", 8),
        ("september", 9), ("sept", 9), ("sep", 9),
        ("oktober", 10), ("october", 10), ("okt", 10), ("oct", 10),
        ("november", 11), ("nopember", 11), ("nov", 11), ("nop", 11),
        ("desember", 12), ("december", 12), ("des", 12), ("dec", 12),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Weekday names with their ISO number (1 = Monday … 7 = Sunday).
    static let weekdays: [([UInt8], Int)] = [
        ("senin", 1), ("selasa", 2), ("rabu", 3), ("kamis", 4),
        ("jumat", 5), ("jum'at", 5), ("jum’at", 5), ("sabtu", 6), ("minggu", 7), ("ahad", 7),
        ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4),
        ("friday", 5), ("saturday", 6), ("sunday", 7),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Words that may stand between a weekday and its date:
    /// "Rabu siang (9/5/2018)", "Senin malam (3/1)".
    static let dayParts: [[UInt8]] = ["pagi", "siang", "sore", "malam", "dini hari", "petang"]
        .map { Array($0.utf8) }

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
        guard let (m, j) = match(months, t, i, e) else { return nil }
        // An abbreviation may carry a period: "12 Okt. 2022".
        return (m, t.at(j) == 0x2E ? j + 1 : j)
    }

    static func weekday(_ t: CleanerBytes, _ i: Int, _ e: Int) -> (weekday: Int, end: Int)? {
        match(weekdays, t, i, e).map { ($0.0, $0.1) }
    }
}
