import ArgumentParser
import Foundation
import Hummingbird
import LinimasaServe
import LinimasaStore
import LinimasaView

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the analyst's page and a JSON API over a database.",
        discussion: """
        Starts a web server on --host and --port (loopback unless told \
        otherwise) with the timeline, the actor network and every event's \
        evidence at /, and the JSON API the page reads at /api/events, \
        /api/events/{id}, /api/actors, /api/actors/{id}, /api/network and \
        /api/export?format=… (Schemas/linimasa-api.openapi.json). Each \
        request reads one consistent snapshot of --db, so `linimasa ingest` \
        may write into it meanwhile; the next request sees what it wrote. \
        Stop the server with Ctrl-C.

        Examples:
          linimasa serve --db news.sqlite
          linimasa serve --db news.sqlite --port 9000
          curl 'http://127.0.0.1:8080/api/events?actor=IDN&cameo=19&limit=20'
        """
    )

    @Option(name: .long, help: ArgumentHelp("The database written by `linimasa ingest`.", valueName: "file"))
    var db: String

    @Option(name: .long, help: ArgumentHelp("The address to listen on (0.0.0.0 for every interface).", valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on.", valueName: "n"))
    var port = 8080

    func validate() throws {
        if db.isEmpty { throw ValidationError("--db needs a file name.") }
        if host.isEmpty { throw ValidationError("--host needs an address, such as 127.0.0.1.") }
        if !(1...65535).contains(port) { throw ValidationError("--port \(port) is not a port (1–65535).") }
    }

    func run() throws {
        guard FileManagerProbe.exists(db) else {
            printError("linimasa: error: \(db): no such database (create it with `linimasa ingest … --db \(db)`)")
            throw ExitCode(1)
        }
        let store = try EventStore(path: db)
        let server = ViewServer(source: StoreSnapshots(store: store), page: try TimelinePage())
        let app = server.application(host: host, port: port)
        print("linimasa serve: http://\(host):\(port)/ over \(db) (Ctrl-C stops)")
        FileHandle.standardOutput.synchronizeFile()
        // The root command is synchronous: run the server on the
        // concurrency pool and wait for it to stop (Ctrl-C or SIGTERM).
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await app.runService() } catch { failure.error = "\(error)" }
            done.signal()
        }
        done.wait()
        if let error = failure.error {
            printError("linimasa: error: serve on \(host):\(port): \(error)")
            throw ExitCode(1)
        }
    }
}

/// The server task's failure, handed to the waiting thread.
private final class FailureBox: @unchecked Sendable {
    // Written by the task before it signals, read after the wait.
    var error: String?
}
