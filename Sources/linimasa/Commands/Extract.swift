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

    func run() throws {
        let extractor = try Extractor()
        let out = try OutputFile(path: output)
        var writer = JSONWriter(capacity: 1 << 16)
        let summary = try input.run { doc in
            let x = extractor.extract(doc)
            if explain {
                try out.write(Explanation.text(x))
            } else {
                writer.removeAll()
                ExtractionJSON.write(x, to: &writer)
                try out.write(writer.bytes)
                try out.write([0x0A])
            }
        }
        try out.flush()
        if summary.failures > 0 { throw ExitCode(1) }
    }
}
