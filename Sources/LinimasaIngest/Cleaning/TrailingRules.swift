import LinimasaModel
import LinimasaText

/// Debris at the very end of an article: editor initials and agency tags
/// ("(ard)", "(lav / lav)", "[mg/rs]", "(ant/dtc)", "(*)", "(Antara)") and
/// "read more" tails glued to the last paragraph ("BACA SELENGKAPNYA >>>",
/// "Lihat Artikel Selengkapnya", "Lanjut ke Halaman Berikutnya").
enum TrailingRules {
    /// Longest tag, brackets included.
    static let maxTag = 32

    /// The start of a closing tag that ends at `e` (which must be the end of
    /// the last kept range), or nil. The tag must follow the start of the
    /// range or sentence-final punctuation or a closing quote (spaces
    /// between allowed), contain a letter or "*", and hold only letters, digits, spaces, "/", "*", ".", "-" and ",".
    static func tagStart(_ t: CleanerBytes, _ s: Int, _ e: Int) -> Int? {
        let close = t[e - 1]
        guard close == 0x29 || close == 0x5D else { return nil }
        let openByte: UInt8 = close == 0x29 ? 0x28 : 0x5B
        var j = e - 2
        let floor = max(s, e - maxTag)
        while j >= floor, t[j] != openByte {
            let c = t[j]
            guard ByteText.isLetter(c) || ByteText.isDigit(c) || c == 0x20 || c == 0x2F
                    || c == 0x2A || c == 0x2E || c == 0x2D || c == 0x2C else { return nil }
            j -= 1
        }
        guard j >= floor, j < e - 2 else { return nil }
        var hasLetter = false
        for k in (j + 1)..<(e - 1) where ByteText.isLetter(t[k]) || t[k] == 0x2A { hasLetter = true; break }
        guard hasLetter else { return nil }
        var k = j - 1
        while k >= s, CleanerBytes.isSpace(t[k]) { k -= 1 }
        if k < s { return j }
        let before = t[k]
        let okBefore = before == 0x2E || before == 0x21 || before == 0x3F || before == 0x22
            || before == 0x27 || before == 0x9D  // the last byte of a closing quote
        return okBefore ? j : nil
    }

    /// "Read more" tails, lower-cased, with their reason (rule "tail");
    /// matched at the end of the last range.
    static let tails = IngestWords.shipped.tails
    /// Verbs taken along in front of a tail (rule "tail-verb").
    static let verbs = IngestWords.shipped.tailVerbs

    /// The start and reason of a "read more" tail ending the range, or nil.
    static func tailStart(_ t: CleanerBytes, _ s: Int, _ e: Int) -> (Int, DropReason)? {
        var end = e
        while end > s, t[end - 1] == 0x3E || t[end - 1] == 0x20 || t[end - 1] == 0x2E { end -= 1 }
        for (lit, reason) in tails {
            let start = end - lit.count
            guard start >= s, t.hasCI(lit, at: start, end: end) else { continue }
            guard start == s || t[start - 1] == 0x20 else { continue }
            // Take a leading "Baca"/"Lihat"/"Lanjut" verb along.
            var from = start
            for verb in verbs {
                if from - verb.count >= s, t.hasCI(verb, at: from - verb.count, end: start),
                   from - verb.count == s || t[from - verb.count - 1] == 0x20 {
                    from -= verb.count
                }
            }
            return (from, reason)
        }
        return nil
    }
}
