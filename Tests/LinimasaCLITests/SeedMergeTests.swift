import Foundation
import Testing
import LinimasaTestSupport

/// Seed articles 000 and 003 both report Russia's invasion, its annexation,
/// its mobilisation, Putin's nuclear threats and the NATO defence
/// ministers' meeting: each must be one event with mentions from both.
@Test(.enabled(if: SharedData.available, "needs ../shared"))
func seedReportsOfOneEventMergeAcrossArticles() throws {
    let dir = try TemporaryDirectory()
    let out = dir.path + "/graph.json"
    let r = try CLIRunner.run(["graph", SharedData.root! + "/eval/seeds.jsonl", "--format", "json", "-o", out])
    #expect(r.status == 0, "\(r.stderr)")
    let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
    let events = try #require(graph["events"] as? [[String: Any]])
    func docs(_ e: [String: Any]) -> Set<String> {
        Set(((e["mentions"] as? [[String: Any]]) ?? []).compactMap { $0["doc"] as? String })
    }
    let shared = events.filter { docs($0).isSuperset(of: ["seed-000", "seed-003"]) }
    let codes = shared.compactMap { $0["cameo"] as? String }
    for (what, code) in [("invasion", "190"), ("annexation", "192"), ("mobilisation", "154"), ("meeting", "04")] {
        #expect(codes.contains { $0.hasPrefix(code) }, "the \(what) is not one event across both articles: \(codes)")
    }
    #expect(shared.contains { ($0["cameo"] as? String)?.hasPrefix("13") == true && ($0["source"] as? String)?.contains("putin") == true },
            "Putin's nuclear threats are not one event across both articles")
}
