/// Converts UTF-8 byte offsets of a text into Unicode code-point offsets.
///
/// Linimasa scans text as UTF-8 bytes (fast) but reports offsets in code
/// points (what analysts and the scorer count). For pure-ASCII text the two
/// agree and no table is built.
public struct UTF8Offsets: Sendable {
    /// `table[b]` is the code-point offset of byte `b`; empty when ASCII.
    private let table: [Int32]
    public let byteCount: Int

    public init(_ bytes: some Collection<UInt8>) {
        byteCount = bytes.count
        var ascii = true
        for b in bytes where b >= 0x80 { ascii = false; break }
        if ascii { table = []; return }
        var t = [Int32]()
        t.reserveCapacity(bytes.count + 1)
        var n: Int32 = 0
        for b in bytes {
            t.append(n)
            if b & 0xC0 != 0x80 { n += 1 }
        }
        t.append(n)
        table = t
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
