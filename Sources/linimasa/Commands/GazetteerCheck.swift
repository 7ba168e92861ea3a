import ArgumentParser
import Foundation
import LinimasaLanguage

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Inspect the actor gazetteer.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report bad references, duplicate names and overlapping terms in the gazetteer.",
            discussion: """
            Loads every id/gazetteer/*.jsonl file and prints one line per \
            problem: unknown countries or organisations, spells that end \
            before they start, an id used twice, a name that names two \
            entries, and two holders of one office (a role of one state or \
            organisation) whose terms overlap. Exits with status 1 when \
            anything is reported.

            Examples:
              linimasa gazetteer check
              linimasa gazetteer check --data Sources/LinimasaLanguage/Resources
            """
        )

        @Option(help: ArgumentHelp("Check the language data under this folder (holding id/gazetteer/) instead of the bundled data.", valueName: "folder"))
        var data: String?

        func run() throws {
            let source = data.map { LanguageData(directory: URL(fileURLWithPath: $0)) } ?? .bundled
            let gazetteer: Gazetteer
            do {
                gazetteer = try Gazetteer.load(from: source)
            } catch {
                throw LoadFailure(description: "cannot load the gazetteer\(data.map { " under \($0)" } ?? ""): \(error)")
            }
            let found = gazetteer.problems() + gazetteer.clashes()
            for line in found { print(line) }
            let people = gazetteer.entries.filter { $0.kind == .person }.count
            let summary = "\(gazetteer.entries.count) entries (\(people) people): "
                + (found.isEmpty ? "no problems" : "\(found.count) problems")
            FileHandle.standardError.write(Data((summary + "\n").utf8))
            if !found.isEmpty { throw ExitCode(1) }
        }
    }

    struct LoadFailure: Error, CustomStringConvertible {
        let description: String
    }
}
