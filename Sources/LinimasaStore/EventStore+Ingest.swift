import GRDB
import LinimasaGraph
import LinimasaModel

extension EventStore {
    /// Stores a batch of articles in one transaction: either all of the
    /// batch is stored or, on error, none of it.
    ///
    /// - An article already stored with the same id and text hash is
    ///   skipped, so ingesting the same input twice changes nothing.
    /// - The same id with another hash is a corrected article: its old row,
    ///   mentions and roles are deleted and the new ones stored.
    /// - Actors are upserted: new aliases are added, a missing country is
    ///   filled in; the name and kind first stored stay.
    ///
    /// An article may appear twice in one batch; each occurrence is handled
    /// in order, as if ingested one after the other.
    ///
    /// - Throws: ``StoreError`` when a mention carries another document's
    ///   id, or the database fails; the batch is then rolled back.
    @discardableResult
    public func ingest(_ documents: [StoreDocument]) throws -> IngestCounts {
        let now = Self.timestamp()
        return try run { try pool.write { db in try Self.ingest(documents, at: now, in: db) } }
    }

    /// The body of ``ingest(_:)`` inside an open write transaction.
    static func ingest(_ documents: [StoreDocument], at now: String, in db: Database) throws -> IngestCounts {
        var counts = IngestCounts()
        for doc in documents {
            if let stray = doc.mentions.first(where: { $0.documentID != doc.id }) {
                throw Refusal(description: "document \(doc.id): a mention carries document id \(stray.documentID)")
            }
            let storedHash = try DocumentRecord
                .filter(key: doc.id)
                .select(DocumentRecord.Columns.textHash, as: String.self)
                .fetchOne(db)
            if storedHash == doc.textHash {
                counts.skipped += 1
                continue
            }
            if storedHash != nil {
                // ON DELETE CASCADE takes its mentions and roles with it.
                try DocumentRecord.deleteOne(db, key: doc.id)
                counts.replaced += 1
            } else {
                counts.added += 1
            }
            let mentions = doc.distinctMentions
            try DocumentRecord(doc, mentionCount: mentions.count, ingestedAt: now).insert(db)
            for actor in doc.actors {
                try upsert(actor, in: db)
                for span in actor.roles {
                    try ActorRoleRecord(documentID: doc.id, actorID: actor.id, span: span)
                        .insert(db, onConflict: .replace)
                }
            }
            for m in mentions { try MentionRecord(m).insert(db) }
            counts.mentions += mentions.count
        }
        return counts
    }

    /// Inserts the actor, or merges it into the stored one.
    static func upsert(_ actor: ActorNode, in db: Database) throws {
        if var stored = try ActorRecord.fetchOne(db, key: actor.id.text) {
            if stored.merge(actor) { try stored.update(db) }
        } else {
            try ActorRecord(actor).insert(db)
        }
    }
}
