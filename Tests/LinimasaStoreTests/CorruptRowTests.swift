import GRDB
import LinimasaModel
import LinimasaStore
import Testing
import LinimasaTestSupport

/// A row another program wrote with a value no mention can hold is reported
/// with the file, the row and the value, and the rest of the store stays.
@Suite struct CorruptRowTests {
    /// Stores the fixtures, then runs `sql` on the file behind the store's back.
    private func damagedStore(_ sql: String) throws -> (EventStore, String, TemporaryDirectory) {
        let dir = try TemporaryDirectory()
        let path = dir.file("damaged.sqlite")
        let store = try EventStore(path: path)
        _ = try store.ingest(Fixtures.articles())
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: sql) }
        try other.close()
        return (store, path, dir)
    }

    @Test func aStoredCodeThatIsNotCAMEOIsReportedWithItsRow() throws {
        let (store, path, dir) = try damagedStore(
            "UPDATE mentions SET cameo = '9Z' WHERE document_id = 'bare-002'")
        defer { _ = dir }
        let error = #expect(throws: StoreError.self) { try store.graphInputs() }
        let text = error?.description ?? ""
        #expect(text.hasPrefix(path + ": "))
        #expect(text.contains("bare-002"))
        #expect(text.contains("'9Z' is not a CAMEO code"))
        // Nothing else was lost: the counts still read, and the other
        // article's mentions are all there.
        #expect(try store.counts().mentions == 4)
        let healthy = try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions WHERE document_id = 'warta-001'")
        }
        #expect(healthy == 3)
    }

    @Test func aStoredDateIntervalThatRunsBackwardsIsReported() throws {
        let (store, _, dir) = try damagedStore(
            "UPDATE mentions SET date_start = '2024-11-30', date_end = '2024-11-01' WHERE cameo = '036'")
        defer { _ = dir }
        let error = #expect(throws: StoreError.self) { try store.graphInputs() }
        #expect(error?.description.contains("date_start and date_end do not make an interval") == true)
    }

    @Test func aStoredModalityNoMentionKnowsIsReportedWithItsColumn() throws {
        let (store, _, dir) = try damagedStore(
            "UPDATE mentions SET modality = 'rumoured' WHERE cameo = '172'")
        defer { _ = dir }
        let error = #expect(throws: StoreError.self) { try store.graphInputs() }
        let text = error?.description ?? ""
        #expect(text.contains(".modality"))
        #expect(text.contains("'rumoured'"))
    }
}
