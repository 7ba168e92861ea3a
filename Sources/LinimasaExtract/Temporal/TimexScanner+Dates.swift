import LinimasaModel

/// Absolute and calendar dates: "12 Oktober 2022", "12/10/2022",
/// "Selasa (11/10/2022)", "Senin (3/1)", "Februari 2022", "tahun 2022", "1990-an".
extension TimexScanner {


    /// A day of the month (1-31) written in digits.
    func dayOfMonth(_ i: Int, _ s: Int) -> Int? {
        guard let k = tok(i, s), k.kind == .number, k.lower.count <= 2, let v = Int(k.lower), (1...31).contains(v) else { return nil }
        return v
    }

    /// A four-digit year 1000-2999.
    func fourDigitYear(_ i: Int, _ s: Int) -> Int? {
        guard let k = tok(i, s), k.kind == .number, k.lower.count == 4, let v = Int(k.lower), (1000...2999).contains(v) else { return nil }
        return v
    }

    /// A month name at `i` (an abbreviation may take a full stop): month and end.
    func monthName(_ i: Int, _ s: Int) -> (Int, Int)? {
        guard let w = word(i, s), let m = lex.months[w] else { return nil }
        let abbreviation = w.count <= 4 && !lex.shortFullMonths.contains(w)
        return (m, abbreviation && isPunct(i + 1, s, ".") && adjacent(i) ? i + 2 : i + 1)
    }

    /// A day and month whose year is unknown, placed near the DCT: the
    /// year whose date has the given weekday, else the nearest such date
    /// (on/after the DCT with a future cue, on/before with a past cue).
    func placeDayMonth(_ day: Int, _ month: Int, weekday: Int?, future: Bool?) -> CalendarDate? {
        guard let dct else { return nil }
        var options = (dct.year - 1...dct.year + 1).compactMap { CalendarDate(year: $0, month: month, day: day) }
        if let weekday {
            let same = options.filter { $0.weekday == weekday }
            if !same.isEmpty { options = same }
        }
        if future == true, options.contains(where: { $0 >= dct }) { options = options.filter { $0 >= dct } }
        if future == false, options.contains(where: { $0 <= dct }) { options = options.filter { $0 <= dct } }
        return options.min { abs($0.dayNumber - dct.dayNumber) < abs($1.dayNumber - dct.dayNumber) }
    }

    /// A written date whose weekday is wrong for its year but right for the
    /// year beside it, nearer the DCT, has a slip of the year: "Kamis
    /// (19/6/2026)" in news of 19 June 2025 (a Thursday in 2025, a Friday in
    /// 2026) is 19 June 2025. Any other date is taken as written.
    func reconciled(_ day: Int, _ month: Int, _ year: Int, weekday: Int) -> CalendarDate? {
        guard let written = CalendarDate(year: year, month: month, day: day) else { return nil }
        guard written.weekday != weekday, let dct else { return written }
        let away = abs(written.dayNumber - dct.dayNumber)
        let slips = [year - 1, year + 1].compactMap { CalendarDate(year: $0, month: month, day: day) }
            .filter { $0.weekday == weekday && abs($0.dayNumber - dct.dayNumber) < away && abs($0.dayNumber - dct.dayNumber) <= 366 }
        return slips.min { abs($0.dayNumber - dct.dayNumber) < abs($1.dayNumber - dct.dayNumber) } ?? written
    }

