import LinimasaModel

/// Builds the knowledge graph from actors and event mentions: merges the
/// mentions of one real-world event into one node.
///
/// The result depends only on the *set* of mentions (they are put in a
/// canonical order first) and repeated mentions collapse by their key, so
/// ingesting articles in any order, or twice, gives the same graph.
public struct GraphBuilder: Sendable {
    public init() {}

    public func build(actors: [ActorNode], mentions: [Mention]) -> KnowledgeGraph {
        // Placeholder until merging lands: one event per distinct mention.
        var unique: [MentionKey: Mention] = [:]
        for m in mentions { unique[m.key] = m }
        let events = unique.keys.sorted().map { key -> EventNode in
            let m = unique[key]!
            return EventNode(id: "\(key.documentID)@\(key.start)", cameo: m.cameo, plover: m.plover,
                             quadClass: m.quadClass, goldstein: m.goldstein, sourceID: m.sourceID,
                             targetID: m.targetID, date: m.date, precision: m.precision,
                             modality: m.modality, confidence: m.confidence, mentions: [m])
        }
        return KnowledgeGraph(actors: actors.sorted { $0.id < $1.id }, events: events, edges: [])
    }
}
