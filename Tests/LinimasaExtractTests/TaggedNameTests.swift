import LinimasaExtract
import LinimasaModel
import Testing

/// People and organisations the name tagger finds and no list knows are
/// actors; names of things (an exercise after its noun) and of places
/// (after a locative) are not.
@Suite struct TaggedNameTests {
    static let text = "Angkatan Laut kedua negara menggelar latihan Ombak Biru Samudra di perairan itu. "
        + "Wartawan Harjanto Wibisono menulis bahwa latihan berlangsung di Karangwetan selama seminggu."

    @Test func aPersonNoListKnowsIsAnActor() {
        let ids = extract(Self.text, published: "2024-05-02").actors.map(\.id)
        #expect(ids.contains { $0.hasPrefix("person:") && $0.contains("harjanto-wibisono") })
    }

    @Test func anExercisesNameAndAPlaceAreNoActors() {
        let ids = extract(Self.text, published: "2024-05-02").actors.map(\.id)
        #expect(!ids.contains { $0.contains("ombak") || $0.contains("samudra") })
        #expect(!ids.contains { $0.contains("karangwetan") })
    }
}
