/// A table from single words (compared with ASCII letters folded) to a
/// small value, e.g. how often a word is capitalised in running text.
/// Keys are 64-bit hashes, so looking a word up hashes no `String`.
public struct WordTable: Sendable, Equatable {
    var values: [UInt64: UInt8]

    public init() { values = [:] }

    /// Sets the value of a word (1…255; 0 means absent).
    public mutating func set(_ word: String, _ value: UInt8) {
        values[FeatureHash.key(word)] = value
    }

    public func value(of word: String) -> UInt8 { values[FeatureHash.key(word)] ?? 0 }

    public var count: Int { values.count }

    /// Each word's value, 0 where it has none.
    func channel(_ keys: [WordKeys]) -> [UInt64] {
        keys.map { UInt64(values[$0.folded] ?? 0) }
    }
}

/// Word sequences (gazetteer names, titles) in up to 64 classes, matched in
/// a sentence with ASCII letters folded. A word's channel value says which
/// classes' phrases it begins (bit `2c`) or continues (bit `2c + 1`).
public struct PhraseTable: Sendable, Equatable {
    /// Hash of a phrase's words → bit set of its classes.
    var phrases: [UInt64: UInt64]
    /// Hash of a phrase's first words → true, for every proper prefix of a
    /// phrase, so matching stops as soon as no phrase can continue.
    var prefixes: Set<UInt64>
    var longest: Int
    /// The class names, in bit order.
    public internal(set) var classes: [String]

    public init() {
        phrases = [:]
        prefixes = []
        longest = 0
        classes = []
    }

    /// Adds a phrase, given as its words, to a class (at most 32 classes).
    public mutating func add(_ words: [String], to className: String) {
        guard !words.isEmpty else { return }
        var c = classes.firstIndex(of: className) ?? -1
        if c < 0 {
            precondition(classes.count < 32, "a phrase table holds at most 32 classes")
            classes.append(className)
            c = classes.count - 1
        }
        var h = PhraseTable.seed
        for (i, w) in words.enumerated() {
            h = FeatureHash.combine(h, FeatureHash.key(w))
            if i < words.count - 1 { prefixes.insert(h) }
        }
        phrases[h, default: 0] |= 1 << UInt64(c)
        longest = max(longest, words.count)
    }

    public var count: Int { phrases.count }

    static let seed: UInt64 = 0x5048_5241_5345_0001

    /// Each word's begin/continue bits over all phrases found in the sentence.
    func channel(_ keys: [WordKeys]) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: keys.count)
        for i in keys.indices {
            var h = PhraseTable.seed
            for j in i..<min(keys.count, i + longest) {
                h = FeatureHash.combine(h, keys[j].folded)
                if let bits = phrases[h] {
                    for c in 0..<classes.count where bits & (1 << UInt64(c)) != 0 {
                        out[i] |= 1 << UInt64(2 * c)
                        if j > i { for k in (i + 1)...j { out[k] |= 1 << UInt64(2 * c + 1) } }
                    }
                }
                if !prefixes.contains(h) { break }
            }
        }
        return out
    }
}
