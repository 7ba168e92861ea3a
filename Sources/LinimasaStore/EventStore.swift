import Foundation
import GRDB
import LinimasaModel

/// The embedded store: articles, actors and event mentions in one SQLite
/// file, from which the knowledge graph is rebuilt on demand.
///
/// The file is opened in WAL mode through a GRDB `DatabasePool`: one writer
/// ingests while any number of readers (in this process or another) read a
/// consistent snapshot. Each ``ingest(_:)`` call is one transaction, so a
/// process killed mid-ingest leaves every article either wholly stored or
/// not at all.
///
/// ```swift
/// let store = try EventStore(path: "news.sqlite")
/// let counts = try store.ingest(documents)
/// let graph = try store.graph()
/// ```
public final class EventStore: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the store at `path` and brings its schema
    /// up to date.
    ///
    /// - Throws: ``StoreError`` when the file cannot be opened, is not a
    ///   database, or was written by a newer Linimasa (unknown migrations).
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        // Another process may hold the write lock for one batch: wait for it.
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // In WAL mode NORMAL loses no committed transaction when the
            // process dies; only an OS crash or power cut may lose the last ones.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError(path: path, message: "cannot open: \(Self.reason(error))")
        }
        let migrator = Migrations.migrator
        try run {
            try pool.read { db in
                if try migrator.hasBeenSuperseded(db) {
                    throw Refusal(description: "written by a newer Linimasa (unknown migrations); not touching it")
                }
            }
            try migrator.migrate(pool)
        }
    }

    /// Row counts per table, read in one snapshot.
    public func counts() throws -> StoreCounts {
        try run {
            try pool.read { db in
                StoreCounts(documents: try DocumentRecord.fetchCount(db),
                            actors: try ActorRecord.fetchCount(db),
                            actorRoles: try ActorRoleRecord.fetchCount(db),
                            mentions: try MentionRecord.fetchCount(db))
            }
        }
    }

    /// The names of the migrations this file has run, oldest first.
    public func appliedMigrations() throws -> [String] {
        try run { try pool.read { db in try Migrations.migrator.appliedMigrations(db) } }
    }

    /// Runs `body`, turning any failure into a ``StoreError`` naming the file.
    func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, message: Self.reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
        if let e = error as? DatabaseError {
            return e.message.map { "\($0) (SQLite error \(e.resultCode.rawValue))" } ?? "\(e)"
        }
        return "\(error)"
    }

    /// Now, in UTC, as ISO 8601 to the second.
    static func timestamp() -> String {
        let seconds = Int(Date().timeIntervalSince1970)
        let day = CalendarDate(dayNumber: seconds.quotientFloor(86_400))
        return PublishedDate(date: day, secondsOfDay: seconds - seconds.quotientFloor(86_400) * 86_400,
                             utcOffsetMinutes: 0).iso8601
    }
}

extension Int {
    fileprivate func quotientFloor(_ d: Int) -> Int {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}

extension EventStore {
    /// The schema as SQLite holds it: every `CREATE` statement of the
    /// store's tables and indexes in creation order, each ending in `;`,
    /// separated by blank lines. GRDB's own bookkeeping (`grdb_migrations`)
    /// and SQLite's internal objects are left out. `Schemas/store.sql` is
    /// this text for the latest migration.
    public func schemaSQL() throws -> String {
        try run {
            try pool.read { db in
                try String.fetchAll(db, sql: """
                    SELECT sql FROM sqlite_master
                    WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                    ORDER BY rowid
                    """)
                .map { $0 + ";" }
                .joined(separator: "\n\n")
            }
        }
    }
}
