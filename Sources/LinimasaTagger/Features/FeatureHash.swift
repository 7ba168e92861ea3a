/// 64-bit hashing of words and features with no `String` hashing: FNV-1a
/// over UTF-8 bytes, then a SplitMix64 finaliser to combine a template with
/// its value. The same bytes give the same hash on every machine and run,
/// which keeps trained models reproducible.
enum FeatureHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a of a byte sequence.
    @inline(__always)
    static func bytes<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = offset
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// FNV-1a of a word with ASCII letters folded to lower case. Letters
    /// outside ASCII are kept as they are: folding is a language's business,
    /// and the tagger only needs a consistent key.
    @inline(__always)
    static func folded<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = offset
        for b in bytes { h = (h ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* prime }
        return h
    }

    /// A well-mixed combination of two hashes (order matters).
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9e37_79b9_7f4a_7c15 &+ (b &* 0xbf58_476d_1ce4_e5b9)
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The folded hash of a word (the key of word tables and phrase tables).
    static func key(_ word: String) -> UInt64 {
        if let h = word.utf8.withContiguousStorageIfAvailable({ folded($0) }) { return h }
        return folded(Array(word.utf8))
    }
}
