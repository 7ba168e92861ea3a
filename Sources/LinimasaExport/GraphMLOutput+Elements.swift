import LinimasaGraph
import LinimasaModel
import LinimasaXML

/// Nodes and edges of Linimasa's GraphML.
extension GraphMLOutput {
    /// An actor node: name, kind, country, roles and aliases joined, and
    /// how many event mentions name it.
    func actor(_ actor: ActorNode, token: String, yEd: Bool) throws(XMLKitError) {
        try writer.startElement("node")
        try writer.attribute("id", token)
        try data(.nodeType, "actor")
        try data(.label, actor.name)
        try data(.linimasaID, actor.id)
        try data(.kind, actor.kind.rawValue)
        try data(.country, actor.country)
        try data(.roles, ExportText.joined(actor.roles.map(\.role)))
        try data(.aliases, ExportText.joined(actor.aliases))
        try data(.mentionCount, actor.mentionCount)
        if yEd { try shapeNode(label: actor.name, style: .actor) }
        try writer.endElement()
    }

    /// An event node: its code and codebook facts, date interval, counts of
    /// mentions, outlets and articles, and the first mention's clause as
    /// evidence.
    func event(_ event: EventNode, token: String, label: String, yEd: Bool) throws(XMLKitError) {
        try writer.startElement("node")
        try writer.attribute("id", token)
        try data(.nodeType, "event")
        try data(.label, label)
        try data(.linimasaID, event.id)
        try data(.cameo, event.cameo)
        try data(.plover, event.plover)
        try data(.quadClass, event.quadClass.rawValue)
        try data(.goldstein, event.goldstein)
        try data(.dateStart, event.date?.start.description)
        try data(.dateEnd, event.date?.end.description)
        try data(.precision, event.precision?.rawValue)
        try data(.modality, event.modality.rawValue)
        try data(.confidence, event.confidence)
        try data(.mentions, event.mentionCount)
        try data(.sources, event.sourceCount)
        try data(.articles, event.articleCount)
        try data(.firstSeen, event.firstSeen?.description)
        try data(.evidence, event.mentions.first?.evidenceText)
        if yEd { try shapeNode(label: label, style: .event(event.quadClass)) }
        try writer.endElement()
    }

    /// An edge between an actor and an event.
    func roleEdge(id: Int, from source: String, to target: String, role: String) throws(XMLKitError) {
        try startEdge(id: id, from: source, to: target)
        try data(.edgeType, "role")
        try data(.role, role)
        try data(.weight, 1.0)
        try writer.endElement()
    }

    /// An aggregated actor–actor edge.
    func interaction(_ edge: ActorEdge, id: Int, from source: String, to target: String) throws(XMLKitError) {
        try startEdge(id: id, from: source, to: target)
        try data(.edgeType, "interaction")
        try data(.weight, Double(edge.eventCount))
        for (key, count) in zip(GraphMLKey.quadCounts, edge.quadClassCounts) { try data(key, count) }
        try data(.eventCount, edge.eventCount)
        try data(.firstDate, edge.firstDate?.description)
        try data(.lastDate, edge.lastDate?.description)
        try data(.meanGoldstein, edge.meanGoldstein)
        try writer.endElement()
    }

    private func startEdge(id: Int, from source: String, to target: String) throws(XMLKitError) {
        try writer.startElement("edge")
        try writer.attribute("id", "e" + String(id))
        try writer.attribute("source", source)
        try writer.attribute("target", target)
    }
}

// MARK: yEd

/// How yEd draws a node.
enum YEdStyle {
    case actor
    case event(QuadClass)

    var fill: String {
        switch self {
        case .actor: "#F2C14E"
        case .event(.verbalCooperation): "#A8D5BA"
        case .event(.materialCooperation): "#3C9D5D"
        case .event(.verbalConflict): "#F4A259"
        case .event(.materialConflict): "#CE4257"
        }
    }

    var shape: String {
        switch self {
        case .actor: "ellipse"
        case .event: "roundrectangle"
        }
    }
}

extension GraphMLOutput {
    /// `<data key="node_graphics"><y:ShapeNode>…</y:ShapeNode></data>`:
    /// geometry sized to the label, fill colour, border, label and shape.
    func shapeNode(label: String, style: YEdStyle) throws(XMLKitError) {
        try writer.startElement("data")
        try writer.attribute("key", GraphMLKey.yEdNodeGraphicsID)
        try writer.startElement("y:ShapeNode")

        try writer.startElement("y:Geometry")
        let width = min(max(Double(label.count) * 7 + 20, 60), 420)
        try writer.attribute("height", "30.0")
        try writer.attribute("width", width.description)
        try writer.attribute("x", "0.0")
        try writer.attribute("y", "0.0")
        try writer.endElement()

        try writer.startElement("y:Fill")
        try writer.attribute("color", style.fill)
        try writer.attribute("transparent", "false")
        try writer.endElement()

        try writer.startElement("y:BorderStyle")
        try writer.attribute("color", "#333333")
        try writer.attribute("type", "line")
        try writer.attribute("width", "1.0")
        try writer.endElement()

        try writer.startElement("y:NodeLabel")
        try writer.text(label)
        try writer.endElement()

        try writer.startElement("y:Shape")
        try writer.attribute("type", style.shape)
        try writer.endElement()

        try writer.endElement()  // y:ShapeNode
        try writer.endElement()  // data
    }
}
