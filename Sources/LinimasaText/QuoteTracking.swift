// Quotation tracking for `SentenceSplitter`: which double quotation the
// scanner is in, and whether it ends with a reporting continuation.
//
// Straight quotes are paired by position (after whitespace or an opening
// bracket: opening; elsewhere: closing), curly quotes by shape. State is kept
// per line, because news paragraphs that continue a quotation repeat the
// opening quote.

/// The double quotation the scanner is inside of, on the current line.
struct QuoteState {
    /// Byte offset just after the opening quote, or -1 outside quotes.
    var openEnd = -1
    /// Whether the open quotation closes with a continuation (`,"` or a
    /// lowercase word after the quote); nil until first needed.
    var continues: Bool?

    var isOpen: Bool { openEnd >= 0 }
    mutating func open(after i: Int) { openEnd = i; continues = nil }
    mutating func close() { openEnd = -1; continues = nil }
}

extension SentenceScanner {
    /// A straight `"` opens a quotation after whitespace, a line start or an
    /// opening bracket, and closes one anywhere else.
    mutating func straightQuote(at i: Int) {
        if i == lineStart || text.whitespaceLength(before: i, start: lineStart) > 0 {
            // Spaced on both sides (`kata " siap "`): closes an open quotation.
            if quote.isOpen, i + 1 == hi || text.whitespaceLength(at: i + 1, end: hi) > 0 {
                quote.close()
            } else {
                quote.open(after: i + 1)
            }
            return
        }
        let p = text[i - 1]
        if p == 0x28 || p == 0x5B { quote.open(after: i + 1) } else { quote.close() }
    }

    /// Length of a closing quote at `k` that stands alone before whitespace or
    /// the end of the region: `”`, or `"` while a quotation is open; else 0.
    func detachedCloserLength(at k: Int) -> Int {
        guard k < hi else { return 0 }
        let n: Int
        if text[k] == 0x22, quote.isOpen {
            n = 1
        } else if text[k] == 0xE2, k + 2 < hi, text[k + 1] == 0x80, text[k + 2] == 0x9D {
            n = 3
        } else {
            return 0
        }
        return k + n == hi || text.whitespaceLength(at: k + n, end: hi) > 0 ? n : 0
    }

    /// Whether the open quotation closes later on the line with `,"` or with
    /// a lowercase word after the closing quote (`"..." kata X`). Cached per
    /// quotation, so each quotation is looked ahead at most once.
    mutating func quoteContinues(from i: Int) -> Bool {
        if let c = quote.continues { return c }
        var result = false
        var j = i
        while j < hi {
            let b = text[j]
            if b == 0x0A || b == 0x0D { break }
            if b == 0x22, j > lineStart, text.whitespaceLength(before: j, start: lineStart) == 0 {
                result = closeContinues(quoteAt: j, length: 1)
                break
            }
            if b == 0xE2, j + 2 < hi, text[j + 1] == 0x80 {
                let t = text[j + 2]
                if t == 0x9D { result = closeContinues(quoteAt: j, length: 3); break }
                if t == 0xA8 || t == 0xA9 { break }
            }
            j += 1
        }
        quote.continues = result
        return result
    }

    private func closeContinues(quoteAt q: Int, length: Int) -> Bool {
        if q > lo, text[q - 1] == 0x2C { return true }
        var k = q + length
        while k < hi {
            let n = text.spaceLength(at: k, end: hi)
            if n == 0 { break }
            k += n
        }
        guard k < hi else { return false }
        return ByteText.isLowerScalar(text.scalar(at: k, end: hi).value)
    }
}
