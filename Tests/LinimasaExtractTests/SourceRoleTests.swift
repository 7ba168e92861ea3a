import LinimasaExtract
import LinimasaModel
import Testing

/// Who acts, in sentences written for these tests: the agent of a passive
/// (after the verb, past the weapon, or in a relative clause after an event
/// noun), news outlets that only report, a head of state named by title
/// alone, adverbs between a subject and its verb, and the dates of sayings.
@Suite struct SourceRoleTests {
    @Test func theAgentOfAPassiveMayOwnTheWeaponThatStruck() throws {
        let x = extract("Sebuah pos perbatasan dihantam tembakan artileri Azerbaijan pada Senin.", published: "2024-04-02")
        let e = try event(x, root: "19", trigger: "dihantam")
        #expect(x.country(e.sourceID) == "AZE")
    }

    @Test func aPlaceAfterAPassiveVerbIsNoAgent() throws {
        let x = extract("Seorang jurnalis ditembaki di dekat perbatasan Lebanon.", published: "2024-04-02")
        let e = try event(x, root: "19", trigger: "ditembaki")
        #expect(x.country(e.sourceID) != "LBN")
    }

    @Test func theAgentOfAPassiveRelativeClauseDoesTheNounsAct() throws {
        let x = extract("Puluhan rumah rusak akibat serangan yang dilancarkan Azerbaijan semalam.", published: "2024-04-02")
        let e = try event(x, root: "19", trigger: "serangan")
        #expect(x.country(e.sourceID) == "AZE")
    }

    @Test func zionisNamesIsrael() throws {
        let x = extract("Sebuah sekolah di Rafah digempur Zionis pada Selasa.", published: "2024-04-03")
        let e = try event(x, root: "19", trigger: "digempur")
        #expect(x.country(e.sourceID) == "ISR")
    }

    @Test func anOutletSpokenToIsNeitherSpeakerNorAddressee() throws {
        let x = extract("Menteri Luar Negeri Kenya mengatakan kepada Reuters bahwa negaranya akan membuka kedutaan di Lima.",
                        published: "2024-04-02")
        let e = try event(x, root: "01", trigger: "mengatakan")
        #expect(x.country(e.sourceID) == "KEN")
        #expect(e.targetID == nil)
        #expect(!x.actors.contains { $0.name.lowercased().contains("reuters") })
    }

    @Test func anOutletReportingMakesNoActor() {
        let x = extract("Menurut laporan Kantor Berita Anadolu, dua kapal tiba di pelabuhan. Demikian dilaporkan Al Jazeera.",
                        published: "2024-04-02")
        #expect(x.actors.isEmpty, "\(x.actors.map(\.id))")
    }

    @Test func theHeadOfStateByTitleAloneIsTheOfficeHolderNotAPersonCalledNegara() throws {
        let x = extract("Kepala Negara bertemu Perdana Menteri Jepang di Jakarta pada Senin.", published: "2024-04-02")
        let e = try event(x, root: "04", trigger: "bertemu")
        #expect(e.sourceID == "person:joko-widodo")
        #expect(!x.actors.contains { $0.id == "person:negara" })
    }

    @Test func anAdverbMayStandBetweenSubjectAndVerb() throws {
        let x = extract("Peru sebelumnya mengecam kebijakan perikanan Chile.", published: "2024-04-02")
        let e = try event(x, root: "11", trigger: "mengecam")
        #expect(x.country(e.sourceID) == "PER")
    }

    @Test func aRepresentativeFromAStateSpeaksForIt() throws {
        let x = extract("Perwakilan dari Peru sendiri menyebut usulan Chile tidak adil.", published: "2024-04-02")
        let e = try event(x, root: "01", trigger: "menyebut")
        #expect(x.country(e.sourceID) == "PER")
    }

    @Test func aFullNameNamedAgainIsOneMentionNotTwoSurnames() {
        let x = extract("Anthony Albanese tiba di Jakarta. Anthony Albanese mulanya mengkritik rencana itu.", published: "2024-04-02")
        let mentions = x.sentences[1].actors
        #expect(mentions.count == 1)
        #expect(mentions.first?.actorID == "person:anthony-albanese")
        #expect(mentions.first?.tokens == 0..<2)
    }

    @Test func aDurationOpeningTheNextClauseDoesNotDateTheSaying() throws {
        let x = extract("Presiden Chile berbicara di Santiago. Ia menambahkan, dalam 30 tahun terakhir hubungan Chile dan Peru membaik.",
                        published: "2024-04-02")
        let e = try event(x, root: "01", trigger: "menambahkan")
        #expect(e.date?.end == CalendarDate(year: 2024, month: 4, day: 2))
    }
    @Test func aRelativeClauseBetweenCommasIsPassedToItsHead() throws {
        let x = extract("Kenya, yang sebelumnya mendesak Uganda menarik pasukan dari perbatasan, mengatakan pada Senin bahwa perundingan gagal.",
                        published: "2024-04-02")
        let e = try event(x, root: "01", trigger: "mengatakan")
        #expect(x.country(e.sourceID) == "KEN")
    }

    @Test func aCommaBeforeSambilOpensTheSameSubjectsNextAct() throws {
        let x = extract("Peru mengundang pejabat Chile ke Lima, sambil menyatakan harapan bahwa sengketa segera selesai.",
                        published: "2024-04-02")
        let e = try event(x, root: "01", trigger: "menyatakan")
        #expect(x.country(e.sourceID) == "PER")
    }

    @Test func aTitleBeforeASurnameThatIsAlsoAFunctionWordNamesThePerson() throws {
        let x = extract("Nicusor Dan tiba di Chisinau. Presiden Dan kemudian mengecam Rusia.", published: "2025-09-02")
        let e = try event(x, root: "11", trigger: "mengecam")
        #expect(e.sourceID == "person:nicusor-dan")
    }
    @Test func aCommonNounAfterATitleIsNoPersonsName() {
        let x = extract("Gubernur itu bertemu warga. Kepala Pemerintahan menolak berkomentar tentang keputusan itu.",
                        published: "2024-04-02")
        #expect(!x.actors.contains { $0.kind == .person }, "\(x.actors.map(\.id))")
    }
    @Test func theyAfterBahwaIsTheStateThatSpeaks() {
        let x = extract("Vietnam mengatakan bahwa mereka telah menahan kapal nelayan Filipina di dekat pulau itu.", published: "2024-04-02")
        let they = x.sentences[0].actors.first { x.sentences[0].tokens[$0.tokens.lowerBound].key == "mereka" }
        #expect(they?.actorID == "VNM")
    }
}
