import LinimasaModel

/// Appends JSON to a byte buffer. Output is compact (one document per line),
/// keeps non-ASCII text as raw UTF-8 and escapes only what RFC 8259 requires,
/// plus U+2028/U+2029 so that the lines are also safe JavaScript.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Whether the next value in the current container needs a comma first.
    private var needsComma = false

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
    }

    private mutating func separator() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    public mutating func beginObject() { separator(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separator(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    /// Writes `"name":` — the next call writes the value.
    public mutating func key(_ name: String) {
        separator()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ s: String) { separator(); appendQuoted(s) }
    public mutating func int(_ v: Int) { separator(); bytes.append(contentsOf: String(v).utf8) }
    public mutating func bool(_ v: Bool) { separator(); bytes.append(contentsOf: (v ? "true" : "false").utf8) }
    public mutating func null() { separator(); bytes.append(contentsOf: "null".utf8) }

    public mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let n): separator(); bytes.append(contentsOf: n.utf8)
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { value(item) }
            endArray()
        case .object(let fields):
            beginObject()
            for (k, item) in fields { key(k); value(item) }
            endObject()
        }
    }

    /// Bytes that need a look when writing a string: controls, `"`, `\\`,
    /// and 0xE2 (the lead byte of U+2028 and U+2029).
    private static let special: [Bool] = (0..<256).map { b in
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2
    }

    /// Writes a string literal: unescaped runs are copied whole.
    private mutating func appendQuoted(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { u in
            JSONWriter.special.withUnsafeBufferPointer { special in
                var runStart = 0
                var k = 0
                let n = u.count
                while k < n {
                    while k < n && !special[Int(u[k])] { k += 1 }
                    guard k < n else { break }
                    let b = u[k]
                    var escape: StaticString? = nil
                    switch b {
                    case UInt8(ascii: "\""): escape = "\\\""
                    case UInt8(ascii: "\\"): escape = "\\\\"
                    case 0x0A: escape = "\\n"
                    case 0x0D: escape = "\\r"
                    case 0x09: escape = "\\t"
                    case 0xE2:
                        guard k + 2 < n, u[k + 1] == 0x80, u[k + 2] == 0xA8 || u[k + 2] == 0xA9 else { k += 1; continue }
                        escape = u[k + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    default: break
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<k]))
                    if let escape {
                        bytes.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                        k += b == 0xE2 ? 3 : 1
                    } else {
                        let hex = JSONWriter.hexDigits
                        bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                        k += 1
                    }
                    runStart = k
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<n]))
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
