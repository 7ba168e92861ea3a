import Foundation
import Testing
import LinimasaTestSupport

@Test func extractPrintsActorsTimexesAndEventsWithEvidence() throws {
    let dir = try TemporaryDirectory()
    let article = try dir.write("berita.txt", """
    Rusia Tembakkan Rudal ke Kyiv

    CONTOH.ID, KYIV – Rusia menembakkan puluhan rudal ke Kyiv pada Senin (10/10/2022), kata militer Ukraina.
    """)
    let r = try CLIRunner.run(["extract", article])
    #expect(r.status == 0, "\(r.stderr)")
    let doc = try #require(try jsonObjects(r.stdoutLines).first)
    #expect(doc["dct"] as? String == "2022-10-10")
    let actors = try #require(doc["actors"] as? [[String: Any]])
    #expect(actors.contains { $0["id"] as? String == "RUS" })
    let timexes = try #require(doc["timexes"] as? [[String: Any]])
    #expect(timexes.contains { $0["value"] as? String == "2022-10-10" })
    let events = try #require(doc["events"] as? [[String: Any]])
    // The headline reports the attack too; take the body's mention.
    #expect(events.filter { ($0["cameo"] as? String)?.hasPrefix("19") == true }.count == 2)
    let attack = try #require(events.last { ($0["cameo"] as? String)?.hasPrefix("19") == true })
    #expect(attack["source"] as? String == "RUS")
    #expect(attack["target"] as? String == "UKR")
    let evidence = try #require(attack["evidence"] as? [String: Any])
    #expect(evidence["trigger_text"] as? String == "menembakkan")
    #expect((evidence["clause_text"] as? String)?.contains("menembakkan puluhan rudal") == true)
}

@Test func explainShowsTokensActorsAndRules() throws {
    let dir = try TemporaryDirectory()
    let article = try dir.write("a.txt", "China mengecam latihan militer Amerika Serikat di Laut China Selatan.")
    let r = try CLIRunner.run(["extract", article, "--explain", "--published", "2023-08-01"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("tokens: China mengecam/kecam latihan/latih"))
    #expect(r.stdout.contains("actor: \"China\""))
    #expect(r.stdout.contains("111 ACCUSE \"mengecam\""))
    #expect(r.stdout.contains("· trigger kecam"))
}

@Test func graphWritesTheScorersShape() throws {
    let dir = try TemporaryDirectory()
    let a = try dir.write("a.jsonl", """
    {"id": "d1", "published": "2023-08-01", "outlet": "contoh.id", "url": "https://contoh.id/1", "text": "Filipina menuntut China menghentikan patroli."}
    {"id": "d2", "published": "2023-08-02", "text": "Jepang mengecam uji coba rudal Korea Utara."}
    """)
    let out = dir.path + "/pred.json"
    let r = try CLIRunner.run(["graph", a, "--format", "json", "-o", out])
    #expect(r.status == 0, "\(r.stderr)")
    let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
    let actors = try #require(graph["actors"] as? [[String: Any]])
    #expect(actors.allSatisfy { $0["id"] is String && $0["name"] is String && $0["aliases"] is [Any] })
    let events = try #require(graph["events"] as? [[String: Any]])
    #expect(events.count >= 2)
    for e in events {
        let mentions = try #require(e["mentions"] as? [[String: Any]])
        #expect(mentions.count == 1)
        #expect(mentions[0]["doc"] is String && mentions[0]["start"] is Int && mentions[0]["end"] is Int)
    }
    #expect(events.contains { ($0["mentions"] as? [[String: Any]])?.first?["url"] as? String == "https://contoh.id/1" })
}
