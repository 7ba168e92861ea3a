import ArgumentParser
import Foundation
import LinimasaIngest
import LinimasaModel

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the pipeline on the sample articles that ship with Linimasa.",
        discussion: """
        Reads the built-in sample articles (Indonesian news written for this \
        project: plain text with headlines, datelines, a 'Baca juga' line and a \
        photo caption, plus an HTML page and an RSS feed) and writes what was \
        read to <output-dir>/documents.jsonl.

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
        let target = (outputDir as NSString).appendingPathComponent("documents.jsonl")
        let out = try OutputFile(path: target)
        let pipeline = ReadPipeline(
            reader: InputReader(),
            builder: DocumentBuilder(today: Demo.referenceDate)
        )
        var writer = JSONWriter()
        let root = samples.path
        // Paths relative to the sample folder, so the export is the same on every machine.
        func relative(_ path: String) -> String {
            path.hasPrefix(root + "/") ? "Samples/" + path.dropFirst(root.count + 1) : path
        }
        let summary = try pipeline.run([root], onDocument: { doc in
            var doc = doc
            doc.origin.path = relative(doc.origin.path)
            writer.removeAll()
            DocumentJSON.write(doc, to: &writer)
            try out.write(writer.bytes)
            try out.write([0x0A])
        }, onFailure: { error in
            var error = error
            error.origin.path = relative(error.origin.path)
            printError("linimasa: error: \(error)")
        })
        try out.flush()
        print("linimasa demo: read \(summary.documents) sample documents -> \(target)")
        if summary.failures > 0 { throw ExitCode(1) }
    }
}
