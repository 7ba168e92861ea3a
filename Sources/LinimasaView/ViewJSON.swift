import LinimasaExport
import LinimasaGraph
import LinimasaIngest
import LinimasaModel

/// The JSON bodies of the API and of the page's embedded data, written
/// with the project's byte-level ``JSONWriter``. Field names follow
/// `Schemas/graph.schema.json`; the API's shapes are described by
/// `Schemas/linimasa-api.openapi.json`.
///
/// Each function takes the selection already applied
/// (``ExportFilter/apply(to:)``), so the counts it writes describe what the
/// caller shows.
public enum ViewJSON {
    /// `{"total", "offset", "limit", "events": [event summary]}`;
    /// `events` are the selected events of `graph`.
    public static func events(_ events: [EventNode], of graph: KnowledgeGraph, offset: Int, limit: Int) -> [UInt8] {
        let shown = slice(events, offset, limit)
        let names = ActorNames(graph, only: shown.flatMap { [$0.sourceID, $0.targetID] })
        var w = JSONWriter(capacity: 1 << 16)
        w.beginObject()
        page(events.count, offset, limit, &w)
        w.key("events")
        w.beginArray()
        for e in shown { eventFields(e, names, &w, mentions: false) }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    /// One event with every mention and its evidence.
    public static func event(_ e: EventNode, in graph: KnowledgeGraph) -> [UInt8] {
        var w = JSONWriter(capacity: 4096)
        eventFields(e, ActorNames(graph, only: [e.sourceID, e.targetID]), &w, mentions: true)
        return w.bytes
    }

    /// `{"total", "offset", "limit", "actors": [actor summary]}`, actors
    /// sorted by how many selected events name them, most first, then id.
    public static func actors(_ selection: KnowledgeGraph, offset: Int, limit: Int) -> [UInt8] {
        let counts = eventCounts(selection)
        let sorted = selection.actors.sorted { a, b in
            let x = counts[a.id] ?? 0, y = counts[b.id] ?? 0
            return x != y ? x > y : a.id < b.id
        }
        var w = JSONWriter(capacity: 1 << 14)
        w.beginObject()
        page(sorted.count, offset, limit, &w)
        w.key("actors")
        w.beginArray()
        for a in slice(sorted, offset, limit) { actorFields(a, counts[a.id] ?? 0, &w, close: true) }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    /// One actor with its roles, aliases and its selected events (paged).
    public static func actor(_ a: ActorNode, events: [EventNode], in graph: KnowledgeGraph,
                             offset: Int, limit: Int) -> [UInt8] {
        let names = ActorNames(graph, only: slice(events, offset, limit).flatMap { [$0.sourceID, $0.targetID] })
        var w = JSONWriter(capacity: 1 << 14)
        actorFields(a, events.count, &w, close: false)
        w.key("roles")
        w.beginArray()
        for r in a.roles {
            w.beginObject()
            w.key("role"); w.string(r.role)
            w.key("start"); w.optionalString(r.start?.description)
            w.key("end"); w.optionalString(r.end?.description)
            w.endObject()
        }
        w.endArray()
        w.key("aliases")
        w.beginArray()
        for alias in a.aliases { w.string(alias) }
        w.endArray()
        page(events.count, offset, limit, &w)
        w.key("events")
        w.beginArray()
        for e in slice(events, offset, limit) { eventFields(e, names, &w, mentions: false) }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    /// `{"nodes": [actor summary], "edges": [edge]}`: the actor network of
    /// the selection, edges weighted by events and carrying their mean
    /// Goldstein value.
    public static func network(_ selection: KnowledgeGraph) -> [UInt8] {
        let counts = eventCounts(selection)
        var w = JSONWriter(capacity: 1 << 14)
        w.beginObject()
        w.key("nodes")
        w.beginArray()
        for a in selection.actors { actorFields(a, counts[a.id] ?? 0, &w, close: true) }
        w.endArray()
        w.key("edges")
        w.beginArray()
        for e in selection.edges { GraphJSONExporter.writeEdge(e, to: &w) }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    /// The page's embedded data: every selected actor and event, each
    /// event with its mentions, so the page needs no server.
    public static func embedded(_ selection: KnowledgeGraph, title: String) -> [UInt8] {
        let counts = eventCounts(selection)
        let names = ActorNames(selection)
        var w = JSONWriter(capacity: 1 << 16)
        w.beginObject()
        w.key("title"); w.string(title)
        w.key("actors")
        w.beginArray()
        for a in selection.actors { actorFields(a, counts[a.id] ?? 0, &w, close: true) }
        w.endArray()
        w.key("events")
        w.beginArray()
        for e in selection.events { eventFields(e, names, &w, mentions: true) }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    /// `{"error": message, "parameter": name | null}`.
    public static func error(_ message: String, parameter: String? = nil) -> [UInt8] {
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.key("error"); w.string(message)
        w.key("parameter"); w.optionalString(parameter)
        w.endObject()
        return w.bytes
    }

    /// How many events of `graph` name each actor as source or target.
    static func eventCounts(_ graph: KnowledgeGraph) -> [ActorID: Int] {
        var counts: [ActorID: Int] = [:]
        for e in graph.events {
            if let s = e.sourceID { counts[s, default: 0] += 1 }
            if let t = e.targetID, t != e.sourceID { counts[t, default: 0] += 1 }
        }
        return counts
    }

    static func page(_ total: Int, _ offset: Int, _ limit: Int, _ w: inout JSONWriter) {
        w.key("total"); w.int(total)
        w.key("offset"); w.int(offset)
        w.key("limit"); w.int(limit)
    }

    static func slice<T>(_ items: [T], _ offset: Int, _ limit: Int) -> ArraySlice<T> {
        let start = min(offset, items.count)
        return items[start..<min(start + min(limit, items.count), items.count)]
    }

    static func actorFields(_ a: ActorNode, _ events: Int, _ w: inout JSONWriter, close: Bool) {
        w.beginObject()
        w.key("id"); w.string(a.id.text)
        w.key("name"); w.string(a.name)
        w.key("short_name"); w.string(a.shortName)
        w.key("kind"); w.string(a.kind.rawValue)
        w.key("country"); w.optionalString(a.country?.text)
        w.key("mention_count"); w.int(a.mentionCount)
        w.key("event_count"); w.int(events)
        if close { w.endObject() }
    }

    static func eventFields(_ e: EventNode, _ names: ActorNames, _ w: inout JSONWriter, mentions: Bool) {
        w.beginObject()
        w.key("id"); w.string(e.id)
        w.key("cameo"); w.string(e.cameo.code)
        w.key("plover"); w.string(e.plover)
        w.key("quad_class"); w.int(e.quadClass.rawValue)
        w.key("goldstein"); number(e.goldstein, &w)
        w.key("source"); w.optionalString(e.sourceID?.text)
        w.key("target"); w.optionalString(e.targetID?.text)
        w.key("source_name"); w.optionalString(names[e.sourceID])
        w.key("target_name"); w.optionalString(names[e.targetID])
        w.key("date")
        if let d = e.date {
            w.beginObject()
            w.key("start"); w.string(d.start.description)
            w.key("end"); w.string(d.end.description)
            w.endObject()
        } else {
            w.null()
        }
        w.key("precision"); w.optionalString(e.precision?.rawValue)
        w.key("modality"); w.string(e.modality.rawValue)
        w.key("confidence"); number(e.confidence, &w)
        w.key("sources"); w.int(e.sourceCount)
        w.key("articles"); w.int(e.articleCount)
        w.key("mention_count"); w.int(e.mentionCount)
        w.key("first_seen"); w.optionalString(e.firstSeen?.description)
        if mentions {
            w.key("mentions")
            w.beginArray()
            for m in e.mentions { mentionFields(m, &w) }
            w.endArray()
        }
        w.endObject()
    }

    static func mentionFields(_ m: Mention, _ w: inout JSONWriter) {
        w.beginObject()
        w.key("doc"); w.string(m.documentID)
        w.key("start"); w.int(m.trigger.start)
        w.key("end"); w.int(m.trigger.end)
        w.key("trigger"); w.string(m.triggerText)
        w.key("modality"); w.string(m.modality.rawValue)
        w.key("outlet"); w.optionalString(m.outlet)
        w.key("url"); w.optionalString(m.url)
        w.key("published"); w.optionalString(m.published?.description)
        w.key("sentence"); w.int(m.sentenceIndex)
        w.key("clause")
        w.beginObject()
        w.key("start"); w.int(m.clause.start)
        w.key("end"); w.int(m.clause.end)
        w.endObject()
        w.key("evidence"); w.string(m.evidenceText)
        w.endObject()
    }

    /// A finite number, or null (JSON cannot spell NaN).
    static func number(_ v: Double, _ w: inout JSONWriter) {
        if v.isFinite { w.value(.number(String(v))) } else { w.null() }
    }
}

/// Actor ids to short names, for labelling events without a second lookup.
struct ActorNames {
    private var names: [ActorID: String] = [:]

    init(_ graph: KnowledgeGraph, only ids: [ActorID?]? = nil) {
        if let ids {
            let wanted = Set(ids.compactMap { $0 })
            for a in graph.actors where wanted.contains(a.id) { names[a.id] = a.shortName }
        } else {
            for a in graph.actors { names[a.id] = a.shortName }
        }
    }

    subscript(id: ActorID?) -> String? { id.flatMap { names[$0] } }
}
