import Foundation
import LinimasaExtract
import LinimasaIngest
import LinimasaModel
import Testing

/// The bar on the seed dev set, measured by the shared scorer on
/// what `linimasa graph` writes: F1 ≥ 0.85 type, ≥ 0.75 actors, ≥ 0.65
/// dated, ≥ 0.60 factual.
@Test(.enabled(if: Shared.available, "needs ../shared"))
func seedDevSetMeetsTheExtractionBar() throws {
    var graph = MentionGraph()
    let pipeline = ReadPipeline(reader: InputReader(), builder: DocumentBuilder(today: CalendarDate(year: 2026, month: 11, day: 23)!))
    _ = try pipeline.run([Shared.path("eval/seeds.jsonl")], onDocument: { graph.add(sharedExtractor.extract($0)) }, onFailure: { _ in })
    let pred = NSTemporaryDirectory() + "linimasa-seed-pred-\(UUID().uuidString).json"
    FileManager.default.createFile(atPath: pred, contents: Data(graph.json()))
    defer { try? FileManager.default.removeItem(atPath: pred) }

    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", Shared.path("eval/score.py"), "--gold", Shared.path("eval/seeds.gold.jsonl"),
                   "--docs", Shared.path("eval/seeds.jsonl"), "--pred", pred, "--json"]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let result = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
    func f1(_ level: String) -> Double { result[level]?["f1"] as? Double ?? 0 }
    #expect(f1("type") >= 0.85)
    #expect(f1("actors") >= 0.75)
    #expect(f1("dated") >= 0.65)
    #expect(f1("factual") >= 0.60)
}
