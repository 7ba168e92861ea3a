import LinimasaGraph
import LinimasaModel

/// A knowledge graph's events as a Graphviz DOT timeline: dates run left
/// to right, one column per day, week or month, each event a box coloured
/// by its QuadClass and labelled with its date, `source → target` (actor
/// names) and CAMEO code.
///
/// ```swift
/// var options = DOTTimelineOptions(swimlanes: .source)
/// options.filter.actorIDs = ["RUS"]
/// let exporter = DOTTimelineExporter(options: options)
/// try exporter.write(graph, to: &file)   // then: dot -Tsvg (or neato -n2 -Tsvg)
/// ```
///
/// Two layouts (``DOTTimelineLayout``): *ranked* leaves placement to `dot`
/// (columns are `{rank=same; …}` groups, ordered by an invisible chain of
/// heading nodes; swimlanes are clusters); *pinned* places every node
/// itself (``TimelineLayout``) for `neato -n2`, which scales to tens of
/// thousands of events. The first line of the output is a comment naming
/// the command that renders it.
///
/// Output is deterministic: node names are `b<column>`, `l<lane>`,
/// `e<event>` in graph order, and no attribute depends on hashing or time.
public struct DOTTimelineExporter: Sendable {
    public var options: DOTTimelineOptions

    public init(options: DOTTimelineOptions = DOTTimelineOptions()) { self.options = options }

    /// Whether `graph` (after the filter) is written pinned.
    public func isPinned(_ graph: KnowledgeGraph) -> Bool {
        switch options.layout {
        case .ranked: return false
        case .pinned: return true
        case .automatic: return graph.events.count > DOTTimelineLayout.rankedEventLimit
        }
    }

    /// The Graphviz command line (without file names) that renders the
    /// export of `graph`.
    public func renderCommand(for graph: KnowledgeGraph) -> [String] {
        isPinned(options.filter.apply(to: graph)) ? ["neato", "-n2"] : ["dot"]
    }

    /// Writes the timeline to `sink`.
    public func write<Sink: ExportSink>(_ graph: KnowledgeGraph, to sink: inout Sink) throws {
        let graph = options.filter.apply(to: graph)
        let bucketing = TimelineBucketing(events: graph.events, granularity: options.granularity,
                                          includeUndated: options.undated == .lastColumn,
                                          includeEmpty: options.includesEmptyColumns)
        let lanes = TimelineLanes(graph: graph, mode: options.swimlanes)
        var names: [String: String] = [:]
        for a in graph.actors { names[a.id] = a.name }
        var out = DOTLines()
        if isPinned(graph) {
            var metrics = TimelineLayout.Metrics()
            if case .pinned(let m) = options.layout { metrics = m }
            let layout = TimelineLayout(bucketing: bucketing, lanes: lanes, metrics: metrics)
            try writePinned(graph, bucketing, lanes, layout, names, &out, &sink)
        } else {
            try writeRanked(graph, bucketing, lanes, names, &out, &sink)
        }
        try out.flush(to: &sink)
    }

    /// The timeline in memory (small graphs and tests).
    public func bytes(_ graph: KnowledgeGraph) throws -> [UInt8] {
        var sink = ByteBufferSink()
        try write(graph, to: &sink)
        return sink.bytes
    }

    // MARK: - Shared pieces

    func header(_ graph: KnowledgeGraph, _ bucketing: TimelineBucketing, command: String, _ out: inout DOTLines) {
        let shown = bucketing.bucketOfEvent.lazy.filter { $0 != nil }.count
        out.line("// Linimasa timeline: \(shown) events in \(bucketing.buckets.count) \(bucketing.granularity.rawValue) columns. Render: \(command)")
        out.line("digraph timeline {")
        out.line("  charset=\"UTF-8\"; fontname=\"Helvetica\";")
    }

    func graphLabel() -> String {
        guard options.showsLegend || options.title != nil else { return "" }
        let label = options.showsLegend ? QuadClassPalette.legend(title: options.title)
            : DOTEscaping.quoted(options.title ?? "")
        return ", labelloc=b, labeljust=l, label=" + label
    }

    /// One event's node statement.
    func eventNode(_ i: Int, _ e: EventNode, _ names: [String: String], position: TimelineLayout.Point?,
                           nameLimit: Int? = nil) -> String {
        func name(_ id: String?) -> String { id.map { DOTEscaping.singleLine(names[$0] ?? $0) } ?? "?" }
        let source = name(e.sourceID), target = name(e.targetID)
        let limit = nameLimit ?? options.maxNameLength
        let code = e.plover.isEmpty ? e.cameo : e.cameo + " " + e.plover
        let label = DOTEscaping.label(lines: [
            Self.dateText(e.date),
            DOTEscaping.truncated(source, to: limit) + " → " + DOTEscaping.truncated(target, to: limit),
            code,
        ])
        let tooltip = DOTEscaping.quoted("\(e.id): \(source) → \(target) (\(code), \(e.modality.rawValue), \(e.sourceCount) \(e.sourceCount == 1 ? "source" : "sources"))")
        var s = "e\(i) [label=\(label), fillcolor=\"\(QuadClassPalette.fill(e.quadClass))\", tooltip=\(tooltip)"
        if let position { s += ", pos=" + pos(position) }
        return s + "];"
    }

    /// `2022-10-10`, `2022-10-12 – 2022-10-14`, or `undated`.
    static func dateText(_ d: DayInterval?) -> String {
        guard let d else { return TimelineBucketing.undatedLabel }
        return d.start == d.end ? d.start.description : "\(d.start) – \(d.end)"
    }

    func pos(_ p: TimelineLayout.Point) -> String {
        "\"\(DOTEscaping.points(p.x)),\(DOTEscaping.points(p.y))!\""
    }

    func inches(_ points: Double) -> String { DOTEscaping.points(points / 72) }
}

/// Lines of DOT gathered into 64 KiB writes.
struct DOTLines {
    private var buffer: [UInt8] = []

    mutating func line(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        buffer.append(0x0A)
    }

    mutating func flushIfFull<Sink: ExportSink>(to sink: inout Sink) throws {
        if buffer.count >= 1 << 16 { try flush(to: &sink) }
    }

    mutating func flush<Sink: ExportSink>(to sink: inout Sink) throws {
        guard !buffer.isEmpty else { return }
        try sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
