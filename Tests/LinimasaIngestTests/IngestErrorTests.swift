import LinimasaIngest
import LinimasaModel
import Testing

@Test func errorNamesItsInputAndLine() {
    let e = IngestError(.invalidJSON, InputOrigin(path: "corpus.jsonl", line: 7), "expected ':'")
    #expect(e.description == "corpus.jsonl:7: expected ':' [invalid-json]")
}
