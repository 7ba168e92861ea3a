import LinimasaExport
import LinimasaGraph

/// A selection of the graph in any export format, in memory, through the
/// exporters the CLI uses (the API's `/api/export`).
public enum SelectionExport {
    /// The document, its media type and a file name for it.
    public static func document(_ graph: KnowledgeGraph, format: ExportFormat, filter: ExportFilter,
                                page: TimelinePage) throws -> (bytes: [UInt8], mediaType: String, fileName: String) {
        switch format {
        case .graphml, .yed:
            let bytes = try GraphMLExporter(flavor: format == .yed ? .yEd : .standard).document(filter.apply(to: graph))
            return (bytes, "application/xml; charset=utf-8", format == .yed ? "graph-yed.graphml" : "graph.graphml")
        case .gexf:
            return (try GEXFExporter().document(filter.apply(to: graph)), "application/xml; charset=utf-8", "graph.gexf")
        case .dot:
            return (try DOTTimelineExporter(options: DOTTimelineOptions(filter: filter)).bytes(graph),
                    "text/vnd.graphviz; charset=utf-8", "timeline.dot")
        case .json:
            return (try GraphJSONExporter(filter: filter).bytes(graph), "application/json; charset=utf-8", "graph.json")
        case .csv:
            return (try EventsCSVExporter(options: CSVOptions(filter: filter)).bytes(graph),
                    "text/csv; charset=utf-8", "events.csv")
        case .mentionsCSV:
            return (try MentionsCSVExporter(options: CSVOptions(filter: filter)).bytes(graph),
                    "text/csv; charset=utf-8", "mentions.csv")
        case .html:
            return (page.standalone(filter.apply(to: graph)), "text/html; charset=utf-8", "timeline.html")
        }
    }
}
