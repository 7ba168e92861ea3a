import Foundation
import Testing
import LinimasaTestSupport

/// The bar on the seed dev set, measured by the shared scorer on
/// what `linimasa graph` writes: F1 ≥ 0.85 type, ≥ 0.75 actors, ≥ 0.65
/// dated, ≥ 0.60 factual, and merge F1 ≥ 0.8 with cross-document recall ≥ 0.7.
@Test(.enabled(if: SharedData.available, "needs ../shared"))
func seedDevSetMeetsTheExtractionAndMergeBars() throws {
    let dir = try TemporaryDirectory()
    let pred = dir.path + "/pred.json"
    let seeds = SharedData.root! + "/eval/seeds.jsonl"
    let r = try CLIRunner.run(["graph", seeds, "--format", "json", "-o", pred])
    #expect(r.status == 0, "\(r.stderr)")

    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", SharedData.root! + "/eval/score.py", "--gold", SharedData.root! + "/eval/seeds.gold.jsonl",
                   "--docs", seeds, "--pred", pred, "--json"]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let result = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
    func figure(_ level: String, _ key: String = "f1") -> Double { result[level]?[key] as? Double ?? 0 }
    #expect(figure("type") >= 0.85)
    #expect(figure("actors") >= 0.75)
    #expect(figure("dated") >= 0.65)
    #expect(figure("factual") >= 0.60)
    #expect(figure("merge") >= 0.80)
    #expect(figure("merge", "cross_document_recall") >= 0.70)
}
