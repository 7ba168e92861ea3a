import LinimasaGraph
import LinimasaModel
import LinimasaXML

/// Nodes and edges of Linimasa's GraphML; their values come from
/// ``ExportValues``.
extension GraphMLOutput {
    func actor(_ actor: ActorNode, token: String, yEd: Bool) throws(XMLKitError) {
        try writer.startElement("node", attributes: [("id", token)])
        try ExportValues.actor(actor, data)
        if yEd { try shapeNode(label: actor.name, style: .actor) }
        try writer.endElement()
    }

    func event(_ event: EventNode, token: String, label: String, yEd: Bool) throws(XMLKitError) {
        try writer.startElement("node", attributes: [("id", token)])
        try ExportValues.event(event, label: label, data)
        if yEd { try shapeNode(label: label, style: .event(event.quadClass)) }
        try writer.endElement()
    }

    func roleEdge(id: Int, from source: String, to target: String, role: String) throws(XMLKitError) {
        try startEdge(id: id, from: source, to: target)
        try ExportValues.role(role, data)
        try writer.endElement()
    }

    func interaction(_ edge: ActorEdge, id: Int, from source: String, to target: String) throws(XMLKitError) {
        try startEdge(id: id, from: source, to: target)
        try ExportValues.interaction(edge, data)
        try writer.endElement()
    }

    private func startEdge(id: Int, from source: String, to target: String) throws(XMLKitError) {
        try writer.startElement("edge", attributes: [("id", "e" + String(id)), ("source", source), ("target", target)])
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
