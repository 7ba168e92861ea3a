import LinimasaExtract
import LinimasaModel
import Testing

/// A meeting that is only needed or possible is hypothetical, even when
/// the noun names both parties before its "akan" (issue 8: such meetings
/// merged with the talks that did happen).
@Suite struct MeetingModalityTests {
    @Test func aMeetingNamingBothPartiesBeforeItsAkanIsHypothetical() throws {
        let x = extract("Kanselir Jerman mengatakan pertemuan antara Presiden Emmanuel Macron dan Presiden Lula da Silva hanya akan mungkin setelah pemilu.",
                        published: "2023-03-08")
        let meeting = try #require(x.events.first { $0.cameo.isWithin("04") }, "no 04 event in \(x.events.map(\.cameo))")
        #expect(meeting.modality == .hypothetical)
    }

    @Test func aMeetingThatIsNeededHasNotHappened() throws {
        let x = extract("Jepang dan Korea Selatan menekankan perlunya pertemuan tingkat tinggi tahun ini.", published: "2023-03-08")
        let meeting = try #require(x.events.first { $0.cameo.isWithin("04") }, "no 04 event in \(x.events.map(\.cameo))")
        #expect(meeting.modality == .hypothetical)
    }

    @Test func aMeetingThatTookPlaceStaysAsserted() throws {
        let x = extract("Presiden Perancis Emmanuel Macron dan Presiden Brasil Lula da Silva menggelar pertemuan di Paris pada Rabu (8/3).", published: "2023-03-09")
        let meeting = try #require(x.events.first { $0.cameo.isWithin("04") }, "no 04 event in \(x.events.map(\.cameo))")
        #expect(meeting.modality == .asserted)
    }
}
