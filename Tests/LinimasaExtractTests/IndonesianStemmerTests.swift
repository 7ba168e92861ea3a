@testable import LinimasaExtract
import LinimasaLanguage
import Testing

private let stemmer = try! IndonesianStemmer(data: .bundled)

@Test(arguments: [
    // meN- with each allomorph, di-, -an, peN-an
    ("mengancam", "ancam"), ("ancaman", "ancam"), ("diancam", "ancam"), ("mengancamnya", "ancam"),
    ("pencaplokan", "caplok"), ("mencaplok", "caplok"), ("dicaplok", "caplok"),
    ("menginvasi", "invasi"), ("invasi", "invasi"),
    ("menyerang", "serang"), ("serangan", "serang"), ("diserang", "serang"), ("penyerangan", "serang"),
    ("memukul", "pukul"), ("dipukul", "pukul"), ("pukulan", "pukul"),
    ("menembakkan", "tembak"), ("penembakan", "tembak"),
    ("mengirim", "kirim"), ("mengirimkan", "kirim"), ("pengiriman", "kirim"),
    ("mendukung", "dukung"), ("dukungannya", "dukung"), ("pendukung", "dukung"),
    ("membantah", "bantah"), ("bantahan", "bantah"),
    ("melatih", "latih"), ("latihan", "latih"), ("pelatihan", "latih"),
    ("mengebom", "bom"), ("pengeboman", "bom"),
    ("menyerukan", "seru"), ("seruan", "seru"),
    ("mendeklarasikan", nil as String?), // not in the lexicon: no root is made up
    ("penumpukan", "tumpuk"), ("menumpuk", "tumpuk"),
    ("pertemuan", "temu"), ("bertemu", "temu"), ("menemui", "temu"),
    ("pembicaraan", "bicara"), ("berbicara", "bicara"), ("dibicarakan", "bicara"),
    ("kemunduran", "mundur"), ("kesediaan", "sedia"),
    ("berkomitmen", nil), ("komitmennya", nil),
    ("menegaskan", "tegas"), ("ditegaskan", "tegas"), ("penegasan", "tegas"),
    ("mengatakan", "kata"), ("dikatakan", "kata"), ("menyatakan", "nyata"), ("pernyataan", "nyata"),
    ("menuntut", "tuntut"), ("tuntutan", "tuntut"),
    ("mengisyaratkan", "isyarat"),
    ("menakut-nakuti", "takut"), ("anggota-anggota", "anggota"), ("terus-menerus", "terus"),
    ("tambahnya", "tambah"), ("bukankah", nil),
    ("memperingatkan", "peringat"), ("diperingatkan", "peringat"),
    ("mempertahankan", "tahan"), // the verb is "hold/defend": stripped; the noun below is not
])
func reducesInflectedFormsToLexiconRoots(word: String, root: String?) {
    #expect(stemmer.root(of: word) == root, "\(word)")
}

@Test(arguments: ["menteri", "kementerian", "pertahanan", "keamanan", "pemerintah", "pemerintahan", "presiden", "pesawat", "perbatasan"])
func lexicalisedWordsAreNotStripped(word: String) {
    #expect(stemmer.root(of: word) == word)
    #expect(stemmer.stem(word.uppercased()) == word)
}

@Test func unknownWordsStayWhole() {
    #expect(stemmer.root(of: "Stoltenberg") == nil)
    #expect(stemmer.stem("Stoltenberg") == "stoltenberg")
    // Too short to strip: "dia" is not di- + "a".
    #expect(stemmer.root(of: "dia") == nil)
}

@Test func extraRootsFromOtherLexiconsAreUsed() throws {
    let s = try IndonesianStemmer(data: .bundled, extraRoots: ["deklarasi", "komitmen"])
    #expect(s.root(of: "mendeklarasikan") == "deklarasi")
    #expect(s.root(of: "berkomitmen") == "komitmen")
    #expect(s.root(of: "komitmennya") == "komitmen")
}
