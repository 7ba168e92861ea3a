import LinimasaExport
import LinimasaGraph
import LinimasaModel
import Testing

/// The lookup only narrows where a filter looks: it keeps exactly the
/// events `apply(to:)` keeps, in the same order.
@Suite struct EventLookupTests {
    @Test func lookupKeepsWhatApplyKeeps() {
        let g = SyntheticGraph.make(events: 3000, mentions: 6000, actors: 60, seed: 11)
        let lookup = EventLookup(g)
        let actors = Array(g.actors.prefix(5).map(\.id)) + Array(Set(g.actors.compactMap(\.country)).sorted().prefix(2))
        let roots = Array(Set(g.events.map { $0.cameo.root }).sorted().prefix(4))
        let day = g.events.compactMap(\.date).map(\.start).sorted()[1500]
        var filters: [ExportFilter] = [ExportFilter()]
        for a in actors { filters.append(ExportFilter(actorIDs: [a])) }
        for r in roots {
            filters.append(ExportFilter(cameoPrefixes: [r]))
            filters.append(ExportFilter(cameoPrefixes: [r, "0"]))
            filters.append(ExportFilter(from: day, actorIDs: Set(actors.prefix(2)), cameoPrefixes: [r + "0", r]))
        }
        filters.append(ExportFilter(to: day, minSources: 2))
        for f in filters {
            let expected = f.apply(to: g).events.map(\.id)
            #expect(f.events(of: g, using: lookup).map(\.id) == expected, "\(f)")
            #expect(f.events(of: g).map(\.id) == expected, "\(f)")
        }
    }
}
