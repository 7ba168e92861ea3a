#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LinimasaTestSupport
import Testing

/// Whether the tests run without a sanitizer (`.ci/sanitize` sets these).
let runsUnsanitized = ProcessInfo.processInfo.environment["ASAN_OPTIONS"] == nil
    && ProcessInfo.processInfo.environment["TSAN_OPTIONS"] == nil

/// Time and memory of the readers as properties of the input size: for
/// random and adversarial inputs (deep nesting, a million attributes, a line
/// of a million "(", alternating scripts, random bytes), `linimasa read`
/// runs as a child process at two sizes, and its CPU time and peak memory
/// (from `wait4`, so neither the machine's load nor this process counts)
/// must grow no faster than the input.
///
/// The bounds are ratios, so they hold on a slow or loaded machine: CPU
/// time at four times the input may be at most 8 times the smaller run's
/// (linear growth gives 4, quadratic 16), and the memory beyond what
/// reading a tiny file takes may be at most `bytesPerInputByte` per byte.
/// (Linux counts the test process's own size in a spawned child's peak, so
/// that peak is floored at some 50 MiB: at 4 MiB of input a blow-up beyond
/// some 12 bytes an input byte shows.) Under a sanitizer the time and
/// memory are the sanitizer's, and the suite is skipped.
@Suite(.serialized, .enabled(if: runsUnsanitized))
struct ReaderBoundsTests {
    static let bytesPerInputByte = 32
    static let smallSize = 1 << 20

    /// A deterministic generator (xorshift*), so that a failure repeats.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state >> 12; state ^= state << 25; state ^= state >> 27
            return state &* 2_685_821_657_736_338_717
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// One kind of input, made `size` bytes long (roughly).
    struct Shape: CustomStringConvertible, Sendable {
        var name: String
        var fileExtension: String
        var make: @Sendable (Int) -> [UInt8]
        var description: String { name }
    }

    static func repeated(_ prefix: String, _ unit: String, _ suffix: String, size: Int) -> [UInt8] {
        let count = max(1, (size - prefix.utf8.count - suffix.utf8.count) / unit.utf8.count)
        return Array(prefix.utf8) + Array(String(repeating: unit, count: count).utf8) + Array(suffix.utf8)
    }

    static let alternatingWords = ["Jakarta", "جاكرتا", "雅加达", "Джакарта", "ジャカルタ", "ᬚᬓᬃᬢ", "🇮🇩", "e\u{301}"]

    static let shapes: [Shape] = [
        Shape(name: "HTML nested a million deep", fileExtension: "html") { size in
            let half = size / 2
            return repeated("<html><body>", "<div>", "", size: half) + repeated("Isi berita.", "</div>", "</body></html>", size: half)
        },
        Shape(name: "HTML element with a million attributes", fileExtension: "html") { size in
            repeated("<html><body><p ", "a=1 ", ">Presiden tiba di Jakarta pada Senin pagi untuk rapat kabinet.</p></body></html>", size: size)
        },
        Shape(name: "HTML of alternating scripts", fileExtension: "html") { size in
            var r = Random(state: 0x51ED)
            var text = "<html><body><p>"
            while text.utf8.count < size { text += alternatingWords[r.below(alternatingWords.count)] + (r.below(9) == 0 ? ". " : " ") }
            return Array((text + "</p></body></html>").utf8)
        },
        Shape(name: "feed item nested a million deep", fileExtension: "xml") { size in
            let half = size / 2
            return repeated("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Uji</title><item><title>Satu</title><description>", "<b>", "", size: half)
                + repeated("Isi.", "</b>", "</description></item></channel></rss>", size: half)
        },
        Shape(name: "JSON line nested a million deep", fileExtension: "jsonl") { size in
            let half = size / 2
            return repeated("{\"text\": \"Isi.\", \"x\": ", "[", "", size: half) + repeated("", "]", "}\n", size: half)
        },
        Shape(name: "text line of a million \"(\"", fileExtension: "txt") { size in
            repeated("Presiden berkata ", "(", " lalu pergi.\n", size: size)
        },
        Shape(name: "text of alternating scripts", fileExtension: "txt") { size in
            var r = Random(state: 0xA17E)
            var text = ""
            while text.utf8.count < size { text += alternatingWords[r.below(alternatingWords.count)] + [" ", ". ", "\n", "? ", " (", ") "][r.below(6)] }
            return Array(text.utf8)
        },
        Shape(name: "random printable text", fileExtension: "txt") { size in
            var r = Random(state: 0xC0FFEE)
            let alphabet = Array("abcdefghij KLMNOP .,;:!?()\"'\n\t-/0123456789".utf8)
            return (0..<size).map { _ in alphabet[r.below(alphabet.count)] }
        },
    ]

    struct Usage { var cpuSeconds: Double; var peakBytes: Int }

    /// Runs `linimasa read --no-text path` with its output discarded.
    static func measure(_ path: String) throws -> Usage {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [CLIRunner.executable.path, "read", "--no-text", "--today", "2024-10-15", path]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        let spawned = posix_spawn(&pid, CLIRunner.executable.path, &actions, nil, &argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return Usage(cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakBytes: usage.ru_maxrss * 1024)
    }

    /// The lower of two runs: what the machine's load adds is noise.
    static func best(_ path: String) throws -> Usage {
        let a = try measure(path), b = try measure(path)
        return Usage(cpuSeconds: min(a.cpuSeconds, b.cpuSeconds), peakBytes: min(a.peakBytes, b.peakBytes))
    }

    @Test(arguments: shapes)
    func timeAndMemoryGrowNoFasterThanTheInput(_ shape: Shape) throws {
        let dir = try TemporaryDirectory()
        let tiny = try dir.write("tiny.txt", "Satu kalimat saja.\n")
        let small = try dir.write("small." + shape.fileExtension, shape.make(Self.smallSize))
        let large = try dir.write("large." + shape.fileExtension, shape.make(4 * Self.smallSize))
        let largeBytes = try FileManager.default.attributesOfItem(atPath: large)[.size] as? Int ?? 0
        let base = try Self.best(tiny)
        let s = try Self.best(small)
        let l = try Self.best(large)
        // Time: the growth beyond start-up, with 20 ms for timer resolution.
        let grownSmall = max(s.cpuSeconds - base.cpuSeconds, 0.02)
        let grownLarge = l.cpuSeconds - base.cpuSeconds
        // A run too quick to time (or one that fits a reader's first buffer)
        // gives no ratio: then 0.25 µs of CPU an input byte is the bound.
        #expect(grownLarge <= max(8 * grownSmall, 0.25e-6 * Double(largeBytes)),
                "\(shape): \(grownLarge) s of CPU at \(largeBytes) bytes against \(grownSmall) s at a quarter of that")
        // Memory: peak beyond the tiny run's, per input byte.
        let perByte = Double(l.peakBytes - base.peakBytes) / Double(largeBytes)
        print("reader bounds: \(shape): CPU \(grownSmall) s -> \(grownLarge) s for 4x the input, "
              + "peak \(base.peakBytes >> 10) KiB -> \(l.peakBytes >> 10) KiB at \(largeBytes >> 10) KiB of input (\(perByte) bytes a byte)")
        #expect(perByte <= Double(Self.bytesPerInputByte),
                "\(shape): \(perByte) bytes of memory per input byte (peak \(l.peakBytes >> 20) MiB)")
    }
}
