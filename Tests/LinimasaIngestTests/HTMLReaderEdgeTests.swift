import Foundation
import LinimasaIngest
import LinimasaModel
import Testing

@Suite("HTMLArticleReader: encodings, broken markup, failures")
struct HTMLReaderEdgeTests {
    @Test func windows1252PageDecodes() throws {
        let doc = try HTMLReaderTests.read("kopi-windows1252.html")
        #expect(lines(doc.text).count == 4, "\(doc.text)")
        #expect(doc.text.contains("LAMPUNG BARAT – Harga biji kopi robusta"))
        #expect(doc.text.contains("“Sekarang pembeli yang datang ke kami, bukan lagi kami yang mencari pembeli,” ujarnya."))
        #expect(doc.text.contains("crème brûlée"))
        #expect(!doc.text.contains("Alamat redaksi"))
        #expect(!doc.text.contains("Komoditas"))
        // <title> minus the " | Warta Niaga" suffix that repeats og:site_name.
        #expect(doc.title == "Harga Kopi Robusta Naik Menjelang Panen Raya")
        #expect(doc.outlet == "Warta Niaga")
        #expect(doc.url == "https://wartaniaga.example/komoditas/kopi-robusta-naik")
        #expect(doc.published == "2023-11-20 09:30:00")
        #expect(doc.language == "id")
    }

    @Test func titleSuffixIsKeptWhenItIsNotTheSiteName() throws {
        let html = "<html><head><title>Debat Capres - Babak Kedua</title><meta property=\"og:site_name\" content=\"Warta\"></head><body>"
            + String(repeating: "<p>Para kandidat menjawab pertanyaan panelis tentang ekonomi dan lapangan kerja yang disiapkan sejak bulan lalu oleh komisi, dan penonton di studio mendengarkan dengan tenang.</p>", count: 3)
            + "</body></html>"
        let doc = try HTMLArticleReader.read(bytes: utf8(html), origin: InputOrigin(path: "t.html"), defaultID: "t")
        #expect(doc.title == "Debat Capres - Babak Kedua")
    }

    @Test func malformedMarkupStillYieldsTheBody() throws {
        let doc = try HTMLReaderTests.read("jembatan-malformed.html")
        let expected = [
            "CIANJUR - Ratusan warga Desa Sukamaju bergotong royong",
            "Kepala desa, Ujang Suryana, mengatakan warga mengumpulkan kayu",
            "Perbaikan ditargetkan selesai dalam lima hari.",
            "Warga berharap pemerintah membangun jembatan beton",
        ]
        let found = expected.map { lineIndex($0, in: doc.text) }
        #expect(found.allSatisfy { $0 != nil }, "\(doc.text)")
        #expect(found.compactMap { $0 } == found.compactMap { $0 }.sorted())
        #expect(doc.text.contains("belum juga datang"))
        #expect(!doc.text.contains("Siswa Seberangi Sungai"))
        #expect(!doc.text.contains("Berita Kampung 2024"))
        // Title from the first <h1>, outlet from the canonical URL's host,
        // date from <time datetime>, "in" read as Indonesian.
        #expect(doc.title == "Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan Gantung")
        #expect(doc.outlet == "beritakampung.example")
        #expect(doc.published == "2024-01-15T08:00:00+07:00")
        #expect(doc.language == "id")
        #expect(doc.metadata.isEmpty)
    }

    /// Bytes that are not UTF-8 in a page declared UTF-8 are reported with
    /// their position (issue 10), not read as windows-1252 text.
    @Test func invalidUTF8InAPageDeclaredUTF8IsReported() throws {
        var bytes = utf8("<html><head><meta charset=\"utf-8\"></head><body><article>")
        let paragraph = "<p>Pemerintah daerah akan memperbaiki jalan yang rusak di sepanjang jalur selatan dalam waktu dua bulan, kata kepala dinas kepada wartawan pada hari Senin.</p>"
        bytes += utf8(paragraph) + utf8("<p>Bagian ini memuat bait rusak ") + [0xC3, 0x28, 0xFF, 0xE2, 0x82]
        bytes += utf8(" di tengah kalimat yang tetap harus dibaca sampai selesai oleh pembaca dan mesin.</p>")
        bytes += utf8(paragraph.replacingOccurrences(of: "selatan", with: "utara")) + utf8("</article></body></html>")
        let error = #expect(throws: IngestError.self) {
            try HTMLArticleReader.read(bytes: bytes, origin: InputOrigin(path: "rusak.html"), defaultID: "r")
        }
        #expect(error?.code == .invalidUTF8)
        // The first bad byte is 0xC3, which 0x28 does not continue.
        let at = bytes.firstIndex(of: 0xC3)! + 1
        #expect(error?.description.hasPrefix("rusak.html: invalid UTF-8 at line 1, column \(at) (byte \(at))") == true, "\(String(describing: error))")
    }

    @Test(arguments: [
        ("empty", [UInt8]()),
        ("whitespace", utf8("  \n\n  ")),
        ("binary", [0x00, 0x01, 0x02, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0xFF, 0x00, 0x10]),
    ])
    func unreadableInputIsMalformedMarkup(_ name: String, _ bytes: [UInt8]) {
        do {
            _ = try HTMLArticleReader.read(bytes: bytes, origin: InputOrigin(path: name), defaultID: name)
            Issue.record("expected malformedMarkup for \(name)")
        } catch {
            #expect(error.code == .malformedMarkup)
            #expect(error.origin.path == name)
            #expect(!error.message.isEmpty)
        }
    }

    @Test func pageWithoutArticleTextIsNoArticleText() {
        let html = """
            <html><body><nav><a href="/">Beranda</a><a href="/b">Bola</a></nav>
            <ul><li><a href="/1">Berita satu yang sangat panjang judulnya sekali</a></li>
            <li><a href="/2">Berita dua yang juga panjang judulnya sekali</a></li></ul>
            <footer>Hak cipta 2024</footer></body></html>
            """
        do {
            _ = try HTMLArticleReader.read(bytes: utf8(html), origin: InputOrigin(path: "indeks.html"), defaultID: "i")
            Issue.record("expected noArticleText")
        } catch {
            #expect(error.code == .noArticleText)
            #expect(error.description.hasPrefix("indeks.html: "))
        }
    }

    @Test func englishArticleIsReadToo() throws {
        let html = """
            <html lang="en-GB"><head><meta property="article:published_time" content="2024-02-01T10:00:00Z"></head><body>
            <div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>
            <p>The provincial government said on Thursday that it would reopen the coastal road by the end of the month, after engineers finished repairs to the bridge that was damaged in January.</p>
            <p>Residents of the villages along the road have had to travel for more than two hours to reach the nearest market, and some of them said that the delay had cost them a season of sales.</p>
            <p><a href="/more">More world news</a></p></body></html>
            """
        let doc = try HTMLArticleReader.read(bytes: utf8(html), origin: InputOrigin(path: "en.html"), defaultID: "en")
        #expect(lines(doc.text).count == 2)
        #expect(doc.language == "en")
        #expect(doc.published == "2024-02-01T10:00:00Z")
    }
}
