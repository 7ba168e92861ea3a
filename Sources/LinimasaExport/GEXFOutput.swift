import LinimasaModel
import LinimasaXML

/// The element-level GEXF vocabulary on top of ``XMLStreamWriter``: nodes
/// and edges with their `attvalues` and `spells`.
struct GEXFOutput {
    let writer: XMLStreamWriter

    /// Writes `<attvalues>` from the values `produce` emits, skipping the
    /// keys GEXF carries natively and absent values. The element is left
    /// out when nothing is written into it.
    private func attvalues(_ produce: (ExportValues.Emit) throws(XMLKitError) -> Void) throws(XMLKitError) {
        var opened = false
        try produce { key, value throws(XMLKitError) in
            guard let value, !GEXFExporter.isNative(key) else { return }
            if !opened {
                try writer.startElement("attvalues")
                opened = true
            }
            try writer.startElement("attvalue")
            try writer.attribute("for", key.id)
            try writer.attribute("value", value)
            try writer.endElement()
        }
        if opened { try writer.endElement() }
    }

    /// `<spells><spell start="…" end="…"/></spells>`, or nothing.
    private func spells(_ span: DayInterval?) throws(XMLKitError) {
        guard let span else { return }
        try writer.startElement("spells")
        try writer.startElement("spell")
        try writer.attribute("start", span.start.description)
        try writer.attribute("end", span.end.description)
        try writer.endElement()
        try writer.endElement()
    }

    func node(id: String, label: String, span: DayInterval?,
              values: (ExportValues.Emit) throws(XMLKitError) -> Void) throws(XMLKitError) {
        try writer.startElement("node")
        try writer.attribute("id", id)
        try writer.attribute("label", label)
        try attvalues(values)
        try spells(span)
        try writer.endElement()
    }

    func edge(id: Int, from source: String, to target: String, weight: Double, span: DayInterval?,
              values: (ExportValues.Emit) throws(XMLKitError) -> Void) throws(XMLKitError) {
        try writer.startElement("edge")
        try writer.attribute("id", "e" + String(id))
        try writer.attribute("source", source)
        try writer.attribute("target", target)
        try writer.attribute("weight", ExportText.double(weight) ?? "1.0")
        try attvalues(values)
        try spells(span)
        try writer.endElement()
    }

    /// The interval from `first` to `last`; one day when only one is known;
    /// nil when neither is, or when they are out of order.
    static func span(_ first: CalendarDate?, _ last: CalendarDate?) -> DayInterval? {
        switch (first, last) {
        case let (a?, b?): a <= b ? DayInterval(start: a, end: b) : nil
        case let (a?, nil): DayInterval(day: a)
        case let (nil, b?): DayInterval(day: b)
        case (nil, nil): nil
        }
    }
}
