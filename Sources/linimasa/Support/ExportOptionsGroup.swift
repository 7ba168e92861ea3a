import ArgumentParser
import LinimasaExport
import LinimasaGraph
import LinimasaModel
import LinimasaView

extension ExportFormat: ExpressibleByArgument {}
extension TimelineGranularity: ExpressibleByArgument {}
extension TimelineSwimlanes: ExpressibleByArgument {}
extension OutputFile: ExportSink {}

/// `--actor RUS`: the id as given; which ids exist only the graph knows.
extension ActorID: ExpressibleByArgument {
    public init(argument: String) { self.init(argument) }
}

/// How a graph is exported: the format, where to, which part of it, and
/// the timeline's options. Shared by `graph` and `export`.
struct ExportOptionsGroup: ParsableArguments {
    @Option(name: .long, help: "Output format: graphml, yed (GraphML with yEd labels and colours), gexf, dot (a timeline), json, csv (events table), mentions-csv or html (the analyst's page with the data inside).")
    var format: ExportFormat = .json

    @Option(name: [.short, .long], help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Keep events on or after this day.", valueName: "date"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Keep events on or before this day.", valueName: "date"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Keep events with this actor as source or target (an id such as RUS, NATO or person:lloyd-austin; a country id also matches its people and bodies). Repeatable.", valueName: "id"))
    var actor: [ActorID] = []

    @Option(name: .long, help: ArgumentHelp("Keep events whose CAMEO code starts with this (19, 042). Repeatable.", valueName: "code"))
    var cameo: [String] = []

    @Option(name: .long, help: ArgumentHelp("Keep events reported by at least this many outlets.", valueName: "n"))
    var minSources: Int = 0

    @Option(name: .long, help: "Timeline columns: day, week or month (default: chosen by the span).")
    var bucket: TimelineGranularity?

    @Option(name: .long, help: "Timeline rows: none, source or target (one swimlane per actor).")
    var swimlanes: TimelineSwimlanes = .none

    @Flag(name: .long, help: "Timeline: let Linimasa place every event (render with `neato -n2`), whatever the size; by default above 1,000 events.")
    var pinned = false

    @Flag(name: .long, help: "Timeline: leave undated events out instead of a last column.")
    var omitUndated = false

    @Flag(name: .long, help: "CSV: start with a UTF-8 byte-order mark, for spreadsheets that need one.")
    var bom = false

    mutating func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, PublishedDate.parse(value) == nil {
                throw ValidationError("\(name) '\(value)' is not a date: use YYYY-MM-DD.")
            }
        }
        if let f = from.flatMap(PublishedDate.parse), let t = to.flatMap(PublishedDate.parse), t.date < f.date {
            throw ValidationError("--to is before --from.")
        }
        if minSources < 0 { throw ValidationError("--min-sources cannot be negative.") }
        if let bad = cameo.first(where: { $0.isEmpty || !$0.allSatisfy(\.isNumber) }) {
            throw ValidationError("--cameo '\(bad)' is not a CAMEO code prefix (digits, such as 19 or 042).")
        }
    }

    var filter: ExportFilter {
        ExportFilter(from: from.flatMap(PublishedDate.parse)?.date, to: to.flatMap(PublishedDate.parse)?.date,
                     actorIDs: Set(actor), cameoPrefixes: cameo, minSources: minSources)
    }

    var timeline: DOTTimelineOptions {
        DOTTimelineOptions(granularity: bucket, undated: omitUndated ? .omit : .lastColumn, swimlanes: swimlanes,
                           layout: pinned ? .pinned(TimelineLayout.Metrics()) : .automatic, filter: filter)
    }

    /// Writes `graph` in the chosen format.
    func write(_ graph: KnowledgeGraph) throws {
        try ExportOptionsGroup.write(graph, format: format, to: output, filter: filter, timeline: timeline, bom: bom)
    }

    static func write(_ graph: KnowledgeGraph, format: ExportFormat, to output: String?,
                      filter: ExportFilter, timeline: DOTTimelineOptions, bom: Bool = false) throws {
        let xml: (any XMLGraphExporter)? = switch format {
        case .graphml, .yed: GraphMLExporter(flavor: format == .yed ? .yEd : .standard)
        case .gexf: GEXFExporter()
        default: nil
        }
        if let xml {
            // XML goes through libxml2's writer: straight to a file, or via memory to standard output.
            let kept = filter.apply(to: graph)
            if let output, output != "-" {
                try xml.write(kept, toFile: output)
            } else {
                let out = try OutputFile(path: nil)
                try out.write(try xml.document(kept))
                try out.flush()
            }
            return
        }
        var out = try OutputFile(path: output)
        switch format {
        case .dot: try DOTTimelineExporter(options: timeline).write(graph, to: &out)
        case .json: try GraphJSONExporter(filter: filter).write(graph, to: &out)
        case .csv: try EventsCSVExporter(options: CSVOptions(byteOrderMark: bom, filter: filter)).write(graph, to: &out)
        case .mentionsCSV: try MentionsCSVExporter(options: CSVOptions(byteOrderMark: bom, filter: filter)).write(graph, to: &out)
        case .html: try out.write(try TimelinePage().standalone(filter.apply(to: graph), title: timeline.title ?? "Linimasa timeline"))
        case .graphml, .yed, .gexf: break
        }
        try out.flush()
    }
}
