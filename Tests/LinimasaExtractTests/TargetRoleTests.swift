import LinimasaExtract
import LinimasaModel
import Testing

/// Whom an act is aimed at, in sentences written for these tests: the agent
/// of a relative clause, verbs whose subject undergoes the act they hold,
/// partners of the source, a partner after "bersama", coordinated clauses
/// and places that stand for a party.
@Suite struct TargetRoleTests {
    @Test func theAgentOfARelativeClauseActsAndTheObjectOfTheClauseSuffers() throws {
        let x = extract("Juru bicara Ekuador menyebut serangan yang dilakukan pasukan gabungan Chile dan Bolivia "
                        + "telah merusak pelabuhan Peru.", published: "2024-04-02")
        let e = try event(x, root: "19", trigger: "serangan")
        #expect(x.country(e.sourceID) == "CHL")
        #expect(x.country(e.targetID) == "PER")
    }

    @Test func aSiegeCarriedOutByAStateIsThatStatesAct() throws {
        let x = extract("Rumah sakit itu berhenti beroperasi karena pengepungan yang dilakukan Ethiopia.", published: "2024-04-02")
        let e = try event(x, root: "19")
        #expect(x.country(e.sourceID) == "ETH")
        #expect(x.country(e.targetID) != "ETH")
    }

    @Test func theSubjectOfAPassiveVerbUndergoesTheNounItHolds() throws {
        let x = extract("Venezuela dikenai berbagai sanksi Kanada sejak pemilu itu.", published: "2024-04-02")
        let e = try event(x, root: "16")
        #expect(x.country(e.sourceID) == "CAN")
        #expect(x.country(e.targetID) == "VEN")
    }

    @Test func whoReceivesAVisitIsItsTarget() throws {
        let x = extract("Presiden Ghana menerima kunjungan Perdana Menteri Togo di Accra.", published: "2024-04-02")
        let e = try event(x, root: "04", trigger: "kunjungan")
        #expect(x.country(e.sourceID) == "TGO")
        #expect(x.country(e.targetID) == "GHA")
    }

    @Test func aWelcomeReceivedFromAKingIsTheKingsAct() throws {
        let x = extract("Presiden Chile menerima sambutan kenegaraan dari Raja Spanyol di Madrid.", published: "2024-04-02")
        let e = try event(x, root: "04", trigger: "sambutan")
        #expect(x.country(e.sourceID) == "ESP")
        #expect(x.country(e.targetID) == "CHL")
    }

    @Test func aCountedAttackFacedByAGovernmentIsAimedAtIt() throws {
        // A number between the verb and the noun: the verb still holds it.
        let x = extract("Pemerintah Latvia menghadapi 20 serangan siber Rusia bulan lalu.", published: "2024-04-02")
        let e = try event(x, root: "19", trigger: "serangan")
        #expect(x.country(e.sourceID) == "RUS")
        #expect(x.country(e.targetID) == "LVA")
    }

    @Test func aPartnerOfTheAttackerIsNotItsTarget() throws {
        let x = extract("Markas itu hancur akibat serangan Mesir dan Sudan yang menewaskan tentara Eritrea.", published: "2024-04-02")
        let e = try event(x, root: "19")
        #expect(x.country(e.sourceID) == "EGY")
        #expect(x.country(e.targetID) == "ERI")
    }

    @Test func aMeetingPartnerStaysTheTarget() throws {
        let x = extract("Hasil pertemuan Kenya dan Uganda diumumkan kemarin.", published: "2024-04-02")
        let e = try event(x, root: "04")
        #expect(x.country(e.targetID) == "UGA")
    }

    @Test func twoLeadersWhoMeetAreThePairWhateverNameFollowsTheVerb() throws {
        let x = extract("Presiden Kenya dan Presiden Uganda bertemu di sela KTT G-20 di Roma.", published: "2024-04-02")
        let e = try event(x, root: "04", trigger: "bertemu")
        #expect(x.country(e.sourceID) == "KEN")
        #expect(x.country(e.targetID) == "UGA")
    }

    @Test func aVerbCoordinatedAfterTheObjectStartsAnotherClause() throws {
        let x = extract("Jepang mengecam uji coba rudal Korea Utara dan menyatakan bahwa latihan dengan Filipina akan berlanjut.",
                        published: "2024-04-02")
        let e = try event(x, root: "11")
        #expect(x.country(e.targetID) == "PRK")
    }

    @Test func twoVerbsBeforeTheObjectShareIt() throws {
        let x = extract("Polandia mengecam dan mengutuk Belarus.", published: "2024-04-02")
        let e = try event(x, root: "11", trigger: "mengecam")
        #expect(x.country(e.targetID) == "BLR")
    }

    @Test func aPartnerAfterBersamaIsTheTargetNotTheNounsActor() throws {
        let x = extract("Perdana Menteri Nepal mengadakan audiensi bersama Presiden Mongolia di Ulaanbaatar.", published: "2024-04-02")
        let e = try event(x, root: "04", trigger: "audiensi")
        #expect(x.country(e.sourceID) == "NPL")
        #expect(x.country(e.targetID) == "MNG")
    }

    @Test func gazaStandsForPalestineAsWhatIsStruck() throws {
        let x = extract("Israel kembali membombardir Jalur Gaza pada Selasa malam.", published: "2024-04-02")
        let e = try event(x, root: "19")
        #expect(x.country(e.sourceID) == "ISR")
        #expect(x.country(e.targetID) == "PSE")
    }
}

/// Places that are whom an act is aimed at: the state visited, the place struck.
@Suite struct PlaceTargetTests {
    @Test func aVisitIsToTheStateItTakesPlaceIn() throws {
        let x = extract("Perdana Menteri Belgia sedang melakukan lawatan di Yordania pekan ini.", published: "2024-04-02")
        let e = try #require(x.events.first { $0.cameo.isWithin("04") })
        #expect(x.country(e.targetID) == "JOR")
    }

    @Test func aPassiveStrikeWithNoPartyAsSubjectIsOnThePlaceNamed() throws {
        let x = extract("Sebuah sekolah yang dibom Azerbaijan yaitu sekolah dasar di Stepanakert, Armenia.", published: "2024-04-02")
        let e = try #require(x.events.first { $0.cameo.isWithin("19") || $0.cameo.isWithin("18") })
        #expect(x.country(e.sourceID) == "AZE")
        #expect(x.country(e.targetID) == "ARM")
    }
}

/// An outlet spoken to or quoted from reports the act; it is not whom the act is aimed at.
@Suite struct OutletTargetTests {
    @Test func aTelevisionStationSpokenToIsNotTheTarget() throws {
        let x = extract("Menteri Pertahanan Polandia menyatakan kepada stasiun televisi Jerman bahwa latihan akan berlanjut.",
                        published: "2024-04-02")
        let e = try #require(x.events.first { $0.cameo.isWithin("01") })
        #expect(x.country(e.sourceID) == "POL")
        #expect(x.country(e.targetID) != "DEU")
    }
}
