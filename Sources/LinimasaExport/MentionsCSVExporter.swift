import LinimasaGraph
import LinimasaModel

/// The mentions table as CSV: one row per report of an event in an
/// article, the provenance an analyst checks each event against.
///
/// Columns (``columns``): `event_id, doc, outlet, url, published, sentence,
/// trigger_start, trigger_end, clause_start, clause_end, trigger, cameo,
/// source, target, date_start, date_end, precision, modality, evidence`.
///
/// - Offsets count Unicode code points of the document text, end exclusive;
///   `sentence` is the sentence's index in its document.
/// - `cameo`, `source`, `target`, the date and `modality` are the
///   mention's own ("planned" in an article written before the event),
///   which may differ from the event's.
/// - Rows follow the graph's event order, then each event's mention order.
/// - The format is RFC 4180 (see ``CSVOptions``); rows are streamed.
public struct MentionsCSVExporter: Sendable {
    public var options: CSVOptions

    public init(options: CSVOptions = CSVOptions()) { self.options = options }

    /// The header row.
    public static let columns = [
        "event_id", "doc", "outlet", "url", "published", "sentence",
        "trigger_start", "trigger_end", "clause_start", "clause_end",
        "trigger", "cameo", "source", "target", "date_start", "date_end",
        "precision", "modality", "evidence",
    ]

    /// Writes the header and one row per mention of every (filtered) event.
    public func write<Sink: ExportSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws {
        let graph = options.filter.apply(to: graph)
        try CSVRowWriter.begin(options, to: &sink)
        var w = CSVRowWriter()
        try w.row(Self.columns, to: &sink)
        for e in graph.events {
            for m in e.mentions {
                w.field(e.id)
                w.field(m.documentID)
                w.field(m.outlet)
                w.field(m.url)
                w.field(ExportText.date(m.published))
                w.field(m.sentenceIndex)
                w.field(m.trigger.start)
                w.field(m.trigger.end)
                w.field(m.clause.start)
                w.field(m.clause.end)
                w.field(m.triggerText)
                w.field(m.cameo.code)
                w.field(m.sourceID?.text)
                w.field(m.targetID?.text)
                w.field(ExportText.date(m.date?.start))
                w.field(ExportText.date(m.date?.end))
                w.field(m.precision?.rawValue)
                w.field(m.modality.rawValue)
                w.field(m.evidenceText)
                try w.endRow(to: &sink)
            }
        }
    }

    /// The whole table in memory (small graphs and tests).
    public func bytes(_ graph: KnowledgeGraph) throws -> [UInt8] {
        var sink = ByteBufferSink()
        try write(graph, to: &sink)
        return sink.bytes
    }
}
