import LinimasaExtract
import LinimasaModel
import Testing

/// Who does what to whom, and when, in sentences written for these tests:
/// pairs named together, places, passive agents, and statements that
/// announce something planned.
@Suite struct EventRoleTests {
    func parties(_ x: DocumentExtraction, _ e: Event) -> Set<String> {
        Set([x.country(e.sourceID), x.country(e.targetID)].compactMap { $0 })
    }

    /// A quoted passive whose subject the name tagger reads as a name that
    /// runs into the verb: the fronted-phrase check must not build a range
    /// that ends before it starts (this trapped on a corpus article).
    @Test func aQuotedPassiveBeforeKataIsTheSpeakersStatement() throws {
        let x = extract("\"Terlapor RK dilaporkan dengan Pasal 27 dan 28 (UU ITE),\" kata Rudi Hartono.", published: "2024-03-05")
        let e = try event(x, root: "01", trigger: "kata")
        #expect(e.sourceID == "person:rudi-hartono")
    }

    @Test func aCoordinatedSubjectOfAnAgreementGivesBothParties() throws {
        let x = extract("Vietnam dan Filipina sepakat memperluas patroli bersama di laut.", published: "2024-04-02")
        let e = try event(x, root: "0", trigger: "sepakat")
        #expect(parties(x, e) == ["VNM", "PHL"])
    }

    @Test func talksBetweenTwoStatesGiveThePairWhoeverHostsThem() throws {
        let x = extract("Qatar menjadi tuan rumah perundingan antara Armenia dan Azerbaijan di Doha.", published: "2024-04-02")
        let e = try event(x, root: "04", trigger: "perundingan")
        #expect(parties(x, e) == ["ARM", "AZE"])
    }

    @Test func aHyphenatedPairIsBothParties() throws {
        let x = extract("Pertemuan India-Pakistan berlangsung hangat.", published: "2024-04-02")
        let e = try event(x, root: "04")
        #expect(parties(x, e) == ["IND", "PAK"])
    }

    @Test func bothCountriesMeansThePairJustNamed() throws {
        let x = extract("Presiden Kenya tiba di Addis Ababa pada Senin. Ethiopia dan Kenya lalu menandatangani nota kesepahaman. "
                        + "Kedua negara juga berjanji memperluas perdagangan.", published: "2024-04-02")
        let e = try event(x, root: "03", trigger: "berjanji")
        #expect(parties(x, e) == ["ETH", "KEN"])
    }

    @Test func aJointAttackKeepsItsTarget() throws {
        // Coordinated attackers do not become each other's target.
        let x = extract("Inggris dan Prancis menyerang Libya.", published: "2024-04-02")
        let e = try event(x, root: "19")
        #expect(x.country(e.targetID) == "LBY")
    }

    @Test func aPlaceAfterDiIsWhereNotWhom() throws {
        let x = extract("Utusan Swedia bertemu di Nairobi, Kenya, kemarin.", published: "2024-04-02")
        let talk = try event(x, root: "04", trigger: "bertemu")
        #expect(talk.targetID == nil)
    }

    @Test func theAgentRightAfterAPassiveVerbActs() throws {
        let x = extract("Sebuah konvoi bantuan ditembaki Myanmar di dekat perbatasan.", published: "2024-04-02")
        let e = try event(x, root: "19")
        #expect(x.country(e.sourceID) == "MMR")
    }

    @Test func aStatementAnnouncingAPlannedActIsAssertedOnTheDay() throws {
        let x = extract("Perdana Menteri Spanyol mengatakan ia akan mengunjungi Maroko pada Jumat depan.", published: "2024-04-02")
        let said = try event(x, root: "01")
        #expect(said.modality == .asserted)
        #expect(said.date?.end == CalendarDate(year: 2024, month: 4, day: 2))
    }

    @Test func speechAfterAQuotationOfAPlanIsAssertedAndNotDatedByIt() throws {
        let x = extract("\"Kami akan menarik pasukan pada 2019,\" kata Menteri Pertahanan Chile kepada wartawan.",
                        published: "2024-04-02")
        let said = try event(x, root: "01", trigger: "kata")
        #expect(said.modality == .asserted)
        #expect(said.date?.start.year == 2024)
    }

    @Test func anAgreementNamingNoPartyIsBetweenThePairBefore() throws {
        let x = extract("Kolombia dan Ekuador bertemu di perbatasan pada Senin. Kesepakatan dicapai setelah perundingan panjang.",
                        published: "2024-04-02")
        let deal = try event(x, root: "0", trigger: "Kesepakatan")
        #expect(parties(x, deal) == ["COL", "ECU"])
    }

    @Test func anActReportedAsDoneWithoutADateIsTheDaysNews() throws {
        let x = extract("Peru dan Bolivia telah sepakat membuka kembali jalur perdagangan.", published: "2024-04-02")
        let deal = try event(x, root: "0", trigger: "sepakat")
        #expect(deal.date?.end == CalendarDate(year: 2024, month: 4, day: 2))
        let before = extract("Peru pernah menyerang Bolivia.", published: "2024-04-02")
        #expect(try event(before, root: "19").date == nil)
    }

