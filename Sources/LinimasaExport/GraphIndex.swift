import LinimasaGraph
import LinimasaModel

/// What both XML exporters need to know about a graph before writing it:
/// the deterministic order of nodes and edges, the output id of every
/// node, and which references point at actors the graph does not hold.
///
/// Order: actors sorted by id, then events in the graph's own order (by
/// date, undated last, then id); role edges event by event (source actor →
/// event, then event → target actor); then actor–actor edges sorted by
/// source and target id. Edge ids are positional (`e0`, `e1`, …), so they
/// are unique and stable for a given graph.
struct GraphIndex {
    let actors: [ActorNode]
    let events: [EventNode]
    let interactions: [ActorEdge]
    /// Output node id per actor id (an `xs:NMTOKEN`, see ``ExportText/token(_:)``).
    let actorTokens: [ActorID: String]
    /// Output node id per event, parallel to ``events``.
    let eventTokens: [String]
    let actorNames: [ActorID: String]
    /// Events per actor: earliest start and latest end of their dated events.
    let actorSpans: [ActorID: DayInterval]
    let danglingReferences: Int

    /// - Throws: `.duplicateID` when two nodes would share an output id.
    init(_ graph: KnowledgeGraph) throws(ExportError) {
        actors = graph.actors.sorted { $0.id < $1.id }
        events = graph.events
        var tokens: [ActorID: String] = [:]
        var names: [ActorID: String] = [:]
        var used = Set<String>()
        used.reserveCapacity(actors.count + events.count)
        tokens.reserveCapacity(actors.count)
        for actor in actors {
            let token = ExportText.token(actor.id.text)
            guard used.insert(token).inserted else {
                throw ExportError(.duplicateID, "two nodes would both have the id \(token) (actor \(actor.id))")
            }
            tokens[actor.id] = token
            names[actor.id] = actor.name
        }
        var eventTokens: [String] = []
        eventTokens.reserveCapacity(events.count)
        var dangling = 0
        var spans: [ActorID: DayInterval] = [:]
        for event in events {
            let token = ExportText.token(event.id)
            guard used.insert(token).inserted else {
                throw ExportError(.duplicateID, "two nodes would both have the id \(token) (event \(event.id))")
            }
            eventTokens.append(token)
            for end in [event.sourceID, event.targetID] {
                guard let id = end else { continue }
                guard tokens[id] != nil else { dangling += 1; continue }
                if let date = event.date {
                    if let span = spans[id] {
                        spans[id] = DayInterval(start: min(span.start, date.start), end: max(span.end, date.end))
                    } else {
                        spans[id] = date
                    }
                }
            }
        }
        var kept: [ActorEdge] = []
        for edge in graph.edges {
            if tokens[edge.sourceID] != nil && tokens[edge.targetID] != nil {
                kept.append(edge)
            } else {
                dangling += 1
            }
        }
        interactions = kept.sorted { ($0.sourceID, $0.targetID) < ($1.sourceID, $1.targetID) }
        actorTokens = tokens
        self.eventTokens = eventTokens
        actorNames = names
        actorSpans = spans
        danglingReferences = dangling
    }

    /// The human label of an event: `date · source → target · CAMEO`.
    func label(of event: EventNode) -> String {
        let date: String
        if let d = event.date {
            date = d.start == d.end ? d.start.description : "\(d.start)/\(d.end)"
        } else {
            date = "undated"
        }
        return "\(date) · \(name(event.sourceID)) → \(name(event.targetID)) · \(event.cameo)"
    }

    private func name(_ id: ActorID?) -> String {
        guard let id else { return "?" }
        return actorNames[id] ?? id.text
    }

    /// The output token of a known actor, nil for a dangling reference.
    func token(ofActor id: ActorID?) -> String? {
        guard let id else { return nil }
        return actorTokens[id]
    }
}

extension QuadClass {
    /// The snake_case name Linimasa uses for this class in exports.
    var exportName: String {
        switch self {
        case .verbalCooperation: "verbal_cooperation"
        case .materialCooperation: "material_cooperation"
        case .verbalConflict: "verbal_conflict"
        case .materialConflict: "material_conflict"
        }
    }
}
