import LinimasaTestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GRDB
import Testing

/// `linimasa ingest` killed with SIGKILL halfway through leaves a database
/// that opens, passes SQLite's integrity check and holds whole articles
/// only; running the same ingest again ends where a clean run ends.
@Suite(.serialized) struct IngestKillTests {
    static let articles = 3_000
    static let batchSize = "40"

    @Test func killedIngestLeavesWholeArticlesAndARerunCompletes() throws {
        let scratch = try TemporaryDirectory()
        let corpus = try scratch.write("corpus.jsonl", SyntheticCorpus.jsonl(count: Self.articles))

        let cleanDB = scratch.path + "/clean.sqlite"
        let clean = try CLIRunner.run(["ingest", corpus, "--db", cleanDB, "--batch-size", Self.batchSize])
        #expect(clean.status == 0, "\(clean.stderr)")
        let cleanRows = try Self.rows(cleanDB)
        #expect(cleanRows.documents == Self.articles)
        #expect(cleanRows.mentions > Self.articles, "the synthetic articles should yield events")

        // Start the same ingest on a fresh file and kill it once some batches are in.
        let killedDB = scratch.path + "/killed.sqlite"
        let child = Process()
        child.executableURL = CLIRunner.executable
        child.arguments = ["ingest", corpus, "--db", killedDB, "--batch-size", Self.batchSize]
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        var seen = 0
        let deadline = Date().addingTimeInterval(120)
        while seen < 200, child.isRunning, Date() < deadline {
            seen = Self.documentCountIfReadable(killedDB) ?? 0
            usleep(5_000)
        }
        let wasRunning = child.isRunning
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        try #require(wasRunning, "ingest finished before it could be killed; make the corpus larger")
        #expect(child.terminationReason == .uncaughtSignal)
        #expect(child.terminationStatus == SIGKILL)

        // The killed database: opens, is intact, and holds whole articles only.
        let atKill = try Self.rows(killedDB)
        #expect(atKill.documents >= 200 && atKill.documents < Self.articles)
        let queue = try DatabaseQueue(path: killedDB)
        try queue.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            let torn = try String.fetchAll(db, sql: """
                SELECT d.id FROM documents d
                WHERE d.mention_count != (SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id)
                """)
            #expect(torn.isEmpty, "articles with missing mentions: \(torn.prefix(5))")
            let orphans = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)
                """)
            #expect(orphans == 0)
        }
        // Every stored article has exactly the mentions a clean run gives it.
        let cleanPerDoc = try Self.mentionsPerDocument(cleanDB)
        let killedPerDoc = try Self.mentionsPerDocument(killedDB)
        #expect(killedPerDoc.count == atKill.documents)
        for (id, n) in killedPerDoc where cleanPerDoc[id] != n {
            Issue.record("\(id): \(n) mentions after the kill, \(cleanPerDoc[id] ?? -1) in a clean run")
        }
        try queue.close()

        // Run it again: what was stored is skipped, the rest is added.
        let rerun = try CLIRunner.run(["ingest", corpus, "--db", killedDB, "--batch-size", Self.batchSize])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.contains("added \(Self.articles - atKill.documents), skipped \(atKill.documents), replaced 0"),
                "\(rerun.stdout)")
        #expect(try Self.rows(killedDB) == cleanRows)
        #expect(try Self.mentionKeys(killedDB) == Self.mentionKeys(cleanDB))
    }

    struct Rows: Equatable {
        var documents = 0, actors = 0, actorRoles = 0, mentions = 0
    }

    static func rows(_ path: String) throws -> Rows {
        try DatabaseQueue(path: path).read { db in
            Rows(documents: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? -1,
                 actors: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM actors") ?? -1,
                 actorRoles: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM actor_roles") ?? -1,
                 mentions: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mentions") ?? -1)
        }
    }

    /// Documents stored so far, read through a read-only connection beside
    /// the writer; nil while the file or its tables do not exist yet.
    static func documentCountIfReadable(_ path: String) -> Int? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var config = Configuration()
        config.readonly = true
        return try? DatabaseQueue(path: path, configuration: config).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents")
        }
    }

    static func mentionsPerDocument(_ path: String) throws -> [String: Int] {
        try DatabaseQueue(path: path).read { db in
            var out: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT d.id, COUNT(m.document_id) FROM documents d
                LEFT JOIN mentions m ON m.document_id = d.id GROUP BY d.id
                """) {
                out[row[0]] = row[1]
            }
            return out
        }
    }

    static func mentionKeys(_ path: String) throws -> Set<String> {
        try DatabaseQueue(path: path).read { db in
            Set(try String.fetchAll(db, sql: """
                SELECT document_id || '@' || trigger_start || '/' || cameo || ':' || IFNULL(source_id, '-')
                    || '>' || IFNULL(target_id, '-') FROM mentions
                """))
        }
    }
}
