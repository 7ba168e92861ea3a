import LinimasaIngest
import LinimasaModel

/// Events and actors gathered over many documents, one event per mention
/// (cross-document merging is the knowledge graph's work), in the JSON shape
/// the evaluation scorer reads.
public struct MentionGraph: Sendable {
    public private(set) var actors: [String: Actor] = [:]
    public private(set) var events: [Event] = []
    /// Document id → outlet and url, for provenance.
    public private(set) var documents: [String: (outlet: String?, url: String?)] = [:]

    public init() {}

    public mutating func add(_ x: DocumentExtraction) {
        for a in x.actors {
            if var known = actors[a.id] {
                for alias in a.aliases where !known.aliases.contains(alias) { known.aliases.append(alias) }
                if known.role == nil { known.role = a.role }
                actors[a.id] = known
            } else {
                actors[a.id] = a
            }
        }
        events += x.events
        documents[x.document.id] = (x.document.outlet, x.document.url)
    }

    /// `{"actors": [...], "events": [{…, "mentions": [{doc, start, end, trigger, modality}]}]}`,
    /// actors sorted by id, events in document order.
    public func json() -> [UInt8] {
        var w = JSONWriter(capacity: 1 << 16)
        w.beginObject()
        w.key("actors")
        w.beginArray()
        for a in actors.values.sorted(by: { $0.id < $1.id }) { ExtractionJSON.actor(a, to: &w) }
        w.endArray()
        w.key("events")
        w.beginArray()
        for e in events {
            w.beginObject()
            w.key("id"); w.string(e.id)
            w.key("cameo"); w.string(e.cameo)
            w.key("plover"); w.string(e.plover)
            w.key("quad_class"); w.int(e.quadClass.rawValue)
            w.key("goldstein"); w.value(.number(String(e.goldstein)))
            w.key("source"); w.optionalString(e.sourceID)
            w.key("target"); w.optionalString(e.targetID)
            w.key("date")
            ExtractionJSON.interval(e.date, to: &w)
            w.key("precision"); w.optionalString(e.precision?.rawValue)
            w.key("modality"); w.string(e.modality.rawValue)
            w.key("confidence"); w.value(.number(String(e.confidence)))
            w.key("mentions")
            w.beginArray()
            w.beginObject()
            w.key("doc"); w.string(e.evidence.documentID)
            w.key("start"); w.int(e.evidence.trigger.start)
            w.key("end"); w.int(e.evidence.trigger.end)
            w.key("trigger"); w.string(e.evidence.triggerText)
            w.key("modality"); w.string(e.modality.rawValue)
            w.key("sentence"); w.int(e.evidence.sentenceIndex)
            w.key("clause")
            ExtractionJSON.span(e.evidence.clause, to: &w)
            let provenance = documents[e.evidence.documentID]
            w.key("outlet"); w.optionalString(provenance?.outlet ?? nil)
            w.key("url"); w.optionalString(provenance?.url ?? nil)
            w.endObject()
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes + [0x0A]
    }
}
