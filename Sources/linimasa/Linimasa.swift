import ArgumentParser

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
        subcommands: [Read.self, Extract.self, Timex.self, Graph.self, Ingest.self, Export.self, Demo.self, Bench.self, BenchExport.self, EvalNER.self, EvalPOS.self, EvalPLOVER.self, Train.self]
    )
}
