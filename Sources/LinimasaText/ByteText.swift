/// A read-only view of a document's UTF-8 bytes with the character tests the
/// sentence splitter and the tokenizer share.
///
/// Everything works on byte offsets. ASCII bytes are classified with plain
/// comparisons (the fast path: Indonesian news is almost all ASCII); only bytes
/// at or above 0x80 are decoded into scalars and looked up in the Unicode
/// property tables. Malformed UTF-8 decodes to U+FFFD one byte at a time, so
/// no input can make a scan stall or read outside the array.
package struct ByteText {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var count: Int { bytes.count }

    @inline(__always) subscript(i: Int) -> UInt8 { bytes[i] }

    // MARK: ASCII classes

    @inline(__always) package static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) package static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) package static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) package static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) package static func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }

    // MARK: Scalars

    /// The scalar that starts at `i` (before `end`) and its length in bytes.
    func scalar(at i: Int, end: Int) -> (value: UInt32, length: Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let need: Int
        var v: UInt32
        switch b0 {
        case 0xC2...0xDF: need = 1; v = UInt32(b0 & 0x1F)
        case 0xE0...0xEF: need = 2; v = UInt32(b0 & 0x0F)
        case 0xF0...0xF4: need = 3; v = UInt32(b0 & 0x07)
        default: return (0xFFFD, 1)
        }
        guard i + need < Swift.min(end, bytes.count) else { return (0xFFFD, 1) }
        for k in 1...need {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            v = v << 6 | UInt32(c & 0x3F)
        }
        return (v, need + 1)
    }

    /// The scalar that ends just before `i` (not before `start`) and its length.
    func scalar(before i: Int, start: Int) -> (value: UInt32, length: Int) {
        var j = i - 1
        while j > start, j > i - 4, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        let s = scalar(at: j, end: i)
        return j + s.length == i ? s : (0xFFFD, 1)
    }

    /// Letters, digits and combining marks: the characters a word is made of.
    static func isWordScalar(_ u: UInt32) -> Bool {
        if u < 0x80 { return isAlnum(UInt8(truncatingIfNeeded: u)) }
        if u == 0xA0 || (u >= 0x2000 && u <= 0x206F) || (u >= 0x3000 && u <= 0x303F) { return false }
        guard let s = Unicode.Scalar(u) else { return false }
        let p = s.properties
        if p.isAlphabetic || p.numericType != nil { return true }
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isUpperScalar(_ u: UInt32) -> Bool {
        if u < 0x80 { return isUpper(UInt8(truncatingIfNeeded: u)) }
        guard let s = Unicode.Scalar(u) else { return false }
        return s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
    }

    static func isLowerScalar(_ u: UInt32) -> Bool {
        if u < 0x80 { return isLower(UInt8(truncatingIfNeeded: u)) }
        guard let s = Unicode.Scalar(u) else { return false }
        return s.properties.isLowercase
    }

    /// Whether the character starting at `i` is a word character.
    func isWord(at i: Int, end: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return ByteText.isAlnum(b) }
        return ByteText.isWordScalar(scalar(at: i, end: end).value)
    }

    /// Whether the character ending just before `i` is a word character.
    func isWord(before i: Int, start: Int) -> Bool {
        let b = bytes[i - 1]
        if b < 0x80 { return ByteText.isAlnum(b) }
        return ByteText.isWordScalar(scalar(before: i, start: start).value)
    }

    // MARK: Spaces and line breaks

    /// Byte length of the horizontal space at `i`, or 0. Spaces are ASCII space,
    /// tab, VT, FF, NBSP, U+1680, U+2000–U+200B, U+202F, U+205F, U+3000 and the
    /// BOM U+FEFF (zero-width debris that scrapers leave between words).
    @inline(__always) func spaceLength(at i: Int, end: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C { return 1 }
        if b < 0xC2 { return 0 }
        return wideSpaceLength(at: i, end: end)
    }

    func wideSpaceLength(at i: Int, end: Int) -> Int {
        let u = scalar(at: i, end: end)
        switch u.value {
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return u.length
        default: return 0
        }
    }

    /// Byte length of the line break at `i` (LF, CR, CRLF, NEL, U+2028, U+2029), or 0.
    @inline(__always) func lineBreakLength(at i: Int, end: Int) -> Int {
        let b = bytes[i]
        if b == 0x0A { return 1 }
        if b == 0x0D { return i + 1 < end && bytes[i + 1] == 0x0A ? 2 : 1 }
        if b == 0xC2 || b == 0xE2 {
            let u = scalar(at: i, end: end)
            if u.value == 0x85 || u.value == 0x2028 || u.value == 0x2029 { return u.length }
        }
        return 0
    }

    /// Whether the character at `i` is any kind of whitespace; its length or 0.
    @inline(__always) func whitespaceLength(at i: Int, end: Int) -> Int {
        let s = spaceLength(at: i, end: end)
        return s > 0 ? s : lineBreakLength(at: i, end: end)
    }

    /// Length of the whitespace character ending just before `i`, or 0.
    func whitespaceLength(before i: Int, start: Int) -> Int {
        let b = bytes[i - 1]
        if b < 0x80 {
            return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : 0
        }
        let s = scalar(before: i, start: start)
        switch s.value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return s.length
        default: return 0
        }
    }

    /// `r` without leading and trailing whitespace (possibly empty).
    func trimmed(_ lo: Int, _ hi: Int) -> Range<Int> {
        var s = lo, e = hi
        while s < e { let n = whitespaceLength(at: s, end: e); if n == 0 { break }; s += n }
        while e > s { let n = whitespaceLength(before: e, start: s); if n == 0 { break }; e -= n }
        return s..<e
    }
}
