/// Splits a stretch of UTF-8 text into word, number, punctuation, symbol,
/// quote and URL tokens, on bytes and without allocating per character.
///
/// Rules (see `Token.Kind` for what each kind holds):
/// - Whitespace (including NBSP and other Unicode spaces) separates tokens and
///   is never part of one.
/// - Word characters are Unicode letters, digits and combining marks (ASCII
///   fast path, scalars decoded only for bytes ≥ 0x80). A hyphen or apostrophe
///   between word characters stays inside the word ("menakut-nakuti",
///   "Ma'ruf", "Jum’at", "COVID-19").
/// - A currency prefix glued to a number is split off: "Rp1.000" → "Rp", "1.000".
/// - Numbers take `.`, `,`, `/`, `:` and `-` between digits: "1.000", "2,5", "3/1",
///   "11/10/2022", "20:00", "2022-10-12", "2-2,5"; "(3/1)" is "(", "3/1", ")".
///   A number glued to letters ("5G", "1990-an") is one word; a hyphen between
///   letters and a number with separators is a dash ("WIB-10.00" is "WIB",
///   "-", "10.00"), while "COVID-19" and "F-16" stay words.
/// - A listed abbreviation keeps its dot ("dll.", "Prof.", "M.Si."); so do
///   dotted acronyms ("A.S.", "B.J.") and a capital initial followed by more text.
/// - "http://…", "https://…", "www.…", bare domains with a known top-level
///   domain ("KOMPAS.com", "KONTAN.CO.ID") and e-mail addresses are URL tokens.
/// - Everything else is one punctuation, quote or symbol token per character,
///   except runs of the same `.`, `!`, `?` or `-`, which are one token.
public enum Tokenizer {
    /// Tokenizes `text[range]` (byte offsets; clamped to the text).
    public static func tokenize(_ text: [UInt8], range: Range<Int>) -> [Token] {
        let lo = Swift.max(0, range.lowerBound)
        let hi = Swift.min(range.upperBound, text.count)
        guard lo < hi else { return [] }
        var scanner = TokenScanner(text: ByteText(text), lo: lo, hi: hi)
        scanner.out.reserveCapacity((hi - lo) / 5 + 1)
        scanner.run()
        return scanner.out
    }
}

/// The state of one `Tokenizer.tokenize` call.
struct TokenScanner {
    let text: ByteText
    let lo: Int
    let hi: Int
    var out: [Token] = []

    init(text: ByteText, lo: Int, hi: Int) {
        self.text = text
        self.lo = lo
        self.hi = hi
    }

