import LinimasaGraph
import LinimasaModel

/// The ranked layout: Graphviz `dot` places the nodes.
///
/// ```text
/// b0 [label="2022-10-10", shape=plaintext …];   column headings
/// b0 -> b1 -> b2 [weight=100];                   invisible chain: column order
/// subgraph cluster_l0 { label="Rusia"; e0 […]; } one cluster per swimlane
/// {rank=same; b0; e0; e4;}                       one rank per column
/// ```
///
/// `newrank=true` lets a rank hold nodes from several clusters.
extension DOTTimelineExporter {
    func writeRanked<Sink: ExportSink>(
        _ graph: KnowledgeGraph, _ bucketing: TimelineBucketing, _ lanes: TimelineLanes,
        _ names: [ActorID: String], _ out: inout DOTLines, _ sink: inout Sink
    ) throws {
        header(graph, bucketing, command: "dot -Tsvg", &out)
        out.line("  graph [rankdir=LR, newrank=true, nodesep=0.12, ranksep=0.35\(graphLabel(bucketing))];")
        out.line("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, color=\"#555555\"];")
        out.line("  edge [style=invis];")
        for (b, bucket) in bucketing.buckets.enumerated() {
            out.line("  b\(b) [label=\(DOTEscaping.quoted(Self.heading(b, bucketing))), shape=plaintext, style=\"\", fontsize=12, fontname=\"Helvetica-Bold\"];")
        }
        if bucketing.buckets.count > 1 {
            out.line("  " + (0..<bucketing.buckets.count).map { "b\($0)" }.joined(separator: " -> ") + " [weight=100];")
        }
        try out.flushIfFull(to: &sink)

        let swimlanes = options.swimlanes != .none
        var eventsOfLane = [[Int]](repeating: [], count: lanes.lanes.count)
        var eventsOfBucket = [[Int]](repeating: [], count: bucketing.buckets.count)
        for (i, b) in bucketing.bucketOfEvent.enumerated() {
            guard let b else { continue }
            eventsOfLane[lanes.laneOfEvent[i]].append(i)
            eventsOfBucket[b].append(i)
        }
        for (l, lane) in lanes.lanes.enumerated() where !eventsOfLane[l].isEmpty {
            let indent = swimlanes ? "    " : "  "
            if swimlanes {
                out.line("  subgraph cluster_l\(l) {")
                out.line("    label=\(DOTEscaping.quoted(DOTEscaping.singleLine(lane.label))); labeljust=l; style=rounded; color=\"#bbbbbb\"; fontname=\"Helvetica-Bold\";")
            }
            for i in eventsOfLane[l] {
                out.line(indent + eventNode(i, graph.events[i], names, position: nil))
                try out.flushIfFull(to: &sink)
            }
            if swimlanes { out.line("  }") }
        }
        for (b, members) in eventsOfBucket.enumerated() {
            out.line("  {rank=same; b\(b);" + members.map { " e\($0);" }.joined() + "}")
            try out.flushIfFull(to: &sink)
        }
        out.line("}")
    }
}
