import LinimasaModel

/// Clock times and parts of the day: "pukul 10.00 WIB", "Senin pagi",
/// "Minggu (28/12/2014) pukul 07.55", "malam hari", "dini hari".
extension TimexScanner {

    /// A clock time at `i`: hour, minute, end of the extent, part-of-day code.
    func clock(_ i: Int, _ s: Int) -> (h: Int, m: Int, end: Int)? {
        var j = i
        if let w = word(j, s), lex.approximators.contains(w) { j += 1 }
        var keyword = false
        if let w = word(j, s), lex.clockWords.contains(w) {
            keyword = true; j += 1
            if isPunct(j, s, ".") { j += 1 }
        }
        guard let k = tok(j, s), k.kind == .number else { return nil }
        let parts = k.lower.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard parts.count <= 2, let h = Int(parts[0]), h <= 24, parts[0].count <= 2 else { return nil }
        var m = 0
        if parts.count == 2 {
            guard parts[1].count == 2, let mm = Int(parts[1]), mm < 60 else { return nil }
            m = mm
        }
        j += 1
        var zoned = false
        if let w = word(j, s), lex.zones.contains(w) { zoned = true; j += 1 }
        guard keyword || (zoned && parts.count == 2) else { return nil }
        var hour = h
        if let (code, e) = phrase(j, s, lex.dayparts) {
            let night = code == "NI" && !word(j, s, in: lex.earlyNightWords)
            if (code == "EV" || night) && (5..<12).contains(h) { hour += 12 }
            if code == "AF" && h < 7 { hour += 12 }
            j = e
        }
        return (hour, m, j)
    }

    /// `day` followed by a clock time or a part of the day, then a shift
    /// word ("kemarin", "lalu"): the longest of these as one extent.
    func extendDay(_ i: Int, _ end: Int, _ s: Int, _ day: CalendarDate?, _ rule: String,
                   unknown: String = "XXXX-XX-XX") -> TimexMatch {
        let base = day?.description ?? unknown
        if let (h, m, e) = clock(end, s) {
            var match = make(i, e, .time, timeValue(base, h, m, day), rule + "+clock")
            if let (_, te) = trailingShift(e, s) { match.end = te }
            return match
        }
        if let (code, e) = phrase(end, s, lex.dayparts) {
            var e2 = e
            if let w = word(e, s), lex.thisThatWords.contains(w) || (lex.dayNouns.contains(w) && !word(end, s, in: lex.earlyNightWords)) { e2 += 1 }
            var match = make(i, e2, .time, NormalizedDate(value: base + "T" + code, interval: day.map { DayInterval(day: $0) },
                                                           precision: day == nil ? nil : .day), rule + "+daypart")
            if let (_, te) = trailingShift(e2, s) { match.end = te }
            return match
        }
        return withTrailing(make(i, end, .date, day.map(NormalizedDate.day), rule, unknown: unknown), s)
    }

    func timeValue(_ base: String, _ h: Int, _ m: Int, _ day: CalendarDate?) -> NormalizedDate {
        NormalizedDate(value: base + "T" + TimexCalendar.pad(h, 2) + ":" + TimexCalendar.pad(m, 2),
                       interval: day.map { DayInterval(day: $0) }, precision: day == nil ? nil : .day)
    }

    /// A clock time without a date: on the day last mentioned, else the DCT.
    func clockTime(_ i: Int, _ s: Int) -> TimexMatch? {
        guard let (h, m, e) = clock(i, s) else { return nil }
        let day = anchor ?? dct
        var match = make(i, e, .time, timeValue(day?.description ?? "XXXX-XX-XX", h, m, day), "time-clock")
        if let (_, te) = trailingShift(e, s) { match.end = te }
        else if word(e, s, in: lex.notPeriodAnchors) { match.end = e + 1 }
        return match
    }

    /// "malam hari", "pagi itu", "dini hari", "pada malam": a part of the
    /// day last mentioned (else of the DCT).
    func dayPart(_ i: Int, _ s: Int) -> TimexMatch? {
        guard let (code, e) = phrase(i, s, lex.dayparts) else { return nil }
        var end = e
        let multiword = e > i + 1
        if let w = word(e, s), lex.thatWords.contains(w) || (lex.dayNouns.contains(w) && !multiword) { end += 1 }
        guard end > e || multiword || (word(i - 1, s).map { lex.dayPartLeadIns.contains($0) } ?? false) else { return nil }
        let day = anchor ?? dct
        return make(i, end, .time, NormalizedDate(value: (day?.description ?? "XXXX-XX-XX") + "T" + code,
                                                  interval: day.map { DayInterval(day: $0) }, precision: day == nil ? nil : .day),
                    "time-daypart")
    }
}
