import LinimasaModel

/// Quarters and half-years of economic news: "kuartal III 2022",
/// "triwulan I-2015", "kuartal ketiga tahun ini", "semester pertama 2023".
extension TimexScanner {
    /// The ordinal at `i` ("III", "ketiga", "ke-3", "3"): its value and end.
    func ordinal(_ i: Int, _ s: Int) -> (Int, Int)? {
        if let w = word(i, s), let n = lex.ordinals[w] { return (n, i + 1) }
        if word(i, s, in: lex.ordinalPrefixes), isPunct(i + 1, s, "-"), let k = tok(i + 2, s), k.kind == .number, let n = Int(k.lower) {
            return (n, i + 3)
        }
        if let k = tok(i, s), k.kind == .number, k.lower.count == 1, let n = Int(k.lower) { return (n, i + 1) }
        return nil
    }

    func quarter(_ i: Int, _ s: Int) -> TimexMatch? {
        guard let w = word(i, s), let months = lex.quarterWords[w], let (n, e) = ordinal(i + 1, s),
              n >= 1, n <= 12 / months else { return nil }
        var end = e
        var year = dct?.year
        if (isPunct(e, s, "-") || isPunct(e, s, "/")), let y = fourDigitYear(e + 1, s) { year = y; end = e + 2 }
        else if let y = fourDigitYear(e, s) { year = y; end = e + 1 }
        else if word(e, s, in: lex.yearNouns), let y = fourDigitYear(e + 1, s) { year = y; end = e + 2 }
        else if word(e, s, in: lex.yearNouns), let (shift, te) = trailingShift(e + 1, s, allowThis: true) {
            year = dct.map { $0.year + shift }; end = te
        } else if let k = tok(e, s), k.kind == .number, k.lower.count == 4, let y = Int(k.lower) { year = y; end = e + 1 }
        let label = months == 3 ? "Q\(n)" : "H\(n)"
        guard let y = year else { return make(i, end, .date, nil, "date-quarter", unknown: "XXXX-\(label)") }
        let first = CalendarDate(year: y, month: (n - 1) * months + 1, day: 1)!
        let lastMonth = n * months
        let last = CalendarDate(year: y, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: y))!
        return make(i, end, .date, NormalizedDate(value: "\(TimexCalendar.pad(y, 4))-\(label)",
                                                  interval: DayInterval(start: first, end: last), precision: .quarter),
                    "date-quarter")
    }
}
