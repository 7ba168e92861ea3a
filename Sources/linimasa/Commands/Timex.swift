import ArgumentParser
import LinimasaExtract
import LinimasaIngest
import LinimasaModel
import LinimasaText

struct Timex: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find and normalise time expressions (TIMEX3) in articles (JSON Lines).",
        discussion: """
        Reads documents exactly like `read` and prints one JSON object per \
        document: {"id", "dct", "timexes": [{"start", "end", "type", "value", \
        "text", "rule", "interval": {"start", "end"} | null, "precision"}]}. \
        Offsets count Unicode code points of the document text, end exclusive. \
        Relative expressions are resolved against each document's publication \
        day (its DCT); set it with --published when the metadata has none.

        Examples:
          linimasa timex article.txt --published 2022-10-13
          linimasa timex corpus.jsonl -o timexes.jsonl
        """
    )

    @OptionGroup var input: ReadOptionsGroup

    @Option(name: [.short, .long], help: ArgumentHelp("Write the JSON Lines here instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let tagger = try TemporalTagger()
        let out = try OutputFile(path: output)
        var writer = JSONWriter(capacity: 1 << 14)
        let summary = try input.run { doc in
            writer.removeAll()
            Timex.write(doc, tagger.tag(doc), to: &writer)
            try out.write(writer.bytes)
            try out.write([0x0A])
        }
        try out.flush()
        if summary.failures > 0 { throw ExitCode(1) }
    }

    static func write(_ doc: Document, _ timexes: [TimeExpression], to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.string(doc.id)
        w.key("dct"); w.optionalString(doc.published?.date.description)
        w.key("timexes"); w.beginArray()
        for x in timexes { ExtractionJSON.timex(x, to: &w) }
        w.endArray()
        w.endObject()
    }
}
