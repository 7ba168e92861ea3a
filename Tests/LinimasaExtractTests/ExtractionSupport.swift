import Foundation
import LinimasaExtract
import LinimasaIngest
import LinimasaModel
import Testing

/// One extractor for all tests: loading the language data takes a moment.
let sharedExtractor: Extractor = {
    do { return try Extractor() } catch { fatalError("language data failed to load: \(error)") }
}()

/// Reads `text` as a plain-text article published on `published` and extracts it.
func extract(_ text: String, published: String) -> DocumentExtraction {
    let raw = RawDocument(id: "t", published: published, text: text, origin: InputOrigin(path: "test"))
    let builder = DocumentBuilder(today: CalendarDate(year: 2026, month: 11, day: 23)!)
    return sharedExtractor.extract(builder.build(raw))
}

extension DocumentExtraction {
    func actor(_ id: String?) -> Actor? { actors.first { $0.id == id } }
    /// The country an event's role resolves to (or the id of a body without one).
    func country(_ id: String?) -> String? { id.flatMap { actor($0)?.country ?? $0 } }
}

/// The first event of CAMEO root (or code) `root` and with `trigger` as its
/// trigger text when given; fails the test, listing the events, when none is.
func event(_ x: DocumentExtraction, root: String? = nil, trigger: String? = nil) throws -> Event {
    try #require(x.events.first { e in (root.map { e.cameo.isWithin($0) } ?? true) && (trigger.map { e.evidence.triggerText == $0 } ?? true) },
                 "no \(root ?? "") event on \(trigger ?? "any trigger") in \(x.events.map { "\($0.cameo) \($0.evidence.triggerText)" })")
}
