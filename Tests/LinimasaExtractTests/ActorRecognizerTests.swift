import LinimasaExtract
import LinimasaModel
import Testing

@Suite struct ActorRecognizerTests {
    func actorIDs(_ text: String, published: String = "2023-06-19") -> [String] {
        let x = extract(text, published: published)
        return x.sentences.flatMap { $0.actors.map(\.actorID) }
    }

    @Test func titleAndNameWithCountry() throws {
        let x = extract("Menteri Luar Negeri AS Antony Blinken bertemu Menlu China Wang Yi di Beijing.", published: "2023-06-19")
        let ids = x.sentences[0].actors.map(\.actorID)
        #expect(ids.first == "person:antony-blinken")
        #expect(x.actor(ids.first)?.country == "USA")
        // Wang Yi is recognised from the title pattern (or the gazetteer) as a Chinese official.
        #expect(x.country(ids.dropFirst().first) == "CHN")
        #expect(ids.last == "CHN")  // Beijing stands for China
    }

    @Test(arguments: [
        ("Kremlin menolak tuduhan itu.", "RUS"),
        ("Gedung Putih belum berkomentar.", "USA"),
        ("Moskow membantah laporan tersebut.", "RUS"),
        ("Para pejabat di Kyiv menyambut keputusan itu.", "UKR"),
        ("Pakta Pertahanan Atlantik Utara menggelar pertemuan.", "NATO"),
        ("PBB menyerukan gencatan senjata.", "UN"),
    ])
    func metonymsAndOrganisations(text: String, id: String) {
        #expect(actorIDs(text).contains(id), "\(text)")
    }

    @Test func institutionsOfAState() {
        let x = extract("Pasukan Rusia mundur dari kota itu, kata militer Ukraina.", published: "2022-11-11")
        let ids = x.sentences[0].actors.map(\.actorID)
        #expect(ids == ["RUS-MIL", "UKR-MIL"])
        #expect(x.actor("RUS-MIL")?.kind == .military)
    }

    @Test func aTitleAloneIsItsHolderOnTheDay() {
        let ids = actorIDs("Presiden Rusia mengatakan negaranya siap berunding.", published: "2022-10-13")
        #expect(ids.first == "person:vladimir-putin")
    }

    @Test func unknownPeopleGetTheirTitleAndCountry() throws {
        let x = extract("Juru bicara Kementerian Luar Negeri Malaysia Ahmad Faiz Rahman mengatakan hal itu.", published: "2024-03-01")
        let a = try #require(x.actor(x.sentences[0].actors.first?.actorID))
        #expect(a.kind == .person)
        #expect(a.name == "Ahmad Faiz Rahman")
        #expect(a.country == "MYS")
        #expect(a.role?.contains("Juru bicara") == true)
    }

    @Test func surnamesAndPronounsReferBack() {
        let x = extract("Menteri Pertahanan Filipina Gilberto Teodoro tiba di Manila. Teodoro kemudian bertemu wartawan. Ia mengatakan kapal itu diusir.", published: "2024-05-02")
        let first = x.sentences[0].actors.first?.actorID
        #expect(first != nil)
        #expect(x.sentences[1].actors.first?.actorID == first)
        #expect(x.sentences[2].actors.first?.actorID == first)
        #expect(x.sentences[2].actors.first?.rule == "pronoun")
    }

    @Test(arguments: [
        "Banjir melanda Jawa Barat pada Senin.",
        "Dia belajar bahasa Inggris di Bandung.",
        "Angin bertiup dari arah barat.",
    ])
    func namesInsideOtherNamesAreNoActors(text: String) {
        let ids = actorIDs(text)
        #expect(!ids.contains("WST") && !ids.contains("GBR"), "\(text): \(ids)")
    }

    @Test func englishAsIsNotTheUnitedStates() {
        #expect(!actorIDs("It was as good as new, as they said.").contains("USA"))
        #expect(actorIDs("Menlu AS tiba di Jakarta.").contains { $0 == "USA" || $0.hasPrefix("person:") })
    }

    @Test(arguments: [
        "Duta Besar Filipina untuk PBB Maria Lopez Santos mengatakan hal itu.",
        "Duta Besar Filipina untuk Perserikatan Bangsa-Bangsa, Maria Lopez Santos, mengatakan hal itu.",
    ])
    func anEnvoyToABodyIsAPersonOfTheirCountry(text: String) throws {
        let x = extract(text, published: "2024-03-01")
        let a = try #require(x.actor(x.sentences[0].actors.first?.actorID))
        #expect(a.name == "Maria Lopez Santos")
        #expect(a.country == "PHL")
    }

    @Test func organisationNamesKeepTheirCapitalisedFunctionWords() throws {
        let x = extract("Kementerian Dalam Negeri Malaysia mengonfirmasi penangkapan itu.", published: "2024-03-01")
        let a = try #require(x.actor(x.sentences[0].actors.first?.actorID))
        #expect(a.name == "Kementerian Dalam Negeri Malaysia")
        #expect(a.kind == .organisation && a.country == "MYS")
    }
}
