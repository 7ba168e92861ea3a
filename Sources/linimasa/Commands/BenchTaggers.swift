import ArgumentParser
import Foundation
import LinimasaIngest
import LinimasaLanguage
import LinimasaTagger

/// `linimasa bench-taggers`: tagging speed of the shipped models on a corpus.
struct BenchTaggers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-taggers",
        abstract: "Measure the speed of the part-of-speech and name taggers on a JSON Lines corpus.",
        discussion: """
        Reads each document's `text`, splits it into sentences and tokens \
        (the `read` pipeline's splitter and tokenizer; not timed), then times \
        on one core (thread CPU time): the part-of-speech tagger alone, and both taggers as \
        extraction runs them (names read the part-of-speech tags). Prints \
        tokens/s and documents/s for each; the fastest of --runs counts. \
        The taggers keep each word form's summed scores per thread, so runs \
        after the first find them ready; --runs 1 measures from a cold cache. \
        Build with -c release.

        Examples:
          swift run -c release linimasa bench-taggers \\
              --corpus ../shared/corpus/indonesian-news.jsonl
        """
    )

    @Option(name: .long, help: ArgumentHelp("The JSON Lines corpus.", valueName: "file"))
    var corpus = "../shared/corpus/indonesian-news.jsonl"

    @Option(name: .long, help: "Runs of each stage; the fastest counts.")
    var runs = 3

    @Option(name: .long, help: "Read at most this many documents.")
    var limit: Int?

    @Option(name: .long, help: ArgumentHelp("A folder with pos.model and ner.model (default: the shipped models).", valueName: "dir"))
    var models: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: corpus) else {
            printError("linimasa: error: \(corpus): cannot read the corpus")
            throw ExitCode(1)
        }
        var sentences: [[String]] = []
        var documents = 0
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            if let limit, documents >= limit { break }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String else { continue }
            documents += 1
            let bytes = Array(text.utf8)
            for range in SentenceSplitter.split(bytes) {
                let words = Tokenizer.tokenize(bytes, range: range).map { String(decoding: bytes[$0.range], as: UTF8.self) }
                if !words.isEmpty { sentences.append(words) }
            }
        }
        let tokens = sentences.reduce(0) { $0 + $1.count }
        let folder = models.map { URL(fileURLWithPath: $0) }
        let pos = try POSTagger(contentsOf: folder?.appendingPathComponent("pos.model") ?? LanguageData.bundled.posModel)
        let names = try NameTagger(contentsOf: folder?.appendingPathComponent("ner.model") ?? LanguageData.bundled.nameModel)
        print("corpus: \(corpus): \(documents) documents, \(sentences.count) sentences, \(tokens) tokens")
        print("stage              CPU time (s)     tokens/s    docs/s")
        var check = 0
        let posTime = best {
            for s in sentences { check &+= pos.tag(s).count }
        }
        report("part of speech", posTime, tokens: tokens, documents: documents)
        let bothTime = best {
            for s in sentences { check &+= names.tag(s, pos: pos.tag(s)).count }
        }
        report("part of speech + names", bothTime, tokens: tokens, documents: documents)
        if check == 0 { print("(no tags)") }
    }

    func best(_ body: () -> Void) -> Double {
        var fastest = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = BenchTaggers.cpuSeconds()
            body()
            fastest = min(fastest, BenchTaggers.cpuSeconds() - start)
        }
        return fastest
    }

    /// CPU time of this thread: on a machine shared with other work, the
    /// time the tagging itself took on its one core.
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    func report(_ stage: String, _ seconds: Double, tokens: Int, documents: Int) {
        let name = stage.padding(toLength: 22, withPad: " ", startingAt: 0)
        print("\(name)\(String(format: "%8.2f %12.0f %9.0f", seconds, Double(tokens) / seconds, Double(documents) / seconds))")
    }
}
