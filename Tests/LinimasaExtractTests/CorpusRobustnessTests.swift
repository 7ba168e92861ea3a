import Foundation
import LinimasaExtract
import LinimasaIngest
import LinimasaModel
import Testing
import LinimasaTestSupport

/// Extraction over real news (read from ../shared at run time): whatever the
/// text, nothing crashes and every event points at its evidence.
@Test(.enabled(if: SharedData.available, "needs ../shared"))
func extractionHoldsItsInvariantsOnRealNews() throws {
    let pipeline = ReadPipeline(reader: InputReader(), builder: DocumentBuilder(today: CalendarDate(year: 2026, month: 11, day: 23)!))
    var documents: [Document] = []
    _ = try pipeline.run([SharedData.path("corpus/indonesian-news.jsonl")], onDocument: { doc in
        // Every fifth of the first 2,000 articles: all sections of the file, a few seconds in a debug build.
        if documents.count < 400, Int(doc.origin.line ?? 0) % 5 == 0, (doc.origin.line ?? 0) <= 2000 { documents.append(doc) }
    }, onFailure: { _ in })
    #expect(documents.count == 400)
    var events = 0
    for doc in documents {
        let x = sharedExtractor.extract(doc)
        let length = doc.text.unicodeScalars.count
        let ids = Set(x.actors.map(\.id))
        for e in x.events {
            events += 1
            #expect(e.evidence.trigger.end <= length && e.evidence.clause.end <= length, "\(doc.id)")
            #expect(e.evidence.clause.start <= e.evidence.trigger.start && e.evidence.trigger.end <= e.evidence.clause.end, "\(doc.id)")
            #expect(e.sourceID.map(ids.contains) ?? true, "\(doc.id): unknown source \(e.sourceID ?? "")")
            #expect(e.targetID.map(ids.contains) ?? true, "\(doc.id): unknown target \(e.targetID ?? "")")
            #expect(e.sourceID == nil || e.sourceID != e.targetID, "\(doc.id): an actor acting on itself")
            if let d = e.date { #expect(d.start <= d.end) }
        }
        for t in x.timexes { #expect(t.span.end <= length) }
    }
    #expect(events > 400)
}
