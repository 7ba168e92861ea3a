import LinimasaModel

/// An input that could not be read, with enough context to find it: the
/// path (and line or feed item) and what was wrong.
///
/// A struct around a private enum (as Hummingbird's `PersistError` does), so
/// that new kinds of failure can be added without breaking callers.
public struct IngestError: Error, Hashable, Sendable, CustomStringConvertible {
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Kind: String {
            case notFound = "not-found"
            case unreadable
            case empty
            case tooLarge = "too-large"
            case invalidUTF8 = "invalid-utf8"
            case invalidJSON = "invalid-json"
            case missingField = "missing-field"
            case malformedMarkup = "malformed-markup"
            case notAFeed = "not-a-feed"
            case noArticleText = "no-article-text"
            case unsupportedFormat = "unsupported-format"
        }
        let kind: Kind

        public static let notFound = Code(kind: .notFound)
        public static let unreadable = Code(kind: .unreadable)
        public static let empty = Code(kind: .empty)
        public static let tooLarge = Code(kind: .tooLarge)
        public static let invalidUTF8 = Code(kind: .invalidUTF8)
        public static let invalidJSON = Code(kind: .invalidJSON)
        public static let missingField = Code(kind: .missingField)
        public static let malformedMarkup = Code(kind: .malformedMarkup)
        public static let notAFeed = Code(kind: .notAFeed)
        public static let noArticleText = Code(kind: .noArticleText)
        public static let unsupportedFormat = Code(kind: .unsupportedFormat)

        /// A stable identifier for scripts: `invalid-json`, `too-large`, …
        public var description: String { kind.rawValue }
    }

    public var code: Code
    /// Where: the path, line or item.
    public var origin: InputOrigin
    /// What, in words, without the location.
    public var message: String

    public init(_ code: Code, _ origin: InputOrigin, _ message: String) {
        self.code = code
        self.origin = origin
        self.message = message
    }

    public var description: String { "\(origin): \(message) [\(code)]" }
}
