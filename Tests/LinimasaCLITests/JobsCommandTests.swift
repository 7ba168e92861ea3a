import Foundation
import Testing
import LinimasaTestSupport

/// `--jobs` spreads documents over threads; whatever the number, the output
/// is the same bytes in the same order as one thread's.
@Test func extractWithJobsPrintsWhatOneThreadPrints() throws {
    let dir = try TemporaryDirectory()
    let corpus = try dir.write("corpus.jsonl", SyntheticCorpus.jsonl(count: 150))
    let one = try CLIRunner.run(["extract", corpus, "--jobs", "1"])
    #expect(one.status == 0, "\(one.stderr)")
    #expect(one.stdoutLines.count == 150)
    for jobs in ["2", "5"] {
        let many = try CLIRunner.run(["extract", corpus, "--jobs", jobs])
        #expect(many.status == 0, "\(many.stderr)")
        #expect(many.stdout == one.stdout, "--jobs \(jobs) differs from --jobs 1")
    }
}

@Test(.enabled(if: SharedData.available, "needs ../shared/corpus"))
func extractWithJobsMatchesOnRealNews() throws {
    // The first 200 articles of the shared corpus: real text exercises far
    // more of the extractor than made-up sentences.
    let text = try String(contentsOfFile: SharedData.path("corpus/indonesian-news.jsonl"), encoding: .utf8)
    let slice = text.split(separator: "\n", omittingEmptySubsequences: true).prefix(200).joined(separator: "\n") + "\n"
    let dir = try TemporaryDirectory()
    let corpus = try dir.write("news.jsonl", slice)
    let one = try CLIRunner.run(["extract", corpus, "-j", "1", "--today", "2026-11-23"])
    let three = try CLIRunner.run(["extract", corpus, "-j", "3", "--today", "2026-11-23"])
    #expect(one.status == 0, "\(one.stderr)")
    #expect(one.stdoutLines.count == 200)
    #expect(three.stdout == one.stdout)
}

@Test func graphAndExplainWithJobsMatchOneThread() throws {
    let dir = try TemporaryDirectory()
    let corpus = try dir.write("corpus.jsonl", SyntheticCorpus.jsonl(count: 60))
    let g1 = try CLIRunner.run(["graph", corpus, "--format", "json", "--jobs", "1"])
    let g3 = try CLIRunner.run(["graph", corpus, "--format", "json", "--jobs", "3"])
    #expect(g1.status == 0, "\(g1.stderr)")
    #expect(g1.stdout.contains("\"events\""))
    #expect(g3.stdout == g1.stdout)
    let e1 = try CLIRunner.run(["extract", corpus, "--explain", "--jobs", "1"])
    let e3 = try CLIRunner.run(["extract", corpus, "--explain", "--jobs", "3"])
    #expect(e1.stdout.contains("tokens:"))
    #expect(e3.stdout == e1.stdout)
}

@Test func ingestWithJobsStoresWhatOneThreadStores() throws {
    let dir = try TemporaryDirectory()
    let corpus = try dir.write("corpus.jsonl", SyntheticCorpus.jsonl(count: 80))
    let a = try CLIRunner.run(["ingest", corpus, "--db", dir.path + "/a.sqlite", "--jobs", "1", "--batch-size", "30"])
    let b = try CLIRunner.run(["ingest", corpus, "--db", dir.path + "/b.sqlite", "--jobs", "4", "--batch-size", "30"])
    #expect(a.status == 0, "\(a.stderr)")
    #expect(a.stdout.contains("added 80"))
    #expect(b.stdout.replacingOccurrences(of: "b.sqlite", with: "a.sqlite") == a.stdout)
    let ea = try CLIRunner.run(["export", "--db", dir.path + "/a.sqlite", "--format", "json"])
    let eb = try CLIRunner.run(["export", "--db", dir.path + "/b.sqlite", "--format", "json"])
    #expect(ea.status == 0, "\(ea.stderr)")
    #expect(eb.stdout == ea.stdout)
}

@Test func jobsMustBePositive() throws {
    let dir = try TemporaryDirectory()
    let article = try dir.write("a.txt", "Jepang mengecam uji coba rudal Korea Utara.")
    let r = try CLIRunner.run(["extract", article, "--jobs", "0"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("--jobs must be positive"))
}
