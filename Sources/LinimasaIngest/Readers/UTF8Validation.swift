/// UTF-8 well-formedness (RFC 3629: no overlongs, no surrogates, nothing
/// above U+10FFFF), with an ASCII fast path.
enum UTF8Validation {
    /// The offset of the first byte that is not part of well-formed UTF-8, or nil.
    static func firstInvalidByte(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = p.count
        while i < n {
            // Eight ASCII bytes at a time.
            while i + 8 <= n {
                let w = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if w & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { return nil }
            let b0 = p[i]
            if b0 < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < n else { return i }
            let b1 = p[i + 1]
            guard b1 >= lo, b1 <= hi else { return i }
            for k in 2..<(need + 1) where p[i + k] & 0xC0 != 0x80 { return i }
            i += need + 1
        }
        return nil
    }

    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidByte($0) }
    }

    /// 1-based line and column (in bytes) of a byte offset, for messages.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        for k in 0..<min(offset, bytes.count) where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        return (line, offset - lineStart + 1)
    }
}
