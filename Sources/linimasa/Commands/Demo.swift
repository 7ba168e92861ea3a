import ArgumentParser
import Foundation
import LinimasaExport
import LinimasaExtract
import LinimasaGraph
import LinimasaIngest
import LinimasaModel
import LinimasaText

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the whole pipeline on the sample articles that ship with Linimasa.",
        discussion: """
        Reads the built-in sample articles (Indonesian and English news written \
        for this project: plain text with headlines, datelines, "Baca juga" \
        lines and photo captions, an HTML page and an RSS feed), extracts \
        actors, time expressions and events, merges them into a knowledge \
        graph and writes into <output-dir>:

          documents.jsonl     what was read (as `linimasa read` prints it)
          extracted.jsonl     actors, time expressions and events per article
          graph.json          the merged graph (Schemas/graph.schema.json)
          graph.graphml       GraphML for Gephi, Cytoscape, NetworkX
          graph-yed.graphml   GraphML with yEd labels and colours
          graph.gexf          GEXF 1.3 with dynamic spells for Gephi's timeline
          timeline.dot        a Graphviz timeline, and timeline.svg where `dot` is installed
          events.csv          the events table
          mentions.csv        every mention with its evidence
          timeline.html       the analyst's page (timeline, network, evidence) in one file

        Example:
          linimasa demo
          linimasa demo --output-dir /tmp/linimasa-demo
        """
    )

    @Option(name: .long, help: ArgumentHelp("Where to write the exports.", valueName: "dir"))
    var outputDir = "Exports"

    /// The demo is reproducible: sample dates resolve against a fixed day.
    static let referenceDate = CalendarDate(year: 2026, month: 11, day: 23)!

    func run() throws {
        guard let samples = Bundle.module.url(forResource: "Samples", withExtension: nil) else {
            printError("linimasa: error: the sample articles are missing from this installation")
            throw ExitCode(1)
        }
        try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
        func path(_ name: String) -> String { (outputDir as NSString).appendingPathComponent(name) }
        let root = samples.path
        // Paths relative to the sample folder, so the exports are the same on every machine.
        func relative(_ p: String) -> String {
            p.hasPrefix(root + "/") ? "Samples/" + p.dropFirst(root.count + 1) : p
        }

        let extractor = try Extractor()
        let documents = try OutputFile(path: path("documents.jsonl"))
        let extracted = try OutputFile(path: path("extracted.jsonl"))
        var writer = JSONWriter()
        var inputs = GraphInputs()
        let pipeline = ReadPipeline(reader: InputReader(), builder: DocumentBuilder(today: Demo.referenceDate))
        let summary = try pipeline.run([root], onDocument: { doc in
            var doc = doc
            doc.origin.path = relative(doc.origin.path)
            writer.removeAll()
            DocumentJSON.write(doc, to: &writer)
            try documents.write(writer.bytes + [0x0A])
            let x = extractor.extract(doc)
            writer.removeAll()
            ExtractionJSON.write(x, to: &writer)
            try extracted.write(writer.bytes + [0x0A])
            inputs.add(x)
        }, onFailure: { error in
            var error = error
            error.origin.path = relative(error.origin.path)
            printError("linimasa: error: \(error)")
        })
        try documents.flush()
        try extracted.flush()

        let graph = inputs.graph()
        let exports: [(ExportFormat, String)] = [
            (.json, "graph.json"), (.graphml, "graph.graphml"), (.yed, "graph-yed.graphml"), (.gexf, "graph.gexf"),
            (.dot, "timeline.dot"), (.csv, "events.csv"), (.mentionsCSV, "mentions.csv"),
            (.html, "timeline.html"),
        ]
        for (format, name) in exports {
            try ExportOptionsGroup.write(graph, format: format, to: path(name), filter: ExportFilter(),
                                         timeline: DOTTimelineOptions(swimlanes: .source, title: "Linimasa demo"))
        }
        let svg = Demo.renderSVG(dot: path("timeline.dot"), svg: path("timeline.svg"))
        print("linimasa demo: \(summary.documents) sample articles, \(graph.actors.count) actors, "
            + "\(graph.events.count) events from \(inputs.mentions.count) mentions -> \(outputDir)/"
            + (svg ? " (timeline.svg rendered)" : " (install Graphviz for timeline.svg)"))
        if summary.failures > 0 { throw ExitCode(1) }
    }

    /// Renders the timeline with Graphviz when it is installed.
    static func renderSVG(dot: String, svg: String) -> Bool {
        let candidates = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        guard let tool = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else { return false }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = ["-Tsvg", dot, "-o", svg]
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        guard p.terminationStatus == 0, let rendered = try? String(contentsOfFile: svg, encoding: .utf8) else { return false }
        return (try? withoutGeneratorComment(rendered).write(toFile: svg, atomically: true, encoding: .utf8)) != nil
    }

    /// The SVG without Graphviz's "Generated by graphviz version …" comment,
    /// so that the committed timeline.svg does not change with the Graphviz
    /// a machine has installed.
    static func withoutGeneratorComment(_ svg: String) -> String {
        guard let start = svg.range(of: "<!-- Generated by graphviz"),
              let end = svg.range(of: "-->", range: start.upperBound..<svg.endIndex) else { return svg }
        var after = end.upperBound
        if after < svg.endIndex, svg[after] == "\n" { after = svg.index(after: after) }
        return String(svg[..<start.lowerBound] + svg[after...])
    }
}
