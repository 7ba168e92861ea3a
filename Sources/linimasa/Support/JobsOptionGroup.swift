import ArgumentParser
import Foundation

/// `--jobs`: how many threads extract documents, for every command that
/// extracts. Output stays in input order whatever the number.
struct JobsOptionGroup: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp(
        "Threads that extract documents (default: the number of cores). Output is in input order either way.",
        valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    mutating func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be positive.") }
    }
}
