import Foundation
import Testing
import LinimasaTestSupport

/// Three short articles of our own about one naval exercise and a protest.
private let corpus = """
{"id": "a1", "outlet": "warta.example", "url": "https://warta.example/1", "published": "2024-07-10", "text": "Angkatan Laut Filipina dan Jepang menggelar latihan militer bersama di Laut Filipina pada Senin (8/7/2024). China mengecam latihan itu."}
{"id": "a2", "outlet": "kabar.example", "url": "https://kabar.example/2", "published": "2024-07-09", "text": "Filipina dan Jepang menggelar latihan militer bersama pada Senin (8/7/2024), kata juru bicara militer Filipina."}
{"id": "a3", "outlet": "warta.example", "published": "2024-07-12", "text": "Vietnam mengecam China atas patroli di Laut China Selatan pada Kamis (11/7/2024)."}
"""

@Test func ingestThenExportEveryFormat() throws {
    let dir = try TemporaryDirectory()
    let input = try dir.write("berita.jsonl", corpus)
    let db = dir.path + "/news.sqlite"
    let ingest = try CLIRunner.run(["ingest", input, "--db", db])
    #expect(ingest.status == 0, "\(ingest.stderr)")

    for format in ["json", "graphml", "yed", "gexf", "dot", "csv", "mentions-csv"] {
        let out = dir.path + "/graph.\(format)"
        let r = try CLIRunner.run(["export", "--db", db, "--format", format, "-o", out])
        #expect(r.status == 0, "\(format): \(r.stderr)")
        let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        #expect(size > 100, "\(format) export is empty")
    }
    // The exercise reported by two outlets is one event with two mentions.
    let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path + "/graph.json"))) as? [String: Any])
    let events = try #require(graph["events"] as? [[String: Any]])
    let exercise = try #require(events.first { ($0["cameo"] as? String)?.hasPrefix("15") == true })
    #expect((exercise["mentions"] as? [Any])?.count == 2)
    #expect(exercise["sources"] as? Int == 2)
}

@Test func filtersNarrowTheExport() throws {
    let dir = try TemporaryDirectory()
    let input = try dir.write("berita.jsonl", corpus)
    let all = dir.path + "/all.json", some = dir.path + "/some.json"
    #expect(try CLIRunner.run(["graph", input, "--format", "json", "-o", all]).status == 0)
    let r = try CLIRunner.run(["graph", input, "--format", "json", "--actor", "VNM", "--cameo", "11", "-o", some])
    #expect(r.status == 0, "\(r.stderr)")
    func events(_ path: String) throws -> [[String: Any]] {
        let g = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        return (g?["events"] as? [[String: Any]]) ?? []
    }
    let kept = try events(some)
    #expect(try events(all).count > kept.count)
    #expect(kept.count == 1)
    #expect(kept.first?["source"] as? String == "VNM")

    let bad = try CLIRunner.run(["graph", input, "--format", "json", "--from", "kemarin"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("--from 'kemarin' is not a date"))
}

@Test func exportNamesAMissingDatabase() throws {
    let dir = try TemporaryDirectory()
    let r = try CLIRunner.run(["export", "--db", dir.path + "/tidak-ada.sqlite", "--format", "json"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("tidak-ada.sqlite: no such database"))
}

@Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "needs Graphviz"))
func theTimelineRendersWithGraphviz() throws {
    let dir = try TemporaryDirectory()
    let input = try dir.write("berita.jsonl", corpus)
    let dot = dir.path + "/timeline.dot"
    #expect(try CLIRunner.run(["graph", input, "--format", "dot", "--swimlanes", "source", "-o", dot]).status == 0)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
    p.arguments = ["-Tsvg", dot, "-o", dir.path + "/timeline.svg"]
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    let svg = try String(contentsOfFile: dir.path + "/timeline.svg", encoding: .utf8)
    #expect(svg.contains("<svg") && svg.contains("2024"))
}
