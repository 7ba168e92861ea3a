import Foundation
import Testing

/// The committed `Exports/` must be what the current code produces.
@Test func demoReproducesTheCommittedExports() throws {
    let dir = try Scratch()
    let r = try CLIRunner.run(["demo", "--output-dir", dir.path])
    #expect(r.status == 0, "\(r.stderr)")
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let committed = repo.appendingPathComponent("Exports/documents.jsonl").path
    let fresh = try String(contentsOfFile: dir.path + "/documents.jsonl", encoding: .utf8)
    let expected = try String(contentsOfFile: committed, encoding: .utf8)
    #expect(fresh == expected, "Exports/ is stale: run `swift run linimasa demo` and commit the result")

    let docs = try jsonObjects(fresh.split(separator: "\n").map(String.init))
    #expect(docs.count >= 5)
    // Every sample is dated, and has sentences.
    for doc in docs {
        #expect(doc["dct"] is String, "\(doc["id"] ?? "?") has no date")
        #expect(((doc["sentences"] as? [Any])?.count ?? 0) >= 2)
    }
}
