import Foundation
import Testing
import LinimasaTestSupport

/// The committed `Exports/` must be what the current code produces.
@Test func demoReproducesTheCommittedExports() throws {
    let dir = try TemporaryDirectory()
    let r = try CLIRunner.run(["demo", "--output-dir", dir.path])
    #expect(r.status == 0, "\(r.stderr)")
    let files = ["documents.jsonl", "extracted.jsonl", "graph.json", "graph.graphml", "graph-yed.graphml",
                 "graph.gexf", "timeline.dot", "events.csv", "mentions.csv"]
    for name in files {
        let fresh = try String(contentsOfFile: dir.path + "/" + name, encoding: .utf8)
        let committed = try String(contentsOfFile: SharedData.repositoryRoot.appendingPathComponent("Exports/" + name).path, encoding: .utf8)
        #expect(fresh == committed, "Exports/\(name) is stale: run `swift run linimasa demo` and commit the result")
    }

    let docs = try jsonObjects(try String(contentsOfFile: dir.path + "/documents.jsonl", encoding: .utf8)
        .split(separator: "\n").map(String.init))
    #expect(docs.count >= 5)
    for doc in docs {
        #expect(doc["dct"] is String, "\(doc["id"] ?? "?") has no date")
        #expect(((doc["sentences"] as? [Any])?.count ?? 0) >= 2)
    }
    let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path + "/graph.json"))) as? [String: Any])
    #expect(((graph["events"] as? [Any])?.count ?? 0) >= 10)
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
        #expect(FileManager.default.fileExists(atPath: dir.path + "/timeline.svg"))
    }
}
