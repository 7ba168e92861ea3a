import LinimasaModel
import LinimasaText

/// The JSON Lines shape `linimasa read` prints for each document.
public enum DocumentJSON {
    /// Appends one document as a JSON object (no trailing newline).
    public static func write(_ doc: Document, to w: inout JSONWriter, includeText: Bool = true) {
        w.beginObject()
        w.key("id"); w.string(doc.id)
        w.key("title"); w.optionalString(doc.title)
        w.key("url"); w.optionalString(doc.url)
        w.key("outlet"); w.optionalString(doc.outlet)
        w.key("published"); w.optionalString(doc.published?.iso8601)
        w.key("dct"); w.optionalString(doc.published?.date.description)
        w.key("dct_source"); w.string(doc.dctSource.rawValue)
        w.key("language"); w.optionalString(doc.language)
        w.key("source")
        w.beginObject()
        w.key("path"); w.string(doc.origin.path)
        if let line = doc.origin.line { w.key("line"); w.int(line) }
        if let item = doc.origin.item { w.key("item"); w.int(item) }
        w.endObject()
        w.key("dateline")
        if let d = doc.dateline {
            w.beginObject()
            w.key("outlet"); w.optionalString(d.outlet)
            w.key("place"); w.optionalString(d.place)
            w.key("start"); w.int(d.span.start)
            w.key("end"); w.int(d.span.end)
            w.endObject()
        } else {
            w.null()
        }
        w.key("metadata")
        w.value(.object(doc.metadata))
        if includeText { w.key("text"); w.string(doc.text) }
        w.key("sentences")
        w.beginArray()
        for s in doc.sentences {
            w.beginObject()
            w.key("start"); w.int(s.span.start)
            w.key("end"); w.int(s.span.end)
            w.key("text"); w.string(s.text)
            w.endObject()
        }
        w.endArray()
        w.key("dropped")
        w.beginArray()
        for d in doc.dropped {
            w.beginObject()
            w.key("start"); w.int(d.span.start)
            w.key("end"); w.int(d.span.end)
            w.key("reason"); w.string(d.reason.rawValue)
            w.key("text"); w.string(d.text)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
