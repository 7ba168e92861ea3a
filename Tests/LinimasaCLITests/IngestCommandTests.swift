import Foundation
import GRDB
import Testing
import LinimasaTestSupport

@Suite struct IngestCommandTests {
    static func article(_ id: String, _ text: String) -> String {
        let object: [String: Any] = ["id": id, "outlet": "warta-uji", "published": "2024-03-04", "language": "id", "text": text]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    @Test func aBadInputIsReportedAndTheOthersAreStored() throws {
        let scratch = try TemporaryDirectory()
        let good = try scratch.write("good.jsonl", Self.article("u1", "Indonesia mengecam China atas pelanggaran wilayah perairan pada Senin."))
        let db = scratch.path + "/news.sqlite"
        let missing = scratch.path + "/tidak-ada.jsonl"
        let r = try CLIRunner.run(["ingest", good, missing, "--db", db])
        #expect(r.status == 1)
        #expect(r.stderr.contains("tidak-ada.jsonl"))
        #expect(r.stdout.contains("read 1 document, 1 failed"))
        #expect(r.stdout.contains("added 1, skipped 0, replaced 0"))
        let stored = try DatabaseQueue(path: db).read { db in
            try String.fetchAll(db, sql: "SELECT id FROM documents")
        }
        #expect(stored == ["u1"])
    }

    @Test func mentionsKeepTheirEvidenceAndACorrectionReplacesThem() throws {
        let scratch = try TemporaryDirectory()
        let db = scratch.path + "/news.sqlite"
        let first = try scratch.write("v1.jsonl", Self.article("u2", "Indonesia mengecam China atas pelanggaran wilayah perairan pada Senin."))
        let r1 = try CLIRunner.run(["ingest", first, "--db", db])
        #expect(r1.status == 0, "\(r1.stderr)")
        let v1 = try Self.mentions(db)
        #expect(v1.count == 1)
        for m in v1 {
            #expect(m.evidence.contains(m.trigger), "\(m)")
            #expect(m.published == "2024-03-04")
        }

        // The same article again: nothing to do.
        let r2 = try CLIRunner.run(["ingest", first, "--db", db])
        #expect(r2.stdout.contains("added 0, skipped 1, replaced 0"), "\(r2.stdout)")

        // A corrected text under the same id replaces its mentions.
        let second = try scratch.write("v2.jsonl", Self.article("u2", "Pasukan Vietnam menyerang pos perbatasan Thailand pada Senin."))
        let r3 = try CLIRunner.run(["ingest", second, "--db", db])
        #expect(r3.stdout.contains("added 0, skipped 0, replaced 1"), "\(r3.stdout)")
        let v2 = try Self.mentions(db)
        #expect(v2.map(\.trigger) == ["menyerang"])
    }

    @Test func helpNamesTheDatabaseAndGivesExamples() throws {
        let r = try CLIRunner.run(["ingest", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("--db <file>"))
        #expect(r.stdout.contains("--batch-size <n>"))
        #expect(r.stdout.contains("linimasa ingest corpus.jsonl --db news.sqlite"))
    }

    @Test func refusesABatchSizeOfZero() throws {
        let r = try CLIRunner.run(["ingest", "x.jsonl", "--db", "x.sqlite", "--batch-size", "0"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--batch-size must be positive"))
    }

    struct StoredMention: CustomStringConvertible {
        var trigger: String
        var evidence: String
        var published: String?
        var description: String { "\(trigger) in '\(evidence)'" }
    }

    static func mentions(_ path: String) throws -> [StoredMention] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT trigger_text, evidence_text, published FROM mentions ORDER BY trigger_start")
                .map { StoredMention(trigger: $0[0], evidence: $0[1], published: $0[2]) }
        }
    }
}
