import LinimasaExtract
import LinimasaModel
import Testing

/// Indonesian institutions, office holders and titles from the gazetteer,
/// recognised in sentences written for these tests.
@Suite struct IndonesianActorTests {
    func actorIDs(_ text: String, published: String) -> [String] {
        extract(text, published: published).sentences.flatMap { $0.actors.map(\.actorID) }
    }

    @Test func aChamberHeadWithoutANameIsTheHolderOnTheDay() {
        let text = "Ketua DPR menegaskan parlemen menolak usulan itu."
        #expect(actorIDs(text, published: "2022-03-10").first == "person:puan-maharani")
        #expect(actorIDs(text, published: "2017-06-01").first == "person:setya-novanto")
    }

    @Test func aPartyChairWithoutANameIsTheChairOnTheDay() {
        let text = "Ketua Umum Golkar menyatakan partainya mendukung pemerintah."
        #expect(actorIDs(text, published: "2019-05-01").first == "person:airlangga-hartarto")
        #expect(actorIDs(text, published: "2025-01-10").first == "person:bahlil-lahadalia")
    }

    @Test func aBranchChiefOfStaffWithoutANameIsTheHolderOnTheDay() {
        let ids = actorIDs("Kepala Staf TNI AD menyatakan dukungan kepada pemerintah.", published: "2018-01-05")
        #expect(ids.first == "person:mulyono")
    }

    @Test func shortTitlesBeforeANameFindTheMinister() {
        let x = extract("Menkeu Sri Mulyani mengatakan anggaran naik. Menko Polhukam Mahfud MD mengkritik rencana itu.",
                        published: "2021-08-02")
        #expect(x.sentences[0].actors.first?.actorID == "person:sri-mulyani-indrawati")
        #expect(x.sentences[1].actors.first?.actorID == "person:mahfud-md")
        #expect(x.actor("person:mahfud-md")?.country == "IDN")
    }

    @Test func longTitlesAndRanksAreNotPartOfTheName() {
        let x = extract("Menteri Koordinator Bidang Perekonomian Airlangga Hartarto menyatakan ekspor naik. "
                        + "Letkol Teddy Indra Wijaya mengatakan presiden akan berangkat besok.", published: "2025-01-15")
        #expect(x.sentences[0].actors.first?.actorID == "person:airlangga-hartarto")
        #expect(x.sentences[1].actors.first?.actorID == "person:teddy-indra-wijaya")
    }

    @Test(arguments: [
        ("Kemendagri menerbitkan surat edaran baru.", "KEMENDAGRI"),
        ("Pemprov Jabar menyiapkan bantuan bagi korban banjir.", "PEMPROV-JAWA-BARAT"),
        ("Bawaslu menemukan pelanggaran kampanye.", "BAWASLU"),
        ("KPK memeriksa pejabat itu.", "KPK"),
    ])
    func institutionsByNameOrShortForm(text: String, id: String) {
        #expect(actorIDs(text, published: "2024-02-01").first == id, "\(text)")
    }

    /// A gazetteer name that opens with an organisation word ("Komisi",
    /// "Partai") is the gazetteer's, not a made-up `org:` actor.
    @Test(arguments: [
        ("Komisi Pemberantasan Korupsi memeriksa pejabat itu.", "KPK"),
        ("Partai Gerindra mendukung rancangan undang-undang itu.", "GERINDRA"),
    ])
    func fullNamesOpenedByAnOrganisationWord(text: String, id: String) {
        #expect(actorIDs(text, published: "2024-02-01").first == id, "\(text)")
    }

    /// An organisation word before another state's name is still that
    /// state's body, not the Indonesian one the gazetteer knows by that name.
    @Test func aMinistryOfAnotherStateIsNotTheIndonesianOne() {
        let ids = actorIDs("Kementerian Keuangan Jepang menaikkan suku bunga.", published: "2024-02-01")
        #expect(ids.first?.hasPrefix("org:") == true)
        #expect(ids.first != "KEMENKEU")
    }

    /// "Presiden" is the title Iran's president holds; the head of state
    /// there is the supreme leader, whose written title differs.
    @Test func aTitleAloneIsTheHolderOfThatTitle() {
        let ids = actorIDs("Presiden Iran menolak tawaran itu.", published: "2025-09-01")
        #expect(ids.first == "person:masoud-pezeshkian")
        let leader = actorIDs("Pemimpin Tertinggi Iran menolak tawaran itu.", published: "2025-09-01")
        #expect(leader.first == "person:ali-khamenei")
    }

    /// A title that names its own office needs no country: "kata Seskab".
    @Test func aTitleNamingItsOfficeIsItsHolder() {
        let ids = actorIDs("Pemerintah tidak akan menunda pemilu, kata Seskab kepada wartawan.", published: "2025-03-03")
        #expect(ids.contains("person:teddy-indra-wijaya"))
        let earlier = actorIDs("Pemerintah tidak akan menunda pemilu, kata Seskab kepada wartawan.", published: "2019-03-03")
        #expect(earlier.contains("person:pramono-anung"))
    }

    /// A name after a title runs on through particles and hyphens a scraper
    /// spaced out, so one person stays one actor.
    @Test(arguments: [
        ("Presiden Mesir Abdel Fattah al - Sisi menerima tamunya di Kairo.", "2020-05-05", "person:abdel-fattah-el-sisi"),
        ("Menteri Luar Negeri Korea Utara Ri Yong - ho tiba di Singapura.", "2018-06-01", "person:ri-yong-ho"),
        ("Presiden Taiwan Tsai Ing - wen mengunjungi pangkalan itu.", "2020-05-05", "person:tsai-ing-wen"),
    ])
    func namesRunThroughParticlesAndSpacedHyphens(text: String, published: String, id: String) {
        let ids = actorIDs(text, published: published)
        #expect(ids.first == id, "\(text)")
        #expect(Set(ids.filter { $0.hasPrefix("person:") }).count == 1, "\(ids)")
    }

    /// A name no list knows keeps its particle and hyphen in the new actor.
    @Test func anUnknownNameKeepsItsParticleAndHyphen() {
        let ids = actorIDs("Juru bicara Kementerian Luar Negeri Mesir Ahmed Abu - Zeid mengatakan tuduhan itu keliru.",
                           published: "2020-05-05")
        #expect(ids.contains("person:ahmed-abu-zeid"), "\(ids)")
    }

    @Test func aVicePresidentTitleAloneIsItsHolder() {
        let ids = actorIDs("Wakil Presiden AS mengunjungi Jakarta.", published: "2018-04-20")
        #expect(ids.first == "person:mike-pence")
    }
}
