import Foundation
import Testing
import LinimasaTestSupport

/// A mixed-language corpus through `extract`: each line with its own profile.
@Test func extractReadsAMixedCorpusWithEachDocumentsLanguage() throws {
    let dir = try TemporaryDirectory()
    let english = "Chinese coast guard ships attacked a Philippine supply boat near the shoal on Monday, the military in Manila said."
    let indonesian = "Kapal penjaga pantai China menyerang kapal pemasok Filipina di dekat karang itu pada Senin, kata militer di Manila."
    try dir.write("mixed.jsonl", """
        {"id": "en-1", "published": "2024-06-18", "text": "\(english)"}
        {"id": "id-1", "published": "2024-06-18", "text": "\(indonesian)"}

        """)
    let r = try CLIRunner.run(["extract", dir.path + "/mixed.jsonl"])
    #expect(r.status == 0, "\(r.stderr)")
    let docs = try jsonObjects(r.stdout.split(separator: "\n").map(String.init))
    #expect(docs.count == 2)
    var attacks: [String: [String: Any]] = [:]
    for d in docs {
        let events = (d["events"] as? [[String: Any]]) ?? []
        attacks[d["id"] as? String ?? ""] = events.first { $0["cameo"] as? String == "190" }
    }
    let en = try #require(attacks["en-1"]), id = try #require(attacks["id-1"])
    #expect(en["target"] as? String == id["target"] as? String)
    #expect((en["date"] as? [String: Any])?["start"] as? String == "2024-06-17")
    #expect((id["date"] as? [String: Any])?["start"] as? String == "2024-06-17")
}

/// Only the part-of-speech model has an English training set.
@Test func trainRefusesAnEnglishNameModel() throws {
    let r = try CLIRunner.run(["train", "ner", "--language", "en"])
    #expect(r.status != 0)
    #expect(r.stderr.contains("only the pos model has an English training set"))
}
