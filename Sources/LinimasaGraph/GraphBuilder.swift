import LinimasaModel

/// Builds the knowledge graph from actors and event mentions: the mentions
/// of one real-world event become one node that keeps every mention.
///
/// Two mentions report the same event when their CAMEO roots agree, their
/// actors are compatible (the same actor, or a person and the state they
/// act for; a missing actor agrees with any, but at least one role must
/// positively agree), and their dates overlap at their precision. A planned
/// event and the later report that it happened merge; the same exercise in
/// two different years does not.
///
/// The result depends only on the *set* of mentions: they are deduplicated
/// by key and clustered in a canonical order, so ingesting articles in any
/// order, or twice, gives the same graph.
public struct GraphBuilder: Sendable {
    public init() {}

    public func build(actors: [ActorNode], mentions: [Mention]) -> KnowledgeGraph {
        let actorIndex = GraphBuilder.mergeActors(actors)
        var unique: [MentionKey: Mention] = [:]
        for m in mentions { unique[m.key] = m }
        let ordered = unique.values.sorted(by: GraphBuilder.canonicalOrder)

        // Greedy clustering in canonical order: a mention joins the cluster
        // it has most in common with among those all of whose members it
        // agrees with (complete link), else starts its own. Every merge
        // needs a tie (a shared actor, country or affiliation, or the same
        // sentence), so clusters are looked up by those keys only.
        var clusters: [[Mention]] = []
        var byKey: [String: [Int]] = [:]
        let rules = MergeRules(actors: actorIndex, mentions: ordered)
        for m in ordered {
            let keys = rules.tieKeys(m)
            var seen = Set<Int>()
            var candidates: [Int] = []
            for key in keys {
                for c in byKey[key] ?? [] where seen.insert(c).inserted { candidates.append(c) }
            }
            candidates.sort()
            let compatible = candidates.filter { c in clusters[c].allSatisfy { rules.sameEvent(m, $0) } }
            let best = compatible.max { a, b in
                let sa = clusters[a].map { rules.affinity(m, $0) }.max() ?? 0
                let sb = clusters[b].map { rules.affinity(m, $0) }.max() ?? 0
                return sa != sb ? sa < sb : a > b
            }
            let c: Int
            if let best {
                c = best
                clusters[c].append(m)
            } else {
                c = clusters.count
                clusters.append([m])
            }
            for key in keys { if byKey[key]?.last != c { byKey[key, default: []].append(c) } }
        }
        var events = clusters.map { GraphBuilder.node(for: $0, actors: actorIndex) }
        events.sort { a, b in
            switch (a.date, b.date) {
            case let (x?, y?): return (x.start, x.end, a.id) < (y.start, y.end, b.id)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.id < b.id
            }
        }
        var nodes = actorIndex
        for id in nodes.keys { nodes[id]?.mentionCount = 0 }
        for e in events {
            for m in e.mentions {
                for id in Set([m.sourceID, m.targetID].compactMap { $0 }) where nodes[id] != nil { nodes[id]!.mentionCount += 1 }
            }
        }
        return KnowledgeGraph(actors: nodes.values.sorted { $0.id < $1.id }, events: events,
                              edges: GraphBuilder.edges(events))
    }

    /// Mentions in a fixed order that depends only on their content.
    static func canonicalOrder(_ a: Mention, _ b: Mention) -> Bool {
        let da = a.date?.start.dayNumber ?? Int.max, db = b.date?.start.dayNumber ?? Int.max
        if da != db { return da < db }
        return a.key < b.key
    }

    /// One node per actor id: aliases and roles from every article united.
    static func mergeActors(_ actors: [ActorNode]) -> [ActorID: ActorNode] {
        var out: [ActorID: ActorNode] = [:]
        for a in actors.sorted(by: { $0.id < $1.id }) {
            guard var known = out[a.id] else { out[a.id] = a; continue }
            for alias in a.aliases where !known.aliases.contains(alias) { known.aliases.append(alias) }
            known.roles += a.roles
            if known.country == nil { known.country = a.country }
            if known.affiliation == nil { known.affiliation = a.affiliation }
            known.aliases.sort()
            out[a.id] = known
        }
        // One span per role, as `linimasa export --db` reads them back.
        for (id, actor) in out { out[id]?.roles = RoleSpan.merged(actor.roles) }
        return out
    }
}
