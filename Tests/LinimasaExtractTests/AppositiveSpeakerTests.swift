import LinimasaExtract
import LinimasaModel
import Testing

/// A speaker named in apposition after a role and a state ("Kepala
/// perunding Rusia, NAME, mengatakan") is that person, serving that state
/// for the whole article; a given name remembered from someone else does
/// not swallow the new person's name.
@Suite struct AppositiveSpeakerTests {
    static let text = "Presiden Rusia Vladimir Putin menerima tamu di Moskow pada Senin. "
        + "Kepala perunding Rusia, Vladimir Medinsky, mengatakan pertukaran tahanan akan dilakukan pekan depan. "
        + "Medinsky juga menuturkan bahwa Moskow siap berunding lagi."

    @Test func theAppositiveNameIsANewPersonNotTheEarlierNamesake() {
        let x = extract(Self.text, published: "2025-05-20")
        let ids = x.sentences[1].actors.map(\.actorID)
        #expect(ids.contains("person:vladimir-medinsky"))
        #expect(!ids.contains("person:vladimir-putin"))
    }

    @Test func theAppositivePersonServesTheStateOfTheRole() {
        let x = extract(Self.text, published: "2025-05-20")
        #expect(x.actor("person:vladimir-medinsky")?.country == "RUS")
    }

    @Test func everyStatementOfThePersonHasThePersonAsSpeaker() {
        let x = extract(Self.text, published: "2025-05-20")
        // "siap berunding" is an intent (03) the statement carries.
        let statements = x.events.filter { $0.cameo.isWithin("01") || $0.cameo.isWithin("03") }
        #expect(statements.count >= 2)
        #expect(statements.allSatisfy { $0.sourceID == "person:vladimir-medinsky" })
    }

    @Test func aStatementTheLeadGivesToTheStateIsItsLeadersWhenHeSpeaksNext() {
        let text = "Malaysia menyatakan akan menambah kapal patroli di Selat Malaka. "
            + "Perdana Menteri Malaysia Anwar Ibrahim menegaskan, kapal-kapal itu akan dikerahkan secara bertahap. "
            + "Ia menambahkan bahwa anggaran sudah disiapkan."
        let x = extract(text, published: "2025-03-12")
        let statements = x.events.filter { $0.cameo.isWithin("01") }
        #expect(statements.count == 3)
        #expect(statements.allSatisfy { $0.sourceID == "person:anwar-ibrahim" })
    }

    @Test func aStateStatementWithoutItsOwnPersonSpeakingStaysTheStates() {
        let text = "Malaysia menyatakan akan menambah kapal patroli di Selat Malaka. "
            + "Presiden Indonesia Prabowo Subianto mengatakan, Jakarta menyambut langkah itu."
        let x = extract(text, published: "2025-03-12")
        #expect(x.events.first { $0.cameo.isWithin("01") }?.sourceID == "MYS")
    }
}
