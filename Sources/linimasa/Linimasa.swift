import ArgumentParser

@main
struct Linimasa: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linimasa",
        abstract: "Read news articles and turn them into dated events and actors.",
        version: "0.1.0"
    )
}
