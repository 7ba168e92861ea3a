import Foundation
import Testing
import LinimasaIngest
import LinimasaModel
import LinimasaTestSupport

struct DatelineTests {
    static let sentence = "Pemerintah menaikkan anggaran pertahanan tahun depan."

    @Test(arguments: [
        ("KONTAN.CO.ID - BRUSSELS.", "KONTAN.CO.ID", "BRUSSELS"),
        ("TRIBUNNEWS.COM, BRUSSEL –", "TRIBUNNEWS.COM", "BRUSSEL"),
        ("TRIBUNNEWS.COM -", "TRIBUNNEWS.COM", nil),
        ("JAKARTA, KOMPAS.com -", "KOMPAS.com", "JAKARTA"),
        ("JAKARTA, KOMPAS.com --", "KOMPAS.com", "JAKARTA"),
        ("Jakarta, CNN Indonesia --", "CNN Indonesia", "Jakarta"),
        ("Jakarta, CNN Indonesia - -", "CNN Indonesia", "Jakarta"),
        ("Liputan6.com, Jakarta -", "Liputan6.com", "Jakarta"),
        ("REPUBLIKA.CO.ID, JAKARTA --", "REPUBLIKA.CO.ID", "JAKARTA"),
        ("Bisnis.com, JAKARTA -", "Bisnis.com", "JAKARTA"),
        ("VIVA –", "VIVA", nil),
        ("Jakarta (ANTARA) -", "ANTARA", "Jakarta"),
        ("Jakarta (ANTARA News) -", "ANTARA News", "Jakarta"),
        ("DEPOK (Pos Kota) –", "Pos Kota", "DEPOK"),
        ("WASHINGTON DC, KOMPAS.TV -", "KOMPAS.TV", "WASHINGTON DC"),
        ("Suara.com -", "Suara.com", nil),
        ("KOMPAS.com —", "KOMPAS.com", nil),
        ("JAKARTA –", nil, "JAKARTA"),
        ("Jakarta -", nil, "Jakarta"),
        ("KUALA LUMPUR -", nil, "KUALA LUMPUR"),
    ] as [(String, String?, String?)])
    func recognisesForm(dateline: String, outlet: String?, place: String?) throws {
        let c = CleanedText("\(dateline) \(Self.sentence)\nKalimat kedua artikel ini.")
        let d = try #require(c.result.dateline)
        #expect(c.text(d.range) == dateline)
        #expect(d.outlet == outlet)
        #expect(d.place == place)
        #expect(c.reasons(of: dateline) == [.dateline])
        #expect(c.kept.first == Self.sentence)
    }

    @Test func countsOnlyAfterDroppedLines() throws {
        let c = CleanedText("Sumber: AFP | Editor: Rina\nKONTAN.CO.ID - TOKYO. \(Self.sentence)")
        let d = try #require(c.result.dateline)
        #expect(d.place == "TOKYO")
        #expect(c.kept == [Self.sentence])
        #expect(c.reasons(of: "Sumber: AFP | Editor: Rina") == [.sourceCredit])
    }

    @Test func splitsBylineGluedToDateline() throws {
        let c = CleanedText("Laporan Wartawan Tribunnews.com, Rudi Hartono TRIBUNNEWS.COM, JAKARTA - \(Self.sentence)")
        let d = try #require(c.result.dateline)
        #expect(d.outlet == "TRIBUNNEWS.COM")
        #expect(d.place == "JAKARTA")
        #expect(c.reasons(of: "Laporan Wartawan Tribunnews.com, Rudi Hartono") == [.byline])
        #expect(c.kept == [Self.sentence])
    }

    @Test(arguments: [
        "Jakarta menjadi tuan rumah pertemuan menteri pekan depan.",
        "Presiden meninjau lokasi banjir di Jakarta - Bekasi kemarin.",
        "Baru - baru ini pemerintah mengumumkan kebijakan baru.",
        "KOMPAS.com adalah salah satu media tertua di Indonesia.",
        "Jakarta-Bandung ditempuh tiga jam dengan kereta cepat.",
    ])
    func doesNotSwallowSentenceStart(line: String) {
        let c = CleanedText(line)
        #expect(c.result.dateline == nil)
        #expect(c.kept == [line])
    }

    @Test func onlyOnTheFirstBodyLine() {
        let c = CleanedText("\(Self.sentence)\nJAKARTA, KOMPAS.com - Kalimat kedua artikel ini.")
        #expect(c.result.dateline == nil)
    }

    // MARK: Real seeds (read at run time, never copied into the repo)

    static func seedText(_ id: String) throws -> String {
        let seeds = try SharedData.texts(SharedData.seeds, limit: 100)
        return try #require(seeds.first { $0.id == id }).text
    }

    @Test(.enabled(if: SharedData.hasSeeds)) func seed000CreditAndDateline() throws {
        let text = try Self.seedText("seed-000")
        let c = CleanedText(text)
        let firstLine = String(text.prefix { $0 != "\n" })
        #expect(c.reasons(of: firstLine) == [.sourceCredit])
        let d = try #require(c.result.dateline)
        #expect(d.outlet == "KONTAN.CO.ID")
        #expect(d.place == "BRUSSELS")
    }

    @Test(.enabled(if: SharedData.hasSeeds)) func seed003Outlet() throws {
        let c = CleanedText(try Self.seedText("seed-003"))
        #expect(c.result.dateline?.outlet == "TRIBUNNEWS.COM")
    }

    @Test(.enabled(if: SharedData.hasSeeds)) func seed004CaptionAndSeeAlso() throws {
        let text = try Self.seedText("seed-004")
        let c = CleanedText(text)
        let lines = text.split(separator: "\n").map(String.init)
        let caption = try #require(lines.first { $0.hasSuffix(")") && $0.contains("(Foto:") })
        #expect(c.reasons(of: caption) == [.caption])
        let seeAlso = lines.filter { $0.hasPrefix("BACA JUGA") }
        #expect(seeAlso.count == 2)
        for line in seeAlso { #expect(c.reasons(of: line) == [.seeAlso]) }
    }
}

/// A headline (a first line that does not end like a sentence) may precede
/// the dateline, with a byline between them.
@Test func datelineAfterHeadlineAndByline() throws {
    let c = CleanedText("Nelayan Natuna Tolak Kapal Asing\n\nLaporan Wartawan Warta Contoh, Sari\nCONTOH.ID, RANAI – Para nelayan berunjuk rasa pada Senin.")
    let d = try #require(c.result.dateline)
    #expect(d.outlet == "CONTOH.ID")
    #expect(d.place == "RANAI")
    #expect(c.reasons(of: "Laporan Wartawan Warta Contoh, Sari") == [.byline])
    // A first line that ends like a sentence is body: no dateline is looked for after it.
    let body = CleanedText("Nelayan menolak kapal asing.\nCONTOH.ID, RANAI – Para nelayan berunjuk rasa.")
    #expect(body.result.dateline == nil)
}
