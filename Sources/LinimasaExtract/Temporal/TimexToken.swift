import LinimasaText

/// A token as the temporal rules read it: a token of the shared `Tokenizer`
/// (the one `SentenceAnalyzer` runs), seen as a word, a number or a mark.
struct TimexToken: Sendable {
    enum Kind: Sendable { case word, number, punct }

    /// UTF-8 byte range in the text.
    var start: Int
    var end: Int
    var kind: Kind
    /// Lower-cased text for words; the text itself for numbers and marks.
    var lower: String
    /// The first letter is upper case ("Minggu" the day, not "minggu" the week).
    var capitalized: Bool
    /// Index of the region (sentence) the token lies in; rules never cross regions.
    var sentence: Int
}

extension TimexToken {
    /// Appends the temporal view of one shared token (`range`, `kind`, its
    /// `text` and lower-cased text `lower`) lying in region `sentence`.
    ///
    /// The shared tokenizer keeps together what the date rules read in parts,
    /// so the view takes them apart again at their joints, without reading
    /// the text anew:
    /// - a word made of digits and date separators ("2022-10-12", "10-12")
    ///   is a number;
    /// - a word that mixes digits and letters ("1990-an", "ke-3", "I-2015",
    ///   "5G") is its runs of letters, its runs of digits and the marks
    ///   between them, as the decade, ordinal and quarter rules expect;
    /// - an abbreviation's final dot ("Jan.", "Sept.") is a mark of its own,
    ///   which the month rule takes into the extent.
    /// URLs, quotes, symbols and punctuation are marks.
    static func append(_ range: Range<Int>, _ kind: Token.Kind, text: String, lower: String,
                       sentence: Int, to out: inout [TimexToken]) {
        switch kind {
        case .number:
            out.append(TimexToken(start: range.lowerBound, end: range.upperBound, kind: .number, lower: lower,
                                  capitalized: false, sentence: sentence))
        case .word:
            let u = Array(lower.utf8)
            var hasDigit = false, hasOther = false
            for b in u {
                if b >= 0x30 && b <= 0x39 { hasDigit = true } else if !isSeparator(b) { hasOther = true }
            }
            if hasDigit && !hasOther && isDigit(u[0]) {
                out.append(TimexToken(start: range.lowerBound, end: range.upperBound, kind: .number, lower: lower,
                                      capitalized: false, sentence: sentence))
            } else if hasDigit, u.count == range.count {
                appendParts(u, Array(text.utf8), from: range.lowerBound, sentence: sentence, to: &out)
            } else if u.count > 1, u.last == 0x2E, u.count == range.count {
                let word = range.lowerBound..<(range.upperBound - 1)
                out.append(TimexToken(start: word.lowerBound, end: word.upperBound, kind: .word,
                                      lower: String(lower.dropLast()), capitalized: isCapitalized(text),
                                      sentence: sentence))
                out.append(TimexToken(start: word.upperBound, end: range.upperBound, kind: .punct, lower: ".",
                                      capitalized: false, sentence: sentence))
            } else {
                out.append(TimexToken(start: range.lowerBound, end: range.upperBound, kind: .word, lower: lower,
                                      capitalized: isCapitalized(text), sentence: sentence))
            }
        case .punctuation, .symbol, .quote, .url:
            out.append(TimexToken(start: range.lowerBound, end: range.upperBound, kind: .punct, lower: lower,
                                  capitalized: false, sentence: sentence))
        }
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isSeparator(_ b: UInt8) -> Bool {
        b == 0x2E || b == 0x2C || b == 0x2F || b == 0x3A || b == 0x2D
    }

    /// Starts with an upper-case letter.
    static func isCapitalized(_ text: String) -> Bool {
        if let b = text.utf8.first, b < 0x80 { return b >= 0x41 && b <= 0x5A }
        return text.first?.isUppercase ?? false
    }

    /// The runs of a word that mixes digits and letters. `u` is the lower-cased
    /// word, the same length in bytes as the word `original` (so offsets hold):
    /// digits joined across a date separator followed by a digit, letters
    /// joined across a hyphen or apostrophe followed by a letter, anything
    /// else a mark.
    static func appendParts(_ u: [UInt8], _ original: [UInt8], from base: Int, sentence: Int,
                            to out: inout [TimexToken]) {
        func isLetter(_ p: Int) -> Bool {
            guard p < u.count else { return false }
            let b = u[p]
            return b >= 0x80 || (b >= 0x61 && b <= 0x7A)
        }
        func text(_ a: Int, _ b: Int) -> String { String(decoding: u[a..<b], as: UTF8.self) }
        var i = 0
        while i < u.count {
            let start = i
            if isDigit(u[i]) {
                i += 1
                while i < u.count {
                    if isDigit(u[i]) { i += 1; continue }
                    if isSeparator(u[i]), i + 1 < u.count, isDigit(u[i + 1]) { i += 2; continue }
                    break
                }
                out.append(TimexToken(start: base + start, end: base + i, kind: .number, lower: text(start, i),
                                      capitalized: false, sentence: sentence))
            } else if isLetter(i) {
                i += 1
                while true {
                    if isLetter(i) { i += 1; continue }
                    if i < u.count, u[i] == 0x2D || u[i] == 0x27, isLetter(i + 1) { i += 1; continue }
                    break
                }
                out.append(TimexToken(start: base + start, end: base + i, kind: .word, lower: text(start, i),
                                      capitalized: isCapitalized(String(decoding: original[start..<i], as: UTF8.self)),
                                      sentence: sentence))
            } else {
                i += 1
                out.append(TimexToken(start: base + start, end: base + i, kind: .punct, lower: text(start, i),
                                      capitalized: false, sentence: sentence))
            }
        }
    }
}
