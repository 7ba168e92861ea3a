import Foundation
import LinimasaTestSupport

/// Runs the built `linimasa` executable, the one `swift test` built beside
/// the test bundle.
struct CLIRunner {
    typealias Result = ChildProcess.Result

    static let executable: URL = {
        // The test bundle lives in the products directory, next to the tool.
        let bundle = Bundle.main.bundleURL
        var candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            bundle, bundle.deletingLastPathComponent(),
        ]
        candidates += [URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug")]
        for dir in candidates {
            let tool = dir.appendingPathComponent("linimasa")
            if FileManager.default.isExecutableFile(atPath: tool.path) { return tool }
        }
        return candidates[0].appendingPathComponent("linimasa")
    }()

    /// 2026-11-23 00:00 UTC as `SOURCE_DATE_EPOCH`: the day every run
    /// takes for today unless it passes --today.
    static let pinnedToday = "1795392000"

    static func run(_ arguments: [String], stdin: Data? = nil, cwd: String? = nil) throws -> Result {
        // No test depends on the clock: "today" is pinned for every run.
        try ChildProcess.run(executable, arguments, environment: ["SOURCE_DATE_EPOCH": pinnedToday], cwd: cwd, stdin: stdin)
    }
}

func jsonObjects(_ lines: [String]) throws -> [[String: Any]] {
    try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
}
