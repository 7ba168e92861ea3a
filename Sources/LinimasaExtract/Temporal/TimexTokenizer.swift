/// A word, number or punctuation mark of the text the temporal tagger reads.
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
    /// Index of the sentence the token lies in; rules never cross sentences.
    var sentence: Int
}

/// Splits UTF-8 text into `TimexToken`s in one pass over the bytes.
///
/// Words are runs of letters (any non-ASCII scalar outside general
/// punctuation counts as a letter) joined across an inner hyphen or
/// apostrophe ("bertahun-tahun", "jum'at"). Numbers are digit runs joined
/// across `.`, `,`, `/`, `:` and `-` when a digit follows ("12/10/2022",
/// "10.00", "1.000", "2,5"), so a thousands separator never looks like a
/// clock and a decimal never looks like a year.
enum TimexTokenizer {
    static func tokenize(_ bytes: [UInt8], sentenceStarts: [Int]) -> [TimexToken] {
        var tokens: [TimexToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var i = 0
        var sentence = 0
        let n = bytes.count
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        @inline(__always) func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        /// Length of the letter at `p`, or 0 when `p` is not a letter.
        func letterLength(_ p: Int) -> Int {
            guard p < n else { return 0 }
            let b = bytes[p]
            if b < 0x80 { return isASCIILetter(b) ? 1 : 0 }
            let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            if b == 0xC2 { return 0 }                                // U+0080-U+00BF: nbsp, «, », ·
            if b == 0xE2 && p + 1 < n && bytes[p + 1] <= 0x81 { return 0 }  // U+2000-U+207F punctuation
            if b == 0xEF && p + 1 < n && (bytes[p + 1] == 0xBB || bytes[p + 1] == 0xBF) { return 0 }  // BOM, U+FFFD
            return min(len, n - p)
        }
        while i < n {
            while sentence + 1 < sentenceStarts.count && sentenceStarts[sentence + 1] <= i { sentence += 1 }
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { i += 1; continue }
            let start = i
            if isDigit(b) {
                i += 1
                while i < n {
                    if isDigit(bytes[i]) { i += 1; continue }
                    let c = bytes[i]
                    if (c == 0x2E || c == 0x2C || c == 0x2F || c == 0x3A || c == 0x2D),
                       i + 1 < n, isDigit(bytes[i + 1]) { i += 2; continue }
                    break
                }
                let text = String(decoding: bytes[start..<i], as: UTF8.self)
                tokens.append(TimexToken(start: start, end: i, kind: .number, lower: text,
                                         capitalized: false, sentence: sentence))
                continue
            }
            let l = letterLength(i)
            if l > 0 {
                i += l
                while true {
                    let m = letterLength(i)
                    if m > 0 { i += m; continue }
                    if i < n, bytes[i] == 0x2D || bytes[i] == 0x27, letterLength(i + 1) > 0 { i += 1; continue }
                    break
                }
                let raw = String(decoding: bytes[start..<i], as: UTF8.self)
                let cap = isASCIILetter(b) ? b < 0x61 : raw.first.map { $0.isUppercase } ?? false
                tokens.append(TimexToken(start: start, end: i, kind: .word, lower: raw.lowercased(),
                                         capitalized: cap, sentence: sentence))
                continue
            }
            // One punctuation scalar (or a stray continuation byte).
            var len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            len = min(len, n - i)
            i += len
            if b == 0xC2 && len == 2 && bytes[start + 1] == 0xA0 { continue }  // no-break space
            tokens.append(TimexToken(start: start, end: i, kind: .punct,
                                     lower: String(decoding: bytes[start..<i], as: UTF8.self),
                                     capitalized: false, sentence: sentence))
        }
        return tokens
    }
}
