import ArgumentParser
import Foundation
import LinimasaIngest
import LinimasaModel

extension InputFormat: ExpressibleByArgument {}

/// Options shared by every command that reads articles.
struct ReadOptionsGroup: ParsableArguments {
    @Option(name: .customLong("input-format"), help: "Input format for every input: auto, text, jsonl, html or feed. 'auto' decides by extension (.txt, .jsonl/.ndjson, .html/.htm, .rss/.atom/.xml), then by content.")
    var format: InputFormat = .auto

    @Option(name: .long, help: ArgumentHelp("Publication date for documents whose metadata gives none (YYYY-MM-DD or an ISO 8601 date-time).", valueName: "date"))
    var published: String?

    @Option(name: .long, help: ArgumentHelp("The last day a date read from the text may fall on, which fixes the year of a weekday dateline ('Senin (3/1)'); default: today's date in UTC (or that of SOURCE_DATE_EPOCH). Recorded in each such document as dct_anchored_on.", valueName: "date"))
    var today: String?

    @Option(name: .long, help: ArgumentHelp("Largest document (file or JSON line) to read, in bytes; larger ones are reported and skipped.", valueName: "bytes"))
    var maxBytes: Int = 64 << 20

    @Flag(name: .long, help: "Stop at the first input that cannot be read (default: report it and go on).")
    var strict = false

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "input"))
    var inputs: [String] = []

    mutating func validate() throws {
        if inputs.isEmpty { throw ValidationError("Name at least one input (a file, a directory, or -).") }
        if let published, PublishedDate.parse(published) == nil {
            throw ValidationError("--published '\(published)' is not a date: use YYYY-MM-DD or an ISO 8601 date-time.")
        }
        if let today, PublishedDate.parse(today) == nil {
            throw ValidationError("--today '\(today)' is not a date: use YYYY-MM-DD.")
        }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be positive.") }
    }

    /// Reads every input, calling `onDocument` for each document and
    /// reporting failures on standard error; returns the summary.
    func run(_ onDocument: (Document) throws -> Void) throws -> ReadPipeline.Summary {
        try pipeline().run(inputs, onDocument: onDocument, onFailure: { error in
            printError("linimasa: error: \(error)")
        })
    }

    func pipeline() -> ReadPipeline {
        let reference = today.flatMap(PublishedDate.parse)?.date ?? ReadOptionsGroup.currentDate()
        return ReadPipeline(
            reader: InputReader(options: ReadOptions(format: format, maxDocumentBytes: maxBytes)),
            builder: DocumentBuilder(fallbackPublished: published.flatMap(PublishedDate.parse), today: reference),
            strict: strict
        )
    }

    /// Today's date in UTC, or the day of `SOURCE_DATE_EPOCH` (seconds since
    /// 1970, the reproducible-builds convention) when that is set: how a run
    /// is pinned to a day without --today, as the test suite does.
    static func currentDate() -> CalendarDate {
        if let pinned = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(pinned) {
            return CalendarDate(dayNumber: seconds / 86_400)
        }
        let days = Int(Date().timeIntervalSince1970 / 86_400)
        return CalendarDate(dayNumber: days)
    }
}
