import LinimasaGraph
import LinimasaModel

/// Which part of a knowledge graph to export: the filters every exporter
/// (DOT, CSV, JSON, GraphML, GEXF) and the CLI share.
///
/// All conditions must hold for an event to be kept; an unset condition
/// keeps everything. An empty filter returns the graph unchanged.
///
/// ```swift
/// var f = ExportFilter()
/// f.from = CalendarDate(year: 2022, month: 10, day: 1)
/// f.actorIDs = ["RUS"]          // Russia, or any actor whose country is RUS
/// f.cameoPrefixes = ["19", "20"] // fighting and mass violence
/// let small = f.apply(to: graph)
/// ```
public struct ExportFilter: Hashable, Sendable {
    /// Keeps events whose date interval reaches this day or later.
    public var from: CalendarDate?
    /// Keeps events whose date interval starts on or before this day.
    public var to: CalendarDate?
    /// Whether undated events survive a date bound. Without `from` or `to`
    /// undated events are always kept.
    public var keepsUndated: Bool
    /// Keeps events whose source or target is one of these actors, or an
    /// actor whose `country` is one of them (`RUS` matches `RUS-MIL` and
    /// `person:sergei-shoigu` when their country is `RUS`). Empty: any actor.
    public var actorIDs: Set<ActorID>
    /// Keeps events whose CAMEO code starts with one of these (`"19"`,
    /// `"042"`). Empty: any code.
    public var cameoPrefixes: [String]
    /// Keeps events reported by at least this many distinct outlets
    /// (``EventNode/sourceCount``). 0 or 1 keeps every event.
    public var minSources: Int

    public init(from: CalendarDate? = nil, to: CalendarDate? = nil, keepsUndated: Bool = false,
                actorIDs: Set<ActorID> = [], cameoPrefixes: [String] = [], minSources: Int = 0) {
        self.from = from
        self.to = to
        self.keepsUndated = keepsUndated
        self.actorIDs = actorIDs
        self.cameoPrefixes = cameoPrefixes
        self.minSources = minSources
    }

    /// True when the filter keeps every event.
    public var isEmpty: Bool {
        from == nil && to == nil && actorIDs.isEmpty && cameoPrefixes.isEmpty && minSources <= 1
    }

    /// The graph restricted to the kept events.
    ///
    /// - Actors: those the kept events name as source or target, plus, when
    ///   ``actorIDs`` is set, the named actors themselves (so a lane or a
    ///   node for them exists even if they have no event left). An actor's
    ///   `mentionCount` stays the whole graph's count.
    /// - Edges: recomputed from the kept events, so their counts, dates and
    ///   mean Goldstein describe what the export shows.
    ///
    /// Order is preserved, so the result is as deterministic as the input.
    public func apply(to graph: KnowledgeGraph) -> KnowledgeGraph {
        if isEmpty { return graph }
        var country: [ActorID: ActorID] = [:]
        for a in graph.actors { if let c = a.country { country[a.id] = c } }
        let events = graph.events.filter { keeps($0, country: country) }

        var used = Set<ActorID>()
        for e in events {
            if let s = e.sourceID { used.insert(s) }
            if let t = e.targetID { used.insert(t) }
        }
        let actors = graph.actors.filter { used.contains($0.id) || actorIDs.contains($0.id) }
        return KnowledgeGraph(actors: actors, events: events, edges: GraphBuilder.edges(events))
    }

    /// Whether one event passes every condition; `country` maps actor ids
    /// to their country.
    func keeps(_ e: EventNode, country: [ActorID: ActorID]) -> Bool {
        if from != nil || to != nil {
            guard let d = e.date else { return keepsUndated }
            if let from, d.end < from { return false }
            if let to, d.start > to { return false }
        }
        if !actorIDs.isEmpty {
            func matches(_ id: ActorID?) -> Bool {
                guard let id else { return false }
                if actorIDs.contains(id) { return true }
                if let c = country[id], actorIDs.contains(c) { return true }
                return false
            }
            guard matches(e.sourceID) || matches(e.targetID) else { return false }
        }
        if !cameoPrefixes.isEmpty, !cameoPrefixes.contains(where: { e.cameo.isWithin($0) }) {
            return false
        }
        if minSources > 1, e.sourceCount < minSources { return false }
        return true
    }
}
