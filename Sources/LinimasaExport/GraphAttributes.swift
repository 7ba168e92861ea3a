public import LinimasaGraph
import LinimasaXML

/// The table behind the GraphML and GEXF exports, for other writers: every
/// node and edge in export order, with the GraphML node ids and the
/// attribute values as text (typed by their ``GraphMLKey``), absent values
/// left out. `linimasa bench-export` uses it to hand NetworkX the very
/// graph Linimasa writes.
public enum GraphAttributes {
    /// One attribute value: its key (name and type) and its text.
    public typealias Value = (key: GraphMLKey, text: String)

    /// Calls `node` for every node (GraphML id, values), then `edge` for
    /// every edge (source id, target id, values), in the order of
    /// ``GraphMLExporter``.
    ///
    /// - Throws: `.duplicateID` when two nodes would share an id.
    public static func visit(
        _ graph: KnowledgeGraph,
        node: (String, [Value]) -> Void,
        edge: (String, String, [Value]) -> Void
    ) throws(ExportError) {
        let index = try GraphIndex(graph)
        var values: [Value] = []
        values.reserveCapacity(GraphMLKey.all.count)
        // The collecting closure never throws; `try?` only satisfies the
        // shared producer's signature.
        func collect(_ produce: (ExportValues.Emit) throws(XMLKitError) -> Void) -> [Value] {
            values.removeAll(keepingCapacity: true)
            try? produce { key, text in
                if let text { values.append((key, text)) }
            }
            return values
        }
        for actor in index.actors {
            node(index.actorTokens[actor.id]!, collect { emit throws(XMLKitError) in try ExportValues.actor(actor, emit) })
        }
        for (event, token) in zip(index.events, index.eventTokens) {
            let label = index.label(of: event)
            node(token, collect { emit throws(XMLKitError) in try ExportValues.event(event, label: label, emit) })
        }
        for (event, token) in zip(index.events, index.eventTokens) {
            if let source = index.token(ofActor: event.sourceID) {
                edge(source, token, collect { emit throws(XMLKitError) in try ExportValues.role("source", emit) })
            }
            if let target = index.token(ofActor: event.targetID) {
                edge(token, target, collect { emit throws(XMLKitError) in try ExportValues.role("target", emit) })
            }
        }
        for e in index.interactions {
            edge(index.actorTokens[e.sourceID]!, index.actorTokens[e.targetID]!,
                 collect { emit throws(XMLKitError) in try ExportValues.interaction(e, emit) })
        }
    }
}
