import Foundation
import LinimasaStore
import LinimasaTestSupport

/// The built `linimasa` executable, next to the test bundle.
enum Tool {
    static let executable: URL = {
        let bundle = Bundle.main.bundleURL
        var candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            bundle, bundle.deletingLastPathComponent(),
        ]
        candidates.append(SharedData.repositoryRoot.appendingPathComponent(".build/debug"))
        for dir in candidates {
            let tool = dir.appendingPathComponent("linimasa")
            if FileManager.default.isExecutableFile(atPath: tool.path) { return tool }
        }
        return candidates[0].appendingPathComponent("linimasa")
    }()

    typealias Result = ChildProcess.Result

    /// Runs the tool to the end.
    static func run(_ arguments: [String]) throws -> Result {
        try runProcess(executable, arguments)
    }

    static func runProcess(_ url: URL, _ arguments: [String]) throws -> Result {
        try ChildProcess.run(url, arguments)
    }
}

/// A store ingested from the sample articles that ship with the tool,
/// built once for every test of this target.
enum SampleStore {
    static let samples = SharedData.repositoryRoot.appendingPathComponent("Sources/linimasa/Samples").path

    /// The store's path; the directory lives as long as the test process.
    static let path: Result<String, any Error> = Result {
        let dir = try TemporaryDirectory(prefix: "linimasa-serve")
        keep.append(dir)
        let db = dir.file("samples.sqlite")
        let r = try Tool.run(["ingest", samples, "--db", db])
        guard r.status == 0 else { throw FixtureError(message: "ingest failed: \(r.stderr)") }
        return db
    }
    nonisolated(unsafe) static var keep: [TemporaryDirectory] = []

    static func store() throws -> EventStore { try EventStore(path: try path.get()) }
}

struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// A JSON value parsed by Foundation.
func json(_ bytes: [UInt8]) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
}
