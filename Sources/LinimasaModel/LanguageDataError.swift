/// A language resource (a resource table, a gazetteer file, a tagger model
/// or the corpus a tagger is trained on) could not be read or holds a bad
/// row, record or byte.
///
/// Every loader of language data throws this one type, so a caller reports
/// any of them the same way: `path:line: reason`.
public struct LanguageDataError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, as a stable code.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        /// A file or folder could not be read, or holds nothing to read.
        public static let unreadable = Code("unreadable")
        /// A row of a table, a record of a gazetteer or a line of a
        /// training or test corpus that the reader cannot use.
        public static let badRecord = Code("bad-record")
        /// The file is not a Linimasa tagger model, or is cut short.
        public static let badModel = Code("bad-model")
        /// The model is of another kind (a name model given as a POS model).
        public static let wrongKind = Code("wrong-kind")
        public var description: String { name }
    }

    public var code: Code
    /// The file or input the error is about (relative to the data root for
    /// bundled resources: `id/temporal/months.tsv`).
    public var path: String
    /// 1-based line number; nil for problems with the input as a whole.
    public var line: Int?
    public var reason: String

    public init(_ code: Code = .badRecord, path: String, line: Int? = nil, reason: String) {
        self.code = code
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// `path`, then `:line` where known, then the reason.
    public var location: String { "\(path)\(line.map { ":\($0)" } ?? "")" }

    public var description: String { "\(location): \(reason)" }
}