    @Test func aStateGoingOnIsNotTheDaysAct() throws {
        let x = extract("Di tengah blokade Azerbaijan, Armenia meminta bantuan Prancis.", published: "2024-04-02")
        let blockade = try event(x, root: "1", trigger: "blokade")
        #expect(blockade.date == nil)
        let appeal = try event(x, root: "02", trigger: "meminta")
        #expect(appeal.date != nil)
    }

    @Test func heIsTheSpeakerJustQuotedRatherThanTheLastNameSeen() throws {
        let x = extract("\"Kami siap,\" kata Perdana Menteri Kanada Justin Trudeau tentang Presiden Prancis Emmanuel Macron. "
                        + "Dia kemudian mengkritik Rusia.", published: "2019-06-01")
        let criticism = try event(x, root: "1", trigger: "mengkritik")
        #expect(criticism.sourceID == "person:justin-trudeau")
    }

    @Test func aBareRootInATitleCaseHeadlineIsAVerbOfItsSubject() throws {
        let x = extract("Venezuela Kecam Guyana Soal Sengketa Perbatasan\n\nKaracas menyampaikan protes pada Senin.",
                        published: "2024-04-02")
        let e = try event(x, root: "1", trigger: "Kecam")
        #expect(x.country(e.sourceID) == "VEN")
        #expect(x.country(e.targetID) == "GUY")
    }

    @Test func theLocalAuthoritiesAreTheGovernmentOfTheCountryJustNamed() {
        let x = extract("Banjir melanda Bangladesh utara. Otoritas setempat mengatakan ribuan warga mengungsi.",
                        published: "2024-04-02")
        #expect(x.sentences[1].actors.first?.actorID == "BGD-GOV")
    }

    @Test func aVerbInAFrontedPhraseSharesTheMainSubject() throws {
        let x = extract("Usai bertemu Presiden Ghana, Presiden Nigeria menyatakan dukungan bagi rencana itu.",
                        published: "2024-04-02")
        let meeting = try event(x, root: "04", trigger: "bertemu")
        #expect(parties(x, meeting) == ["GHA", "NGA"])
        #expect(x.country(meeting.sourceID) == "NGA")
    }

    @Test func talksTheFirstSinceAYearAreNotDatedToThatYear() throws {
        let x = extract("Perundingan langsung pertama Serbia-Kosovo sejak 2019 digelar di Brussel.", published: "2024-04-02")
        let talks = try event(x, root: "04")
        #expect(talks.date?.start.year == 2024)
    }

    @Test func aPartnerAfterDenganIsNoGenitiveSource() throws {
        let x = extract("Presiden Chile dijadwalkan tiba pada Kamis untuk pertemuan dengan para menteri ASEAN.", published: "2024-04-02")
        let meeting = try event(x, root: "04", trigger: "pertemuan")
        #expect(x.country(meeting.sourceID) == "CHL")
        #expect(meeting.targetID == "ASEAN")
    }

    @Test func anExerciseThatTakesPlaceIsTheDaysAct() throws {
        let x = extract("Latihan gabungan Mesir berlangsung di Laut Merah.", published: "2024-04-02")
        let drill = try event(x, root: "1")
        #expect(drill.date != nil)
    }

    @Test func theAuthoritiesOfAStateAreItsGovernment() {
        let x = extract("Otoritas Peru memanggil duta besar Chile pada Jumat.", published: "2024-04-02")
        #expect(x.sentences[0].actors.first?.actorID == "PER-GOV")
    }

    @Test func aHeadlineOpeningWithAVerbTakesTheSubjectAfterItsComma() throws {
        let x = extract("Kecam Serangan ke Kuwait, Yordania Panggil Duta Besar Irak\n\nYordania menyampaikan protes pada Senin.",
                        published: "2024-04-02")
        let e = try event(x, root: "11", trigger: "Kecam")
        #expect(x.country(e.sourceID) == "JOR")
    }

    @Test func aPurposeClauseActsForTheSubjectNotTheObject() throws {
        // "memanggil duta besar X untuk memprotes": the caller protests, not X.
        let x = extract("Kementerian Luar Negeri Kenya memanggil duta besar Uganda di Nairobi pada Selasa untuk memprotes penahanan nelayan.",
                        published: "2024-04-03")
        let e = try event(x, root: "11", trigger: "memprotes")
        #expect(x.country(e.sourceID) == "KEN")
    }

    @Test func aVerbThatHandsTheActToItsObjectKeepsTheObjectAsDoer() throws {
        // "membantu X untuk menyerang": X attacks, helped.
        let x = extract("Amerika Serikat membantu Filipina untuk menyerang kelompok militan di Mindanao.", published: "2024-04-03")
        let e = try event(x, root: "19", trigger: "menyerang")
        #expect(x.country(e.sourceID) == "PHL")
    }
}
