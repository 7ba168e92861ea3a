/// Converts UTF-8 byte offsets of a text into Unicode code-point offsets.
///
/// Linimasa scans text as UTF-8 bytes (fast) but reports offsets in code
/// points (what analysts and the scorer count). For pure-ASCII text the two
/// agree and no table is built.
public struct UTF8Offsets: Sendable {
    /// `table[b]` is the code-point offset of byte `b`; empty when ASCII.
    private let table: [Int32]
    public let byteCount: Int

    public init(_ bytes: [UInt8]) {
        byteCount = bytes.count
        table = bytes.withUnsafeBufferPointer { p -> [Int32] in
            guard let base = p.baseAddress else { return [] }
            // ASCII check eight bytes at a time.
            var i = 0
            var ascii = true
            while i + 8 <= p.count {
                if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                    ascii = false
                    break
                }
                i += 8
            }
            if ascii {
                while i < p.count { if p[i] >= 0x80 { ascii = false; break }; i += 1 }
            }
            if ascii { return [] }
            return [Int32](unsafeUninitializedCapacity: p.count + 1) { t, count in
                var n: Int32 = 0
                for k in 0..<p.count {
                    t[k] = n
                    // Count lead bytes: every byte that is not 10xxxxxx.
                    n &+= p[k] & 0xC0 != 0x80 ? 1 : 0
                }
                t[p.count] = n
                count = p.count + 1
            }
        }
    }

    public var isASCII: Bool { table.isEmpty }

    /// The code-point offset of a byte offset (0...byteCount). A byte inside
    /// a multi-byte sequence maps to the next code-point boundary.
    public func scalarOffset(ofByte b: Int) -> Int {
        table.isEmpty ? b : Int(table[b])
    }

    public func span(ofBytes r: Range<Int>) -> TextSpan {
        TextSpan(start: scalarOffset(ofByte: r.lowerBound), end: scalarOffset(ofByte: r.upperBound))
    }
}
