import Foundation
import LinimasaFuzzHarness
import LinimasaTestSupport
import Testing

/// Replays what the fuzzers keep: every crashing, slow or memory-hungry
/// input `.ci/fuzz` ever found (Tests/Fuzz/Regressions/<target>/) and the
/// seed corpora (Tests/Fuzz/Corpus/<target>/), through the same harness
/// the fuzz executables run, without needing libFuzzer.
@Suite struct FuzzRegressionTests {
    static let fuzzRoot = SharedData.repositoryRoot.appendingPathComponent("Tests/Fuzz")

    static func inputs(_ folder: String, _ target: FuzzHarness) -> [URL] {
        let dir = fuzzRoot.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { dir.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzHarness.allCases)
    func regressionFixturesKeepTheirPromises(_ target: FuzzHarness) throws {
        for url in Self.inputs("Regressions", target) {
            let outcome = try target.run(Array(try Data(contentsOf: url)))
            #expect(outcome.brokenPromise == nil, "\(url.lastPathComponent): \(outcome.brokenPromise ?? "")")
        }
    }

    @Test(arguments: FuzzHarness.allCases)
    func seedCorpusIsReadAndKeepsItsPromises(_ target: FuzzHarness) throws {
        let seeds = Self.inputs("Corpus", target)
        #expect(seeds.count >= 3, "the \(target) seed corpus has \(seeds.count) inputs")
        var documents = 0
        for url in seeds {
            let outcome = try target.run(Array(try Data(contentsOf: url)))
            #expect(outcome.brokenPromise == nil, "\(url.lastPathComponent): \(outcome.brokenPromise ?? "")")
            documents += outcome.documents
        }
        // Seeds are written to reach deep: most of them must be accepted.
        #expect(documents * 2 >= seeds.count, "\(target): \(documents) documents from \(seeds.count) seeds")
    }

    @Test func anErrorNamesTheInput() throws {
        let outcome = try FuzzHarness.jsonl.run(Array("{\"text\": 1}\nnot json\n".utf8))
        #expect(outcome.documents == 0)
        #expect(outcome.errors.count == 2)
        #expect(outcome.brokenPromise == nil)
        #expect(outcome.errors.allSatisfy { $0.hasPrefix(FuzzHarness.inputName + ":") })
    }
}
