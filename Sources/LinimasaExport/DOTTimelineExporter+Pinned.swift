import LinimasaGraph
import LinimasaModel

/// The pinned layout: every node at the position ``TimelineLayout`` gave
/// it, for `neato -n2`.
///
/// Draw order is declaration order, so lane bands come first (behind),
/// then lane and column headings, then the events. Event nodes have a
/// fixed size; actor names are cut to fit it.
extension DOTTimelineExporter {
    func writePinned<Sink: ExportSink>(
        _ graph: KnowledgeGraph, _ bucketing: TimelineBucketing, _ lanes: TimelineLanes,
        _ layout: TimelineLayout, _ names: [ActorID: String], _ out: inout DOTLines, _ sink: inout Sink
    ) throws {
        let m = layout.metrics
        header(graph, bucketing, command: "neato -n2 -Tsvg", &out)
        out.line("  graph [splines=false, outputorder=nodesfirst\(graphLabel(bucketing))];")
        out.line("  node [shape=box, style=\"rounded,filled\", fixedsize=shape, width=\(inches(m.nodeWidth)), height=\(inches(m.nodeHeight)), fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];")
        if options.swimlanes != .none {
            for (l, lane) in lanes.lanes.enumerated() {
                let band = layout.laneBands[l]
                let shade = l % 2 == 0 ? "#f3f3f3" : "#e8eef5"
                out.line("  band\(l) [label=\"\", shape=box, style=filled, color=\"\(shade)\", fillcolor=\"\(shade)\", width=\(inches(band.width)), height=\(inches(band.height)), pos=\(pos(band.center))];")
                out.line("  l\(l) [label=\(DOTEscaping.quoted(DOTEscaping.truncated(DOTEscaping.singleLine(lane.label), to: 22))), shape=plaintext, style=\"\", fontname=\"Helvetica-Bold\", fontsize=11, width=\(inches(m.laneLabelWidth - 8)), pos=\(pos(layout.laneLabelPositions[l]))];")
            }
        }
        for (b, bucket) in bucketing.buckets.enumerated() {
            out.line("  b\(b) [label=\(DOTEscaping.quoted(Self.heading(b, bucketing))), shape=plaintext, style=\"\", fontname=\"Helvetica-Bold\", fontsize=12, height=\(inches(m.headerHeight - 4)), pos=\(pos(layout.bucketPositions[b]))];")
        }
        // Names cut so that `source → target` fits the fixed node width
        // (Helvetica at 9 pt averages about 5 pt a character).
        let nameLimit = min(options.maxNameLength, max(6, (Int(m.nodeWidth / 5) - 3) / 2))
        for (i, e) in graph.events.enumerated() {
            guard let p = layout.eventPositions[i] else { continue }
            out.line("  " + eventNode(i, e, names, position: p, nameLimit: nameLimit))
            try out.flushIfFull(to: &sink)
        }
        out.line("}")
    }
}
