import LinimasaModel
import LinimasaText

/// A date written in the text, possibly without a year.
struct WrittenDate {
    var day: Int
    var month: Int
    var year: Int?
    /// ISO weekday written next to it ("Selasa (11/10/2022)"), if any.
    var weekday: Int?
    var end: Int
}

/// Reads the date forms of Indonesian and English datelines at a byte offset:
/// "Rabu, 12 Oktober 2022", "12 Oktober 2022", "October 12, 2022",
/// "Selasa (11/10/2022)", "Kamis, 13/10/2022", "Senin (3/1)", and the
/// tokenised "(4 / 12 / 2017)" of some corpora.
enum DateForms {
    /// The date that starts at `i` (a word start), or nil.
    static func read(_ t: CleanerBytes, _ i: Int, _ e: Int) -> WrittenDate? {
        let c = t[i]
        if ByteText.isDigit(c) { return dayMonthYear(t, i, e) }
        guard ByteText.isUpper(c) else { return nil }
        if let (wd, j0) = DateWords.weekday(t, i, e) {
            var j = j0
            if t.at(j) == 0x2C { j += 1 }
            j = t.skipSpaces(j, min(e, j + 3))
            for part in DateWords.shipped.dayParts where t.hasCI(part, at: j, end: e) {
                j = t.skipSpaces(j + part.count, min(e, j + part.count + 3))
                if t.at(j) == 0x2C { j = t.skipSpaces(j + 1, min(e, j + 3)) }
                break
            }
            var d: WrittenDate?
            if t.at(j) == 0x28 {
                d = numeric(t, t.skipSpaces(j + 1, e), e)
                if let n = d {
                    let k = t.skipSpaces(n.end, e)
                    guard t.at(k) == 0x29 else { return nil }
                    d?.end = k + 1
                }
            } else if ByteText.isDigit(t.at(j)) {
                d = dayMonthYear(t, j, e) ?? numeric(t, j, e).flatMap { $0.year == nil ? nil : $0 }
            } else if let m = englishMonthFirst(t, j, e) {
                d = m
            }
            d?.weekday = wd
            return d
        }
        return englishMonthFirst(t, i, e)
    }

    /// Up to `max` digits at `i`: value and end.
    static func number(_ t: CleanerBytes, _ i: Int, _ e: Int, max: Int) -> (Int, Int)? {
        var v = 0, j = i
        while j < e, j - i < max, ByteText.isDigit(t[j]) { v = v * 10 + Int(t[j] - 0x30); j += 1 }
        guard j > i, j >= e || !ByteText.isDigit(t[j]) else { return nil }
        return (v, j)
    }

    /// "12 Oktober 2022", "12 Okt. 2022".
    static func dayMonthYear(_ t: CleanerBytes, _ i: Int, _ e: Int) -> WrittenDate? {
        guard let (d, j) = number(t, i, e, max: 2), t.at(j) == 0x20,
              let (m, k) = DateWords.month(t, j + 1, e), t.at(k) == 0x20,
              let (y, l) = number(t, k + 1, e, max: 4), l - k - 1 == 4 else { return nil }
        return WrittenDate(day: d, month: m, year: y, weekday: nil, end: l)
    }

    /// "October 12, 2022".
    static func englishMonthFirst(_ t: CleanerBytes, _ i: Int, _ e: Int) -> WrittenDate? {
        guard ByteText.isUpper(t.at(i)), let (m, j) = DateWords.month(t, i, e), t.at(j) == 0x20,
              let (d, k) = number(t, j + 1, e, max: 2), t.at(k) == 0x2C, t.at(k + 1) == 0x20,
              let (y, l) = number(t, k + 2, e, max: 4), l - k - 2 == 4 else { return nil }
        return WrittenDate(day: d, month: m, year: y, weekday: nil, end: l)
    }

    /// "11/10/2022", "3/1", "4 / 12 / 2017": day, month and an optional
    /// two- or four-digit year.
    static func numeric(_ t: CleanerBytes, _ i: Int, _ e: Int) -> WrittenDate? {
        guard let (d, j) = number(t, i, e, max: 2) else { return nil }
        guard let k = slash(t, j, e), let (m, l) = number(t, k, e, max: 2) else { return nil }
        if let p = slash(t, l, e), let (y, q) = number(t, p, e, max: 4), q - p == 4 || q - p == 2 {
            return WrittenDate(day: d, month: m, year: q - p == 2 ? 2000 + y : y, weekday: nil, end: q)
        }
        return WrittenDate(day: d, month: m, year: nil, weekday: nil, end: l)
    }

    /// A "/" at `i`, possibly with one space either side; returns the offset after it.
    static func slash(_ t: CleanerBytes, _ i: Int, _ e: Int) -> Int? {
        var j = i
        if t.at(j) == 0x20 { j += 1 }
        guard j < e, t[j] == 0x2F else { return nil }
        j += 1
        if t.at(j) == 0x20 { j += 1 }
        return j
    }
}
