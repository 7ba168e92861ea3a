/// A CAMEO event code: a two-digit root ("19", fight) optionally refined by
/// one or two more digits ("190", "193", "1041").
///
/// Codes compare and hash as their text, and are written as that text in
/// every export; the typed properties replace hand comparisons of the text
/// (`code.root == "19"`, `code.quadClass`, `code.isWithin("04")`).
///
/// ```swift
/// let code = try CAMEOCode(parsing: "193")
/// code.root            // "19"
/// code.quadClass       // .materialConflict
/// ```
public struct CAMEOCode: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The code as written: two to four digits.
    public let code: String

    /// A valid code, or nil: two to four ASCII digits whose root is 01–20.
    public init?(_ text: String) {
        let u = text.utf8
        guard (2...4).contains(u.count), u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let r = Int(text.prefix(2)), (1...20).contains(r) else { return nil }
        code = text
    }

    /// A code read from a data file; the error names the file and line.
    public init(parsing text: String, file: String = "", line: Int? = nil) throws(CAMEOCodeError) {
        guard let c = CAMEOCode(text) else { throw CAMEOCodeError(text: text, file: file, line: line) }
        self = c
    }

    /// A literal code in Swift source; an invalid literal is a programming error.
    public init(stringLiteral value: String) {
        guard let c = CAMEOCode(value) else { preconditionFailure("not a CAMEO code: \(value)") }
        self = c
    }

    public var description: String { code }

    /// The two-digit root ("19" for "193").
    public var root: String { String(code.prefix(2)) }

    /// The root as a number, 1–20.
    public var rootNumber: Int { Int(code.prefix(2))! }

    /// The root's own code ("190" for "193"), as the CAMEO codebook numbers it.
    public var rootCode: CAMEOCode { CAMEOCode(root + "0")! }

    /// Whether this is the root's own code ("190") or a bare root ("19").
    public var isRoot: Bool { code.count == 2 || (code.count == 3 && code.hasSuffix("0")) }

    /// Whether the code lies under the root or code `prefix` ("04" holds "040" and "043").
    public func isWithin(_ prefix: String) -> Bool { code.hasPrefix(prefix) }

    /// The quad class of the root, as the CAMEO tables (`events/cameo.tsv`)
    /// group the roots: 01–05 verbal cooperation, 06–09 material cooperation,
    /// 10–14 verbal conflict, 15–20 material conflict.
    public var quadClass: QuadClass {
        switch rootNumber {
        case ...5: return .verbalCooperation
        case 6...9: return .materialCooperation
        case 10...14: return .verbalConflict
        default: return .materialConflict
        }
    }

    public static func < (a: CAMEOCode, b: CAMEOCode) -> Bool { a.code < b.code }
}

/// A CAMEO code in a data file that is not one.
public struct CAMEOCodeError: Error, CustomStringConvertible, Sendable, Equatable {
    public var text: String
    public var file: String
    public var line: Int?

    public init(text: String, file: String, line: Int?) {
        self.text = text
        self.file = file
        self.line = line
    }

    public var description: String {
        let place = file.isEmpty ? "" : "\(file)\(line.map { ":\($0)" } ?? ""): "
        return "\(place)not a CAMEO code: '\(text)' (two to four digits, root 01-20)"
    }
}
