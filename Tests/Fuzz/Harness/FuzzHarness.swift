import LinimasaExtract
import LinimasaIngest
import LinimasaModel

/// What one fuzzed input did: how many documents it gave and the errors
/// it was refused with (each ``IngestError/description`` names the input).
public struct FuzzOutcome: Sendable {
    public var documents = 0
    public var errors: [String] = []
    /// The number of sentences, time expressions or events found, by target.
    public var findings = 0

    /// What the readers promise of every input: a document or an error,
    /// and every error names the input. Nil when kept.
    public var brokenPromise: String? {
        if documents == 0 && errors.isEmpty { return "neither a document nor an error" }
        if let unnamed = errors.first(where: { !$0.hasPrefix(FuzzHarness.inputName) }) {
            return "an error that does not name the input: \(unnamed)"
        }
        return nil
    }
}

/// The code each fuzz target runs on one input, shared by the libFuzzer
/// executables (Tests/Fuzz/Targets) and the test that replays the
/// regression fixtures, so that a crash found once stays found.
public enum FuzzHarness: String, CaseIterable, Sendable {
    case html
    case feed
    case jsonl
    case text
    case temporal
    case extract

    /// The name inputs carry in documents and errors.
    public static let inputName = "fuzz-input"

    /// A fixed day for the year window and relative dates: a run must not
    /// depend on the clock.
    static let anchor = CalendarDate(year: 2024, month: 10, day: 15)!

    // Loaded once per process: the language data is large and read-only.
    nonisolated(unsafe) static var extractor: Extractor?
    nonisolated(unsafe) static var tagger: TemporalTagger?

    /// Loads what the target needs once (the language data), so that the
    /// first input is not charged with it (libFuzzer times every input).
    public func prepare() throws {
        switch self {
        case .temporal: if FuzzHarness.tagger == nil { FuzzHarness.tagger = try TemporalTagger() }
        case .extract: if FuzzHarness.extractor == nil { FuzzHarness.extractor = try Extractor() }
        default: break
        }
    }

    /// Runs the target on `bytes`.
    public func run(_ bytes: [UInt8]) throws -> FuzzOutcome {
        var outcome = FuzzOutcome()
        let builder = DocumentBuilder(today: FuzzHarness.anchor)
        switch self {
        case .html, .feed, .jsonl, .text:
            let format: InputFormat = switch self {
            case .html: .html
            case .feed: .feed
            case .jsonl: .jsonl
            default: .text
            }
            let reader = InputReader(options: ReadOptions(format: format))
            try reader.read(bytes: bytes, path: FuzzHarness.inputName) { result in
                switch result {
                case .success(let raw):
                    let document = builder.build(raw)
                    outcome.documents += 1
                    outcome.findings += document.sentences.count
                case .failure(let error):
                    outcome.errors.append(error.description)
                }
            }
        case .temporal:
            let tagger = try FuzzHarness.tagger ?? TemporalTagger()
            FuzzHarness.tagger = tagger
            // The first byte moves the document date, so that the
            // normalisation meets other years, months and leap days.
            let shift = Int(bytes.first ?? 0) * 37
            let dct = CalendarDate(dayNumber: FuzzHarness.anchor.dayNumber - shift)
            let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
            outcome.findings = tagger.tag(text: text, dct: dct).count
            outcome.documents = 1
        case .extract:
            let extractor = try FuzzHarness.extractor ?? Extractor()
            FuzzHarness.extractor = extractor
            let raw = RawDocument(id: FuzzHarness.inputName, text: String(decoding: bytes, as: UTF8.self),
                                  origin: InputOrigin(path: FuzzHarness.inputName))
            let extraction = extractor.extract(builder.build(raw))
            outcome.findings = extraction.events.count
            outcome.documents = 1
        }
        return outcome
    }
}
