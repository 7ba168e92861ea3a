import LinimasaExtract
import LinimasaModel
import Testing

/// Who an act's party is when the sentence names it earlier or only by a
/// description: "kelompok tersebut", "wilayah tersebut", a subject with an
/// unnamed partner, the owner of what is fired, and a name after a
/// sentence's first word.
@Suite struct ContextReferenceTests {
    @Test func theGroupMentionedBeforeIsWhoRejects() throws {
        let x = extract("Arab Saudi meminta Houthi menghentikan serangan di Laut Merah. "
                        + "Namun, kelompok tersebut menolak permintaan itu.", published: "2024-03-05")
        let e = try event(x, root: "12", trigger: "menolak")
        #expect(x.actor(e.sourceID)?.name.contains("Houthi") == true)
    }

    @Test func aNamedSubjectWithAnUnnamedPartnerActs() throws {
        let x = extract("Houthi dan sekutunya menolak usulan gencatan senjata itu.", published: "2024-03-05")
        let e = try event(x, root: "12", trigger: "menolak")
        #expect(x.actor(e.sourceID)?.name.contains("Houthi") == true)
    }

    @Test func theTerritoryMentionedBeforeIsTheStateStruck() throws {
        let x = extract("Turki menempatkan pasukan di utara Suriah dan terus melancarkan serangan ke wilayah tersebut.",
                        published: "2024-03-05")
        let e = try event(x, root: "19", trigger: "serangan")
        #expect(x.country(e.sourceID) == "TUR")
        #expect(x.country(e.targetID) == "SYR")
    }

    @Test func theOwnerOfWhatIsFiredFiresIt() throws {
        let x = extract("Penduduk kota pelabuhan Arab Saudi berlindung ketika rudal-rudal Houthi ditembakkan.",
                        published: "2024-03-05")
        let e = try event(x, root: "19", trigger: "ditembakkan")
        #expect(x.actor(e.sourceID)?.name.contains("Houthi") == true)
        #expect(x.country(e.targetID) == "SAU")
    }

    @Test func aNameAfterTheFirstWordOfASentenceIsStillRead() throws {
        let x = extract("Serangan Turki menewaskan lima orang di Suriah utara.", published: "2024-03-05")
        let e = try event(x, root: "19", trigger: "Serangan")
        #expect(x.country(e.sourceID) == "TUR")
        #expect(x.country(e.targetID) == "SYR")
    }

    @Test func theStateMeantByThatCountryIsNotTheSubjectItself() throws {
        let x = extract("Mesir mengecam Sudan. Mesir menuduh negara itu melanggar perjanjian perbatasan.", published: "2024-03-05")
        let e = try event(x, root: "112", trigger: "menuduh")
        #expect(x.country(e.sourceID) == "EGY")
        #expect(x.country(e.targetID) == "SDN")
    }

    @Test func anAttackNamingNoTargetStrikesWhomTheSameSourceStruckJustBefore() throws {
        let x = extract("Ethiopia menyerang Eritrea pada Selasa. Ethiopia juga melancarkan serangan udara pada malam harinya.",
                        published: "2024-03-05")
        let e = try event(x, root: "19", trigger: "serangan")
        #expect(x.country(e.sourceID) == "ETH")
        #expect(x.country(e.targetID) == "ERI")
    }
}
