import LinimasaGraph
import LinimasaModel
import LinimasaXML

/// The attribute values of each node and edge, in declaration order, shared
/// by the GraphML and GEXF exporters so both say the same thing.
///
/// Each function hands `(key, text)` pairs to `emit`; a nil text is an
/// absent value, which exporters leave out. Nothing is collected into
/// arrays: the values go straight to the writer.
enum ExportValues {
    typealias Emit = (GraphMLKey, String?) throws(XMLKitError) -> Void

    /// Actor: name, kind, country, roles and aliases joined, mention count.
    static func actor(_ actor: ActorNode, _ emit: Emit) throws(XMLKitError) {
        try emit(.nodeType, "actor")
        try emit(.label, actor.name)
        try emit(.linimasaID, actor.id.text)
        try emit(.kind, actor.kind.rawValue)
        try emit(.country, actor.country?.text)
        try emit(.roles, ExportText.joined(actor.roles.map(\.role)))
        try emit(.aliases, ExportText.joined(actor.aliases))
        try emit(.mentionCount, String(actor.mentionCount))
    }

    /// Event: code and codebook facts, date interval, counts of mentions,
    /// outlets and articles, and the first mention's clause as evidence.
    static func event(_ event: EventNode, label: String, _ emit: Emit) throws(XMLKitError) {
        try emit(.nodeType, "event")
        try emit(.label, label)
        try emit(.linimasaID, event.id)
        try emit(.cameo, event.cameo.code)
        try emit(.plover, event.plover)
        try emit(.quadClass, String(event.quadClass.rawValue))
        try emit(.goldstein, ExportText.double(event.goldstein))
        try emit(.dateStart, event.date?.start.description)
        try emit(.dateEnd, event.date?.end.description)
        try emit(.precision, event.precision?.rawValue)
        try emit(.modality, event.modality.rawValue)
        try emit(.confidence, ExportText.double(event.confidence))
        try emit(.mentions, String(event.mentionCount))
        try emit(.sources, String(event.sourceCount))
        try emit(.articles, String(event.articleCount))
        try emit(.firstSeen, event.firstSeen?.description)
        try emit(.evidence, event.mentions.first?.evidenceText)
        try emit(.mentionReadings, mentionReadings(event))
    }

    /// The ``GraphMLKey/mentionReadings`` text of an event.
    static func mentionReadings(_ event: EventNode) -> String {
        event.mentions.map { m in
            let date = m.date.map { $0.start == $0.end ? "\($0.start)" : "\($0.start)..\($0.end)" } ?? "-"
            return "\(m.documentID)@\(m.trigger.start): \(m.cameo) \(m.sourceID ?? "-") -> \(m.targetID ?? "-") "
                + "\(date) \(m.precision?.rawValue ?? "-") \(m.modality.rawValue)"
        }.joined(separator: " | ")
    }

    /// Edge between an actor and an event; `role` is `source` or `target`.
    static func role(_ role: String, _ emit: Emit) throws(XMLKitError) {
        try emit(.edgeType, "role")
        try emit(.role, role)
        try emit(.weight, "1.0")
    }

    /// Aggregated actor–actor edge.
    static func interaction(_ edge: ActorEdge, _ emit: Emit) throws(XMLKitError) {
        try emit(.edgeType, "interaction")
        try emit(.weight, ExportText.double(Double(edge.eventCount)))
        for (key, count) in zip(GraphMLKey.quadCounts, edge.quadClassCounts) { try emit(key, String(count)) }
        try emit(.eventCount, String(edge.eventCount))
        try emit(.firstDate, edge.firstDate?.description)
        try emit(.lastDate, edge.lastDate?.description)
        try emit(.meanGoldstein, ExportText.double(edge.meanGoldstein))
    }
}
