import LinimasaGraph
import LinimasaModel
import LinimasaText

/// The whole knowledge graph as one JSON document, described by
/// `Schemas/graph.schema.json`:
///
/// ```text
/// {"actors": [{id, name, kind, country, roles: [{role, start, end}], aliases, mention_count}],
///  "events": [{id, cameo, plover, quad_class, goldstein, source, target,
///              date: {start, end} | null, precision, modality, confidence,
///              mentions: [{doc, start, end, trigger, cameo, source, target,
///                          date: {start, end} | null, precision, modality, outlet, url,
///                          published, sentence, clause: {start, end}, evidence}],
///              sources, articles, first_seen}],
///  "edges":  [{source, target, counts: {verbal_cooperation, material_cooperation,
///              verbal_conflict, material_conflict}, event_count, first_date, last_date,
///              mean_goldstein}]}
/// ```
///
/// - Every key is always present; unknown values are `null`.
/// - Dates are `YYYY-MM-DD`; mention offsets (`start`/`end` of the trigger,
///   `clause`) count Unicode code points of the document text, end exclusive.
/// - `source`/`target` are actor ids; `quad_class` is GDELT's 1–4.
/// - The evaluation scorer reads this shape as its prediction file.
/// - Output is compact UTF-8 ending in one newline, in the graph's order;
///   it is streamed: one actor, event or edge at a time.
public struct GraphJSONExporter: Sendable {
    /// Part of the graph to write; edges are recomputed when it filters.
    public var filter: ExportFilter

    public init(filter: ExportFilter = ExportFilter()) { self.filter = filter }

    /// Writes the document to `sink`.
    public func write<Sink: ExportSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws {
        try write(graph, to: &sink, using: GraphJSONBackend.self)
    }

    /// The document in memory (small graphs and tests).
    public func bytes(_ graph: KnowledgeGraph) throws -> [UInt8] {
        var sink = ByteBufferSink()
        try write(graph, to: &sink)
        return sink.bytes
    }

    func write<Sink: ExportSink, W: GraphJSONEmitter>(_ graph: KnowledgeGraph, to sink: inout Sink,
                                                     using _: W.Type) throws {
        let graph = filter.apply(to: graph)
        var w = W(capacity: 8192)
        try sink.write(Array("{\"actors\":[".utf8))
        try section(graph.actors, &w, &sink) { Self.actor($0, &$1) }
        try sink.write(Array("],\"events\":[".utf8))
        try section(graph.events, &w, &sink) { Self.event($0, &$1) }
        try sink.write(Array("],\"edges\":[".utf8))
        try section(graph.edges, &w, &sink) { Self.edge($0, &$1) }
        try sink.write(Array("]}\n".utf8))
    }

    /// Writes array items one by one, comma-separated, flushing each.
    private func section<T, Sink: ExportSink, W: GraphJSONEmitter>(
        _ items: [T], _ w: inout W, _ sink: inout Sink, _ body: (T, inout W) -> Void
    ) throws {
        for (i, item) in items.enumerated() {
            w.removeAll()
            body(item, &w)
            if i > 0 { try sink.write([UInt8(ascii: ",")]) }
            try sink.write(w.bytes)
        }
    }

    static func actor<W: GraphJSONEmitter>(_ a: ActorNode, _ w: inout W) {
        w.beginObject()
        w.key("id"); w.string(a.id.text)
        w.key("name"); w.string(a.name)
        w.key("kind"); w.string(a.kind.rawValue)
        w.key("country"); w.optionalString(a.country?.text)
        w.key("roles")
        w.beginArray()
        for r in a.roles {
            w.beginObject()
            w.key("role"); w.string(r.role)
            w.key("start"); w.date(r.start)
            w.key("end"); w.date(r.end)
            w.endObject()
        }
        w.endArray()
        w.key("aliases")
        w.beginArray()
        for alias in a.aliases { w.string(alias) }
        w.endArray()
        w.key("mention_count"); w.int(a.mentionCount)
        w.endObject()
    }

    static func event<W: GraphJSONEmitter>(_ e: EventNode, _ w: inout W) {
        w.beginObject()
        w.key("id"); w.string(e.id)
        w.key("cameo"); w.string(e.cameo.code)
        w.key("plover"); w.string(e.plover)
        w.key("quad_class"); w.int(e.quadClass.rawValue)
        w.key("goldstein"); w.number(e.goldstein)
        w.key("source"); w.optionalString(e.sourceID?.text)
        w.key("target"); w.optionalString(e.targetID?.text)
        w.key("date"); interval(e.date, &w)
        w.key("precision"); w.optionalString(e.precision?.rawValue)
        w.key("modality"); w.string(e.modality.rawValue)
        w.key("confidence"); w.number(e.confidence)
        w.key("mentions")
        w.beginArray()
        for m in e.mentions { mention(m, &w) }
        w.endArray()
        w.key("sources"); w.int(e.sourceCount)
        w.key("articles"); w.int(e.articleCount)
        w.key("first_seen"); w.date(e.firstSeen)
        w.endObject()
    }

    static func mention<W: GraphJSONEmitter>(_ m: Mention, _ w: inout W) {
        w.beginObject()
        w.key("doc"); w.string(m.documentID)
        w.key("start"); w.int(m.trigger.start)
        w.key("end"); w.int(m.trigger.end)
        w.key("trigger"); w.string(m.triggerText)
        // The mention's own reading, which merging may have overruled.
        w.key("cameo"); w.string(m.cameo.code)
        w.key("source"); w.optionalString(m.sourceID?.text)
        w.key("target"); w.optionalString(m.targetID?.text)
        w.key("date"); interval(m.date, &w)
        w.key("precision"); w.optionalString(m.precision?.rawValue)
        w.key("modality"); w.string(m.modality.rawValue)
        w.key("outlet"); w.optionalString(m.outlet)
        w.key("url"); w.optionalString(m.url)
        w.key("published"); w.date(m.published)
        w.key("sentence"); w.int(m.sentenceIndex)
        w.key("clause")
        w.beginObject()
        w.key("start"); w.int(m.clause.start)
        w.key("end"); w.int(m.clause.end)
        w.endObject()
        w.key("evidence"); w.string(m.evidenceText)
        w.endObject()
    }

    /// `{"start", "end"}` of a date interval, or null.
    static func interval<W: GraphJSONEmitter>(_ d: DayInterval?, _ w: inout W) {
        guard let d else { return w.null() }
        w.beginObject()
        w.key("start"); w.date(d.start)
        w.key("end"); w.date(d.end)
        w.endObject()
    }

    /// An actor-to-actor edge as the graph export writes it, for other
    /// writers of the same shape (the view's network).
    public static func writeEdge(_ e: ActorEdge, to w: inout JSONWriter) { edge(e, &w) }

    /// QuadClass count names, in ``ActorEdge/quadClassCounts`` order.
    static let countNames = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]

    static func edge<W: GraphJSONEmitter>(_ e: ActorEdge, _ w: inout W) {
        w.beginObject()
        w.key("source"); w.string(e.sourceID.text)
        w.key("target"); w.string(e.targetID.text)
        w.key("counts")
        w.beginObject()
        for (i, name) in countNames.enumerated() {
            w.key(name); w.int(i < e.quadClassCounts.count ? e.quadClassCounts[i] : 0)
        }
        w.endObject()
        w.key("event_count"); w.int(e.eventCount)
        w.key("first_date"); w.date(e.firstDate)
        w.key("last_date"); w.date(e.lastDate)
        w.key("mean_goldstein"); w.number(e.meanGoldstein)
        w.endObject()
    }
}
