import ArgumentParser
import LinimasaExtract
import LinimasaIngest
import LinimasaModel

struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract events from articles and write them as one graph file.",
        discussion: """
        Reads and extracts like `extract`, then writes the whole collection \
        in one file. --format json writes {"actors": [{id, name, kind, \
        country, role, aliases}], "events": [{id, cameo, plover, quad_class, \
        goldstein, source, target, date {start, end} | null, precision, \
        modality, confidence, mentions: [{doc, start, end, trigger, modality, \
        sentence, clause, outlet, url}]}]}, the shape the evaluation scorer \
        reads. In this release each mention is its own event; merging reports \
        of one event across articles comes with the knowledge graph.

        Example:
          linimasa graph ../shared/eval/seeds.jsonl --format json -o pred.json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @OptionGroup var input: ReadOptionsGroup

    @Option(name: .long, help: "Output format: json.")
    var format: Format = .json

    @Option(name: [.short, .long], help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "input"))
    var inputs: [String]

    mutating func validate() throws {
        if inputs.isEmpty { throw ValidationError("Name at least one input (a file, a directory, or -).") }
    }

    func run() throws {
        let extractor = try Extractor()
        var graph = MentionGraph()
        let summary = try input.pipeline().run(inputs, onDocument: { doc in
            graph.add(extractor.extract(doc))
        }, onFailure: { error in
            printError("linimasa: error: \(error)")
        })
        let out = try OutputFile(path: output)
        try out.write(graph.json())
        try out.flush()
        if summary.failures > 0 { throw ExitCode(1) }
    }
}
