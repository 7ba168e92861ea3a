/// A short byte string (at most 16 bytes) packed into two integers, so that
/// the splitter and tokenizer can look words up in a `Set` or `Dictionary`
/// straight from the document bytes without allocating a `String` or array.
struct WordKey: Hashable, Sendable {
    static let maxLength = 16

    private var lo: UInt64 = 0
    private var hi: UInt64 = 0
    private var length: UInt8 = 0

    /// Packs `bytes[range]`; nil when the range is empty or too long.
    init?(_ bytes: [UInt8], _ range: Range<Int>) {
        guard !range.isEmpty, range.count <= WordKey.maxLength,
              range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
        var k = 0
        for i in range {
            let v = UInt64(bytes[i])
            if k < 8 { lo |= v << (8 * UInt64(k)) } else { hi |= v << (8 * UInt64(k - 8)) }
            k += 1
        }
        length = UInt8(k)
    }

    /// Packs an ASCII literal from the word lists.
    init?(_ literal: String) {
        let b = Array(literal.utf8)
        self.init(b, 0..<b.count)
    }

    /// Builds a lookup set from word-list literals.
    static func set(_ words: [String]) -> Set<WordKey> {
        Set(words.compactMap { WordKey($0) })
    }
}
