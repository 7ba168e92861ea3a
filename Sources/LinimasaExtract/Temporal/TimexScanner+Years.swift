import LinimasaModel

/// Years and decades: "2022", "tahun 2022", "tahun 2014 ini", "1988 lalu",
/// "1990-an", "tahun 40-an".
extension TimexScanner {

    /// "1990-an" or "90-an" at `i`: the decade's first year and the end.
    func decade(_ i: Int, _ s: Int) -> (Int, Int)? {
        guard let k = tok(i, s), k.kind == .number, let v = Int(k.lower), adjacent(i), isPunct(i + 1, s, "-"),
              adjacent(i + 1), word(i + 2, s, in: lex.decadeSuffixes) else { return nil }
        if k.lower.count == 4, v % 10 == 0 { return (v, i + 3) }
        if k.lower.count == 2, v % 10 == 0 { return (v == 0 || v == 10 ? 2000 + v : 1900 + v, i + 3) }
        return nil
    }

    func yearDate(_ i: Int, _ s: Int) -> TimexMatch? {
        var j = i
        let lead = word(i, s)
        if let w = lead, lex.notYearLeadIns.contains(w) { return nil }
        if let w = lead, lex.yearLeadIns.contains(w) { j += 1 }
        if let (start, e) = decade(j, s) {
            return withTrailing(make(i, e, .date, .decade(start), "date-decade"), s)
        }
        guard let y = fourDigitYear(j, s) else {
            // "tahun 2014" with a three-digit year is rare; "tahun 90" is not a date.
            return nil
        }
        if j > i, let w = lead, lex.yearNouns.contains(w) {
            // "UU Nomor 12 Tahun 2011" names a law; the year still is a date.
            return withTrailing(make(i, j + 1, .date, .year(y), "date-tahun-year"), s, allowThis: true)
        }
        guard j == i, (1900...2099).contains(y) else { return nil }
        if let p = word(i - 1, s), lex.notYearAfter.contains(p) { return nil }
        if let p = tok(i - 1, s), p.kind == .number { return nil }
        if isPunct(i - 1, s, "#") || isPunct(i + 1, s, "%") { return nil }
        if let n = tok(i + 1, s), n.kind == .word, !lex.yearFollowers.contains(n.lower) {
            if lex.countNouns.contains(n.lower) || lex.units[n.lower] != nil { return nil }
            if !n.capitalized, let p = word(i - 1, s), !lex.dateLeadIns.contains(p),
               lex.countLeadIns.contains(p) { return nil }
        }
        return withTrailing(make(i, i + 1, .date, .year(y), "date-year"), s)
    }


    /// `match` extended over a following "lalu", "silam", "mendatang"
    /// (and "ini" when `allowThis`).
    func withTrailing(_ match: TimexMatch, _ s: Int, allowThis: Bool = false) -> TimexMatch {
        guard let (_, e) = trailingShift(match.end, s, allowThis: allowThis) else { return match }
        var m = match
        m.end = e
        return m
    }
}
