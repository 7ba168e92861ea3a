import LinimasaModel

/// Reads inputs and builds documents, reporting each document and each
/// failure as it comes: the engine behind `linimasa read`.
public struct ReadPipeline: Sendable {
    public var reader: InputReader
    public var builder: DocumentBuilder
    /// Stop at the first failure instead of reading on.
    public var strict: Bool

    public init(reader: InputReader, builder: DocumentBuilder, strict: Bool = false) {
        self.reader = reader
        self.builder = builder
        self.strict = strict
    }

    public struct Summary: Sendable, Equatable {
        public var documents = 0
        public var failures = 0
        /// True when `strict` stopped the run at a failure.
        public var stoppedEarly = false
    }

    private struct StopAtFirstFailure: Error {}

    /// Runs over `paths`. `onDocument` may throw to abort (for example when
    /// the output cannot be written); that error propagates.
    public func run(
        _ paths: [String],
        onDocument: (Document) throws -> Void,
        onFailure: (IngestError) -> Void
    ) throws -> Summary {
        var summary = Summary()
        do {
            try reader.read(paths) { result in
                switch result {
                case .success(let raw):
                    summary.documents += 1
                    try onDocument(builder.build(raw))
                case .failure(let error):
                    summary.failures += 1
                    onFailure(error)
                    if strict { throw StopAtFirstFailure() }
                }
            }
        } catch is StopAtFirstFailure {
            summary.stoppedEarly = true
        }
        return summary
    }
}
