import LinimasaModel

/// A time expression found by one rule, before offsets are converted.
struct TimexMatch: Sendable {
    /// First token and one past the last token of the extent.
    var first: Int
    var end: Int
    var type: TimexType
    var date: NormalizedDate
    var rule: String
}

/// The rule engine: walks the tokens left to right, asks every rule for a
/// match starting at the current token and keeps the longest one.
///
/// Rules are methods in the `TimexScanner+…` files, one family per file;
/// each names itself in `TimexMatch.rule` and has EXAMPLE lines in
/// `Resources/id/temporal/rules.tsv` that a test runs. The scanner keeps the
/// last day the text mentioned (`anchor`) for "hari itu", "sehari kemudian"
/// and clock times without a date.
struct TimexScanner {
    let t: [TimexToken]
    let lex: TemporalLexicon
    let dct: CalendarDate?
    var anchor: CalendarDate?
    /// The first day of the last placed date of any precision ("tahun itu").
    var anchorStart: CalendarDate?

    init(tokens: [TimexToken], lexicon: TemporalLexicon, dct: CalendarDate?) {
        t = tokens
        lex = lexicon
        self.dct = dct
    }

    /// All matches, left to right, none overlapping.
    mutating func run() -> [TimexMatch] {
        var out: [TimexMatch] = []
        var i = 0
        while i < t.count {
            guard let m = best(at: i) else { i += 1; continue }
            out.append(m)
            if let d = m.date.day { anchor = d }
            if let iv = m.date.interval, m.type == .date { anchorStart = iv.start }
            i = m.end
        }
        return out
    }

    /// The longest match of any rule at token `i` (ties: the earlier rule).
    func best(at i: Int) -> TimexMatch? {
        let s = t[i].sentence
        // The rules in order, each kept only when longer than the best so
        // far (no array of candidates: this runs at every token).
        var best: TimexMatch?
        func consider(_ c: TimexMatch?) {
            if let c, c.end > (best?.end ?? i) { best = c }
        }
        consider(weekdayDate(i, s)); consider(numericDate(i, s)); consider(dayMonthDate(i, s))
        consider(monthDate(i, s)); consider(yearDate(i, s)); consider(partOfPeriod(i, s))
        consider(shiftedPeriod(i, s)); consider(season(i, s)); consider(countedUnit(i, s))
        consider(setExpression(i, s)); consider(clockTime(i, s)); consider(relativePhrase(i, s))
        consider(dayPart(i, s)); consider(quarter(i, s))
        return best
    }

    // MARK: token access

    /// The token at `i` when it lies in sentence `s`.
    func tok(_ i: Int, _ s: Int) -> TimexToken? {
        i >= 0 && i < t.count && t[i].sentence == s ? t[i] : nil
    }

    /// The lower-cased word at `i` in sentence `s`.
    func word(_ i: Int, _ s: Int) -> String? {
        guard let k = tok(i, s), k.kind == .word else { return nil }
        return k.lower
    }

    func isPunct(_ i: Int, _ s: Int, _ mark: String) -> Bool {
        guard let k = tok(i, s) else { return false }
        return k.kind == .punct && k.lower == mark
    }

    /// True when no space separates tokens `i` and `i + 1`.
    func adjacent(_ i: Int) -> Bool { i + 1 < t.count && t[i].end == t[i + 1].start }

    /// The longest phrase of `table` (one of the lexicon's phrase tables)
    /// starting at `i`: its value and end.
    func phrase<V>(_ i: Int, _ s: Int, _ table: [String: V]) -> (V, Int)? {
        var key = ""
        var found: (V, Int)?
        var j = i
        while j < i + lex.maxPhraseWords, let w = word(j, s) {
            key = key.isEmpty ? w : key + " " + w
            guard lex.phrasePrefixes.contains(key) else { break }
            if let v = table[key] { found = (v, j + 1) }
            j += 1
        }
        return found
    }

