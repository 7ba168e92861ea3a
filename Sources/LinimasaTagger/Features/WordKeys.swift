/// What the feature templates need to know about one word, computed once
/// from its UTF-8 bytes: hashes of the word, its folded form, its first and
/// last one to four bytes (folded), its shape and a few flags.
struct WordKeys {
    var exact: UInt64 = 0
    var folded: UInt64 = 0
    var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Shape with runs collapsed: "Jakarta" → "Xx", "12.500" → "d.d", "RI" → "X".
    var shape: UInt64 = 0
    /// `Flags` bits.
    var flags: UInt64 = 0
    /// Length in bytes, bucketed: 1, 2, 3, 4–6, 7–10, more.
    var lengthClass: UInt64 = 0

    enum Flags {
        static let initialCapital: UInt64 = 1
        static let allCapitals: UInt64 = 2
        static let hasDigit: UInt64 = 4
        static let allDigits: UInt64 = 8
        static let hasHyphen: UInt64 = 16
        static let noLetterOrDigit: UInt64 = 32
        static let nonASCII: UInt64 = 64
        static let hasLower: UInt64 = 128
    }

    init(_ word: String) {
        if let k = word.utf8.withContiguousStorageIfAvailable({ WordKeys(bytes: $0) }) {
            self = k
        } else {
            self = WordKeys(bytes: Array(word.utf8))
        }
    }

    init<C: RandomAccessCollection>(bytes: C) where C.Element == UInt8, C.Index == Int {
        exact = FeatureHash.bytes(bytes)
        folded = FeatureHash.folded(bytes)
        let n = bytes.count
        let start = bytes.startIndex
        func prefix(_ k: Int) -> UInt64 { n >= k ? FeatureHash.folded(bytes[start..<(start + k)]) : 0 }
        func suffix(_ k: Int) -> UInt64 { n >= k ? FeatureHash.folded(bytes[(start + n - k)..<(start + n)]) : 0 }
        prefixes = (prefix(1), prefix(2), prefix(3), prefix(4))
        suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        var shapeHash = FeatureHash.offset
        var last: UInt8 = 0
        var upper = 0, lower = 0, digits = 0, letters = 0
        var f: UInt64 = 0
        for b in bytes {
            let c: UInt8
            switch b {
            case 0x41...0x5A: c = UInt8(ascii: "X"); upper += 1; letters += 1
            case 0x61...0x7A: c = UInt8(ascii: "x"); lower += 1; letters += 1
            case 0x30...0x39: c = UInt8(ascii: "d"); digits += 1
            case 0x80...0xBF: continue  // UTF-8 continuation byte
            case 0xC0...: c = UInt8(ascii: "x"); lower += 1; letters += 1; f |= Flags.nonASCII
            default:
                c = b
                if b == UInt8(ascii: "-") { f |= Flags.hasHyphen }
            }
            if c != last { shapeHash = (shapeHash ^ UInt64(c)) &* FeatureHash.prime; last = c }
        }
        shape = shapeHash
        if let first = bytes.first, first >= 0x41, first <= 0x5A { f |= Flags.initialCapital }
        if upper > 0, lower == 0 { f |= Flags.allCapitals }
        if lower > 0 { f |= Flags.hasLower }
        if digits > 0 { f |= Flags.hasDigit }
        if digits > 0, digits == n { f |= Flags.allDigits }
        if letters == 0, digits == 0 { f |= Flags.noLetterOrDigit }
        flags = f
        lengthClass = n <= 3 ? UInt64(n) : n <= 6 ? 4 : n <= 10 ? 5 : 6
    }

    /// Stand-ins for the words before the first and after the last.
    static let start: WordKeys = {
        var k = WordKeys(bytes: [UInt8]())
        k.folded = 0x5354_4152_5400_0001
        k.shape = 0x5354_4152_5400_0002
        k.flags = 0x100
        return k
    }()
    static let end: WordKeys = {
        var k = WordKeys(bytes: [UInt8]())
        k.folded = 0x454e_4400_0000_0001
        k.shape = 0x454e_4400_0000_0002
        k.flags = 0x200
        return k
    }()
}
