import LinimasaModel

/// Counts of time units and recurring times: "hampir delapan bulan" (P8M),
/// "tiga hari lalu" (a date), "sehari kemudian", "beberapa pekan terakhir",
/// "setiap tahun" (SET P1Y), "setiap Senin" (XXXX-WXX-1).
extension TimexScanner {
    /// How far back "beberapa … terakhir" (the last few …) reaches, in units.
    static let fewUnits = 6

    /// A unit word at `i` (also with a suffix of `unitSuffixes`: "tahunnya").
    func unitWord(_ i: Int, _ s: Int) -> TimeUnit? {
        guard let k = tok(i, s), k.kind == .word else { return nil }
        if lex.weekOrSunday.contains(k.lower), k.capitalized, !isSentenceInitial(i) { return nil }
        if let u = lex.units[k.lower] { return u }
        if let suffix = lex.unitSuffixes.first(where: { k.lower.hasSuffix($0) }) {
            return lex.units[String(k.lower.dropLast(suffix.count))]
        }
        return nil
    }

    /// A count and its unit at `i`: "tiga hari", "48 jam", "sehari",
    /// "setengah jam", "beberapa bulan", "bertahun-tahun".
    func quantity(_ i: Int, _ s: Int) -> (count: Double?, unit: TimeUnit, half: Bool, end: Int)? {
        guard let k = tok(i, s) else { return nil }
        if let (v, e) = count(i, s), let u = unitWord(e, s) {
            if u == .year, fourDigitYear(e + 1, s) != nil { return nil }  // "Nomor 12 Tahun 2011"
            if k.kind == .number, let p = word(i - 1, s), lex.notYearAfter.contains(p) { return nil }
            return (v, u, false, e + 1)
        }
        guard k.kind == .word else { return nil }
        let w = k.lower
        if lex.halfWords.contains(w), let u = unitWord(i + 1, s) { return (0.5, u, true, i + 2) }
        for one in lex.onePrefixes where w.hasPrefix(one) && w.count > one.count + 2 {
            if let u = lex.units[String(w.dropFirst(one.count))] { return (1, u, false, i + 1) }
        }
        for repeated in lex.repeatPrefixes where w.hasPrefix(repeated) {
            guard let dash = w.firstIndex(of: "-"), w.distance(from: w.startIndex, to: dash) >= repeated.count else { continue }
            let left = w[w.index(w.startIndex, offsetBy: repeated.count)..<dash], right = w[w.index(after: dash)...]
            if left == right, let u = lex.units[String(right)] { return (nil, u, false, i + 1) }
        }
        return nil
    }

    func countedUnit(_ i: Int, _ s: Int) -> TimexMatch? {
        var j = i
        if let w = word(j, s) {
            if lex.countModifiers.contains(w) { j += 1 }
            else if let n = word(j + 1, s), lex.countModifierPairs.contains(w + " " + n) { j += 2 }
        }
        if let w = word(j, s) {
            if lex.vagueSpans.contains(w) { return make(i, j + 1, .duration, .reference("PXX"), "duration-vague") }
            if let n = word(j + 1, s), lex.vagueSpans.contains(w + " " + n) {
                return make(i, j + 2, .duration, .reference("PXX"), "duration-vague")
            }
        }
        guard let q = quantity(j, s) else { return nil }
        var e = q.end
        if word(e, s, in: lex.moreWords) { e += 1 }
        let value = q.half ? TimexCalendar.halfDuration(q.unit) : TimexCalendar.duration(q.count, q.unit)
        // A count no calendar shift can take (a run of digits in scraped text)
        // shifts nothing.
        let n = q.count.flatMap { abs($0) < 1_000_000 ? Int($0) : nil }
        // "tiga hari lalu": a date that many units before the DCT.
        if let (shift, te) = trailingShift(e, s), shift < 0 {
            guard let n, q.count == q.count?.rounded(), !q.unit.isClock else {
                return make(i, te, .date, .reference("PAST_REF"), "date-count-ago")
            }
            let date = dct.flatMap { TimexCalendar.shift($0, by: -n, q.unit) }
                .flatMap { TimexCalendar.period(q.unit == .windu ? .year : q.unit, of: $0, shift: 0) }
            return make(i, te, .date, date, "date-count-ago")
        }
        // "sehari kemudian", "tiga pekan sebelumnya": from the day last mentioned.
        if let w = word(e, s), let sign = lex.anchorShifts[w] {
            if let n, q.count == q.count?.rounded(), !q.unit.isClock, let base = anchor ?? dct,
               let d = TimexCalendar.shift(base, by: sign * n, q.unit) {
                let coarse = [TimeUnit.year, .decade, .century, .windu].contains(q.unit)
                return make(i, e + 1, .date, coarse ? .year(d.year) : .day(d), "date-count-after-anchor")
            }
            return make(i, e + 1, .duration, .reference(value), "duration-count")
        }
        // "beberapa pekan terakhir": a span ending at the DCT.
        if word(e, s, in: lex.recentWords) {
            var interval: DayInterval?
            // "beberapa" (a few) has no number: its span reaches back at most six units.
            let reach = n ?? (q.count == nil ? Self.fewUnits : nil)
            if let reach, let dct, let start = TimexCalendar.shift(dct, by: -reach, q.unit) { interval = DayInterval(start: start, end: dct) }
            return make(i, e + 1, .duration, NormalizedDate(value: value, interval: interval, precision: nil), "duration-last")
        }
        // "tiga hari ke depan": a span starting at the DCT.
        if let length = phraseLength(e, s, in: lex.aheadPhrases) {
            let te = e + length
            var interval: DayInterval?
            if let n, let dct, let end = TimexCalendar.shift(dct, by: n, q.unit) { interval = DayInterval(start: dct, end: end) }
            return make(i, te, .duration, NormalizedDate(value: value, interval: interval, precision: nil), "duration-next")
        }
        return make(i, e, .duration, .reference(value), "duration-count")
    }

    /// "setiap tahun", "tiap hari", "setiap Senin", "per bulan", "setiap tiga bulan".
    func setExpression(_ i: Int, _ s: Int) -> TimexMatch? {
        guard let w = word(i, s) else { return nil }
        let isPer = lex.perWords.contains(w)
        guard isPer || lex.setWords.contains(w) else { return nil }
        let j = i + 1
        if !isPer, let k = tok(j, s), k.kind == .word, let wd = lex.weekdays[k.lower] {
            return make(i, j + 1, .set, .reference("XXXX-WXX-\(wd)"), "set-weekday")
        }
        if let u = unitWord(j, s) {
            return make(i, j + 1, .set, .reference(TimexCalendar.duration(1, u)), "set-unit")
        }
        if !isPer, let q = quantity(j, s), q.count != nil {
            let v = q.half ? TimexCalendar.halfDuration(q.unit) : TimexCalendar.duration(q.count, q.unit)
            return make(i, q.end, .set, .reference(v), "set-count")
        }
        if !isPer, let (code, e) = phrase(j, s, lex.dayparts) {
            return make(i, e, .set, .reference("XXXX-XX-XXT" + code), "set-daypart")
        }
        return nil
    }
}
