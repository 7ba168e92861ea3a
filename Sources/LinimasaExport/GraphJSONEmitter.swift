import LinimasaModel
import LinimasaText

/// The JSON-writing calls ``GraphJSONExporter`` needs.
///
/// The requirements are exactly the public API of LinimasaIngest's
/// `JSONWriter`, which is what the exporter writes with.
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

/// The emitter the exporter uses: the project's byte-level JSON writer.
typealias GraphJSONBackend = JSONWriter

extension JSONWriter: GraphJSONEmitter {}

extension GraphJSONEmitter {
    /// A finite number as JSON, or null for NaN and infinities (which JSON
    /// cannot spell; the schema then rejects the document, as it should).
    mutating func number(_ v: Double) {
        if v.isFinite { value(.number(String(v))) } else { null() }
    }

    /// A day as `"YYYY-MM-DD"`, or null.
    mutating func date(_ d: CalendarDate?) { optionalString(d?.description) }
}
