import LinimasaModel
import LinimasaText

/// The JSON shapes of extraction output.
public enum ExtractionJSON {
    /// One document per line for `linimasa extract`.
    public static func write(_ x: DocumentExtraction, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(x.document.id)
        w.key("dct"); w.optionalString(x.document.published?.date.description)
        w.key("actors")
        w.beginArray()
        for a in x.actors { actor(a, to: &w) }
        w.endArray()
        w.key("timexes")
        w.beginArray()
        for t in x.timexes { timex(t, to: &w) }
        w.endArray()
        w.key("events")
        w.beginArray()
        for e in x.events { event(e, to: &w, text: x.document.text) }
        w.endArray()
        w.endObject()
    }

    public static func actor(_ a: Actor, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(a.id)
        w.key("name"); w.string(a.name)
        w.key("kind"); w.string(a.kind.rawValue)
        w.key("country"); w.optionalString(a.country)
        w.key("role"); w.optionalString(a.role)
        w.key("aliases")
        w.beginArray()
        for alias in a.aliases { w.string(alias) }
        w.endArray()
        w.endObject()
    }

    public static func timex(_ t: TimeExpression, to w: inout JSONWriter) {
        w.beginObject()
        w.key("start"); w.int(t.span.start)
        w.key("end"); w.int(t.span.end)
        w.key("text"); w.string(t.text)
        w.key("type"); w.string(t.type.rawValue)
        w.key("value"); w.string(t.value)
        w.key("interval")
        interval(t.interval, to: &w)
        w.key("precision"); w.optionalString(t.precision?.rawValue)
        w.key("rule"); w.string(t.rule)
        w.endObject()
    }

    static func interval(_ i: DayInterval?, to w: inout JSONWriter) {
        if let i {
            w.beginObject()
            w.key("start"); w.string(i.start.description)
            w.key("end"); w.string(i.end.description)
            w.endObject()
        } else {
            w.null()
        }
    }

    public static func event(_ e: Event, to w: inout JSONWriter, text: String? = nil) {
        w.beginObject()
        w.key("id"); w.string(e.id)
        w.key("cameo"); w.string(e.cameo.code)
        w.key("plover"); w.string(e.plover)
        w.key("quad_class"); w.int(e.quadClass.rawValue)
        w.key("goldstein"); w.value(.number(String(e.goldstein)))
        w.key("source"); w.optionalString(e.sourceID)
        w.key("target"); w.optionalString(e.targetID)
        w.key("date")
        interval(e.date, to: &w)
        w.key("precision"); w.optionalString(e.precision?.rawValue)
        w.key("modality"); w.string(e.modality.rawValue)
        w.key("confidence"); w.value(.number(String(e.confidence)))
        w.key("evidence")
        w.beginObject()
        w.key("doc"); w.string(e.evidence.documentID)
        w.key("sentence"); w.int(e.evidence.sentenceIndex)
        w.key("trigger")
        span(e.evidence.trigger, to: &w)
        w.key("trigger_text"); w.string(e.evidence.triggerText)
        w.key("clause")
        span(e.evidence.clause, to: &w)
        if let text {
            w.key("clause_text"); w.string(substring(text, e.evidence.clause))
        }
        w.endObject()
        w.key("rules")
        w.beginArray()
        for r in e.rules { w.string(r) }
        w.endArray()
        w.endObject()
    }

    static func span(_ s: TextSpan, to w: inout JSONWriter) {
        w.beginObject()
        w.key("start"); w.int(s.start)
        w.key("end"); w.int(s.end)
        w.endObject()
    }

    /// The text of a code-point span.
    static func substring(_ text: String, _ s: TextSpan) -> String {
        let scalars = text.unicodeScalars
        let a = scalars.index(scalars.startIndex, offsetBy: s.start, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let b = scalars.index(a, offsetBy: s.length, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[a..<b])
    }
}
