/// A failure reported by libxml2, turned into a Swift value at the boundary
/// of this module.
///
/// A struct around a private enum (as `IngestError` is), so that new kinds
/// of failure can be added without breaking callers. The message is
/// libxml2's own text for the error, read from the parser context that hit
/// it (never from libxml2's process-wide "last error").
public struct XMLKitError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is, with a stable identifier for scripts.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Kind: String {
            case emptyInput = "empty-input"
            case tooLarge = "too-large"
            case notWellFormed = "not-well-formed"
            case noDocument = "no-document"
            case outOfMemory = "out-of-memory"
            case cannotOpen = "cannot-open"
            case writeFailed = "write-failed"
            case invalidSchema = "invalid-schema"
            case schemaViolation = "schema-violation"
        }
        let kind: Kind

        /// The input held no bytes (or only whitespace).
        public static let emptyInput = Code(kind: .emptyInput)
        /// The input is larger than libxml2 can take in one call (2 GiB).
        public static let tooLarge = Code(kind: .tooLarge)
        /// libxml2 found a fatal well-formedness error (XML only: the HTML
        /// parser recovers from those).
        public static let notWellFormed = Code(kind: .notWellFormed)
        /// libxml2 finished without building a document or root element.
        public static let noDocument = Code(kind: .noDocument)
        /// libxml2 could not allocate a parser context.
        public static let outOfMemory = Code(kind: .outOfMemory)
        /// A file could not be opened for writing.
        public static let cannotOpen = Code(kind: .cannotOpen)
        /// libxml2's writer refused a call (a negative return code): a
        /// disk error, or a call out of order such as text outside any element.
        public static let writeFailed = Code(kind: .writeFailed)
        /// An XML Schema could not be read or compiled.
        public static let invalidSchema = Code(kind: .invalidSchema)
        /// A document does not conform to an XML Schema.
        public static let schemaViolation = Code(kind: .schemaViolation)

        /// A stable identifier: `not-well-formed`, `empty-input`, …
        public var description: String { kind.rawValue }
    }

    public var code: Code
    /// libxml2's message, trimmed of its trailing newline.
    public var message: String
    /// 1-based line of the input where libxml2 stopped, when it said.
    public var line: Int?
    /// 1-based column of the input where libxml2 stopped, when it said.
    public var column: Int?
    /// libxml2's numeric `xmlParserErrors` value, when the error came from it.
    public var libxml2Code: Int?

    public init(
        _ code: Code, _ message: String, line: Int? = nil, column: Int? = nil,
        libxml2Code: Int? = nil
    ) {
        self.code = code
        self.message = message
        self.line = line
        self.column = column
        self.libxml2Code = libxml2Code
    }

    /// `line:column` when known, else an empty string.
    public var location: String {
        guard let line else { return "" }
        if let column { return "\(line):\(column)" }
        return "\(line)"
    }

    /// `3:17: Opening and ending tag mismatch: … [not-well-formed]`
    public var description: String {
        let loc = location
        return (loc.isEmpty ? "" : loc + ": ") + "\(message) [\(code)]"
    }
}
