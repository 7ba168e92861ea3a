import LinimasaText

/// A read-only view of UTF-8 bytes with the small, allocation-free checks
/// the cleaning rules are built from. Everything works on byte offsets and
/// ASCII case folding; no `String` is made while scanning.
struct CleanerBytes {
    let b: UnsafeBufferPointer<UInt8>

    init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    var count: Int { b.count }

    @inline(__always) subscript(i: Int) -> UInt8 { b[i] }

    /// The byte at `i`, or 0 when `i` is out of bounds.
    @inline(__always) func at(_ i: Int) -> UInt8 { i >= 0 && i < b.count ? b[i] : 0 }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09
    }

    // ASCII letter, case and digit tests are `ByteText`'s, shared with the
    // sentence splitter.

    /// Letters, digits and any non-ASCII byte (part of a non-ASCII letter
    /// or symbol): the bytes a word is made of.
    @inline(__always) static func isWord(_ c: UInt8) -> Bool {
        ByteText.isAlnum(c) || c >= 0x80
    }

    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { ByteText.isUpper(c) ? c | 0x20 : c }

    /// Whether `lit` (given in lower case) occurs at `i`, ignoring ASCII case,
    /// without reading at or past `end`.
    @inline(__always) func hasCI(_ lit: [UInt8], at i: Int, end: Int) -> Bool {
        if i < 0 || i + lit.count > end { return false }
        var k = 0
        while k < lit.count {
            if CleanerBytes.lower(b[i + k]) != lit[k] { return false }
            k += 1
        }
        return true
    }

    /// Whether `lit` occurs at `i` exactly (case-sensitive).
    @inline(__always) func has(_ lit: [UInt8], at i: Int, end: Int) -> Bool {
        if i < 0 || i + lit.count > end { return false }
        var k = 0
        while k < lit.count {
            if b[i + k] != lit[k] { return false }
            k += 1
        }
        return true
    }

    /// The first of `lits` found at `i` (ignoring case) and ending at a word
    /// boundary; returns its end offset.
    func prefixCI(_ lits: [[UInt8]], at i: Int, end: Int) -> Int? {
        for lit in lits where hasCI(lit, at: i, end: end) {
            let j = i + lit.count
            if j >= end || !CleanerBytes.isWord(b[j]) || !CleanerBytes.isWord(lit[lit.count - 1]) { return j }
        }
        return nil
    }

    /// Offset of the first byte of `i..<end` that is not whitespace.
    @inline(__always) func skipSpaces(_ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, CleanerBytes.isSpace(b[j]) { j += 1 }
        return j
    }

    /// `r` without leading and trailing whitespace (possibly empty).
    @inline(__always) func trim(_ s: Int, _ e: Int) -> Range<Int> {
        var lo = s, hi = e
        while lo < hi, CleanerBytes.isSpace(b[lo]) { lo += 1 }
        while hi > lo, CleanerBytes.isSpace(b[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    /// Offset of the first `c` in `i..<end`, or nil.
    @inline(__always) func find(_ c: UInt8, from i: Int, to end: Int) -> Int? {
        var j = i
        while j < end {
            if b[j] == c { return j }
            j += 1
        }
        return nil
    }

    /// Whether the range contains `lit` (lower-case literal, ASCII case ignored).
    func containsCI(_ lit: [UInt8], _ s: Int, _ e: Int) -> Bool {
        guard let f = lit.first else { return true }
        var j = s
        while j + lit.count <= e {
            if CleanerBytes.lower(b[j]) == f, hasCI(lit, at: j, end: e) { return true }
            j += 1
        }
        return false
    }

    /// The bytes of `r` as a `String` (for reporting, never while scanning).
    func string(_ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
    }
}

/// Lower-case UTF-8 literals for `CleanerBytes` matching.
@inline(__always) func lits(_ words: String...) -> [[UInt8]] { words.map { Array($0.utf8) } }
