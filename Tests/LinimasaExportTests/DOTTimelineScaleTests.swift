import Foundation
import LinimasaExport
import LinimasaGraph
import LinimasaModel
import Testing
import LinimasaTestSupport

@Suite struct DOTTimelineScaleTests {
    /// Ten thousand events, pinned, drawn by `neato -n2` in seconds.
    @Test(.enabled(if: graphvizAvailable && pythonAvailable, "needs Graphviz and python3"))
    func tenThousandEventsRenderInSeconds() throws {
        let graph = syntheticTimeline(events: 10_000, actors: 12, days: 400, seed: 2024)
        let clock = ContinuousClock()
        var dot: [UInt8] = []
        let exportTime = try clock.measure {
            dot = try DOTTimelineExporter(options: DOTTimelineOptions(swimlanes: .source)).bytes(graph)
        }
        let text = String(decoding: dot.prefix(200), as: UTF8.self)
        #expect(text.hasPrefix("// Linimasa timeline: 10000 events in "))
        #expect(text.contains("Render: neato -n2 -Tsvg"))

        let dir = try TemporaryDirectory()
        let (svg, seconds) = try render(dot, with: ["neato", "-n2"], in: dir, name: "large")
        #expect(svg.titles.filter { $0.hasPrefix("e") }.count == 10_000)
        print("timeline scale: 10000 events, DOT \(dot.count / 1024) KiB written in \(exportTime); neato -n2 -Tsvg took \(String(format: "%.2f", seconds)) s")
        #expect(seconds < 30, "neato -n2 took \(seconds) s")
    }

    /// Layout cost is O(n log n): 40,000 events lay out in well under a second.
    @Test func layoutIsLinearish() throws {
        let graph = syntheticTimeline(events: 40_000, actors: 30, days: 900, seed: 11)
        let clock = ContinuousClock()
        var layout: TimelineLayout?
        let elapsed = clock.measure {
            let bucketing = TimelineBucketing(events: graph.events)
            layout = TimelineLayout(bucketing: bucketing, lanes: TimelineLanes(graph: graph, mode: .source))
        }
        #expect(layout?.eventPositions.count == 40_000)
        #expect(elapsed < .seconds(5))
        print("timeline scale: layout of 40000 events took \(elapsed)")
    }

    /// No two events of a lane and column overlap, and every one sits in
    /// its lane's band and under its column heading.
    @Test func pinnedNodesNeverOverlap() {
        let graph = syntheticTimeline(events: 2_000, actors: 8, days: 90, seed: 5)
        let bucketing = TimelineBucketing(events: graph.events)
        let lanes = TimelineLanes(graph: graph, mode: .target)
        let layout = TimelineLayout(bucketing: bucketing, lanes: lanes)
        var seen = Set<String>()
        for (i, p) in layout.eventPositions.enumerated() {
            guard let p else { continue }
            #expect(seen.insert("\(Int(p.x)),\(Int(p.y))").inserted)
            let band = layout.laneBands[lanes.laneOfEvent[i]]
            #expect(abs(p.y - band.center.y) <= band.height / 2)
            #expect(p.x == layout.bucketPositions[bucketing.bucketOfEvent[i]!].x)
            #expect(p.y < layout.bucketPositions[0].y)
        }
    }
}
