import Foundation

/// Runs the built `linimasa` executable, the one `swift test` built beside
/// the test bundle.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

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
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        // No test depends on the clock: "today" is pinned for every run.
        p.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": pinnedToday]) { $1 }
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        // Read both pipes concurrently so that a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        group.wait()
        return Result(status: p.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

func jsonObjects(_ lines: [String]) throws -> [[String: Any]] {
    try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
}
