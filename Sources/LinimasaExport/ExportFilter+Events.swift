import LinimasaGraph
import LinimasaModel

extension ExportFilter {
    /// Only the kept events of `graph`, in its order: what
    /// ``apply(to:)`` keeps, without gathering actors or recomputing edges
    /// (for callers that list events, such as the API).
    public func events(of graph: KnowledgeGraph) -> [EventNode] {
        events(of: graph, using: EventLookup(graph, indexing: false))
    }

    /// The same, looking only at the events `lookup` (built for this
    /// graph) lists under the filter's CAMEO roots or actors, when the
    /// filter names them, instead of at every event.
    public func events(of graph: KnowledgeGraph, using lookup: EventLookup) -> [EventNode] {
        if isEmpty { return graph.events }
        var candidates: [Int]?
        if lookup.indexed, !cameoPrefixes.isEmpty, cameoPrefixes.allSatisfy({ $0.count >= 2 }) {
            candidates = Self.union(Set(cameoPrefixes.map { String($0.prefix(2)) }).map { lookup.byRoot[$0] ?? [] })
        }
        if lookup.indexed, !actorIDs.isEmpty {
            let named = Self.union(actorIDs.map { lookup.byActor[$0] ?? [] })
            if candidates == nil || named.count < candidates!.count { candidates = named }
        }
        guard let candidates else { return graph.events.filter { keeps($0, country: lookup.country) } }
        return candidates.lazy.map { graph.events[$0] }.filter { keeps($0, country: lookup.country) }
    }

    /// Sorted, distinct indexes of several sorted lists.
    static func union(_ lists: [[Int]]) -> [Int] {
        if lists.count == 1 { return lists[0] }
        return Set(lists.joined()).sorted()
    }
}

/// Where a graph's events are, by CAMEO root and by actor (an event is
/// listed under its source and target and under their countries), so that
/// ``ExportFilter/events(of:using:)`` need not look at every event. Built
/// once per graph; positions are indexes into `graph.events`, ascending.
public struct EventLookup: Sendable {
    let indexed: Bool
    let country: [ActorID: ActorID]
    let byRoot: [String: [Int]]
    let byActor: [ActorID: [Int]]

    public init(_ graph: KnowledgeGraph) { self.init(graph, indexing: true) }

    init(_ graph: KnowledgeGraph, indexing: Bool) {
        var country: [ActorID: ActorID] = [:]
        for a in graph.actors { if let c = a.country { country[a.id] = c } }
        var roots: [String: [Int]] = [:], actors: [ActorID: [Int]] = [:]
        if indexing {
            for (i, e) in graph.events.enumerated() {
                roots[e.cameo.root, default: []].append(i)
                var keys: [ActorID] = []
                for id in [e.sourceID, e.targetID].compactMap({ $0 }) {
                    keys.append(id)
                    if let c = country[id] { keys.append(c) }
                }
                var seen: [ActorID] = []
                for k in keys where !seen.contains(k) {
                    seen.append(k)
                    actors[k, default: []].append(i)
                }
            }
        }
        self.indexed = indexing
        self.country = country
        self.byRoot = roots
        self.byActor = actors
    }
}
