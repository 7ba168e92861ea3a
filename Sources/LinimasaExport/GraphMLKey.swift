import LinimasaXML

/// One `<key>` declaration of Linimasa's GraphML: an attribute of nodes
/// or of edges, never of the graph itself (Gephi rejects graph-level keys).
///
/// The key id equals the attribute name; node and edge names never clash.
/// `Schemas/linimasa-graphml.xsd` lists the same ids.
public struct GraphMLKey: Hashable, Sendable {
    /// What the key describes (`for=`).
    public enum Domain: String, Sendable { case node, edge }
    /// The `attr.type` of the key's values.
    public enum ValueType: String, Sendable { case string, int, double, boolean }

    public let id: String
    public let domain: Domain
    public let type: ValueType
    /// `<data key="id">`, prepared once for the writer's fast path (nil
    /// only if the id were not a plain XML name; the writer then spells the
    /// element call by call).
    let dataElement: PreparedElement?

    /// The `attr.name`: the same as the id.
    public var name: String { id }

    init(_ id: String, _ domain: Domain, _ type: ValueType) {
        self.id = id
        self.domain = domain
        self.type = type
        dataElement = try? PreparedElement("data", attributes: [("key", id)])
    }

    // MARK: Node keys

    /// `actor` or `event`.
    static let nodeType = GraphMLKey("node_type", .node, .string)
    /// Actor name, or `date · source → target · CAMEO` for an event.
    static let label = GraphMLKey("label", .node, .string)
    /// The id in Linimasa's own graph (node ids are escaped to `xs:NMTOKEN`).
    static let linimasaID = GraphMLKey("linimasa_id", .node, .string)
    static let kind = GraphMLKey("kind", .node, .string)
    static let country = GraphMLKey("country", .node, .string)
    static let roles = GraphMLKey("roles", .node, .string)
    static let aliases = GraphMLKey("aliases", .node, .string)
    static let mentionCount = GraphMLKey("mention_count", .node, .int)
    static let cameo = GraphMLKey("cameo", .node, .string)
    static let plover = GraphMLKey("plover", .node, .string)
    static let quadClass = GraphMLKey("quad_class", .node, .int)
    static let goldstein = GraphMLKey("goldstein", .node, .double)
    static let dateStart = GraphMLKey("date_start", .node, .string)
    static let dateEnd = GraphMLKey("date_end", .node, .string)
    static let precision = GraphMLKey("precision", .node, .string)
    static let modality = GraphMLKey("modality", .node, .string)
    static let confidence = GraphMLKey("confidence", .node, .double)
    static let mentions = GraphMLKey("mentions", .node, .int)
    static let sources = GraphMLKey("sources", .node, .int)
    static let articles = GraphMLKey("articles", .node, .int)
    static let firstSeen = GraphMLKey("first_seen", .node, .string)
    static let evidence = GraphMLKey("evidence", .node, .string)
    /// Each mention's own reading, which merging may have overruled:
    /// `doc@start: cameo source -> target date precision modality`, one per
    /// mention, joined by ` | ` (`-` for an unknown part).
    static let mentionReadings = GraphMLKey("mention_readings", .node, .string)

    // MARK: Edge keys

    /// `role` (actor–event) or `interaction` (actor–actor).
    static let edgeType = GraphMLKey("edge_type", .edge, .string)
    /// `source` or `target`: the actor's part in the event.
    static let role = GraphMLKey("role", .edge, .string)
    /// 1 for a role edge, the event count for an interaction (Gephi's weight).
    static let weight = GraphMLKey("weight", .edge, .double)
    static let verbalCooperation = GraphMLKey("verbal_cooperation", .edge, .int)
    static let materialCooperation = GraphMLKey("material_cooperation", .edge, .int)
    static let verbalConflict = GraphMLKey("verbal_conflict", .edge, .int)
    static let materialConflict = GraphMLKey("material_conflict", .edge, .int)
    static let eventCount = GraphMLKey("event_count", .edge, .int)
    static let firstDate = GraphMLKey("first_date", .edge, .string)
    static let lastDate = GraphMLKey("last_date", .edge, .string)
    static let meanGoldstein = GraphMLKey("mean_goldstein", .edge, .double)

    /// QuadClass counts in QuadClass order (1 … 4).
    static let quadCounts = [verbalCooperation, materialCooperation, verbalConflict, materialConflict]

    /// Every key, in the order they are declared: node keys, then edge keys.
    public static let all: [GraphMLKey] = [
        nodeType, label, linimasaID, kind, country, roles, aliases, mentionCount,
        cameo, plover, quadClass, goldstein, dateStart, dateEnd, precision, modality,
        confidence, mentions, sources, articles, firstSeen, evidence, mentionReadings,
        edgeType, role, weight,
    ] + quadCounts + [eventCount, firstDate, lastDate, meanGoldstein]

    /// yEd's node-graphics key (yEd flavour only); it has a `yfiles.type`
    /// instead of an `attr.name` and `attr.type`.
    public static let yEdNodeGraphicsID = "node_graphics"
}
