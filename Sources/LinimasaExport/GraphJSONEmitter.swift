import LinimasaModel

/// The JSON-writing calls ``GraphJSONExporter`` needs.
///
/// The requirements are exactly the public API of LinimasaIngest's
/// `JSONWriter`, so once LinimasaExport depends on LinimasaIngest the
/// exporter switches to it with `extension JSONWriter: GraphJSONEmitter {}`
/// and a change of ``GraphJSONBackend``. Until then ``ExportJSONWriter`` is
/// a small stand-in with the same output rules.
protocol GraphJSONEmitter {
    init(capacity: Int)
    var bytes: [UInt8] { get }
    mutating func removeAll()
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func key(_ name: String)
    mutating func string(_ s: String)
    mutating func int(_ v: Int)
    mutating func bool(_ v: Bool)
    mutating func null()
    mutating func optionalString(_ s: String?)
    mutating func value(_ v: JSONValue)
}

/// The emitter the exporter uses today.
typealias GraphJSONBackend = ExportJSONWriter

/// A minimal compact JSON writer: UTF-8 kept as is, escapes only where
/// RFC 8259 requires (quote, backslash, controls), plus U+2028 and U+2029
/// so each document is also a safe JavaScript line.
struct ExportJSONWriter: GraphJSONEmitter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next value in the open container needs a comma first.
    private var pendingComma = false

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        pendingComma = false
    }

    private mutating func comma() {
        if pendingComma { bytes.append(UInt8(ascii: ",")) }
        pendingComma = true
    }

    mutating func beginObject() { comma(); bytes.append(UInt8(ascii: "{")); pendingComma = false }
    mutating func endObject() { bytes.append(UInt8(ascii: "}")); pendingComma = true }
    mutating func beginArray() { comma(); bytes.append(UInt8(ascii: "[")); pendingComma = false }
    mutating func endArray() { bytes.append(UInt8(ascii: "]")); pendingComma = true }

    mutating func key(_ name: String) {
        comma()
        quoted(name)
        bytes.append(UInt8(ascii: ":"))
        pendingComma = false
    }

    mutating func string(_ s: String) { comma(); quoted(s) }
    mutating func int(_ v: Int) { comma(); bytes.append(contentsOf: String(v).utf8) }
    mutating func bool(_ v: Bool) { comma(); bytes.append(contentsOf: (v ? "true" : "false").utf8) }
    mutating func null() { comma(); bytes.append(contentsOf: "null".utf8) }
    mutating func optionalString(_ s: String?) { if let s { string(s) } else { null() } }

    mutating func value(_ v: JSONValue) {
        switch v {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let n): comma(); bytes.append(contentsOf: n.utf8)
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

    /// A string literal, escaped scalar by scalar.
    private mutating func quoted(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": bytes.append(contentsOf: [0x5C, 0x22])
            case "\\": bytes.append(contentsOf: [0x5C, 0x5C])
            case "\n": bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case "\r": bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case "\t": bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case "\u{2028}", "\u{2029}", "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                bytes.append(contentsOf: "\\u".utf8)
                bytes.append(contentsOf: String(repeating: "0", count: 4 - hex.count).utf8)
                bytes.append(contentsOf: hex.utf8)
            default: bytes.append(contentsOf: scalar.utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension GraphJSONEmitter {
    /// A finite number as JSON, or null for NaN and infinities (which JSON
    /// cannot spell; the schema then rejects the document, as it should).
    mutating func number(_ v: Double) {
        if v.isFinite { value(.number(String(v))) } else { null() }
    }

    /// A day as `"YYYY-MM-DD"`, or null.
    mutating func date(_ d: CalendarDate?) { optionalString(d?.description) }
}
