import ArgumentParser
import LinimasaExport
import LinimasaGraph
import LinimasaStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the knowledge graph of a database in any export format.",
        discussion: """
        Reads the articles `linimasa ingest` stored in --db, merges their \
        mentions into events and writes the graph. The database may be \
        exported while another process ingests into it: the export reads one \
        consistent snapshot.

        Examples:
          linimasa export --db news.sqlite --format graphml -o graph.graphml
          linimasa export --db news.sqlite --format dot \\
              --from 2022-10-01 --to 2022-10-31 -o oktober.dot
          linimasa export --db news.sqlite --format csv \\
              --actor RUS --cameo 19 --min-sources 2 -o serangan.csv
        """
    )

    @Option(name: .long, help: ArgumentHelp("The database written by `linimasa ingest`.", valueName: "file"))
    var db: String

    @OptionGroup var export: ExportOptionsGroup

    func validate() throws {
        if db.isEmpty { throw ValidationError("--db needs a file name.") }
    }

    func run() throws {
        guard FileManagerProbe.exists(db) else {
            printError("linimasa: error: \(db): no such database (create it with `linimasa ingest … --db \(db)`)")
            throw ExitCode(1)
        }
        let store = try EventStore(path: db)
        try export.write(try store.graph())
    }
}
