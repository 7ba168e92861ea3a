import LinimasaExport
import LinimasaModel

/// A request's selection: the export filters plus paging, read from URL
/// query parameters (`from`, `to`, `actor`, `cameo`, `min_sources`,
/// `offset`, `limit`, and `format` where the caller allows it).
///
/// `actor` and `cameo` may repeat or hold comma-separated values. Every
/// value is checked: a bad one is a ``ViewQueryError`` naming the
/// parameter, never a silently widened selection.
public struct ViewQuery: Hashable, Sendable {
    public var filter = ExportFilter()
    public var offset = 0
    public var limit: Int
    /// The `format` parameter, for the export endpoint.
    public var format: String?

    /// The page size when none is asked for, and the largest allowed.
    public static let defaultLimit = 100
    public static let maximumLimit = 50_000

    public init(filter: ExportFilter = ExportFilter(), offset: Int = 0, limit: Int = ViewQuery.defaultLimit,
                format: String? = nil) {
        self.filter = filter
        self.offset = offset
        self.limit = limit
        self.format = format
    }

    /// Reads `parameters` (name, value pairs, percent-decoded, in URL
    /// order); `allowed` names the parameters the endpoint takes.
    public init(_ parameters: [(String, String)], allowed: Set<String> = ViewQuery.filterParameters) throws(ViewQueryError) {
        self.init()
        var seen = Set<String>()
        for (name, value) in parameters {
            guard allowed.contains(name) else {
                throw ViewQueryError(parameter: name, message: "unknown parameter (this endpoint takes \(allowed.sorted().joined(separator: ", ")))")
            }
            let repeatable = name == "actor" || name == "cameo"
            if !repeatable, !seen.insert(name).inserted {
                throw ViewQueryError(parameter: name, message: "given more than once")
            }
            switch name {
            case "from", "to":
                guard let day = PublishedDate.parse(value)?.date, value.count == 10 else {
                    throw ViewQueryError(parameter: name, message: "'\(value)' is not a date: use YYYY-MM-DD")
                }
                if name == "from" { filter.from = day } else { filter.to = day }
            case "actor":
                for id in Self.items(value) { filter.actorIDs.insert(ActorID(id)) }
                if Self.items(value).isEmpty { throw ViewQueryError(parameter: name, message: "is empty: give an actor id such as RUS") }
            case "cameo":
                let codes = Self.items(value)
                if codes.isEmpty { throw ViewQueryError(parameter: name, message: "is empty: give a CAMEO code prefix such as 19") }
                if let bad = codes.first(where: { !$0.allSatisfy { $0.isASCII && $0.isNumber } || $0.count > 4 }) {
                    throw ViewQueryError(parameter: name, message: "'\(bad)' is not a CAMEO code prefix (digits, such as 19 or 042)")
                }
                filter.cameoPrefixes += codes
            case "min_sources":
                filter.minSources = try Self.count(value, name, range: 0...1_000_000)
            case "offset":
                offset = try Self.count(value, name, range: 0...Int(Int32.max))
            case "limit":
                limit = try Self.count(value, name, range: 1...Self.maximumLimit)
            case "format":
                format = value
            default:
                break
            }
        }
        if let f = filter.from, let t = filter.to, t < f {
            throw ViewQueryError(parameter: "to", message: "\(t) is before from (\(f))")
        }
    }

    /// The selection parameters every listing endpoint takes.
    public static let filterParameters: Set<String> = ["from", "to", "actor", "cameo", "min_sources", "offset", "limit"]

    static func items(_ value: String) -> [String] {
        value.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    static func count(_ value: String, _ name: String, range: ClosedRange<Int>) throws(ViewQueryError) -> Int {
        guard value.count <= 12, value.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(value) else {
            throw ViewQueryError(parameter: name, message: "'\(value)' is not a whole number")
        }
        guard range.contains(n) else {
            throw ViewQueryError(parameter: name, message: "\(n) is out of range (\(range.lowerBound)–\(range.upperBound))")
        }
        return n
    }
}

/// A query parameter that cannot be used: which, and why.
public struct ViewQueryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var parameter: String
    public var message: String

    public init(parameter: String, message: String) {
        self.parameter = parameter
        self.message = message
    }

    public var description: String { "parameter '\(parameter)': \(message)" }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

extension ViewQuery {
    /// Reads a URL query string (`from=2024-10-01&actor=IDN,CHN`): `+`
    /// means a space and `%XX` a byte, as browsers write forms.
    public init(query: String?, allowed: Set<String> = ViewQuery.filterParameters) throws(ViewQueryError) {
        try self.init(ViewQuery.pairs(query), allowed: allowed)
    }

    /// The name, value pairs of a query string, decoded.
    public static func pairs(_ query: String?) throws(ViewQueryError) -> [(String, String)] {
        guard let query, !query.isEmpty else { return [] }
        var out: [(String, String)] = []
        for item in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let rawName = String(parts[0])
            guard let name = decode(rawName), !name.isEmpty else {
                throw ViewQueryError(parameter: rawName, message: "is not a well-formed parameter name")
            }
            guard let value = decode(parts.count > 1 ? String(parts[1]) : "") else {
                throw ViewQueryError(parameter: name, message: "has a malformed %-escape or is not UTF-8")
            }
            out.append((name, value))
        }
        return out
    }

    /// Percent-decoding, `+` as space unless `plusIsSpace` is false (path
    /// segments); nil when an escape is malformed or the bytes are not UTF-8.
    public static func decode(_ s: String, plusIsSpace: Bool = true) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var it = Array(s.utf8)[...]
        while let b = it.popFirst() {
            switch b {
            case UInt8(ascii: "+") where plusIsSpace: bytes.append(0x20)
            case UInt8(ascii: "%"):
                guard it.count >= 2, let hi = hex(it.removeFirst()), let lo = hex(it.removeFirst()) else { return nil }
                bytes.append(hi << 4 | lo)
            default: bytes.append(b)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
