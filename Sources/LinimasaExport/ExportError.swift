public import LinimasaXML

/// Why an export failed.
///
/// A struct around a private enum, like ``XMLKitError``, so kinds can be
/// added later without breaking callers.
public struct ExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure, with a stable identifier.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Kind: String {
            case xml = "xml"
            case duplicateID = "duplicate-id"
        }
        let kind: Kind

        /// libxml2 could not open or write the output (see ``ExportError/underlying``).
        public static let xml = Code(kind: .xml)
        /// Two nodes of the graph would get the same id in the output.
        public static let duplicateID = Code(kind: .duplicateID)

        public var description: String { kind.rawValue }
    }

    public var code: Code
    public var message: String
    /// The libxml2 failure behind a `.xml` error.
    public var underlying: XMLKitError?

    init(_ code: Code, _ message: String, underlying: XMLKitError? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    init(_ error: XMLKitError) {
        self.init(.xml, error.description, underlying: error)
    }

    public var description: String { "\(message) [\(code)]" }
}

/// What an exporter wrote.
public struct ExportSummary: Hashable, Sendable {
    public var nodes = 0
    public var edges = 0
    /// References to actors the graph does not hold (an event's source or
    /// target, an actor edge's end): no edge was written for them.
    public var danglingReferences = 0

    public init() {}
}

/// Spelling values the way GraphML and GEXF readers parse them.
extension ExportText {
    /// An id that is a valid `xs:NMTOKEN` (what GraphML requires of node
    /// ids) and maps distinct ids to distinct tokens: ASCII letters, digits,
    /// `.`, `-` and `:` stay; every other byte of the UTF-8, `_` included,
    /// becomes `_` and two upper-case hex digits. `person:lloyd-austin`
    /// stays as it is; `doc 7@12` becomes `doc_207_4012`.
    static func token(_ id: String) -> String {
        var clean = true
        for b in id.utf8 where !isTokenByte(b) { clean = false; break }
        if clean && !id.isEmpty { return id }
        if id.isEmpty { return "_" }
        var out: [UInt8] = []
        out.reserveCapacity(id.utf8.count + 8)
        for b in id.utf8 {
            if isTokenByte(b) {
                out.append(b)
            } else {
                out.append(0x5F)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hex: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
             UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    /// A double as `xs:double` and Python's `float()` both read it, or nil
    /// for NaN and infinities (absent values are omitted, never written).
    static func double(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        return value.description
    }

    /// List values joined into one string (GraphML and NetworkX take no lists).
    static func joined(_ items: [String]) -> String? {
        var seen = Set<String>()
        let unique = items.filter { !$0.isEmpty && seen.insert($0).inserted }
        return unique.isEmpty ? nil : unique.joined(separator: "; ")
    }
}
