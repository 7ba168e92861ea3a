import LinimasaText

/// A dateline found by `DatelineParser`: byte ranges, plus where the body
/// sentence after it starts.
struct DatelineParse {
    var range: Range<Int>
    var outlet: Range<Int>?
    var place: Range<Int>?
    /// First byte of the sentence after the dateline (may equal the line end).
    var bodyStart: Int
}

/// Recognises the outlet dateline at the start of the first body line.
///
/// Forms, generalised from the corpus rather than listed per outlet:
/// * outlet first: `OUTLET SEP` ("Suara.com -", "VIVA –"), `OUTLET, PLACE SEP`
///   ("TRIBUNNEWS.COM, BRUSSEL –", "Liputan6.com, Jakarta -") and
///   `OUTLET SEP PLACE.` ("KONTAN.CO.ID - BRUSSELS.");
/// * place first: `PLACE, OUTLET SEP` ("JAKARTA, KOMPAS.com -",
///   "Jakarta, CNN Indonesia --") and `PLACE (OUTLET) SEP` ("Jakarta (ANTARA) -");
/// * place only: `PLACE SEP` ("JAKARTA –", "Jakarta -"), where a place in
///   ordinary capitalisation may have at most two words.
///
/// SEP is a hyphen, double hyphen, "- -", en dash or em dash with a space
/// before it. "Jakarta menjadi …" has no separator and is never a dateline.
enum DatelineParser {
    static func parse(_ t: CleanerBytes, _ s: Int, _ e: Int) -> DatelineParse? {
        if let o = Outlets.outletEnd(t, s, e) {
            if t.at(o) == 0x2C {
                let q = t.skipSpaces(o + 1, e)
                guard let pl = place(t, q, e), let sep = separator(t, pl.end, e) else { return nil }
                return DatelineParse(range: s..<sep.end, outlet: s..<o, place: q..<pl.end, bodyStart: sep.body)
            }
            guard let sep = separator(t, o, e, afterOutlet: true) else { return nil }
            // "KONTAN.CO.ID - BRUSSELS. Amerika …": a capitalised place closed by a period.
            if let pl = place(t, sep.body, e), pl.allCaps, t.at(pl.end) == 0x2E,
               CleanerBytes.isSpace(t.at(pl.end + 1)) || pl.end + 1 == e {
                let body = t.skipSpaces(pl.end + 1, e)
                return DatelineParse(range: s..<(pl.end + 1), outlet: s..<o, place: sep.body..<pl.end, bodyStart: body)
            }
            return DatelineParse(range: s..<sep.end, outlet: s..<o, place: nil, bodyStart: sep.body)
        }
        guard let pl = place(t, s, e) else { return nil }
        var q = pl.end
        // "JAKARTA, KOMPAS.com -", "BANDUNG KOMPAS.com -"
        if t.at(q) == 0x2C || t.at(q) == 0x20 {
            let r = t.skipSpaces(q + 1, e)
            if let o = Outlets.outletEnd(t, r, e) {
                guard let sep = separator(t, o, e, afterOutlet: true) else { return nil }
                return DatelineParse(range: s..<sep.end, outlet: r..<o, place: s..<q, bodyStart: sep.body)
            }
        }
        // "Magelang, Jawa Tengah (ANTARA News) -": a second place part.
        var placeEnd = q
        if t.at(q) == 0x2C, t.at(q + 1) == 0x20, let pl2 = place(t, q + 2, e) {
            q = pl2.end
            if t.at(q) == 0x2C { q += 1 }
            if t.at(q) == 0x20, t.at(q + 1) == 0x28 { placeEnd = pl2.end } else { q = pl.end }
        }
        if t.at(q) == 0x20, t.at(q + 1) == 0x28, ByteText.isUpper(t.at(q + 2)),
           let close = t.find(0x29, from: q + 2, to: min(e, q + 28)),
           let sep = separator(t, close + 1, e, afterOutlet: true) {
            var j = q + 2
            while j < close, ByteText.isLetter(t[j]) || t[j] == 0x20 || t[j] == 0x2E { j += 1 }
            guard j == close else { return nil }
            return DatelineParse(range: s..<sep.end, outlet: (q + 2)..<close, place: s..<placeEnd, bodyStart: sep.body)
        }
        // Place only: "JAKARTA –", "Jakarta -", also "JAKARTA - KOMPAS.com -".
        guard pl.end - s >= 2, pl.allCaps || pl.words <= 2, let sep = separator(t, pl.end, e) else { return nil }
        if let o = Outlets.outletEnd(t, sep.body, e), let sep2 = separator(t, o, e, afterOutlet: true) {
            return DatelineParse(range: s..<sep2.end, outlet: sep.body..<o, place: s..<pl.end, bodyStart: sep2.body)
        }
        // The sentence must start like one: "Baru - baru ini" is a tokenised word.
        let c = t.at(sep.body)
        guard sep.body == e || ByteText.isUpper(c) || ByteText.isDigit(c) || c == 0x22 || c == 0xE2 else { return nil }
        return DatelineParse(range: s..<sep.end, outlet: nil, place: s..<pl.end, bodyStart: sep.body)
    }