    /// "12 Oktober 2022", "tanggal 12 Okt", "October 12, 2022", "Oct. 4", and
    /// "tanggal 24" alone (a day of the DCT's month or the one before).
    func dayMonthDate(_ i: Int, _ s: Int) -> TimexMatch? {
        var j = i
        if word(i, s, in: lex.dayNumberLeadIns) { j += 1 }
        var day: Int?, month: Int?, year: Int?
        if let d = dayOfMonth(j, s), let (m, e) = monthName(j + 1, s) {
            day = d; month = m; j = e
            if let y = fourDigitYear(j, s) { year = y; j += 1 }
        } else if let (m, e) = monthName(j, s), let d = dayOfMonth(e, s), lex.months[word(j, s) ?? ""] != nil,
                  let y = fourDigitYear(isPunct(e + 1, s, ",") ? e + 2 : e + 1, s) {
            day = d; month = m; year = y; j = isPunct(e + 1, s, ",") ? e + 3 : e + 2
        } else if let (m, e) = monthName(j, s), let d = dayOfMonth(e, s), !isPunct(e + 1, s, "/") {
            // "Oct. 4", "October 9": month first, no year.
            day = d; month = m; j = e + 1
        } else if j > i, let d = dayOfMonth(j, s), !isPunct(j + 1, s, "/") {
            day = d; j += 1
            var date: CalendarDate?
            if let dct {
                let here = CalendarDate(year: dct.year, month: dct.month, day: d)
                date = here.flatMap { $0 <= dct ? $0 : nil }
                    ?? CalendarDate(year: TimexCalendar.adding(months: -1, to: dct).year,
                                    month: TimexCalendar.adding(months: -1, to: dct).month, day: d)
            }
            return extendDay(i, j, s, date, "date-day-of-month")
        }
        guard let d = day, let m = month else { return nil }
        if let y = year {
            guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
            return extendDay(i, j, s, date, "date-day-month-year")
        }
        let date = placeDayMonth(d, m, weekday: nil, future: futureCue(i, j, s))
        return extendDay(i, j, s, date, "date-day-month", unknown: "XXXX-\(TimexCalendar.pad(m, 2))-\(TimexCalendar.pad(d, 2))")
    }

    /// "12/10/2022", "12-10-2022", "12/10/22", "2022-10-12", and "3/1"
    /// inside parentheses. Day before month, always.
    func numericDate(_ i: Int, _ s: Int) -> TimexMatch? {
        if let (d, m, y, e) = spacedNumericDate(i, s) {
            guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
            return extendDay(i, e, s, date, "date-numeric-spaced")
        }
        guard let k = tok(i, s), k.kind == .number, let (d, m, y) = Self.splitNumericDate(k.lower) else { return nil }
        if let y {
            guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
            return extendDay(i, i + 1, s, date, "date-numeric")
        }
        guard isPunct(i - 1, s, "("), isPunct(i + 1, s, ")"), CalendarDate(year: 2000, month: m, day: d) != nil else { return nil }
        return make(i, i + 1, .date, placeDayMonth(d, m, weekday: nil, future: nil).map(NormalizedDate.day),
                    "date-numeric-day-month")
    }

    /// "30 / 11 / 2017": a day, month and year written apart with spaced
    /// slashes (as scrapers leave them): day, month, year and end.
    func spacedNumericDate(_ i: Int, _ s: Int) -> (Int, Int, Int, Int)? {
        guard let d = dayOfMonth(i, s), isPunct(i + 1, s, "/"),
              let k = tok(i + 2, s), k.kind == .number, k.lower.count <= 2, let m = Int(k.lower), (1...12).contains(m),
              isPunct(i + 3, s, "/"), let y = tok(i + 4, s), y.kind == .number, let yv = Int(y.lower),
              y.lower.count == 4 || y.lower.count == 2 else { return nil }
        return (d, m, y.lower.count == 2 ? 2000 + yv : yv, i + 5)
    }

    /// Splits "dd/mm/yyyy", "dd-mm-yyyy", "dd/mm/yy", "yyyy-mm-dd" or "dd/mm".
    static func splitNumericDate(_ text: String) -> (Int, Int, Int?)? {
        let sep: Character = text.contains("/") ? "/" : "-"
        let parts = text.split(separator: sep, omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, !text.contains("."), !text.contains(","), !text.contains(":") else { return nil }
        let nums = parts.compactMap { Int($0) }
        guard nums.count == parts.count else { return nil }
        if parts.count == 2 {
            guard sep == "/", parts[0].count <= 2, parts[1].count <= 2, (1...12).contains(nums[1]) else { return nil }
            return (nums[0], nums[1], nil)
        }
        if parts[0].count == 4 { return (nums[2], nums[1], nums[0]) }
        guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2 else { return nil }
        return (nums[0], nums[1], parts[2].count == 2 ? 2000 + nums[2] : nums[2])
    }
}
