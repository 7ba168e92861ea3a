import Foundation
@testable import LinimasaExport
import LinimasaGraph
import LinimasaModel
import Testing
import LinimasaTestSupport

/// Parses an SVG file with Python's XML parser; prints its `<text>` strings,
/// `<title>`s and the number of `cluster` groups as JSON.
private let svgScript = """
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ns = "{http://www.w3.org/2000/svg}"
texts = ["".join(t.itertext()) for t in root.iter(ns + "text")]
titles = [t.text or "" for t in root.iter(ns + "title")]
clusters = sum(1 for g in root.iter(ns + "g") if g.get("class") == "cluster")
print(json.dumps({"texts": texts, "titles": titles, "clusters": clusters}))
"""

struct RenderedSVG: Decodable {
    var texts: [String]
    var titles: [String]
    var clusters: Int
}

/// Renders DOT with a Graphviz command, checks it succeeded, and parses the SVG.
func render(_ dot: [UInt8], with command: [String], in dir: TemporaryDirectory, name: String = "t") throws -> (RenderedSVG, Double) {
    let input = try dir.write(name + ".dot", dot)
    let output = dir.path + "/" + name + ".svg"
    let r = try runTool(command + ["-Tsvg", input, "-o", output])
    #expect(r.status == 0, "\(command) failed: \(r.stderr)")
    #expect(!r.stderr.contains("Error"), "\(r.stderr)")
    if let keep = ProcessInfo.processInfo.environment["LINIMASA_KEEP_RENDERS"] {
        // For a look at the drawings: LINIMASA_KEEP_RENDERS=/some/dir swift test …
        let stem = keep + "/" + name + "-" + UUID().uuidString.prefix(6)
        try? FileManager.default.copyItem(atPath: input, toPath: stem + ".dot")
        try? FileManager.default.copyItem(atPath: output, toPath: stem + ".svg")
    }
    let parsed = try runPython(svgScript, [output])
    #expect(parsed.status == 0, "SVG does not parse: \(parsed.stderr)")
    return (try JSONDecoder().decode(RenderedSVG.self, from: Data(parsed.stdout)), r.seconds)
}

/// The hostile graph with names that stress DOT quoting.
func dotHostileGraph() -> KnowledgeGraph {
    var g = hostileGraph()
    g.actors[2].name = "Ukraina \"Kyiv\"\nbaris & &amp; 🇺🇦"
    return g
}

@Suite struct DOTEscapingTests {
    @Test func quotingKeepsTextAsWritten() {
        let exporter = DOTTimelineExporter(options: DOTTimelineOptions(layout: .ranked, showsLegend: false))
        let text = String(decoding: try! exporter.bytes(dotHostileGraph()), as: UTF8.self)
        #expect(text.contains(#"Ukraina \"Kyiv\" baris &amp; &amp;amp; 🇺🇦"#))  // names on one line
        #expect(text.contains(#"tooltip="doc-1@120: Rusia, Federasi → Ukraina \"Kyiv\" baris"#))
        #expect(text.contains(#"Joko \\ Widodo"#))
        #expect(!text.contains("\r"))
    }

    @Test func escapingRules() {
        #expect(DOTEscaping.quoted("a\"b\\c") == #""a\"b\\c""#)
        #expect(DOTEscaping.quoted("1\r\n2\n3\r4\u{2028}5") == #""1\n2\n3\n4\n5""#)
        #expect(DOTEscaping.quoted("tab\there\u{07}") == #""tab here ""#)
        #expect(DOTEscaping.quoted("\\N \\G &lt; é 🚀") == #""\\N \\G &amp;lt; é 🚀""#)
        #expect(DOTEscaping.truncated("Ukraina 🇺🇦 Timur", to: 10) == "Ukraina 🇺🇦…")
        #expect(DOTEscaping.points(12.5) == "12.5" && DOTEscaping.points(-0.05) == "-0.05" && DOTEscaping.points(3) == "3")
    }
}

@Suite struct DOTTimelineBucketTests {
    @Test func automaticGranularityFollowsTheSpan() {
        #expect(TimelineGranularity.automatic(spanDays: 1) == .day)
        #expect(TimelineGranularity.automatic(spanDays: 45) == .day)
        #expect(TimelineGranularity.automatic(spanDays: 46) == .week)
        #expect(TimelineGranularity.automatic(spanDays: 366) == .week)
        #expect(TimelineGranularity.automatic(spanDays: 367) == .month)
    }

    @Test func columnLabels() {
        #expect(TimelineGranularity.week.label(of: day("2022-10-13")) == "2022-W41")
        #expect(TimelineGranularity.week.label(of: day("2021-01-01")) == "2020-W53")
        #expect(TimelineGranularity.week.label(of: day("2024-12-30")) == "2025-W01")
        #expect(TimelineGranularity.week.start(of: day("2022-10-16")) == day("2022-10-10"))
        #expect(TimelineGranularity.month.label(of: day("2022-10-13")) == "2022-10")
        #expect(TimelineGranularity.month.next(after: day("2022-12-01")) == day("2023-01-01"))
    }

    @Test func undatedColumnIsLastOrAbsent() {
        let events = hostileGraph().events
        let b = TimelineBucketing(events: events)
        #expect(b.granularity == .day)  // 2022-10-10 … 2022-11-02 is 24 days
        #expect(b.buckets.map(\.label) == ["2022-10-10", "2022-10-12", "2022-11-02", "undated"])
        #expect(b.bucketOfEvent == [0, 1, 2, 3])
        let omitted = TimelineBucketing(events: events, includeUndated: false)
        #expect(omitted.buckets.count == 3 && omitted.bucketOfEvent[3] == nil)
        let weekly = TimelineBucketing(events: events, granularity: .week, includeEmpty: true)
        #expect(weekly.buckets.map(\.label) == ["2022-W41", "2022-W42", "2022-W43", "2022-W44", "undated"])
        #expect(weekly.buckets.map(\.eventCount) == [2, 0, 0, 1, 1])
    }
}

