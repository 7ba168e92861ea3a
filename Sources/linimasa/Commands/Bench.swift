import ArgumentParser
import Foundation
import LinimasaExtract
import LinimasaIngest
import LinimasaModel
import LinimasaText

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure read and extraction throughput and memory on a JSON Lines corpus.",
        discussion: """
        Times, in this one process and on the same bytes: a plain Swift pass \
        (read the file in 1 MiB chunks and count lines and words in a byte \
        loop, as wc does), Foundation's \
        JSONSerialization on every line (a familiar reference), and the full \
        `read` pipeline (parse, clean, date, split sentences, write JSON to \
        memory). Prints MB/s, documents/s, the ratio to the plain pass and the \
        process's peak resident memory after each stage.

        Then times `extract` (read, extract, write JSON to memory) on one \
        thread and with --jobs threads, and prints for each the wall time, \
        the CPU time (user + system, which other processes on the machine do \
        not inflate) and their ratio (the cores kept busy), articles and MB \
        per second of wall time and per \
        CPU-second, the speedup of --jobs over one thread, and the peak \
        resident memory. Build with -c release.

        Examples:
          swift run -c release linimasa bench \\
              --corpus ../shared/corpus/indonesian-news.jsonl
          linimasa bench --extract-only --jobs 2 --runs 1
        """
    )

    @Option(name: .long, help: ArgumentHelp("The JSON Lines corpus to read.", valueName: "file"))
    var corpus = "../shared/corpus/indonesian-news.jsonl"

    @Option(name: .long, help: "Runs of each stage; the fastest counts.")
    var runs = 3

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Threads for the parallel extraction stage (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Time only the extraction stages.")
    var extractOnly = false

    mutating func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be positive.") }
        if runs < 1 { throw ValidationError("--runs must be positive.") }
    }

    func run() throws {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: corpus))?[.size] as? Int else {
            printError("linimasa: error: \(corpus): cannot open the corpus")
            throw ExitCode(1)
        }
        let mb = Double(size) / 1_000_000
        print("corpus: \(corpus) (\(String(format: "%.1f", mb)) MB)")
        if !extractOnly { try readStages(mb: mb) }
        try extractStages(mb: mb)
    }

    private func readStages(mb: Double) throws {
        print("stage                      time (s)     MB/s    docs/s   vs plain  peak RSS (MiB)")

        var lines = 0
        let plain = try best { lines = try plainPass() }
        report("plain Swift byte pass", plain, mb: mb, docs: lines, baseline: plain)

        var parsed = 0
        let foundation = try best(runs: 1) { parsed = try foundationPass() }
        report("Foundation JSONSerialization", foundation, mb: mb, docs: parsed, baseline: plain)

        var documents = 0
        let read = try best { documents = try readPass() }
        report("linimasa read", read, mb: mb, docs: documents, baseline: plain)
    }

    /// Extraction on one thread, then on `jobs` threads.
    private func extractStages(mb: Double) throws {
        let extractor = try Extractor()
        print("stage               time (s)  cpu (s)  cpu/time    MB/s  docs/s  MB/cpu-s  docs/cpu-s  speedup  peak RSS (MiB)")
        var one: Double?
        for threads in jobs > 1 ? [1, jobs] : [1] {
            var documents = 0
            var fastest: (wall: Double, cpu: Double)?
            for _ in 0..<runs {
                let cpu0 = Bench.cpuSeconds()
                let clock = ContinuousClock()
                let t = try clock.measure { documents = try extractPass(extractor, jobs: threads) }
                let wall = Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
                let cpu = Bench.cpuSeconds() - cpu0
                if wall < (fastest?.wall ?? .infinity) { fastest = (wall, cpu) }
            }
            guard let (wall, cpu) = fastest else { return }
            one = one ?? wall
            let name = "extract --jobs \(threads)"
            let row = name.padding(toLength: max(name.count, 18), withPad: " ", startingAt: 0)
                + String(format: "%10.2f %8.2f %9.2f %7.2f %7.0f %9.2f %11.0f %7.2fx %15.1f",
                         wall, cpu, cpu / wall, mb / wall, Double(documents) / wall, mb / cpu, Double(documents) / cpu,
                         (one ?? wall) / wall, Bench.peakResidentMiB())
            print(row)
        }
    }

    /// The `extract` command's work without the file: read, extract and
    /// write each document's JSON line to memory.
    private func extractPass(_ extractor: Extractor, jobs: Int) throws -> Int {
        let pipeline = ReadPipeline(reader: InputReader(), builder: DocumentBuilder(today: CalendarDate(year: 2026, month: 11, day: 23)!))
        var bytesOut = 0
        var documents = 0
        try OrderedWorkers.run(jobs: jobs, transform: { doc in
            Extract.render(extractor.extract(doc), explain: false)
        }, deliver: { line in
            bytesOut += line.count
        }, produce: { submit in
            documents = try pipeline.run([corpus], onDocument: { try submit($0) }, onFailure: { _ in }).documents
        })
        if bytesOut == 0 { print("no output") }
        return documents
    }

    private func best(runs: Int? = nil, _ body: () throws -> Void) throws -> Double {
        var fastest = Double.infinity
        for _ in 0..<max(runs ?? self.runs, 1) {
            let clock = ContinuousClock()
            let t = try clock.measure(body)
            fastest = min(fastest, Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18)
        }
        return fastest
    }

    private func report(_ name: String, _ seconds: Double, mb: Double, docs: Int, baseline: Double) {
        let pad = { (s: String, n: Int) in s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        let row = pad(name, 26)
            + String(format: "%9.3f %8.1f %9.0f %9.3fx %15.1f", seconds, mb / seconds, Double(docs) / seconds,
                     baseline / seconds, Bench.peakResidentMiB())
        print(row)
    }

    /// Reads the corpus in 1 MiB chunks and loops over every byte as `wc`
    /// does: counts lines and words (runs of non-space bytes).
    private func plainPass() throws -> Int {
        guard let handle = FileHandle(forReadingAtPath: corpus) else { throw ExitCode(1) }
        defer { try? handle.close() }
        var lines = 0, words = 0
        var inWord = false
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { raw in
                for b in raw {
                    if b == 0x0A { lines += 1 }
                    let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
                    if !space && !inWord { words += 1 }
                    inWord = !space
                }
            }
        }
        if words < 0 { print(words) }
        return lines
    }

    private func foundationPass() throws -> Int {
        let data = try Data(contentsOf: URL(fileURLWithPath: corpus))
        var count = 0
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            if (try? JSONSerialization.jsonObject(with: Data(line))) is [String: Any] { count += 1 }
        }
        return count
    }

    private func readPass() throws -> Int {
        let pipeline = ReadPipeline(reader: InputReader(), builder: DocumentBuilder(today: CalendarDate(year: 2026, month: 11, day: 23)!))
        var writer = JSONWriter(capacity: 1 << 16)
        var bytesOut = 0
        let summary = try pipeline.run([corpus], onDocument: { doc in
            writer.removeAll()
            DocumentJSON.write(doc, to: &writer)
            bytesOut += writer.bytes.count
        }, onFailure: { _ in })
        if bytesOut == 0 { print("no output") }
        return summary.documents
    }

    /// User and system CPU time of this process so far, all threads, in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Peak resident set size of this process so far, in MiB.
    static func peakResidentMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // KiB on Linux
    }
}
