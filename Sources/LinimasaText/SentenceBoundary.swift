/// What follows a candidate sentence end, after spaces and opening quotes.
enum NextStart {
    case lower
    case upper
    case digit
    case other
}

/// The decision at a terminator run: does the sentence end here?
/// See `SentenceSplitter` for the rules in prose.
extension SentenceScanner {
    /// Handles the terminator run (`.`, `!`, `?`, `…`) that starts at `i`,
    /// cutting a sentence when the rules say so. Returns where scanning resumes.
    mutating func terminator(at i: Int) -> Int {
        var j = i, dots = 0, strong = false, ellipsis = false
        while j < hi {
            let c = text[j]
            if c == 0x2E {
                dots += 1; j += 1
            } else if c == 0x21 || c == 0x3F {
                strong = true; j += 1
            } else if c == 0xE2, j + 2 < hi, text[j + 1] == 0x80, text[j + 2] == 0xA6 {
                ellipsis = true; j += 3
            } else {
                break
            }
        }
        if dots >= 2 { ellipsis = true }
        let runEnd = j

        // Closing quotes and brackets belong to the sentence.
        var closesQuote = false
        while j < hi {
            let c = text[j]
            if c == 0x29 || c == 0x5D || c == 0x7D || c == 0x27 {
                j += 1
            } else if c == 0x22 {
                closesQuote = true; j += 1
            } else if c == 0xE2, j + 2 < hi, text[j + 1] == 0x80, text[j + 2] == 0x9D || text[j + 2] == 0x99 {
                if text[j + 2] == 0x9D { closesQuote = true }
                j += 3
            } else if c == 0xC2, j + 1 < hi, text[j + 1] == 0xBB {
                closesQuote = true; j += 2
            } else {
                break
            }
        }
        var cut = j
        guard cut < hi else { return cut }
        let space = text.spaceLength(at: cut, end: hi)
        if space == 0 {
            // A line break ends the sentence by itself; anything else glued to
            // the run ("KOMPAS.com", "1.000", "Rp.5") is no end.
            return text.lineBreakLength(at: cut, end: hi) > 0 ? cut : runEnd
        }
        if closesQuote { quote.close() }

        var k = skipSpaces(from: cut + space)
        // A closing quote detached by a space (`jelas. "` in detokenized
        // text) still belongs to the sentence.
        let detached = detachedCloserLength(at: k)
        if detached > 0 {
            quote.close()
            cut = k + detached
            k = skipSpaces(from: cut)
        }
        if k >= hi || text.lineBreakLength(at: k, end: hi) > 0 { return k }

        let (next, word) = nextStart(at: k)
        guard next != .lower else { return k }
        if !ellipsis && !strong && !endsAfterDot(i, next: next, nextWord: word) { return k }
        if quote.isOpen && quoteContinues(from: cut) { return k }
        emit(segStart, cut)
        segStart = cut
        return k
    }

    func skipSpaces(from k0: Int) -> Int {
        var k = k0
        while k < hi {
            let n = text.spaceLength(at: k, end: hi)
            if n == 0 { break }
            k += n
        }
        return k
    }

    /// Classifies the start of the next sentence candidate at `k`, skipping
    /// opening quotes and brackets; also returns the ASCII letters of the
    /// next word (for the clause-starter lookup).
    func nextStart(at k: Int) -> (NextStart, Range<Int>) {
        var m = k
        while m < hi {
            let c = text[m]
            if c == 0x22 || c == 0x27 || c == 0x28 || c == 0x5B || c == 0x7B {
                m += 1
            } else if c == 0xE2, m + 2 < hi, text[m + 1] == 0x80, text[m + 2] == 0x9C || text[m + 2] == 0x98 {
                m += 3
            } else if c == 0xC2, m + 1 < hi, text[m + 1] == 0xAB {
                m += 2
            } else {
                break
            }
        }
        guard m < hi else { return (.other, m..<m) }
        let c = text[m]
        if c < 0x80 {
            if ByteText.isLower(c) { return (.lower, m..<m) }
            if ByteText.isDigit(c) { return (.digit, m..<m) }
            guard ByteText.isUpper(c) else { return (.other, m..<m) }
            var e = m + 1
            while e < hi, ByteText.isLetter(text[e]) { e += 1 }
            return (.upper, m..<e)
        }
        let u = text.scalar(at: m, end: hi).value
        if ByteText.isLowerScalar(u) { return (.lower, m..<m) }
        if ByteText.isUpperScalar(u) { return (.upper, m..<m) }
        return (ByteText.isWordScalar(u) ? .digit : .other, m..<m)
    }

    /// Whether a single `.` at `i`, followed by a non-lowercase start, ends
    /// the sentence, judged by the word before the dot.
    func endsAfterDot(_ i: Int, next: NextStart, nextWord: Range<Int>) -> Bool {
        var j = i
        var ascii = true
        while j > segStart {
            let b = text[j - 1]
            if b < 0x80 {
                guard ByteText.isAlnum(b) || b == 0x2E else { break }
                j -= 1
            } else {
                let s = text.scalar(before: j, start: segStart)
                guard ByteText.isWordScalar(s.value) else { break }
                ascii = false
                j -= s.length
            }
        }
        while j < i, text[j] == 0x2E { j += 1 }
        let word = j..<i
        // ")." "\"." "2022." "Jakarta." and any non-ASCII word: a plain end.
        guard !word.isEmpty, ascii else { return true }
        if let kind = Abbreviations.kind(text.bytes, word) {
            switch kind {
            case .neverEnds: return false
            case .mayEnd: return next == .upper
            }
        }
        if Abbreviations.isInitialOrAcronym(text.bytes, word) {
            return next == .upper && ClauseStarters.contains(text.bytes, nextWord)
        }
        if isListNumber(word) { return false }
        return true
    }

    /// A list marker: a number of at most three digits, or one lowercase
    /// letter, that opens its sentence ("1. Pertama") or follows a comma, colon or semicolon ("Grup A: 1. Persib
    /// (3 poin), 2. Persija (1)").
    func isListNumber(_ w: Range<Int>) -> Bool {
        guard w.count <= 3 else { return false }
        if w.count == 1, ByteText.isLower(text[w.lowerBound]) {
            // "a. Pertama", "b. Kedua": a lettered item.
        } else {
            for k in w where !ByteText.isDigit(text[k]) { return false }
        }
        var p = w.lowerBound
        while p > segStart {
            let n = text.whitespaceLength(before: p, start: segStart)
            if n == 0 { break }
            p -= n
        }
        if p == segStart { return true }
        let c = text[p - 1]
        return c == 0x2C || c == 0x3A || c == 0x3B
    }
}
