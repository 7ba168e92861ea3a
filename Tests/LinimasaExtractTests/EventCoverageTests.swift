import LinimasaExtract
import LinimasaModel
import Testing

/// Events the development set showed missing or misdated, in sentences
/// written for these tests: inverted speech reports, saying-verbs, thanks,
/// criticism, bans, meetings, fighting, and dates that belong to another act.
@Suite struct EventCoverageTests {
    func events(_ x: DocumentExtraction, root: String) -> [Event] { x.events.filter { $0.cameo.isWithin(root) } }

    @Test func theBareVerbAfterAQuoteReportsItsSpeaker() throws {
        let x = extract("\"Kami siap berunding kapan saja,\" tegas Menteri Luar Negeri Chile.", published: "2024-04-02")
        let e = try #require(x.events.first { $0.evidence.triggerText == "tegas" })
        // What it reports is a readiness to negotiate: an intent (03).
        #expect(e.cameo.isWithin("03"))
        #expect(x.country(e.sourceID) == "CHL")
        #expect(e.modality == .asserted)
    }

    @Test func theSameWordInsideAClauseIsNoReport() {
        // "tegas" as an adjective after a noun, not after a quote or comma.
        let x = extract("Sikap tegas pemerintah itu sudah lama dikenal.", published: "2024-04-02")
        #expect(!x.events.contains { $0.evidence.triggerText == "tegas" })
    }

    @Test func conveyingAndTellingAreStatements() {
        let x = extract("Presiden Peru menyampaikan pandangannya tentang perbatasan.", published: "2024-04-02")
        #expect(events(x, root: "01").contains { x.country($0.sourceID) == "PER" })
    }

    @Test func thankingIsPraiseAddressedToItsTarget() throws {
        let x = extract("Presiden Peru berterima kasih kepada Chile atas bantuan itu.", published: "2024-04-02")
        let e = try #require(events(x, root: "05").first)
        #expect(x.country(e.sourceID) == "PER")
        #expect(x.country(e.targetID) == "CHL")
    }

    @Test func condemningAndProtestingAreDisapproval() {
        let x = extract("Pemerintah Chile mengutuk tindakan Peru. Bolivia memprotes keputusan Chile.", published: "2024-04-02")
        let codes = events(x, root: "11").map(\.cameo)
        #expect(codes.contains("111"))
        #expect(codes.contains("114"))
    }

    @Test func aBanIsASanctionButNotInARelativeClause() {
        let ban = extract("Chile melarang dua menteri Peru masuk ke wilayahnya.", published: "2024-04-02")
        #expect(events(ban, root: "16").contains { ban.country($0.sourceID) == "CHL" && ban.country($0.targetID) == "PER" })
        let described = extract("Aturan baru yang melarang impor gandum mulai berlaku.", published: "2024-04-02")
        #expect(events(described, root: "16").isEmpty)
    }

    @Test func attendingAndTouringAreMeetingsAndVisits() {
        let x = extract("Menteri Chile menghadiri forum ekonomi di Lima. Presiden Peru memulai lawatan ke Chile.", published: "2024-04-02")
        #expect(events(x, root: "04").count == 2)
        #expect(events(x, root: "042").count == 1)
    }

    @Test func bombardingAndOccupyingAreFightingButHoldingAPostIsNot() {
        let x = extract("Peru membombardir Chile pada Senin. Pasukan Peru menduduki tiga kota Chile.", published: "2024-04-02")
        #expect(events(x, root: "195").count == 1)
        #expect(events(x, root: "192").count == 1)
        let post = extract("Ia menduduki jabatan menteri sejak 2020.", published: "2024-04-02")
        #expect(events(post, root: "19").isEmpty)
    }

