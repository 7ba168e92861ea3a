import Dispatch
import GRDB
@testable import LinimasaStore
import Synchronization
import Testing
import LinimasaTestSupport

@Suite struct ConcurrencyTests {
    /// While a writer holds a transaction open halfway through a batch, a
    /// reader sees the snapshot from before it, without waiting; once the
    /// writer commits, readers see the whole batch.
    @Test func aReaderSeesAConsistentSnapshotDuringAWrite() throws {
        let dir = try TemporaryDirectory()
        let store = try EventStore(path: dir.file("wal.sqlite"))
        let docs = Fixtures.articles()
        try store.ingest([docs[0]])
        let before = try store.graphInputs()
        #expect(try store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")

        let midWrite = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let writerError = Mutex<String?>(nil)
        DispatchQueue.global().async {
            do {
                try store.pool.write { db in
                    _ = try EventStore.ingest([docs[1]], at: "2024-10-14T00:00:00Z", in: db)
                    // The document row and its mentions are written, not committed.
                    midWrite.signal()
                    release.wait()
                }
            } catch {
                writerError.withLock { $0 = "\(error)" }
            }
            finished.signal()
        }
        midWrite.wait()
        let during = try store.graphInputs()
        let countsDuring = try store.counts()
        release.signal()
        finished.wait()

        #expect(writerError.withLock { $0 } == nil)
        #expect(during.mentions == before.mentions)
        #expect(during.actors == before.actors)
        #expect(countsDuring.documents == 1)
        let after = try store.counts()
        #expect(after.documents == 2)
        #expect(after.mentions == before.mentions.count + docs[1].mentions.count)
    }
}
