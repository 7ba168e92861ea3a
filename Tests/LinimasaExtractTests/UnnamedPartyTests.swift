import LinimasaExtract
import LinimasaModel
import Testing

/// A party the act's own words leave unnamed, in sentences written for
/// these tests: the other side the sentence names, the sides of the fight
/// the article reports, whom the previous quote of the same speaker was
/// about, the object of the verb coordinated before a demand, and the
/// subject opening a headline.
@Suite struct UnnamedPartyTests {
    @Test func anAttackNamingNoTargetStrikesTheOtherSideTheSentenceNames() throws {
        let x = extract("Pemerintah Moldova terguncang sejak Kamis, sehari setelah dihantam rudal jelajah Rusia yang salah arah.",
                        published: "2024-04-02")
        let e = try event(x, trigger: "dihantam")
        #expect(x.country(e.sourceID) == "RUS")
        #expect(x.country(e.targetID) == "MDA")
    }

    @Test func aSpeakerIsNeverTheTargetOfTheAttackTheyReport() throws {
        let x = extract("Pasukan Rusia kembali melancarkan serangan drone pada malam hari, kata Kementerian Pertahanan Moldova.",
                        published: "2024-04-02")
        let e = try event(x, trigger: "serangan")
        #expect(x.country(e.sourceID) == "RUS")
        #expect(x.country(e.targetID) != "MDA")
    }

    @Test func anAttackNamingNeitherSideIsBetweenTheSidesOfTheLastAttack() throws {
        let x = extract("Israel menggempur Suriah selatan pada Jumat. Ratusan warga mengungsi ke utara. "
                        + "Serangan terbaru pada Minggu menewaskan tiga orang.", published: "2024-04-02")
        let e = try event(x, trigger: "Serangan")
        #expect(x.country(e.sourceID) == "ISR")
        #expect(x.country(e.targetID) == "SYR")
    }

    @Test func aSanctionNamingNoTargetIsAgainstTheSideItsSourceLastActedAgainst() throws {
        let x = extract("Kuwait mengusir duta besar Korea Utara pada Senin. Ribuan pekerja tinggal di negara Teluk itu. "
                        + "Mereka bekerja di sektor konstruksi. Kuwait juga menghentikan penerbangan langsung.",
                        published: "2024-04-02")
        let e = try event(x, trigger: "menghentikan")
        #expect(x.country(e.sourceID) == "KWT")
        #expect(x.country(e.targetID) == "PRK")
    }

    @Test func aQuoteCarriedOnIsAboutWhomThePreviousQuoteWas() throws {
        let x = extract("\"Kami tidak akan tinggal diam menghadapi provokasi Armenia,\" kata Menteri Luar Negeri Azerbaijan. "
                        + "\"Kesabaran kami ada batasnya,\" lanjutnya.", published: "2024-04-02")
        let e = try event(x, trigger: "lanjutnya")
        #expect(x.country(e.sourceID) == "AZE")
        #expect(x.country(e.targetID) == "ARM")
    }

    @Test func anAccusationWhoseAccuserIsUnnamedIsTheOtherSidesAct() throws {
        let x = extract("Militer Vietnam mengusir sebuah kapal milik angkatan laut Filipina yang dituduh melanggar perairannya.",
                        published: "2024-04-02")
        let e = try event(x, trigger: "dituduh")
        #expect(x.country(e.sourceID) == "VNM")
        #expect(x.country(e.targetID) == "PHL")
    }

    @Test func aDemandAfterAnotherVerbsObjectIsAddressedToIt() throws {
        let x = extract("Presiden Finlandia menghubungi Kanselir Jerman dan meminta tambahan amunisi artileri.",
                        published: "2024-04-02")
        let e = try event(x, trigger: "meminta")
        #expect(x.country(e.sourceID) == "FIN")
        #expect(x.country(e.targetID) == "DEU")
    }

    @Test func aHeadlineVerbAfterACommaKeepsTheHeadlinesOpeningSubject() throws {
        let x = extract("Azerbaijan Abaikan Seruan Damai, Akan Serang Armenia\n\nBaku menolak perundingan baru.",
                        published: "2024-04-02")
        let e = try event(x, trigger: "Serang")
        #expect(x.country(e.sourceID) == "AZE")
        #expect(x.country(e.targetID) == "ARM")
    }

    @Test func aSubheadingWhoseOnlyNameFollowsItsVerbTakesNoSubjectFromAfterIt() throws {
        // A verb-first subheading inside the body, with a capitalised word
        // after the verb and no comma: nothing before the verb can be its
        // subject, and the search must not look backwards from after it.
        let x = extract("Polisi menjaga gerbang pabrik sejak pagi.\n\nBantah Kirim Tank\n\nJuru bicara polisi membantah kabar itu.",
                        published: "2024-04-02")
        // It used to trap here: the range from the name's end back to the verb ran backwards.
        #expect(x.events.contains { $0.evidence.triggerText == "membantah" })
        for e in x.events where e.evidence.triggerText == "Bantah" {
            #expect(x.actor(e.sourceID)?.name != "Tank")
        }
    }
}
