-- The Linimasa store's schema after its latest migration, as SQLite
-- reports it (sqlite_master, in creation order; GRDB's grdb_migrations
-- table left out). Do not edit by hand: it is written by
--   RECORD_SNAPSHOTS=1 swift test --filter schemaDumpMatchesTheMigratedDatabase
-- and LinimasaStoreTests checks that it matches a freshly migrated store.
CREATE TABLE "documents" ("id" TEXT PRIMARY KEY NOT NULL, "outlet" TEXT, "url" TEXT, "title" TEXT, "published" TEXT, "language" TEXT, "text_hash" TEXT NOT NULL, "mention_count" INTEGER NOT NULL, "ingested_at" TEXT NOT NULL);

CREATE TABLE "actors" ("id" TEXT PRIMARY KEY NOT NULL, "name" TEXT NOT NULL, "kind" TEXT NOT NULL, "country" TEXT, "aliases" TEXT NOT NULL DEFAULT '[]', "affiliation" TEXT);

CREATE TABLE "actor_roles" ("document_id" TEXT NOT NULL REFERENCES "documents"("id") ON DELETE CASCADE, "actor_id" TEXT NOT NULL REFERENCES "actors"("id") ON DELETE CASCADE, "role" TEXT NOT NULL, "start_day" TEXT, "end_day" TEXT, PRIMARY KEY ("document_id", "actor_id", "role"));

CREATE INDEX "actor_roles_on_actor_id" ON "actor_roles"("actor_id");

CREATE TABLE "mentions" ("document_id" TEXT NOT NULL REFERENCES "documents"("id") ON DELETE CASCADE, "trigger_start" INTEGER NOT NULL, "cameo" TEXT NOT NULL, "trigger_end" INTEGER NOT NULL, "outlet" TEXT, "url" TEXT, "published" TEXT, "sentence_index" INTEGER NOT NULL, "clause_start" INTEGER NOT NULL, "clause_end" INTEGER NOT NULL, "trigger_text" TEXT NOT NULL, "evidence_text" TEXT NOT NULL, "modality" TEXT NOT NULL, "plover" TEXT NOT NULL, "quad_class" INTEGER NOT NULL, "goldstein" DOUBLE NOT NULL, "source_id" TEXT, "target_id" TEXT, "date_start" TEXT, "date_end" TEXT, "precision" TEXT, "confidence" DOUBLE NOT NULL, PRIMARY KEY ("document_id", "trigger_start", "cameo"));
