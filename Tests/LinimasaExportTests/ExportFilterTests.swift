import LinimasaExport
import LinimasaGraph
import LinimasaModel
import Testing

@Suite struct ExportFilterTests {
    private func ids(_ g: KnowledgeGraph) -> [String] { g.events.map(\.id) }

    @Test func emptyFilterKeepsTheGraph() {
        let g = hostileGraph()
        let f = ExportFilter(minSources: 1)
        #expect(f.isEmpty)
        #expect(ids(f.apply(to: g)) == ids(g) && f.apply(to: g).edges == g.edges)
    }

    @Test func datesOverlapAndUndatedEvents() {
        let g = hostileGraph()
        // 2022-10-12…14 overlaps a bound on the 13th from either side.
        #expect(ids(ExportFilter(from: day("2022-10-13")).apply(to: g)) == ["doc-3@7", "doc-4@0"])
        #expect(ids(ExportFilter(to: day("2022-10-13")).apply(to: g)) == ["doc-1@120", "doc-3@7"])
        #expect(ids(ExportFilter(from: day("2022-10-11"), to: day("2022-10-11")).apply(to: g)).isEmpty)
        #expect(ids(ExportFilter(from: day("2022-11-01"), keepsUndated: true).apply(to: g)) == ["doc-4@0", "doc-5@3"])
    }

    @Test func actorsMatchByIdOrCountry() {
        let g = hostileGraph()
        // person:jokowi's country is IDN, so IDN keeps his event too.
        let f = ExportFilter(actorIDs: ["IDN"])
        let kept = f.apply(to: g)
        #expect(ids(kept) == ["doc-3@7"])
        #expect(kept.actors.map(\.id) == ["IDN", "person:jokowi"])
        #expect(ids(ExportFilter(actorIDs: ["UKR"]).apply(to: g)) == ["doc-1@120", "doc-4@0"])
        #expect(ids(ExportFilter(actorIDs: ["person:jokowi"]).apply(to: g)) == ["doc-3@7"])
        #expect(ids(ExportFilter(actorIDs: ["NOPE"]).apply(to: g)).isEmpty)
    }

    @Test func cameoPrefixesAndSources() {
        let g = hostileGraph()
        #expect(ids(ExportFilter(cameoPrefixes: ["19", "05"]).apply(to: g)) == ["doc-1@120", "doc-5@3"])
        #expect(ids(ExportFilter(cameoPrefixes: ["042"]).apply(to: g)) == ["doc-3@7"])
        #expect(ids(ExportFilter(minSources: 2).apply(to: g)) == ["doc-1@120"])
    }

    @Test func edgesAreRecomputedFromKeptEvents() {
        let g = syntheticTimeline(events: 400, actors: 6, days: 60, seed: 9)
        let kept = ExportFilter(cameoPrefixes: ["19"]).apply(to: g)
        #expect(kept.events.allSatisfy { $0.cameo.isWithin("19") })
        #expect(kept.edges.reduce(0) { $0 + $1.eventCount } == kept.events.count)
        #expect(kept.edges.allSatisfy { $0.quadClassCounts == [0, 0, 0, $0.eventCount] && $0.meanGoldstein == -10 })
        let pairs = kept.edges.map { [$0.sourceID, $0.targetID] }
        #expect(pairs == pairs.sorted { $0.lexicographicallyPrecedes($1) })
        for edge in kept.edges {
            let dates = kept.events.filter { $0.sourceID == edge.sourceID && $0.targetID == edge.targetID }.compactMap(\.date)
            #expect(edge.firstDate == dates.map(\.start).min() && edge.lastDate == dates.map(\.end).max())
        }
    }
}
