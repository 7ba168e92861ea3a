import ArgumentParser
import Foundation
import LinimasaGraph
import LinimasaView

struct BenchView: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-view",
        abstract: "Measure how fast the analyst's page opens and the API answers.",
        discussion: """
        Page: writes the standalone page (`export --format html`) of a seeded \
        synthetic graph with --events events, opens it --runs times in \
        headless Chromium and reads the time from navigation start until the \
        page had drawn the timeline and the network and was ready for input \
        (the page's own data-ready-ms, taken with performance.now()). Also \
        prints each run's wall time, browser start included.

        API (with --db): starts `linimasa serve` on --port over that \
        database, asks once to warm it up, then times --requests GETs of \
        --query with curl (time_total: connect, request, answer) and prints \
        the median and the 90th percentile. Build with -c release.

        Examples:
          swift run -c release linimasa bench-view --events 10000
          swift run -c release linimasa bench-view --db /tmp/corpus.db \\
              --query 'actor=IDN&cameo=04&limit=100'
        """
    )

    @Option(help: "Events in the synthetic graph of the page (0 skips the page).")
    var events = 10_000

    @Option(help: "Mentions, spread over the events.")
    var mentions = 30_000

    @Option(help: "Actors of the synthetic graph.")
    var actors = 300

    @Option(help: "Page loads to time.")
    var runs = 5

    @Option(help: ArgumentHelp("The browser.", valueName: "path"))
    var chromium = "/usr/bin/chromium"

    @Option(help: ArgumentHelp("A database to time the API on.", valueName: "file"))
    var db: String?

    @Option(help: "The port for the API server.")
    var port = 18_080

    @Option(help: "The query string timed against /api/events.")
    var query = "cameo=04&min_sources=1&limit=100"

    @Option(help: "API requests to time.")
    var requests = 50

    func validate() throws {
        guard events >= 0, runs > 0, requests > 0, actors >= 2 else {
            throw ValidationError("--runs and --requests must be positive, --events not negative, --actors at least 2")
        }
    }

    func run() throws {
        if events > 0 { try page() }
        if let db { try api(db) }
    }

    func page() throws {
        guard FileManager.default.isExecutableFile(atPath: chromium) else {
            printError("linimasa: error: \(chromium): no browser there (install Debian's chromium or give --chromium)")
            throw ExitCode(1)
        }
        let dir = NSTemporaryDirectory() + "linimasa-bench-view-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let graph = SyntheticGraph.make(events: events, mentions: mentions, actors: actors)
        let file = dir + "/page.html"
        let bytes = try TimelinePage().standalone(graph)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        print("page: \(graph.events.count) events, \(graph.actors.count) actors, "
            + "\(bytes.count / 1024) KiB standalone file; chromium \(chromium)")
        var ready: [Double] = [], wall: [Double] = []
        for run in 1...runs {
            let clock = ContinuousClock()
            var dom = ""
            let t = try clock.measure {
                dom = try Self.output(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                                 "--no-first-run", "--user-data-dir=" + dir + "/profile",
                                                 "--window-size=1366,900", "--dump-dom", "file://" + file])
            }
            guard dom.contains("data-state=\"ready\""), let ms = Self.attribute("data-ready-ms", in: dom) else {
                printError("linimasa: error: run \(run): the page did not become ready")
                throw ExitCode(1)
            }
            let marks = Self.attribute("data-count", in: dom).map { String(Int($0)) } ?? "?"
            ready.append(ms)
            wall.append(Self.seconds(t) * 1000)
            print("  run \(run): ready after \(Int(ms)) ms (\(marks) marks drawn), chromium wall time \(Int(Self.seconds(t) * 1000)) ms")
        }
        print("page ready: median \(Int(Self.median(ready))) ms, max \(Int(ready.max() ?? 0)) ms; "
            + "wall time with browser start: median \(Int(Self.median(wall))) ms")
    }

    func api(_ db: String) throws {
        let tool = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let server = Process()
        server.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: tool)
            ? tool : Bundle.main.executablePath ?? tool)
        server.arguments = ["serve", "--db", db, "--port", String(port)]
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        defer { server.interrupt(); server.waitUntilExit() }
        let url = "http://127.0.0.1:\(port)/api/events?\(query)"
        // Wait for the server, then once more for the first graph build.
        var warm: Double?
        for _ in 0..<600 {
            if let t = try? Self.curl(url) { warm = t; break }
            usleep(100_000)
        }
        guard let warm else {
            printError("linimasa: error: the server on port \(port) did not answer")
            throw ExitCode(1)
        }
        var times: [Double] = []
        for _ in 0..<requests { times.append(try Self.curl(url) * 1000) }
        times.sort()
        let p90 = times[min(times.count - 1, Int(Double(times.count) * 0.9))]
        print("api: GET /api/events?\(query) over \(db): first answer (builds the graph) \(Int(warm * 1000)) ms; "
            + "then \(requests) requests: median \(String(format: "%.1f", Self.median(times))) ms, "
            + "p90 \(String(format: "%.1f", p90)) ms")
    }

    /// curl's time_total for one GET that must answer 200.
    static func curl(_ url: String) throws -> Double {
        let out = try output("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total}", url])
        let parts = out.split(separator: " ")
        guard parts.count == 2, parts[0] == "200", let t = Double(parts[1]) else {
            throw ValidationError("no 200 answer from \(url): \(out)")
        }
        return t
    }

    static func output(_ tool: String, _ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func attribute(_ name: String, in dom: String) -> Double? {
        guard let r = dom.range(of: " \(name)=\"") else { return nil }
        return Double(dom[r.upperBound...].prefix { $0 != "\"" })
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        guard !s.isEmpty else { return 0 }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
