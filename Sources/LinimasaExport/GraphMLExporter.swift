public import LinimasaGraph
import LinimasaModel
import LinimasaXML

/// Writes a ``KnowledgeGraph`` as GraphML, streamed through libxml2's
/// writer (``XMLStreamWriter``): the file grows element by element and is
/// never built in memory as one string.
///
/// What readers get:
/// - Typed `<key>`s (`string`, `int`, `double`), each `for="node"` or
///   `for="edge"`, never graph-level: Gephi refuses those.
/// - No list or null values, which NetworkX refuses: lists are joined
///   with `"; "` and absent values are left out.
/// - A deterministic order (see `GraphIndex`) and unique edge ids.
/// - Actor and event nodes; `role` edges from an event's source actor to
///   the event and from the event to its target actor; aggregated
///   actor–actor `interaction` edges.
///
/// The `.yEd` flavour adds yEd's namespace and a `y:ShapeNode` per node
/// (label, shape and colour by node type and QuadClass). yEd's extension
/// is not standard GraphML: the reference GraphML schema rejects the
/// `yfiles.type` attribute and the `y:` elements inside `<data>`, so only
/// the plain flavour validates against it (both validate against
/// `Schemas/linimasa-graphml.xsd`).
public struct GraphMLExporter: Sendable {
    /// Plain GraphML, or GraphML with yEd's node graphics.
    public enum Flavor: String, Sendable, CaseIterable {
        case standard
        case yEd = "yed"
    }

    public static let namespace = "http://graphml.graphdrawing.org/xmlns"
    public static let yEdNamespace = "http://www.yworks.com/xml/graphml"

    public var flavor: Flavor
    /// Indent nested elements (larger files, easier to read and diff).
    public var indent: Bool

    public init(flavor: Flavor = .standard, indent: Bool = true) {
        self.flavor = flavor
        self.indent = indent
    }

    /// Writes `graph` to the file at `path` (created or truncated).
    @discardableResult
    public func write(_ graph: KnowledgeGraph, toFile path: String) throws(ExportError) -> ExportSummary {
        let index = try GraphIndex(graph)
        return try XMLDocumentOutput.toFile(path, indent: indent) { writer throws(XMLKitError) in try write(index, to: writer) }
    }

    /// The GraphML document for `graph`, in memory (for tests and small graphs).
    public func document(_ graph: KnowledgeGraph) throws(ExportError) -> [UInt8] {
        let index = try GraphIndex(graph)
        return try XMLDocumentOutput.inMemory(indent: indent) { writer throws(XMLKitError) in try write(index, to: writer) }
    }

    /// Writes the whole document through `writer`.
    @discardableResult
    func write(_ index: GraphIndex, to writer: XMLStreamWriter) throws(XMLKitError) -> ExportSummary {
        var summary = ExportSummary()
        summary.danglingReferences = index.danglingReferences
        let out = GraphMLOutput(writer: writer)

        try writer.startDocument()
        try writer.startElement("graphml", namespace: Self.namespace)
        if flavor == .yEd { try writer.attribute("xmlns:y", Self.yEdNamespace) }
        for key in GraphMLKey.all { try out.declare(key) }
        if flavor == .yEd { try out.declareYEdNodeGraphics() }

        try writer.startElement("graph")
        try writer.attribute("id", "linimasa")
        try writer.attribute("edgedefault", "directed")
        for actor in index.actors {
            try out.actor(actor, token: index.actorTokens[actor.id]!, yEd: flavor == .yEd)
            summary.nodes += 1
        }
        for i in index.events.indices {
            let event = index.events[i]
            try out.event(event, token: index.eventTokens[i], label: index.label(of: event), yEd: flavor == .yEd)
            summary.nodes += 1
        }
        var edgeNumber = 0
        for i in index.events.indices {
            // Only the two ids: copying the whole event costs a retain per field.
            if let source = index.token(ofActor: index.events[i].sourceID) {
                try out.roleEdge(id: edgeNumber, from: source, to: index.eventTokens[i], role: "source")
                edgeNumber += 1
            }
            if let target = index.token(ofActor: index.events[i].targetID) {
                try out.roleEdge(id: edgeNumber, from: index.eventTokens[i], to: target, role: "target")
                edgeNumber += 1
            }
        }
        for edge in index.interactions {
            try out.interaction(edge, id: edgeNumber, from: index.actorTokens[edge.sourceID]!,
                                to: index.actorTokens[edge.targetID]!)
            edgeNumber += 1
        }
        summary.edges = edgeNumber
        try writer.endDocument()
        return summary
    }
}

/// The element-level GraphML vocabulary on top of ``XMLStreamWriter``.
struct GraphMLOutput {
    let writer: XMLStreamWriter

    func declare(_ key: GraphMLKey) throws(XMLKitError) {
        try writer.startElement("key")
        try writer.attribute("id", key.id)
        try writer.attribute("for", key.domain.rawValue)
        try writer.attribute("attr.name", key.name)
        try writer.attribute("attr.type", key.type.rawValue)
        try writer.endElement()
    }

    func declareYEdNodeGraphics() throws(XMLKitError) {
        try writer.startElement("key")
        try writer.attribute("id", GraphMLKey.yEdNodeGraphicsID)
        try writer.attribute("for", "node")
        try writer.attribute("yfiles.type", "nodegraphics")
        try writer.endElement()
    }

    /// `<data key="…">value</data>`; nothing for an absent value.
    func data(_ key: GraphMLKey, _ value: String?) throws(XMLKitError) {
        guard let value else { return }
        if let prepared = key.dataElement {
            try writer.element(prepared, text: value)
            return
        }
        try writer.startElement("data")
        try writer.attribute("key", key.id)
        try writer.text(value)
        try writer.endElement()
    }
}