    mutating func run() {
        var i = lo
        while i < hi {
            let b = text[i]
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    i += 1
                } else if ByteText.isDigit(b) {
                    i = number(at: i)
                } else if ByteText.isLetter(b) {
                    i = word(at: i)
                } else {
                    i = asciiMark(at: i, b)
                }
                continue
            }
            let ws = text.whitespaceLength(at: i, end: hi)
            if ws > 0 { i += ws; continue }
            let s = text.scalar(at: i, end: hi)
            if ByteText.isWordScalar(s.value) {
                i = word(at: i)
            } else {
                i = otherMark(at: i, s.value, s.length)
            }
        }
    }

    mutating func add(_ s: Int, _ e: Int, _ kind: Token.Kind) {
        out.append(Token(range: s..<e, kind: kind))
    }

    /// Length of the word character at `k`, or 0.
    @inline(__always) func wordCharLength(at k: Int) -> Int {
        let b = text[k]
        if b < 0x80 { return ByteText.isAlnum(b) ? 1 : 0 }
        let s = text.scalar(at: k, end: hi)
        return ByteText.isWordScalar(s.value) ? s.length : 0
    }

    /// Length of an in-word joiner at `k` (hyphen, apostrophe, U+2019) that
    /// is followed by a word character, or 0. A hyphen before a number with
    /// separators ("-10.00", "-3/1") is a dash, not a joiner.
    func joinerLength(at k: Int) -> Int {
        let b = text[k]
        let n: Int
        if b == 0x2D {
            if isSeparatedNumber(at: k + 1) { return 0 }
            n = 1
        } else if b == 0x27 {
            n = 1
        } else if b == 0xE2, k + 2 < hi, text[k + 1] == 0x80, text[k + 2] == 0x99 {
            n = 3
        } else {
            return 0
        }
        return k + n < hi && wordCharLength(at: k + n) > 0 ? n : 0
    }

    /// Digits at `k` followed by a number separator and another digit.
    func isSeparatedNumber(at k: Int) -> Bool {
        var e = k
        while e < hi, ByteText.isDigit(text[e]) { e += 1 }
        guard e > k, e + 1 < hi, ByteText.isDigit(text[e + 1]) else { return false }
        let c = text[e]
        return c == 0x2E || c == 0x2C || c == 0x2F || c == 0x3A
    }

    /// End of the run of word characters and joiners starting at `k`; stops
    /// where a digit follows a currency prefix that starts at `start`.
    func wordCore(from k: Int, start: Int) -> Int {
        var e = k
        while e < hi {
            let b = text[e]
            if b < 0x80, ByteText.isAlnum(b) {
                if ByteText.isDigit(b), e > start, ByteText.isLetter(text[e - 1]),
                   TokenPatterns.isCurrencyPrefix(text.bytes, start..<e) {
                    return e
                }
                e += 1
                continue
            }
            let w = wordCharLength(at: e)
            if w > 0 { e += w; continue }
            let j = joinerLength(at: e)
            if j > 0 { e += j; continue }
            break
        }
        return e
    }

    mutating func word(at i: Int) -> Int {
        if let e = urlEnd(at: i) { add(i, e, .url); return e }
        let e = wordCore(from: i, start: i)
        guard e < hi else { add(i, e, .word); return e }
        let b = text[e]
        if b == 0x2E || b == 0x40 || b == 0x5F || b == 0x2B {
            if let m = emailEnd(at: i) { add(i, m, .url); return m }
        }
        if b == 0x2E {
            if let d = domainEnd(at: i) { add(i, d, .url); return d }
            if let a = abbreviationEnd(at: i) { add(i, a, .word); return a }
        }
        add(i, e, .word)
        return e
    }

    mutating func number(at i: Int) -> Int {
        var e = i
        while e < hi, ByteText.isDigit(text[e]) { e += 1 }
        while e + 1 < hi, ByteText.isDigit(text[e + 1]) {
            let c = text[e]
            guard c == 0x2E || c == 0x2C || c == 0x2F || c == 0x3A || c == 0x2D else { break }
            e += 1
            while e < hi, ByteText.isDigit(text[e]) { e += 1 }
        }
        // Glued letters make a word: "5G", "10km", "1990-an".
        if e < hi, wordCharLength(at: e) > 0 || joinerLength(at: e) > 0 {
            let w = wordCore(from: e, start: e)
            add(i, w, .word)
            return w
        }
        add(i, e, .number)
        return e
    }

    mutating func asciiMark(at i: Int, _ b: UInt8) -> Int {
        switch b {
        case 0x22, 0x27, 0x60:  // " ' `
            add(i, i + 1, .quote)
            return i + 1
        case 0x2E, 0x21, 0x3F, 0x2D:  // . ! ? - (runs)
            var e = i + 1
            while e < hi, text[e] == b { e += 1 }
            add(i, e, .punctuation)
            return e
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F:  // , ; : ( ) [ ] { } /
            add(i, i + 1, .punctuation)
            return i + 1
        default:
            add(i, i + 1, .symbol)
            return i + 1
        }
    }

    mutating func otherMark(at i: Int, _ u: UInt32, _ length: Int) -> Int {
        let kind: Token.Kind
        if let s = Unicode.Scalar(u) {
            switch s.properties.generalCategory {
            case .initialPunctuation, .finalPunctuation: kind = .quote
            case .openPunctuation where u == 0x201A || u == 0x201E: kind = .quote
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .otherPunctuation:
                kind = .punctuation
            default: kind = .symbol
            }
        } else {
            kind = .symbol
        }
        add(i, i + length, kind)
        return i + length
    }
}