    @Test func aDateAfterAFutureCueBelongsToTheActAnnouncedThere() throws {
        // Published Wednesday 3 April 2024; "Senin (8/4)" is the meeting's day, not the appeal's.
        let x = extract("Presiden Chile telah mendesak Peru membuka perbatasan, dan mengatakan ia akan bertemu Presiden Peru pada Senin (8/4).",
                        published: "2024-04-03")
        let appeal = try #require(events(x, root: "02").first)
        #expect(appeal.modality == .asserted)
        #expect(appeal.date != DayInterval(day: CalendarDate(year: 2024, month: 4, day: 8)!))
        let meeting = try #require(events(x, root: "04").first)
        #expect(meeting.modality == .planned)
        #expect(meeting.date == DayInterval(day: CalendarDate(year: 2024, month: 4, day: 8)!))
    }

    @Test func aSentenceWithAFullStopIsNoHeadline() throws {
        // Many capitalised names, but a full stop: "invasi" stays a noun for a state going on.
        let x = extract("Di tengah invasi Rusia, Menteri Luar Negeri Chile mengunjungi Kyiv.", published: "2024-04-03")
        let war = try #require(events(x, root: "19").first)
        #expect(war.date == nil)
    }

    @Test func theConsequencesOfAnAttackAreThatAttack() {
        let x = extract("Serangan udara pada Senin malam menewaskan tiga orang dan melukai tujuh warga Chile.", published: "2024-04-02")
        #expect(events(x, root: "19").count == 1)
        // An act with a subject of its own is another act.
        let two = extract("Peru menyerang Chile dan Bolivia menduduki kota perbatasan.", published: "2024-04-02")
        #expect(events(two, root: "19").count == 2)
    }

    @Test func whatAnAppealAsksForIsItsContent() {
        let x = extract("Chile mendesak Peru menyetujui gencatan senjata.", published: "2024-04-02")
        #expect(events(x, root: "02").count == 1)
        #expect(events(x, root: "08").isEmpty)
    }

    @Test func anAttackTakenUpByACondemnationIsNoNewReport() {
        let x = extract("Pemerintah Bolivia mengecam serangan itu.", published: "2024-04-02")
        #expect(events(x, root: "11").count == 1)
        #expect(events(x, root: "19").isEmpty)
        // Without the demonstrative, a condemnation names an attack of its own.
        let named = extract("Pemerintah Bolivia mengecam serangan Peru terhadap Chile.", published: "2024-04-02")
        #expect(events(named, root: "19").count == 1)
    }

    @Test func aDateAfterSinceIsThePeriodNotTheAct() throws {
        // Published Saturday 6 April 2024; the talks took place on Friday.
        let x = extract("Perundingan pertama Chile dan Peru sejak musim dingin tahun 2019 berlangsung pada hari Jumat di Lima.",
                        published: "2024-04-06")
        let talks = try #require(events(x, root: "04").first)
        #expect(talks.date == DayInterval(day: CalendarDate(year: 2024, month: 4, day: 5)!))
        let deal = extract("Kedua negara sepakat membuka perbatasan, langkah terbesar sejak perang pecah pada Maret 2019.",
                           published: "2024-04-06")
        #expect(!deal.events.contains { $0.date?.start.year == 2019 && !$0.cameo.isWithin("19") })
    }

    @Test func backgroundInsideAQuotationDoesNotUndateItsReport() throws {
        let x = extract("Kapal itu \"berulang kali memasuki perairan kami\", kata militer Chile dalam sebuah pernyataan.",
                        published: "2024-04-06")
        let said = try #require(x.events.first { $0.evidence.triggerText == "kata" })
        #expect(said.date != nil)
    }

    @Test func aStatementAboutAnActAfterThatIsAStatement() {
        // "menyatakan pencaplokan" declares the act; "menegaskan bahwa latihan …" speaks about it.
        let x = extract("Chile menegaskan bahwa latihan militer gabungan tidak ditujukan kepada Peru.", published: "2024-04-06")
        #expect(events(x, root: "01").contains { x.country($0.sourceID) == "CHL" })
        #expect(events(x, root: "15").count == 1)
    }
}
