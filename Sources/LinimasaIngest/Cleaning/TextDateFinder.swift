import LinimasaModel
import LinimasaText

/// Finds an article's publication date in its own text when metadata gave
/// none, from the dateline forms Indonesian news opens with.
///
/// Where it looks: the first `windowBytes` bytes of the *kept* body (the
/// ranges `BodyCleaner` kept, in order; a date that starts inside the window
/// may run past it). The first date found in reading order that passes the
/// checks below wins.
///
/// * A full date ("Rabu, 12 Oktober 2022", "12 Oktober 2022",
///   "Selasa (11/10/2022)", "Kamis, 13/10/2022") gives `.textDate`. A
///   numeric date counts only with a weekday. A date whose written weekday
///   contradicts it, or that lies after `today`, is skipped.
/// * A weekday with day and month only ("Senin (3/1)") gives `.textWeekday`
///   when exactly one candidate year puts that day on that weekday. The
///   candidates are the years of full dates written anywhere in the text
///   (dropped parts such as captions included), each ±1; without any, the
///   years `today.year - 5 … today.year`. Days after `today` are never
///   candidates. No or several matching years: the form is skipped.
public enum TextDateFinder {
    /// How many bytes of kept text are searched.
    public static let windowBytes = 600

    /// The publication date written in the opening of the kept body, or nil.
    /// - Parameters:
    ///   - text: the article text as UTF-8.
    ///   - kept: the kept body ranges from `BodyCleaner.clean(_:)`.
    ///   - today: the latest plausible date (news is not from the future).
    public static func find(
        in text: [UInt8], kept: [Range<Int>], today: CalendarDate
    ) -> (date: CalendarDate, source: DCTSource)? {
        text.withUnsafeBufferPointer { buf in
            let t = CleanerBytes(buf)
            var budget = windowBytes
            var anchors: [Int]?
            for r in kept where budget > 0 {
                guard r.lowerBound >= 0, r.upperBound <= t.count else { continue }
                let scanEnd = min(r.upperBound, r.lowerBound + budget)
                budget -= scanEnd - r.lowerBound
                var i = r.lowerBound
                while i < scanEnd {
                    let c = t[i]
                    let wordStart = i == r.lowerBound || !CleanerBytes.isWord(t[i - 1])
                    if wordStart, ByteText.isUpper(c) || ByteText.isDigit(c),
                       let d = DateForms.read(t, i, r.upperBound) {
                        if let found = resolve(d, t, today: today, anchors: &anchors) { return found }
                        i = max(d.end, i + 1)
                        continue
                    }
                    i += 1
                }
            }
            return nil
        }
    }

    /// The date a written form stands for, or nil when it is not trusted.
    static func resolve(
        _ d: WrittenDate, _ t: CleanerBytes, today: CalendarDate, anchors: inout [Int]?
    ) -> (date: CalendarDate, source: DCTSource)? {
        if let y = d.year {
            guard let date = CalendarDate(year: y, month: d.month, day: d.day), date <= today else { return nil }
            if let wd = d.weekday, wd != date.weekday { return nil }
            return (date, .textDate)
        }
        guard let wd = d.weekday else { return nil }
        if anchors == nil { anchors = anchorYears(t) }
        var years = Set<Int>()
        if let a = anchors, !a.isEmpty {
            for y in a { years.formUnion([y - 1, y, y + 1]) }
        } else {
            years.formUnion((today.year - 5)...today.year)
        }
        var hit: CalendarDate?
        for y in years {
            guard let date = CalendarDate(year: y, month: d.month, day: d.day), date <= today,
                  date.weekday == wd else { continue }
            if hit != nil { return nil }
            hit = date
        }
        return hit.map { ($0, .textWeekday) }
    }

    /// Years of the full dates written anywhere in the text.
    static func anchorYears(_ t: CleanerBytes) -> [Int] {
        var years = Set<Int>()
        var i = 0
        let n = t.count
        while i < n {
            let c = t[i]
            if ByteText.isDigit(c) || ByteText.isUpper(c), i == 0 || !CleanerBytes.isWord(t[i - 1]),
               let d = DateForms.read(t, i, n) {
                if let y = d.year, CalendarDate(year: y, month: d.month, day: d.day) != nil { years.insert(y) }
                i = max(d.end, i + 1)
                continue
            }
            i += 1
        }
        return years.sorted()
    }
}
