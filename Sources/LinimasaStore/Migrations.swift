import GRDB

/// The store's schema history, in one place.
///
/// **A migration is never edited once it has been released.** Databases in
/// the wild have already run it and recorded its name; changing its body
/// would leave them with a schema this code no longer describes. To change
/// the schema, append a new migration with a new name ("v2-…") below the
/// others. Migrations speak the database's language (table and column names
/// as strings), never the record types, which only describe the latest schema.
///
/// `Schemas/store.sql` is the schema the latest migration yields; a test
/// compares it with a freshly migrated database so that the file stays true.
enum Migrations {
    /// Every migration, in order.
    static var migrator: DatabaseMigrator {
        // No `eraseDatabaseOnSchemaChange`: a store holds ingested news that
        // may be costly to rebuild, so even debug builds never erase it. A
        // developer who wants it sets it locally, under `#if DEBUG` only.
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents-actors-mentions", migrate: v1)
        return migrator
    }

    /// Documents, actors, the roles each document gives an actor, and event
    /// mentions. Mentions and roles belong to their document and go with it.
    static func v1(_ db: Database) throws {
        try db.create(table: "documents") { t in
            t.primaryKey("id", .text)
            t.column("outlet", .text)
            t.column("url", .text)
            t.column("title", .text)
            // ISO 8601 as `PublishedDate.iso8601` writes it.
            t.column("published", .text)
            t.column("language", .text)
            // Hex SHA-256 of what extraction read; equal hash = same article.
            t.column("text_hash", .text).notNull()
            // How many mentions the article has: a check that none is missing.
            t.column("mention_count", .integer).notNull()
            t.column("ingested_at", .text).notNull()
        }

        try db.create(table: "actors") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("country", .text)
            // JSON array of strings, merged over every ingest.
            t.column("aliases", .text).notNull().defaults(to: "[]")
            // The organisation or state a person acts for (NATO for its Secretary General).
            t.column("affiliation", .text)
        }

        try db.create(table: "actor_roles") { t in
            t.primaryKey {
                t.column("document_id", .text).references("documents", onDelete: .cascade)
                t.column("actor_id", .text).references("actors", onDelete: .cascade)
                t.column("role", .text)
            }
            // Days (YYYY-MM-DD) the document gives for the role.
            t.column("start_day", .text)
            t.column("end_day", .text)
        }
        try db.create(index: "actor_roles_on_actor_id", on: "actor_roles", columns: ["actor_id"])

        try db.create(table: "mentions") { t in
            // The mention's identity: one row per (document, trigger, code).
            t.primaryKey {
                t.column("document_id", .text).references("documents", onDelete: .cascade)
                t.column("trigger_start", .integer)
                t.column("cameo", .text)
            }
            t.column("trigger_end", .integer).notNull()
            t.column("outlet", .text)
            t.column("url", .text)
            t.column("published", .text)
            t.column("sentence_index", .integer).notNull()
            t.column("clause_start", .integer).notNull()
            t.column("clause_end", .integer).notNull()
            t.column("trigger_text", .text).notNull()
            t.column("evidence_text", .text).notNull()
            t.column("modality", .text).notNull()
            t.column("plover", .text).notNull()
            t.column("quad_class", .integer).notNull()
            t.column("goldstein", .double).notNull()
            t.column("source_id", .text)
            t.column("target_id", .text)
            t.column("date_start", .text)
            t.column("date_end", .text)
            t.column("precision", .text)
            t.column("confidence", .double).notNull()
        }
    }
}
