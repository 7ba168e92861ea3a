import GRDB
import LinimasaGraph

/// What a reader can cheaply compare to tell whether the store changed
/// since it last built the graph: the articles' count, largest row id,
/// latest ingest time and total of mentions, and the largest row ids of
/// mentions and actors, read in one snapshot. Each is an index lookup or a
/// scan of the small articles table: no scan of the mentions.
///
/// Every `ingest` that stores something changes at least one of them (a
/// re-ingested article gets a new `ingested_at` and new row ids). The one
/// change it can miss is a replacement within the same second that leaves
/// every count and row id as it was; the next change is then seen.
public struct StoreVersion: Hashable, Sendable {
    var values: [String]
}

extension EventStore {
    /// The store's version and, unless it equals `known`, the knowledge
    /// graph, both read in one snapshot: a writer ingesting at the same
    /// time is seen either not at all or wholly, and the version always
    /// describes the graph returned with it.
    public func graph(unlessAt known: StoreVersion?) throws -> (version: StoreVersion, graph: KnowledgeGraph?) {
        try run {
            try pool.read { db in
                let version = try Self.version(db)
                if version == known { return (version, nil) }
                let inputs = try Self.graphInputs(db)
                return (version, GraphBuilder().build(actors: inputs.actors, mentions: inputs.mentions))
            }
        }
    }

    static func version(_ db: Database) throws -> StoreVersion {
        let row = try Row.fetchOne(db, sql: """
            SELECT count(*), max(rowid), max(ingested_at), total(mention_count),
                   (SELECT max(rowid) FROM mentions), (SELECT max(rowid) FROM actors),
                   (SELECT max(rowid) FROM actor_roles)
            FROM documents
            """)
        guard let row else { return StoreVersion(values: []) }
        return StoreVersion(values: (0..<row.count).map { (row[$0] as DatabaseValue).description })
    }
}
