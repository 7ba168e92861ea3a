import LinimasaStore
import Testing

@Test func storeErrorNamesTheDatabase() {
    #expect(StoreError(path: "graph.sqlite", message: "locked").description == "graph.sqlite: locked")
}
