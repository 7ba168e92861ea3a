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
        // Short names (NATO, not the North Atlantic Treaty Organization).
        var names: [ActorID: String] = [:]
        for a in graph.actors { names[a.id] = a.shortName }
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

    func graphLabel(_ bucketing: TimelineBucketing) -> String {
        guard options.showsLegend || options.title != nil else { return "" }
        let label = options.showsLegend ? QuadClassPalette.legend(title: options.title, scale: Self.scaleNote(bucketing))
            : DOTEscaping.quoted(options.title ?? "")
        return ", labelloc=b, labeljust=l, label=" + label
    }

    /// One event's node statement.
    func eventNode(_ i: Int, _ e: EventNode, _ names: [ActorID: String], position: TimelineLayout.Point?,
                           nameLimit: Int? = nil) -> String {
        func name(_ id: ActorID?) -> String { id.map { DOTEscaping.singleLine(names[$0] ?? $0.text) } ?? "?" }
        let source = name(e.sourceID), target = name(e.targetID)
        let code = e.plover.isEmpty ? e.cameo.code : e.cameo.code + " " + e.plover
        // Fixed-size (pinned) nodes cut names to fit; free nodes wrap them.
        let actors = nameLimit.map {
            [DOTEscaping.truncated(source, to: $0) + " → " + DOTEscaping.truncated(target, to: $0)]
        } ?? wrapLabel(source + " → " + target, width: options.maxNameLength)
        let label = DOTEscaping.label(lines: [Self.dateText(e.date)] + actors + [code])
        let tooltip = DOTEscaping.quoted("\(e.id): \(source) → \(target) (\(code), \(e.modality.rawValue), \(e.sourceCount) \(e.sourceCount == 1 ? "source" : "sources"))")
        var s = "e\(i) [label=\(label), fillcolor=\"\(QuadClassPalette.fill(e.quadClass))\", tooltip=\(tooltip)"
        if let position { s += ", pos=" + pos(position) }
        return s + "];"
    }

    /// A column's heading: its label and, when columns without events
    /// were left out before it, how much time they span (`+3 weeks`), so
    /// that the distance between columns can be read.
    static func heading(_ b: Int, _ bucketing: TimelineBucketing) -> String {
        let bucket = bucketing.buckets[b]
        guard b > 0, let start = bucket.start, let previous = bucketing.buckets[b - 1].start else { return bucket.label }
        let g = bucketing.granularity
        var skipped = 0
        var s = g.next(after: previous)
        while s < start, skipped < 100_000 {
            skipped += 1
            s = g.next(after: s)
        }
        guard skipped > 0 else { return bucket.label }
        return bucket.label + "\n+\(skipped) \(g.rawValue)\(skipped == 1 ? "" : "s") skipped"
    }

    /// The legend's line on the time scale.
    static func scaleNote(_ bucketing: TimelineBucketing) -> String {
        let dated = bucketing.buckets.compactMap(\.start)
        guard let first = dated.first, let last = dated.last else { return "no dated events" }
        let g = bucketing.granularity
        let end = g.next(after: last).adding(days: -1)
        return "Time: one column per \(g.rawValue) with events, \(first) to \(end); "
            + "a heading says how many empty \(g.rawValue)s were skipped before it"
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
