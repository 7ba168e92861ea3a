import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

@main
struct Linimasa: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linimasa",
        abstract: "Read news articles and turn them into dated events and actors.",
        discussion: """
        Linimasa reads Indonesian and English news (plain text, JSON Lines, \
        HTML pages, RSS and Atom feeds) into clean, dated documents.
        """,
        version: "0.1.0",
        subcommands: [
            Read.self, Extract.self, Timex.self, Graph.self, Ingest.self, Export.self, Serve.self, Demo.self,
            GazetteerCommand.self, Bench.self, BenchExport.self, BenchView.self, BenchTaggers.self,
            EvalNER.self, EvalPOS.self, EvalPLOVER.self, Train.self,
        ]
    )

    /// ArgumentParser's `main`, except that an error line carries the one
    /// prefix every command uses, "linimasa: error:", where ArgumentParser
    /// would write "Error:" (a usage error, or an error a command throws).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let message = fullMessage(for: error)
            guard message.hasPrefix("Error: ") else { exit(withError: error) }
            printError("linimasa: error: " + message.dropFirst("Error: ".count))
            Glibc.exit(exitCode(for: error).rawValue)
        }
    }
}
