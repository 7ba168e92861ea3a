import ArgumentParser
import LinimasaExtract
import LinimasaIngest
import LinimasaModel
import LinimasaStore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract events from articles and store them in a database file.",
        discussion: """
        Reads documents exactly like `read`, extracts actors and events like \
        `extract`, and stores each article with its actors and event mentions \
        in an SQLite database (created if missing), from which the knowledge \
        graph is built.

        Articles are stored in batches (--batch-size, one transaction each): \
        if the run is interrupted, every article is either wholly stored or \
        not at all, and running the same command again finishes the job. \
        Ingesting is idempotent: an article already stored with the same id \
        and the same text and publication date is skipped; one with the same \
        id but another text or date is a correction and replaces the stored \
        one's mentions. Actors are merged across articles (aliases added).

        The database is in WAL mode, so other commands can read it while an \
        ingest runs. An input that cannot be read is reported on standard \
        error like `read` does and the others are still stored; the exit \
        status is then 1. Prints a summary: documents read, added, skipped \
        and replaced, mentions written, and what the database holds.

        Examples:
          linimasa ingest corpus.jsonl --db news.sqlite
          linimasa ingest pages/ feed.xml --db news.sqlite --published 2022-10-13
          linimasa ingest --db news.sqlite --batch-size 50 - < today.jsonl
        """
    )

    @OptionGroup var input: ReadOptionsGroup

    @Option(name: .long, help: ArgumentHelp("The database file to store into (created if missing).", valueName: "file"))
    var db: String

    @Option(name: .long, help: ArgumentHelp("Articles per transaction.", valueName: "n"))
    var batchSize: Int = 200

    @OptionGroup var jobs: JobsOptionGroup

    mutating func validate() throws {
        if db.isEmpty { throw ValidationError("--db needs a file name.") }
        if batchSize < 1 { throw ValidationError("--batch-size must be positive.") }
    }

    func run() throws {
        // An existing database is opened (and checked) at once; a new one is
        // created only when there is an article to store, so that a mistyped
        // input leaves no empty database behind.
        var opened: EventStore? = FileManagerProbe.exists(db) ? try EventStore(path: db) : nil
        func store() throws -> EventStore {
            if let opened { return opened }
            let made = try EventStore(path: db)
            opened = made
            return made
        }
        let extractor = try Extractor()
        var batch: [Document] = []
        batch.reserveCapacity(batchSize)
        var ready: [StoreDocument] = []
        var counts = IngestCounts()
        var summary: ReadPipeline.Summary?
        // One set of worker threads for the whole run (their word memos stay
        // warm); each batch is extracted in full before it is stored.
        try OrderedWorkers.run(jobs: jobs.jobs, transform: { StoreDocument(extractor.extract($0)) },
                               deliver: { ready.append($0) }, produceInBatches: { submit, waitForAll in
            /// Extracts and stores the batch; articles already stored unchanged
            /// are counted as skipped without being extracted again.
            func flush() throws {
                let stored = try opened?.textHashes(of: batch.map(\.id)) ?? [:]
                for doc in batch {
                    if let hash = stored[doc.id], hash == StoreDocument.fingerprint(text: doc.text, published: doc.published) {
                        counts.skipped += 1
                    } else {
                        try submit(doc)
                    }
                }
                try waitForAll()
                if !ready.isEmpty { counts += try store().ingest(ready) }
                ready.removeAll(keepingCapacity: true)
                batch.removeAll(keepingCapacity: true)
            }
            summary = try input.run { doc in
                batch.append(doc)
                if batch.count >= batchSize { try flush() }
            }
            // Documents read before a failure (or before --strict stopped) are kept.
            if !batch.isEmpty { try flush() }
        })
        guard let summary else { return }
        let rows = try opened?.counts()
        let out = try OutputFile(path: nil)
        try out.write("""
            read \(summary.documents) document\(summary.documents == 1 ? "" : "s")\
            \(summary.failures > 0 ? ", \(summary.failures) failed" : "")\
            \(summary.stoppedEarly ? " (stopped at the first failure: --strict)" : "")
            added \(counts.added), skipped \(counts.skipped), replaced \(counts.replaced); \
            \(counts.mentions) mention\(counts.mentions == 1 ? "" : "s") written
            \(rows.map { "\(db): \($0.documents) documents, \($0.actors) actors, \($0.mentions) mentions" } ?? "\(db): not created (nothing to store)")

            """)
        try out.flush()
        if summary.failures > 0 { throw ExitCode(1) }
    }
}
