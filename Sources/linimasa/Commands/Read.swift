import ArgumentParser
import LinimasaIngest
import LinimasaModel
import LinimasaText

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles into clean, dated documents with sentences (JSON Lines).",
        discussion: """
        Prints one JSON object per document: id, title, url, outlet, published \
        (ISO 8601), dct (the publication day), dct_source (metadata, option, \
        text-date, text-weekday or unknown), language, source {path, line|item}, \
        dateline {outlet, place, start, end} or null, metadata (input fields \
        Linimasa does not model), text, sentences [{start, end, text}] and \
        dropped [{start, end, reason, text}]. Offsets count Unicode code points \
        of `text`, end exclusive.

        Inputs: .txt (one article; a first line followed by a blank line is the \
        headline), .jsonl/.ndjson (one article object per line, `text` \
        required), .html/.htm, RSS/Atom feeds (.rss, .atom, .xml), directories \
        (read recursively in sorted order) and - for standard input.

        An input that cannot be read is reported on standard error with its \
        path (and line or item) and the others are still read; the exit status \
        is then 1. With --strict, reading stops at the first failure.

        Examples:
          linimasa read article.txt
          linimasa read corpus.jsonl -o documents.jsonl
          linimasa read saved-pages/ feed.xml --published 2022-10-13
          curl -s https://example.org/feed | linimasa read --input-format feed -
        """
    )

    @OptionGroup var input: ReadOptionsGroup

    @Option(name: [.short, .long], help: ArgumentHelp("Write the JSON Lines here instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Leave out each document's `text` (offsets still refer to it).")
    var noText = false

    func run() throws {
        let out = try OutputFile(path: output)
        var writer = JSONWriter(capacity: 1 << 16)
        let summary = try input.run { doc in
            writer.removeAll()
            DocumentJSON.write(doc, to: &writer, includeText: !noText)
            try out.write(writer.bytes)
            try out.write([0x0A])
        }
        try out.flush()
        printError("linimasa: read \(summary.documents) document\(summary.documents == 1 ? "" : "s")"
            + (summary.failures > 0 ? ", \(summary.failures) failed" : "")
            + (summary.stoppedEarly ? " (stopped at the first failure: --strict)" : ""))
        if summary.failures > 0 { throw ExitCode(1) }
    }
}
