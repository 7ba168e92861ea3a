// Quotation tracking: which double quotation a reader is inside of. One
// tracker serves the sentence splitter (over raw bytes, state per line) and
// the extraction analyser (over the tokens of one sentence).
// The splitter keeps its state per line, because news paragraphs that
// continue a quotation repeat the opening quote.
//
// Typographic quotes are read by shape (“ « „ open, ” » close). A straight
// `"` has no shape, so the tracker is told how to read it (`StraightQuotes`):
// by its position in the text, or as a toggle. Apostrophes and single quotes
// (' ‘ ’ `) are never quotation marks: they sit inside words ("Jum'at",
// "don't") far more often than they quote.
//
// The splitter feeds the tracker only `“`, `”` and `"` (its byte scanner does
// not stop at `«`, `»` or `„`, which are rare in the news it reads); the
// analyser feeds it every mark `QuoteTracker.mark` knows.

/// The double quotation a reader is inside of.
public struct QuoteTracker: Sendable {
    /// How a straight `"` is read.
    public enum StraightQuotes: Sendable, Hashable {
        /// By position, for raw text where the spacing is the writer's: it
        /// opens after white space, a line start or an opening bracket and
        /// closes anywhere else; spaced on both sides (`kata " siap "`) it
        /// closes an open quotation.
        case byPosition
        /// Each straight quote flips the state, for the tokens of one
        /// sentence (the splitter has already kept quotations whole).
        case toggle
    }

    /// What a character does to a quotation.
    public enum Mark: Sendable, Hashable {
        case opening, closing, straight
    }

    /// Where a straight quote stands, for `.byPosition`.
    public struct Position: Sendable, Hashable {
        /// At a line start or after white space.
        public var spacedBefore: Bool
        /// At the end of the text or before white space.
        public var spacedAfter: Bool
        /// Right after `(` or `[`.
        public var afterOpeningBracket: Bool

        public init(spacedBefore: Bool, spacedAfter: Bool, afterOpeningBracket: Bool) {
            self.spacedBefore = spacedBefore
            self.spacedAfter = spacedAfter
            self.afterOpeningBracket = afterOpeningBracket
        }
    }

    /// The quotation mark `scalar` is, or nil for any other character
    /// (apostrophes and single quotes included).
    public static func mark(_ scalar: Unicode.Scalar) -> Mark? {
        switch scalar {
        case "\u{201C}", "\u{00AB}", "\u{201E}": return .opening   // “ « „
        case "\u{201D}", "\u{00BB}": return .closing               // ” »
        case "\"": return .straight
        default: return nil
        }
    }

    public let straight: StraightQuotes
    /// Offset just after the opening quote, or -1 outside quotes.
    public private(set) var openEnd = -1
    /// Whether the open quotation closes with a continuation (`,"` or a
    /// lowercase word after the quote); nil until first needed. Kept for the
    /// sentence splitter.
    var continues: Bool?

    public init(straight: StraightQuotes) { self.straight = straight }

    public var isOpen: Bool { openEnd >= 0 }
    public mutating func open(after end: Int) { openEnd = end; continues = nil }
    public mutating func close() { openEnd = -1; continues = nil }

    /// Reads one quotation mark ending at offset `end`. `position` is asked
    /// only for a straight quote read `.byPosition`.
    public mutating func read(_ mark: Mark, end: Int, position: () -> Position = { Position(spacedBefore: true, spacedAfter: true, afterOpeningBracket: false) }) {
        switch mark {
        case .opening: open(after: end)
        case .closing: close()
        case .straight:
            switch straight {
            case .toggle:
                if isOpen { close() } else { open(after: end) }
            case .byPosition:
                let p = position()
                if p.spacedBefore {
                    if isOpen && p.spacedAfter { close() } else { open(after: end) }
                } else if p.afterOpeningBracket {
                    open(after: end)
                } else {
                    close()
                }
            }
        }
    }
}

extension SentenceScanner {
    /// A straight `"` at `i`, read by position within the current line.
    mutating func straightQuote(at i: Int) {
        let text = self.text, lineStart = self.lineStart, hi = self.hi
        quote.read(.straight, end: i + 1) {
            let before = i == lineStart || text.whitespaceLength(before: i, start: lineStart) > 0
            let after = i + 1 == hi || text.whitespaceLength(at: i + 1, end: hi) > 0
            let p = before ? 0 : text[i - 1]
            return QuoteTracker.Position(spacedBefore: before, spacedAfter: after,
                                         afterOpeningBracket: p == 0x28 || p == 0x5B)
        }
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
