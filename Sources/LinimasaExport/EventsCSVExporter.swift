import LinimasaGraph
import LinimasaModel

/// The events table as CSV, one row per merged event, in the spirit of
/// GDELT's event table: who did what to whom, when, how it is coded, and
/// how well it is attested.
///
/// Columns (``columns``): `id, date_start, date_end, precision, source_id,
/// source_name, source_country, target_id, target_name, target_country,
/// cameo, plover, quad_class, goldstein, modality, confidence, mentions,
/// sources, articles, first_seen, first_url, evidence`.
///
/// - Missing values are empty fields; dates are `YYYY-MM-DD`; `quad_class`
///   is GDELT's 1–4; `first_url` and `evidence` come from the mention that
///   first reported the event (earliest publication day).
/// - Rows follow the graph's order (by date, undated last, then id).
/// - The format is RFC 4180 (see ``CSVOptions``); rows are streamed.
public struct EventsCSVExporter: Sendable {
    public var options: CSVOptions

    public init(options: CSVOptions = CSVOptions()) { self.options = options }

    /// The header row.
    public static let columns = [
        "id", "date_start", "date_end", "precision",
        "source_id", "source_name", "source_country",
        "target_id", "target_name", "target_country",
        "cameo", "plover", "quad_class", "goldstein", "modality", "confidence",
        "mentions", "sources", "articles", "first_seen", "first_url", "evidence",
    ]

    /// Writes the header and one row per (filtered) event to `sink`.
    public func write<Sink: ExportSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws {
        let graph = options.filter.apply(to: graph)
        var actors: [ActorID: ActorNode] = [:]
        for a in graph.actors { actors[a.id] = a }

        try CSVRowWriter.begin(options, to: &sink)
        var w = CSVRowWriter()
        try w.row(Self.columns, to: &sink)
        for e in graph.events {
            w.field(e.id)
            w.field(ExportText.date(e.date?.start))
            w.field(ExportText.date(e.date?.end))
            w.field(e.precision?.rawValue)
            for id in [e.sourceID, e.targetID] {
                let actor = id.flatMap { actors[$0] }
                w.field(id?.text)
                w.field(actor?.name)
                w.field(actor?.country?.text)
            }
            w.field(e.cameo.code)
            w.field(e.plover)
            w.field(ExportText.quadClass(e.quadClass))
            w.field(ExportText.number(e.goldstein))
            w.field(e.modality.rawValue)
            w.field(ExportText.number(e.confidence))
            w.field(e.mentionCount)
            w.field(e.sourceCount)
            w.field(e.articleCount)
            w.field(ExportText.date(e.firstSeen))
            let first = ExportText.firstMention(of: e)
            w.field(first?.url)
            w.field(first?.evidenceText)
            try w.endRow(to: &sink)
        }
    }

    /// The whole table in memory (small graphs and tests).
    public func bytes(_ graph: KnowledgeGraph) throws -> [UInt8] {
        var sink = ByteBufferSink()
        try write(graph, to: &sink)
        return sink.bytes
    }
}
