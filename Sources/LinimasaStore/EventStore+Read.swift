import GRDB
import LinimasaGraph
import LinimasaModel

extension EventStore {
    /// Everything the graph is built from, read in one snapshot: a writer
    /// ingesting at the same time is seen either not at all or wholly.
    ///
    /// Actors come sorted by id, each with its roles merged over articles
    /// (one span per role, from the earliest start to the latest end any
    /// article gave, sorted by start) and `mentionCount` counted from the
    /// stored mentions that name it as source or target. Mentions come
    /// sorted by ``MentionKey``.
    public func graphInputs() throws -> (actors: [ActorNode], mentions: [Mention]) {
        try run { try pool.read { db in try Self.graphInputs(db) } }
    }

    /// ``graphInputs()`` inside a read the caller holds.
    static func graphInputs(_ db: Database) throws -> (actors: [ActorNode], mentions: [Mention]) {
        let records = try ActorRecord.order(ActorRecord.Columns.id).fetchAll(db)
        let roles = try ActorRoleRecord.fetchAll(db)
        let mentions = try MentionRecord
            .order(MentionRecord.Columns.documentID, MentionRecord.Columns.triggerStart,
                   MentionRecord.Columns.cameo)
            .fetchAll(db)
            .map { try $0.mention() }
        var named: [ActorID: Int] = [:]
        for m in mentions {
            if let s = m.sourceID { named[s, default: 0] += 1 }
            if let t = m.targetID, t != m.sourceID { named[t, default: 0] += 1 }
        }
        let spans = try Self.mergedRoles(roles)
        let actors = try records.map {
            try $0.node(roles: spans[$0.id] ?? [], mentionCount: named[ActorID($0.id)] ?? 0)
        }
        return (actors, mentions)
    }

    /// The stored text hash of each of `ids` that is stored, so that a
    /// caller can skip the work of preparing articles ``ingest(_:)`` would
    /// skip anyway. (`ingest` checks again inside its transaction.)
    public func textHashes(of ids: [String]) throws -> [String: String] {
        try run {
            try pool.read { db in
                var out: [String: String] = [:]
                // Stay well under SQLite's limit on bound parameters.
                for start in stride(from: 0, to: ids.count, by: 500) {
                    let chunk = Array(ids[start..<min(start + 500, ids.count)])
                    let rows = try DocumentRecord
                        .filter(keys: chunk)
                        .select(DocumentRecord.Columns.id, DocumentRecord.Columns.textHash)
                        .asRequest(of: Row.self)
                        .fetchAll(db)
                    for row in rows { out[row[0]] = row[1] }
                }
                return out
            }
        }
    }

    /// The knowledge graph of everything stored, built by ``GraphBuilder``.
    public func graph() throws -> KnowledgeGraph {
        let inputs = try graphInputs()
        return GraphBuilder().build(actors: inputs.actors, mentions: inputs.mentions)
    }

    /// One span per (actor, role): the widest the articles support
    /// (``RoleSpan/merged(_:)``, as the graph built from articles has them).
    static func mergedRoles(_ rows: [ActorRoleRecord]) throws -> [String: [RoleSpan]] {
        var byActor: [String: [RoleSpan]] = [:]
        for row in rows { byActor[row.actorID, default: []].append(try row.span()) }
        return byActor.mapValues(RoleSpan.merged)
    }
}
