import LinimasaExport
import LinimasaGraph
import LinimasaModel
import Testing

/// The timeline names actors by their short names, wraps long labels
/// instead of cutting them, and shows its time scale.
@Suite struct DOTTimelineLabelTests {
    func graph() -> KnowledgeGraph {
        let a = CalendarDate(year: 2024, month: 10, day: 14)!
        let actors = [
            ActorNode(id: "NATO", name: "North Atlantic Treaty Organization", kind: .organisation),
            ActorNode(id: "org:dewan-panjang", name: "Dewan Penasihat Kerja Sama Maritim Kawasan Selatan", kind: .organisation),
            ActorNode(id: "IDN", name: "Indonesia", kind: .country, country: "IDN"),
        ]
        func event(_ id: String, _ day: CalendarDate, _ source: ActorID, _ target: ActorID) -> EventNode {
            let m = Mention(documentID: id, outlet: "o", url: nil, published: day, sentenceIndex: 0,
                            trigger: TextSpan(start: 0, end: 4), clause: TextSpan(start: 0, end: 10), triggerText: "temu",
                            evidenceText: "temu bahas", modality: .asserted, cameo: "040", plover: "CONSULT",
                            quadClass: .verbalCooperation, goldstein: 1, sourceID: source, targetID: target,
                            date: DayInterval(day: day), precision: .day, confidence: 0.8)
            return EventNode(id: id, cameo: "040", plover: "CONSULT", quadClass: .verbalCooperation, goldstein: 1,
                             sourceID: source, targetID: target, date: DayInterval(day: day), precision: .day,
                             modality: .asserted, confidence: 0.8, mentions: [m])
        }
        let events = [
            event("e1", a, "NATO", "IDN"),
            event("e2", a.adding(days: 1), "org:dewan-panjang", "IDN"),
            event("e3", a.adding(days: 9), "IDN", "NATO"),
        ]
        return KnowledgeGraph(actors: actors, events: events, edges: GraphBuilder.edges(events))
    }

    @Test func shortNamesAreAcronymsOfBodiesOnly() {
        let g = graph()
        #expect(g.actors[0].shortName == "NATO")
        #expect(g.actors[1].shortName == g.actors[1].name, "no acronym id: the name, wrapped by the caller")
        #expect(ActorNode(id: "RUS", name: "Federasi Rusia dan wilayahnya sekali", kind: .country).shortName
                == "Federasi Rusia dan wilayahnya sekali")
    }

    @Test func rankedLabelsUseShortNamesAndWrapInsteadOfCutting() throws {
        let options = DOTTimelineOptions(swimlanes: .source, layout: .ranked, maxNameLength: 24)
        let text = String(decoding: try DOTTimelineExporter(options: options).bytes(graph()), as: UTF8.self)
        #expect(text.contains("NATO → Indonesia"))
        #expect(!text.contains("North Atlantic"))
        #expect(!text.contains("…"), "nothing is cut")
        // The long name arrives whole, over several lines of at most 24 characters.
        let lines = wrapLabel("Dewan Penasihat Kerja Sama Maritim Kawasan Selatan → Indonesia", width: 24)
        #expect(lines.count > 1 && lines.allSatisfy { $0.count <= 24 })
        #expect(text.contains(lines.joined(separator: "\\n")))
        #expect(text.contains("label=\"NATO\""), "the lane is labelled with the short name")
    }

    @Test func headingsShowTheTimeSkippedAndTheLegendTheScale() throws {
        let options = DOTTimelineOptions(granularity: .day, layout: .ranked)
        let text = String(decoding: try DOTTimelineExporter(options: options).bytes(graph()), as: UTF8.self)
        // 2024-10-14 and -15 are adjacent; -23 follows seven empty days.
        #expect(text.contains("b1 [label=\"2024-10-15\""))
        #expect(text.contains("b2 [label=\"2024-10-23\\n+7 days skipped\""))
        #expect(text.contains("one column per day with events, 2024-10-14 to 2024-10-23"))
        let pinned = String(decoding: try DOTTimelineExporter(options: DOTTimelineOptions(
            granularity: .day, layout: .pinned(TimelineLayout.Metrics()))).bytes(graph()), as: UTF8.self)
        #expect(pinned.contains("+7 days skipped"))
    }

    @Test func wrappingKeepsEveryWord() {
        #expect(wrapLabel("a bb ccc dddd", width: 6) == ["a bb", "ccc", "dddd"])
        #expect(wrapLabel("Supercalifragilistic word", width: 5) == ["Supercalifragilistic", "word"])
        #expect(wrapLabel("", width: 5).isEmpty)
    }
}