@Suite struct DOTTimelineTests {
    @Test func outputIsDeterministic() throws {
        let g = syntheticTimeline(events: 300, seed: 7)
        for layout in [DOTTimelineLayout.ranked, .pinned(TimelineLayout.Metrics())] {
            let options = DOTTimelineOptions(swimlanes: .source, layout: layout)
            #expect(try DOTTimelineExporter(options: options).bytes(g) == DOTTimelineExporter(options: options).bytes(g))
        }
    }

    @Test func rankedStructure() throws {
        let text = String(decoding: try DOTTimelineExporter().bytes(hostileGraph()), as: UTF8.self)
        #expect(text.hasPrefix("// Linimasa timeline: 4 events in 4 day columns. Render: dot -Tsvg\n"))
        #expect(text.contains("rankdir=LR"))
        #expect(text.contains("  b0 -> b1 -> b2 -> b3 [weight=100];"))
        #expect(text.contains("  {rank=same; b0; e0;}"))
        #expect(text.contains("  {rank=same; b3; e3;}"))
        #expect(text.contains("b3 [label=\"undated\""))
        #expect(text.contains("fillcolor=\"#f0604d\""))
        let omitted = String(decoding: try DOTTimelineExporter(options: DOTTimelineOptions(undated: .omit)).bytes(hostileGraph()), as: UTF8.self)
        #expect(!omitted.contains("undated") && !omitted.contains("e3 ["))
    }

    @Test(.enabled(if: graphvizAvailable && pythonAvailable, "needs Graphviz and python3"))
    func dotRendersTheRankedTimeline() throws {
        let dir = try TemporaryDirectory()
        let options = DOTTimelineOptions(layout: .ranked, title: "Uji & <coba>", maxNameLength: 60)
        let (svg, _) = try render(try DOTTimelineExporter(options: options).bytes(dotHostileGraph()), with: ["dot"], in: dir)
        for expected in ["2022-10-10", "2022-10-12 – 2022-10-14", "undated", "190 ASSAULT", "042 CONSULT",
                         "Rusia, Federasi → Ukraina \"Kyiv\" baris & &amp; 🇺🇦", "Ukraina \"Kyiv\" baris & &amp; 🇺🇦 → ?",
                         "Joko \\ Widodo → Indonesia", "? → Rusia, Federasi", "Uji & <coba>", "4 material conflict"] {
            #expect(svg.texts.contains(expected), "missing \(expected) in \(svg.texts)")
        }
    }

    @Test(.enabled(if: graphvizAvailable && pythonAvailable, "needs Graphviz and python3"))
    func dotRendersSwimlanesAsClusters() throws {
        let dir = try TemporaryDirectory()
        let options = DOTTimelineOptions(swimlanes: .source, layout: .ranked)
        let (svg, _) = try render(try DOTTimelineExporter(options: options).bytes(hostileGraph()), with: ["dot"], in: dir)
        #expect(svg.clusters == 4)  // person:jokowi, RUS, UKR, and events without a source
        #expect(svg.texts.contains("Joko \\ Widodo") && svg.texts.contains("(no actor)"))
    }

    @Test(.enabled(if: graphvizAvailable && pythonAvailable, "needs Graphviz and python3"))
    func neatoKeepsPinnedPositions() throws {
        let dir = try TemporaryDirectory()
        let g = syntheticTimeline(events: 60, days: 30, seed: 3)
        let options = DOTTimelineOptions(swimlanes: .target, layout: .pinned(TimelineLayout.Metrics()))
        let exporter = DOTTimelineExporter(options: options)
        #expect(exporter.renderCommand(for: g) == ["neato", "-n2"])
        let dot = try exporter.bytes(g)
        let (svg, _) = try render(dot, with: ["neato", "-n2"], in: dir)
        #expect(svg.titles.filter { $0.hasPrefix("e") }.count == g.events.count)
        #expect(svg.texts.contains("Aktor 3"))

        // Graphviz's own report of positions (inches) matches the layout
        // (points), up to one shift of the whole drawing (the legend below).
        let input = try dir.write("p.dot", dot)
        let plain = try runTool(["neato", "-n2", "-Tplain", input])
        #expect(plain.status == 0)
        let layout = TimelineLayout(bucketing: TimelineBucketing(events: g.events),
                                    lanes: TimelineLanes(graph: g, mode: .target))
        var checked = 0
        var shift: Double?
        for line in plain.output.split(separator: "\n") where line.hasPrefix("node e") {
            let f = line.split(separator: " ")
            let i = Int(f[1].dropFirst())!
            let p = try #require(layout.eventPositions[i])
            let dy = Double(f[3])! * 72 - p.y
            if shift == nil { shift = dy }
            #expect(abs(Double(f[2])! * 72 - p.x) < 1 && abs(dy - shift!) < 1)
            checked += 1
        }
        #expect(checked == layout.eventPositions.compactMap { $0 }.count)
    }

    @Test func automaticLayoutSwitchesAtTheLimit() {
        let small = syntheticTimeline(events: DOTTimelineLayout.rankedEventLimit)
        let large = syntheticTimeline(events: DOTTimelineLayout.rankedEventLimit + 1)
        #expect(DOTTimelineExporter().renderCommand(for: small) == ["dot"])
        #expect(DOTTimelineExporter().renderCommand(for: large) == ["neato", "-n2"])
    }
}
