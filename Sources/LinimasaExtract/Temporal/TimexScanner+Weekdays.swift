import LinimasaModel

/// Weekdays and months that stand alone or carry their own date:
/// "Selasa (11/10/2022)", "pada Kamis", "Februari", "bulan Maret lalu".
/// Without a date they are placed by tense cues (`tense.tsv`).
extension TimexScanner {
    /// "Selasa (11/10/2022)", "Senin (3/1)", "Kamis, 13 Oktober 2022",
    /// "pada hari Rabu", "Kamis depan": a weekday, with or without its date.
    func weekdayDate(_ i: Int, _ s: Int) -> TimexMatch? {
        var j = i
        if word(i, s, in: lex.dayNouns) { j += 1 }
        guard let k = tok(j, s), k.kind == .word, let wd = lex.weekdays[k.lower] else { return nil }
        let prev = word(i - 1, s)
        if let p = prev, lex.notWeekdayAfter.contains(p) { return nil }
        guard k.capitalized || j > i || (prev.map(lex.weekdayLeadIns.contains) ?? false) else { return nil }
        j += 1
        var p = j
        if isPunct(p, s, ",") { p += 1 }
        if isPunct(p, s, "("), let n = tok(p + 1, s), n.kind == .number, isPunct(p + 2, s, ")"),
           let (d, m, y) = Self.splitNumericDate(n.lower) {
            let date = y.flatMap { reconciled(d, m, $0, weekday: wd) }
                ?? placeDayMonth(d, m, weekday: wd, future: nil)
            return extendDay(i, p + 3, s, date, "date-weekday-numeric")
        }
        if isPunct(p, s, "("), let (d, m, y, e) = spacedNumericDate(p + 1, s), isPunct(e, s, ")") {
            return extendDay(i, e + 1, s, reconciled(d, m, y, weekday: wd), "date-weekday-numeric-spaced")
        }
        if let d = dayOfMonth(p, s), let (m, e) = monthName(p + 1, s) {
            if let y = fourDigitYear(e, s), let date = reconciled(d, m, y, weekday: wd) {
                return extendDay(i, e + 1, s, date, "date-weekday-day-month-year")
            }
            return extendDay(i, e, s, placeDayMonth(d, m, weekday: wd, future: nil), "date-weekday-day-month")
        }
        // A bare weekday. "Minggu lalu" / "minggu ini" opening a sentence is a week.
        if lex.weekOrSunday.contains(k.lower), j == i + 1, isSentenceInitial(i) || word(j, s, in: lex.thisWords), phrase(j, s, lex.shifts) != nil { return nil }
        let trailing = trailingShift(j, s)
        let future = trailing.map { $0.shift > 0 } ?? futureCue(i, j, s) ?? false
        var date: CalendarDate?
        if let dct {
            let delta = (wd - dct.weekday + 7) % 7
            if future { date = dct.adding(days: delta == 0 && trailing != nil ? 7 : delta) }
            else {
                let back = (dct.weekday - wd + 7) % 7
                date = dct.adding(days: -(back == 0 && trailing != nil ? 7 : back))
            }
        }
        return extendDay(i, j, s, date, "date-weekday", unknown: "XXXX-WXX-\(wd)")
    }

    /// "Februari", "bulan Maret lalu", "Februari 2022", "Oktober mendatang".
    func monthDate(_ i: Int, _ s: Int) -> TimexMatch? {
        var j = i
        if word(i, s, in: lex.monthNouns) { j += 1 }
        guard let k = tok(j, s), k.kind == .word, let (m, e) = monthName(j, s) else { return nil }
        if let y = fourDigitYear(e, s) {
            return withTrailing(make(i, e + 1, .date, .month(y, m), "date-month-year"), s)
        }
        let prev = word(i - 1, s)
        let trailing = trailingShift(e, s)
        // A month alone needs a date context, or must be a capitalised full
        // name not followed by another capitalised word (a person's name).
        let leadIn = j > i || trailing != nil || (prev.map { lex.dateLeadIns.contains($0) } ?? false)
        let nextCapital = tok(e, s).map { $0.kind == .word && $0.capitalized } ?? false
        let fullName = k.lower.count >= 4 && !lex.shortMonthForms.contains(k.lower)
        let isAbbreviation = k.lower.count <= 3 && !lex.shortFullMonths.contains(k.lower)
        guard (leadIn && (!isAbbreviation || j > i)) || (k.capitalized && fullName && !nextCapital) else { return nil }
        let future = trailing.map { $0.shift > 0 } ?? futureCue(i, e, s) ?? false
        var date: NormalizedDate?
        if let dct {
            let y = future ? (m >= dct.month ? dct.year : dct.year + 1) : (m <= dct.month ? dct.year : dct.year - 1)
            date = .month(y, m)
        }
        return make(i, trailing?.end ?? e, .date, date, "date-month", unknown: "XXXX-\(TimexCalendar.pad(m, 2))")
    }
}
