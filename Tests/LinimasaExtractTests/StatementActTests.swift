import LinimasaExtract
import LinimasaModel
import Testing

/// A statement whose content is itself a codable act (thanks, praise, an
/// intent) is that act, in sentences written for these tests; a plain
/// statement stays a statement, and a quotation's own words never name
/// who speaks it (issue 8: one speaker's statements that report different acts).
@Suite struct StatementActTests {
    @Test func quotedThanksIsPraiseBySpeaker() throws {
        let x = extract("\"Saya ingin berterima kasih kepada Jepang atas bantuan itu,\" ujar Presiden Filipina.", published: "2024-07-02")
        let e = try #require(x.events.first { $0.evidence.triggerText == "ujar" })
        #expect(e.cameo.isWithin("05"), "\(e.cameo)")
        #expect(x.country(e.sourceID) == "PHL")
        #expect(e.modality == .asserted)
        #expect(x.events.count == 1)
    }

    @Test func conveyingAppreciationOrThanksIsPraise() throws {
        for text in [
            "Menteri Luar Negeri Brasil menyampaikan penghargaan kepada Kenya atas dukungan tersebut.",
            "Presiden Chile menyampaikan apresiasi atas sikap Peru dalam perundingan itu.",
            "Perdana Menteri Fiji menyampaikan rasa terima kasihnya kepada Selandia Baru.",
        ] {
            let x = extract(text, published: "2024-07-02")
            #expect(x.events.contains { $0.cameo.isWithin("05") }, "\(text): \(x.events.map { "\($0.cameo) \($0.evidence.triggerText)" })")
            #expect(!x.events.contains { $0.cameo.isWithin("01") }, "\(text): \(x.events.map { "\($0.cameo) \($0.evidence.triggerText)" })")
        }
    }

    @Test func aPlainQuoteStaysAStatement() throws {
        let x = extract("\"Kami akan terus memantau keadaan di perbatasan,\" kata Menteri Pertahanan Peru.", published: "2024-07-02")
        let e = try #require(x.events.first { $0.evidence.triggerText == "kata" })
        #expect(e.cameo.isWithin("01"), "\(e.cameo)")
    }

    @Test func readinessToHelpIsAnIntent() throws {
        let x = extract("Perdana Menteri Vietnam menyatakan siap membantu Laos.", published: "2024-07-02")
        let e = try #require(x.events.first { $0.cameo.isWithin("03") }, "\(x.events.map { "\($0.cameo) \($0.evidence.triggerText)" })")
        #expect(x.country(e.sourceID) == "VNM")
    }

    @Test(arguments: [
        "Persiapan untuk membantu korban banjir berjalan lancar.",
        "Pemerintah Laos menyiapkan bantuan untuk korban banjir.",
    ])
    func preparingIsNoIntent(text: String) {
        let x = extract(text, published: "2024-07-02")
        #expect(!x.events.contains { $0.cameo.isWithin("03") }, "\(x.events.map { "\($0.cameo) \($0.evidence.triggerText)" })")
    }

    @Test func anActorInsideTheQuoteIsNotItsSpeaker() throws {
        let x = extract("\"Serangan Rusia menghancurkan jembatan di pusat kota,\" demikian pernyataan pemerintah kota tersebut.", published: "2024-07-02")
        let e = try #require(x.events.first { $0.evidence.triggerText == "pernyataan" }, "\(x.events.map { "\($0.cameo) \($0.evidence.triggerText)" })")
        #expect(x.country(e.sourceID) != "RUS", "\(String(describing: e.sourceID))")
    }
}
