import Foundation
import LinimasaTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Headless Chromium, for the tests that look at the rendered page.
enum Browser {
    /// The browser, or nil where none is installed (`.ci/install-deps`
    /// installs Debian's `chromium`; LINIMASA_CHROMIUM names another).
    static let path: String? = {
        var candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        if let own = ProcessInfo.processInfo.environment["LINIMASA_CHROMIUM"] { candidates.insert(own, at: 0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var available: Bool { path != nil }

    static func arguments(_ extra: [String]) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--disable-extensions", "--hide-scrollbars", "--mute-audio", "--disable-background-networking",
         "--user-data-dir=" + profile.path, "--virtual-time-budget=15000"] + extra
    }

    /// One profile directory for the process's browser runs.
    nonisolated(unsafe) static let profile: TemporaryDirectory = try! TemporaryDirectory(prefix: "linimasa-chromium")

    /// The DOM after the page's scripts ran and its requests were answered.
    static func dom(_ url: String) throws -> String {
        let r = try Tool.runProcess(URL(fileURLWithPath: path!), arguments(["--dump-dom", url]))
        guard r.status == 0 else { throw FixtureError(message: "chromium failed (\(r.status)): \(r.stderr.suffix(800))") }
        return r.stdout
    }

    /// Writes a screenshot of `url` to `file`.
    static func screenshot(_ url: String, to file: String, width: Int = 1366, height: Int = 900) throws {
        let r = try Tool.runProcess(URL(fileURLWithPath: path!),
                                    arguments(["--screenshot=" + file, "--window-size=\(width),\(height)", url]))
        guard r.status == 0, FileManager.default.fileExists(atPath: file) else {
            throw FixtureError(message: "chromium wrote no screenshot (\(r.status)): \(r.stderr.suffix(800))")
        }
    }

    /// Where the browser tests leave their screenshots for a person to look
    /// at: LINIMASA_SCREENSHOTS, else .build/browser-tests in the checkout.
    static let screenshotDirectory: String = {
        let dir = ProcessInfo.processInfo.environment["LINIMASA_SCREENSHOTS"]
            ?? SharedData.repositoryRoot.appendingPathComponent(".build/browser-tests").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }()
}

/// Loopback ports: one free to listen on, and whether one answers.
enum Loopback {
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw FixtureError(message: "socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw FixtureError(message: "bind() failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func answers(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        let length = socklen_t(MemoryLayout<sockaddr_in>.size)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, length) == 0 }
        }
    }
}

/// `linimasa serve` running in its own process until stopped.
final class ServeProcess {
    let process = Process()
    let port: Int
    var base: String { "http://127.0.0.1:\(port)" }

    init(db: String) throws {
        port = try Loopback.freePort()
        process.executableURL = Tool.executable
        process.arguments = ["serve", "--db", db, "--port", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while !Loopback.answers(port) {
            guard process.isRunning, Date() < deadline else {
                stop()
                throw FixtureError(message: "linimasa serve did not start listening on \(port)")
            }
            usleep(50_000)
        }
    }

    func stop() {
        if process.isRunning {
            process.interrupt()
            process.waitUntilExit()
        }
    }

    deinit { stop() }
}

/// Small readings of a dumped DOM.
extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }

    /// The value of the first `name="…"` attribute inside the element
    /// whose start tag contains `marker`.
    func attribute(_ name: String, inElementWith marker: String) -> String? {
        guard let at = range(of: marker) else { return nil }
        let start = self[..<at.lowerBound].lastIndex(of: "<") ?? at.lowerBound
        let end = self[at.upperBound...].firstIndex(of: ">") ?? endIndex
        let tag = self[start..<end]
        guard let a = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[a.upperBound...].prefix { $0 != "\"" })
    }

    /// The text as the DOM dump escapes it.
    var htmlEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\u{00A0}", with: "&nbsp;")
    }
}
