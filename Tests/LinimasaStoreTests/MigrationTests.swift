import Foundation
import GRDB
import LinimasaGraph
import LinimasaModel
@testable import LinimasaStore
import Testing
import LinimasaTestSupport

@Suite struct MigrationTests {
    @Test func migratesAnEmptyFile() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("empty.sqlite")
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let store = try EventStore(path: path)
        #expect(try store.appliedMigrations() == ["v1-documents-actors-mentions"])
        #expect(try store.counts() == StoreCounts(documents: 0, actors: 0, actorRoles: 0, mentions: 0))
        #expect(try store.graphInputs().mentions.isEmpty)
    }

    @Test func reopeningRunsNothingTwice() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("twice.sqlite")
        try EventStore(path: path).ingest(Fixtures.articles())
        let again = try EventStore(path: path)
        #expect(try again.appliedMigrations() == ["v1-documents-actors-mentions"])
        #expect(try again.counts().documents == 2)
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("notes.sqlite")
        _ = FileManager.default.createFile(atPath: path, contents: Data(String(repeating: "bukan basis data\n", count: 64).utf8))
        #expect(throws: StoreError.self) { try EventStore(path: path) }
    }

    @Test func refusesADatabaseFromANewerLinimasa() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("future.sqlite")
        let store = try EventStore(path: path)
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
        }
        let error = #expect(throws: StoreError.self) { try EventStore(path: path) }
        #expect(error?.message.contains("newer Linimasa") == true)
    }

    @Test func aHandEditedRowIsReportedNotTrusted() throws {
        let dir = try TemporaryDirectory()
        let store = try EventStore(path: dir.file("edited.sqlite"))
        try store.ingest(Fixtures.articles())
        try store.pool.write { db in try db.execute(sql: "UPDATE mentions SET modality = 'rumoured' WHERE cameo = '190'") }
        let error = #expect(throws: StoreError.self) { try store.graphInputs() }
        #expect(error?.message.contains("unknown value 'rumoured'") == true)
    }

    /// Actor ids are text in every column (`actors.id`, `country`,
    /// `affiliation`, `mentions.source_id`, `actor_roles.actor_id`): a row
    /// an earlier version wrote, or one typed in by hand, reads back as the
    /// same ``ActorID``, a state body's id with its state.
    @Test func actorIDsAreTextInTheRows() throws {
        let dir = try TemporaryDirectory()
        let store = try EventStore(path: dir.file("ids.sqlite"))
        try store.ingest(Fixtures.articles())
        try store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO actors (id, name, kind, country, aliases, affiliation)
                VALUES ('CHN-MIL', 'China military', 'military', 'CHN', '["PLA"]', NULL)
                """)
            try db.execute(sql: "UPDATE mentions SET source_id = 'CHN-MIL' WHERE document_id = 'bare-002'")
        }
        let stored = try store.pool.read { db in try String.fetchAll(db, sql: "SELECT id FROM actors ORDER BY id") }
        #expect(stored == ["CHN", "CHN-MIL", "IDN", "person:retno-marsudi"])

        let back = try store.graphInputs()
        #expect(back.actors.map(\.id.text) == stored)
        let army = try #require(back.actors.first { $0.id == ActorID(.military, of: "CHN") })
        #expect(army.country == "CHN" && army.id.stateBody?.state == army.country)
        #expect(army.mentionCount == 1)
        #expect(back.mentions.first { $0.documentID == "bare-002" }?.sourceID == army.id)
        let retno = try #require(back.actors.first { $0.id.isPerson })
        #expect(retno.country == "IDN" && retno.roles.count == 1)
    }

    /// `Schemas/store.sql` must be what the migrations build.
    /// `RECORD_SNAPSHOTS=1` rewrites the file (and fails, so a recording run
    /// is never mistaken for a passing one).
    @Test func schemaDumpMatchesTheMigratedDatabase() throws {
        let dir = try TemporaryDirectory()
        let actual = try EventStore(path: dir.file("schema.sqlite")).schemaSQL()
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Schemas/store.sql")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try (Self.header + actual + "\n").write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(file.path); run again without RECORD_SNAPSHOTS.")
            return
        }
        let stored = try String(contentsOf: file, encoding: .utf8)
        let body = stored.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("--") }
            .joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(body == actual, "Schemas/store.sql is stale: re-record with RECORD_SNAPSHOTS=1")
    }

    static let header = """
        -- The Linimasa store's schema after its latest migration, as SQLite
        -- reports it (sqlite_master, in creation order; GRDB's grdb_migrations
        -- table left out). Do not edit by hand: it is written by
        --   RECORD_SNAPSHOTS=1 swift test --filter schemaDumpMatchesTheMigratedDatabase
        -- and LinimasaStoreTests checks that it matches a freshly migrated store.

        """
}