    /// A place name at `s`: one to four words that start with a capital,
    /// separated by single spaces. `allCaps` when every letter is upper case.
    static func place(_ t: CleanerBytes, _ s: Int, _ e: Int) -> (end: Int, allCaps: Bool, words: Int)? {
        var j = s
        var words = 0
        var caps = true
        var end = s
        while words < 4, j < e, ByteText.isUpper(t[j]), words == 0 || Outlets.domainEnd(t, j, e) == nil {
            var k = j + 1
            while k < e {
                let c = t[k]
                if ByteText.isLetter(c) {
                    if ByteText.isLower(c) { caps = false }
                } else if c >= 0x80 {
                    if c == 0xE2 { break }  // general punctuation: dashes, quotes
                    caps = false
                } else if (c == 0x2E || c == 0x27 || c == 0x2D), ByteText.isLetter(t.at(k + 1)) {
                    // "D.C", "Ma'ruf", "Baden-Baden"
                } else { break }
                k += 1
            }
            words += 1
            end = k
            guard k < e, t[k] == 0x20, ByteText.isUpper(t.at(k + 1)) else { break }
            j = k + 1
        }
        return words == 0 ? nil : (end, caps, words)
    }

    /// A separator at `s`: "-", "--", "- -", "–" or "—" (one or more) with a
    /// space before or after it (or directly after an outlet:
    /// "KOMPAS.com- "). `end` is just past the last dash, `body` the first
    /// byte after it that is not a space.
    static func separator(_ t: CleanerBytes, _ s: Int, _ e: Int, afterOutlet: Bool = false) -> (end: Int, body: Int)? {
        guard s < e else { return nil }
        let spaceBefore = t[s] == 0x20
        // "SPANYOL– Perdana …": a glued en or em dash (never a hyphen) is fine too.
        let gluedDash = t[s] == 0xE2 && t.at(s + 1) == 0x80 && CleanerBytes.isSpace(t.at(s + 3))
        guard spaceBefore || afterOutlet || gluedDash else { return nil }
        var j = t.skipSpaces(s, e)
        var end = j
        var dashes = 0
        while j < e, dashes < 4 {
            if t[j] == 0x2D {
                j += 1
            } else if t[j] == 0xE2, t.at(j + 1) == 0x80, t.at(j + 2) == 0x93 || t.at(j + 2) == 0x94 {
                j += 3
            } else { break }
            dashes += 1
            end = j
            // "- -": allow one space between dashes.
            if t.at(j) == 0x20, t.at(j + 1) == 0x2D || t.at(j + 1) == 0xE2 && t.at(j + 2) == 0x80 { j += 1 }
        }
        guard dashes > 0 else { return nil }
        if end < e, !CleanerBytes.isSpace(t[end]) {
            // "JAKARTA -Wakil …": the dash may touch the sentence only when a space precedes it.
            let c = t[end]
            guard spaceBefore, ByteText.isUpper(c) || c == 0x22 || c == 0xE2 else { return nil }
        }
        return (end, t.skipSpaces(end, e))
    }
}
