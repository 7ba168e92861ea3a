public import LinimasaGraph
import LinimasaModel
import LinimasaXML

/// Writes a ``KnowledgeGraph`` as GEXF 1.3 for Gephi's timeline, streamed
/// through libxml2's writer (``XMLStreamWriter``).
///
/// - `mode="dynamic"`, `timeformat="date"`: times are `YYYY-MM-DD`.
/// - Every attribute is declared (`<attributes class="node|edge"
///   mode="static">`) with a GEXF type (`string`, `integer`, `double`);
///   absent values are left out. The attributes and their ids are those of
///   the GraphML export, less the ones GEXF carries natively: the node
///   label, the Linimasa id (GEXF ids are free strings, so node ids *are*
///   Linimasa's ids) and the edge weight.
/// - Spells: an event node lives over its date interval; an actor over the
///   first to the last day of the dated events it takes part in; a role
///   edge over its event's interval; an interaction edge from its first to
///   its last date. Elements with no known time get no spell (always there).
/// - Node and edge order, edge ids and dangling references are handled as
///   in ``GraphMLExporter``.
public struct GEXFExporter: Sendable {
    public static let namespace = "http://gexf.net/1.3"
    public static let version = "1.3"

    public var indent: Bool

    public init(indent: Bool = true) {
        self.indent = indent
    }

    /// Writes `graph` to the file at `path` (created or truncated).
    @discardableResult
    public func write(_ graph: KnowledgeGraph, toFile path: String) throws(ExportError) -> ExportSummary {
        let index = try GraphIndex(graph)
        return try XMLDocumentOutput.toFile(path, indent: indent) { writer throws(XMLKitError) in try write(index, to: writer) }
    }

    /// The GEXF document for `graph`, in memory.
    public func document(_ graph: KnowledgeGraph) throws(ExportError) -> [UInt8] {
        let index = try GraphIndex(graph)
        return try XMLDocumentOutput.inMemory(indent: indent) { writer throws(XMLKitError) in try write(index, to: writer) }
    }

    /// Keys GEXF expresses with its own attributes rather than attvalues.
    static func isNative(_ key: GraphMLKey) -> Bool {
        key == .label || key == .linimasaID || key == .weight
    }

    /// The GEXF type name of a key's values.
    static func typeName(_ type: GraphMLKey.ValueType) -> String {
        switch type {
        case .string: "string"
        case .int: "integer"
        case .double: "double"
        case .boolean: "boolean"
        }
    }

    @discardableResult
    func write(_ index: GraphIndex, to writer: XMLStreamWriter) throws(XMLKitError) -> ExportSummary {
        var summary = ExportSummary()
        summary.danglingReferences = index.danglingReferences
        let out = GEXFOutput(writer: writer)

        try writer.startDocument()
        try writer.startElement("gexf", namespace: Self.namespace)
        try writer.attribute("version", Self.version)
        try writer.startElement("meta")
        try writer.startElement("creator")
        try writer.text("Linimasa")
        try writer.endElement()
        try writer.startElement("description")
        try writer.text("Actors and CAMEO events from news, with their dates")
        try writer.endElement()
        try writer.endElement()

        try writer.startElement("graph")
        try writer.attribute("mode", "dynamic")
        try writer.attribute("defaultedgetype", "directed")
        try writer.attribute("timeformat", "date")
        for domain in [GraphMLKey.Domain.node, .edge] {
            try writer.startElement("attributes")
            try writer.attribute("class", domain.rawValue)
            try writer.attribute("mode", "static")
            for key in GraphMLKey.all where key.domain == domain && !Self.isNative(key) {
                try writer.startElement("attribute")
                try writer.attribute("id", key.id)
                try writer.attribute("title", key.name)
                try writer.attribute("type", Self.typeName(key.type))
                try writer.endElement()
            }
            try writer.endElement()
        }

        try writer.startElement("nodes")
        for actor in index.actors {
            try out.node(id: actor.id.text, label: actor.name, span: index.actorSpans[actor.id]) { emit throws(XMLKitError) in
                try ExportValues.actor(actor, emit)
            }
            summary.nodes += 1
        }
        for event in index.events {
            let label = index.label(of: event)
            try out.node(id: event.id, label: label, span: event.date) { emit throws(XMLKitError) in
                try ExportValues.event(event, label: label, emit)
            }
            summary.nodes += 1
        }
        try writer.endElement()

        try writer.startElement("edges")
        var number = 0
        for event in index.events {
            for (end, role) in [(event.sourceID, "source"), (event.targetID, "target")] {
                guard let actor = end, index.actorTokens[actor] != nil else { continue }
                let (from, to) = role == "source" ? (actor.text, event.id) : (event.id, actor.text)
                try out.edge(id: number, from: from, to: to, weight: 1, span: event.date) { emit throws(XMLKitError) in
                    try ExportValues.role(role, emit)
                }
                number += 1
            }
        }
        for edge in index.interactions {
            let span = GEXFOutput.span(edge.firstDate, edge.lastDate)
            try out.edge(id: number, from: edge.sourceID.text, to: edge.targetID.text, weight: Double(edge.eventCount),
                         span: span) { emit throws(XMLKitError) in
                try ExportValues.interaction(edge, emit)
            }
            number += 1
        }
        try writer.endElement()
        summary.edges = number
        try writer.endDocument()
        return summary
    }
}
