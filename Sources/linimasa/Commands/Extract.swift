import ArgumentParser
import LinimasaExtract
import LinimasaIngest
import LinimasaModel
import LinimasaText

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract actors, time expressions and CAMEO-coded events (JSON Lines).",
        discussion: """
        Reads documents exactly like `read` and prints one JSON object per \
        document: {"id", "dct", "actors": [{id, name, kind, country, role, \
        aliases}], "timexes": [{start, end, text, type, value, interval, \
        precision, rule}], "events": [{id, cameo, plover, quad_class, \
        goldstein, source, target, date {start, end} | null, precision, \
        modality, confidence, evidence {doc, sentence, trigger {start, end}, \
        trigger_text, clause {start, end}, clause_text}, rules}]}. Offsets \
        count Unicode code points of the document text, end exclusive.

        With --explain, prints instead, per sentence, the tokens with their \
        roots, the actors, the time expressions and each event with the rules \
        that produced it.

        Examples:
          linimasa extract article.txt --published 2022-10-13
          linimasa extract corpus.jsonl -o extracted.jsonl
          linimasa extract ../shared/eval/seeds.jsonl --explain | less
        """
    )

    @OptionGroup var input: ReadOptionsGroup

    @Option(name: [.short, .long], help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Explain each sentence in plain text instead of printing JSON.")
    var explain = false

    @OptionGroup var jobs: JobsOptionGroup

    func run() throws {
        let extractor = try Extractor()
        let out = try OutputFile(path: output)
        let explain = self.explain
        var summary: ReadPipeline.Summary?
        // Each document is extracted and rendered on a worker thread; the
        // bytes are written here, in input order.
        try OrderedWorkers.run(jobs: jobs.jobs, transform: { doc in
            Extract.render(extractor.extract(doc), explain: explain)
        }, deliver: { bytes in
            try out.write(bytes)
        }, produce: { submit in
            summary = try input.run { doc in try submit(doc) }
        })
        try out.flush()
        if let summary, summary.failures > 0 { throw ExitCode(1) }
    }

    /// One document's output: its JSON line, or its explanation.
    static func render(_ x: DocumentExtraction, explain: Bool) -> [UInt8] {
        if explain { return Array(Explanation.text(x).utf8) }
        var writer = JSONWriter(capacity: 1 << 14)
        ExtractionJSON.write(x, to: &writer)
        var line = writer.bytes
        line.append(0x0A)
        return line
    }
}
