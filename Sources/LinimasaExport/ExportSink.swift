import LinimasaGraph
import LinimasaModel

/// Where an exporter sends its output, a few hundred bytes at a time, so
/// that a large graph never has to sit in memory as one export string.
///
/// The CLI's buffered output file conforms with a one-line extension;
/// tests and small exports use ``ByteBufferSink``.
public protocol ExportSink {
    /// Appends `bytes` to the output. Errors (a full disk, a closed pipe)
    /// stop the export and reach the caller unchanged.
    mutating func write(_ bytes: [UInt8]) throws
}

/// An in-memory sink: collects everything written to it.
public struct ByteBufferSink: ExportSink, Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    public mutating func write(_ bytes: [UInt8]) { self.bytes.append(contentsOf: bytes) }

    /// The output decoded as UTF-8 (every exporter writes UTF-8).
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}

/// Small formatting helpers every exporter shares, so that a date or a
/// number reads the same in CSV, JSON and DOT.
enum ExportText {
    /// `YYYY-MM-DD`, or nil.
    static func date(_ d: CalendarDate?) -> String? { d.map(\.description) }

    /// A number as Swift prints it (shortest round-trip form), which is also
    /// valid JSON for finite values: `-10.0`, `0.85`, `3.5e-05`.
    static func number(_ v: Double) -> String { String(v) }

    /// `1` … `4`, GDELT's QuadClass code.
    static func quadClass(_ q: QuadClass) -> String { String(q.rawValue) }

    /// The mention an event was first reported by: the earliest publication
    /// day, then document id and position (undated articles last).
    static func firstMention(of event: EventNode) -> Mention? {
        event.mentions.min { a, b in
            switch (a.published, b.published) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.key < b.key
            }
        }
    }
}