    /// The first token of the sentence holding `i`.
    func isSentenceInitial(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, t[j].sentence == t[i].sentence, t[j].kind == .punct { j -= 1 }
        return j < 0 || t[j].sentence != t[i].sentence
    }

    /// A number at `i`: digits ("48", "2,5") or words ("dua puluh tiga").
    /// The value is nil for "beberapa", "puluhan" and other vague counts.
    func count(_ i: Int, _ s: Int) -> (value: Double?, end: Int)? {
        guard let k = tok(i, s) else { return nil }
        if k.kind == .number {
            guard !k.lower.contains("/"), !k.lower.contains(":"), !k.lower.contains("-") else { return nil }
            // Indonesian writes "1.000" for a thousand and "2,5" for two and a half.
            let v = Double(String(k.lower.compactMap { $0 == "." ? nil : $0 == "," ? "." : $0 }))
            return v.map { ($0, i + 1) }
        }
        guard let w = word(i, s), let nw = lex.numbers[w] else { return nil }
        switch nw {
        case .approximate: return (nil, i + 1)
        case .teen, .multiplier: return nil
        case .value(var v):
            var j = i + 1
            if v < 10, let n = word(j, s), case .teen? = lex.numbers[n] { v += 10; j += 1 }
            else if let n = word(j, s), case .multiplier(let m)? = lex.numbers[n] {
                v *= m; j += 1
                if let (rest, e) = count(j, s), let r = rest, r < Double(m) { return (Double(v) + r, e) }
            }
            if word(j, s, in: lex.halfWords) { return (Double(v) + 0.5, j + 1) }
            return (Double(v), j)
        }
    }


    /// Whether the word at `i` belongs to the word class `words`.
    func word(_ i: Int, _ s: Int, in words: Set<String>) -> Bool {
        word(i, s).map(words.contains) ?? false
    }

    /// How many words (two, else one) of a phrase in `phrases` start at `i`.
    func phraseLength(_ i: Int, _ s: Int, in phrases: Set<String>) -> Int? {
        guard let w = word(i, s) else { return nil }
        if let n = word(i + 1, s), phrases.contains(w + " " + n) { return 2 }
        return phrases.contains(w) ? 1 : nil
    }

    /// A tense cue for an expression spanning `first..<end`: the shift word
    /// right after it ("lalu", "depan"), else the nearest cue word up to ten
    /// tokens before it in the clause. True means future.
    func futureCue(_ first: Int, _ end: Int, _ s: Int) -> Bool? {
        if let (shift, _) = phrase(end, s, lex.shifts), shift != 0 { return shift > 0 }
        var j = first - 1
        while j >= max(0, first - 10), let k = tok(j, s) {
            if k.kind == .punct && (k.lower == ";" || k.lower == ":") { break }
            if k.kind == .word, let f = lex.tense[k.lower] { return f }
            // A cue before a subordinating word belongs to another clause:
            // "yang direncanakan sebelum Rusia menginvasi Ukraina pada Februari".
            if k.kind == .word, lex.clauseBreaks.contains(k.lower) { break }
            j -= 1
        }
        return nil
    }

    /// A shift word after an expression ("lalu", "mendatang", "ini"):
    /// the end of the extent including it, and its sign.
    func trailingShift(_ end: Int, _ s: Int, allowThis: Bool = false) -> (shift: Int, end: Int)? {
        guard let (v, e) = phrase(end, s, lex.shifts) else { return nil }
        if v == 0 && !allowThis { return nil }
        if word(end, s, in: lex.notTrailingShifts) { return nil }
        return (v, e)
    }

    /// Builds a match; with no DCT, relative values become `XXXX` forms.
    func make(_ first: Int, _ end: Int, _ type: TimexType, _ date: NormalizedDate?, _ rule: String,
              unknown: String = "XXXX-XX-XX") -> TimexMatch {
        TimexMatch(first: first, end: end, type: type,
                   date: date ?? .reference(unknown), rule: rule)
    }
}
