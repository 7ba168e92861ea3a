import LinimasaModel

/// Expressions relative to the DCT or to the day last mentioned:
/// "kemarin", "saat ini", "pekan lalu", "bulan depan", "tahun itu",
/// "akhir pekan ini", "awal Oktober", "musim hujan".
extension TimexScanner {
    static let periodUnits: Set<TimeUnit> = [.week, .month, .year, .decade, .century]

    /// A phrase of `relative.tsv`, then an optional clock time or part of day.
    func relativePhrase(_ i: Int, _ s: Int) -> TimexMatch? {
        guard let (meaning, e) = phrase(i, s, lex.relative) else { return nil }
        if let w = word(i, s), let p = word(i - 1, s), lex.notRelativePairs.contains(p + " " + w) { return nil }
        switch meaning {
        case .day(let n):
            return extendDay(i, e, s, dct?.adding(days: n), "relative-day")
        case .reference(let token):
            return make(i, e, .date, .reference(token), "relative-reference")
        case .time(let n, let code):
            let day = dct?.adding(days: n)
            return make(i, e, .time, NormalizedDate(value: (day?.description ?? "XXXX-XX-XX") + "T" + code,
                                                    interval: day.map { DayInterval(day: $0) },
                                                    precision: day == nil ? nil : .day), "relative-daypart")
        case .anchorDay:
            return extendDay(i, e, s, anchor ?? dct, "relative-anchor-day")
        case .period(let unit, let shift):
            return make(i, e, .date, dct.flatMap { TimexCalendar.period(unit, of: $0, shift: shift) }, "relative-period",
                        unknown: unit == .week ? "XXXX-WXX" : "XXXX")
        }
    }

    /// "pekan lalu", "minggu depan", "bulan ini", "tahun mendatang",
    /// "tahun itu", "hari berikutnya", "keesokan harinya".
    func shiftedPeriod(_ i: Int, _ s: Int) -> TimexMatch? {
        guard let w = word(i, s) else { return nil }
        if let n = word(i + 1, s), lex.nextDayPhrases.contains(w + " " + n) {
            return extendDay(i, i + 2, s, (anchor ?? dct)?.adding(days: 1), "relative-next-day")
        }
        guard let unit = lex.units[w], unit == .day || Self.periodUnits.contains(unit) else { return nil }
        if lex.weekOrSunday.contains(w), t[i].capitalized, !isSentenceInitial(i) { return nil }  // Sunday
        if let n = word(i + 1, s), let shift = lex.anchorShifts[n], !lex.notPeriodAnchors.contains(n) {
            guard let base = anchor ?? dct else { return nil }
            return make(i, i + 2, .date, TimexCalendar.period(unit, of: base, shift: shift), "relative-period-anchor")
        }
        guard unit != .day else { return nil }
        if word(i + 1, s, in: lex.thatWords) {
            guard let a = anchorStart ?? anchor else { return nil }
            return make(i, i + 2, .date, TimexCalendar.period(unit, of: a, shift: 0), "relative-period-that")
        }
        guard let (shift, e) = trailingShift(i + 1, s, allowThis: true) else { return nil }
        return make(i, e, .date, dct.flatMap { TimexCalendar.period(unit, of: $0, shift: shift) }, "relative-period",
                    unknown: unit == .week ? "XXXX-WXX" : "XXXX")
    }

    /// The period a part word applies to, starting at `j`: a month (with
    /// or without year), a year, "tahun/bulan/pekan [lalu|ini|depan]", a decade.
    func periodAfterPart(_ i: Int, _ j: Int, _ s: Int) -> (NormalizedDate?, Int)? {
        var j = j
        if word(j, s, in: lex.monthNouns), monthName(j + 1, s) != nil { j += 1 }
        if let (m, e) = monthName(j, s) {
            if let y = fourDigitYear(e, s) { return (.month(y, m), e + 1) }
            let trailing = trailingShift(e, s)
            let future = trailing.map { $0.shift > 0 } ?? futureCue(i, e, s) ?? false
            guard let dct else { return (nil, trailing?.end ?? e) }
            let y = future ? (m >= dct.month ? dct.year : dct.year + 1) : (m <= dct.month ? dct.year : dct.year - 1)
            return (.month(y, m), trailing?.end ?? e)
        }
        if let y = fourDigitYear(j, s) { return (.year(y), j + 1) }
        if let (start, e) = decade(j, s) { return (.decade(start), e) }
        guard let w = word(j, s), let unit = lex.units[w], Self.periodUnits.contains(unit) else { return nil }
        if unit == .year, let y = fourDigitYear(j + 1, s) { return (.year(y), j + 2) }
        if unit == .year, let (start, e) = decade(j + 1, s) { return (.decade(start), e) }
        if let (shift, e) = trailingShift(j + 1, s, allowThis: true) {
            return (dct.flatMap { TimexCalendar.period(unit, of: $0, shift: shift) }, e)
        }
        return (dct.flatMap { TimexCalendar.period(unit, of: $0, shift: 0) }, j + 1)
    }

    /// "awal Oktober", "akhir tahun", "pertengahan 2022", "akhir pekan ini".
    func partOfPeriod(_ i: Int, _ s: Int) -> TimexMatch? {
        guard let w = word(i, s), let part = lex.parts[w], let (date, e) = periodAfterPart(i, i + 1, s) else { return nil }
        return make(i, e, .date, date?.part(part), "date-part-of-period")
    }

    /// "musim hujan", "musim kemarau 2015": a season of the DCT's year.
    func season(_ i: Int, _ s: Int) -> TimexMatch? {
        guard let (code, e) = phrase(i, s, lex.seasons) else { return nil }
        if let y = fourDigitYear(e, s) {
            return make(i, e + 1, .date, NormalizedDate(value: "\(y)-\(code)", interval: nil, precision: .quarter), "date-season")
        }
        let trailing = trailingShift(e, s, allowThis: true)
        let year = dct.map { $0.year + (trailing?.shift ?? 0) }
        return make(i, trailing?.end ?? e, .date,
                    year.map { NormalizedDate(value: "\(TimexCalendar.pad($0, 4))-\(code)", interval: nil, precision: .quarter) },
                    "date-season", unknown: "XXXX-\(code)")
    }
}
