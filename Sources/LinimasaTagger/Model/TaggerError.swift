/// Why a tagger model or a training file could not be read.
public struct TaggerError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, as a stable code.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        /// The model file is not a Linimasa tagger model, or is cut short.
        public static let badModel = Code("bad-model")
        /// The model is of another kind (a name model given as a POS model).
        public static let wrongKind = Code("wrong-kind")
        /// A file could not be read.
        public static let unreadable = Code("unreadable")
        /// A training or test file has a line the reader cannot use.
        public static let badCorpus = Code("bad-corpus")
        public var description: String { name }
    }

    public let code: Code
    /// The file or input the error is about.
    public let input: String
    public let message: String

    public init(_ code: Code, input: String, _ message: String) {
        self.code = code
        self.input = input
        self.message = message
    }

    public var description: String { "\(input): \(message)" }
}
