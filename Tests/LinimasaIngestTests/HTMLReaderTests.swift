import Foundation
import LinimasaIngest
import LinimasaModel
import Testing

@Suite("HTMLArticleReader")
struct HTMLReaderTests {
    static let origin = InputOrigin(path: "tanggul-semarang.html")

    static func read(_ name: String, id: String = "doc") throws -> RawDocument {
        try HTMLArticleReader.read(bytes: fixture("html/" + name), origin: InputOrigin(path: name), defaultID: id)
    }

    @Test func bodyParagraphsInOrder() throws {
        let doc = try Self.read("tanggul-semarang.html")
        let openings = [
            "SEMARANG, Kabar Pesisir – Pemerintah Kota Semarang mulai membangun",
            "Kepala Dinas Pekerjaan Umum Kota Semarang, Rahmat Hidayat,",
            "“Kami tidak bisa menunggu sampai proyek besar itu selesai.",
            "Menurut catatan Badan Penanggulangan Bencana Daerah (BPBD)",
            "Pompa tambahan dikerahkan",
            "Selain membangun tanggul, pemerintah kota juga",
            "Warga Tambak Lorok, Siti Aminah (47), berharap",
        ]
        let found = openings.map { opening in lines(doc.text).firstIndex { $0.hasPrefix(opening) } }
        #expect(found.allSatisfy { $0 != nil }, "missing paragraphs in:\n\(doc.text)")
        let indices = found.compactMap { $0 }
        #expect(indices == indices.sorted())
        // Whole paragraphs, one per line, entities decoded, whitespace collapsed.
        #expect(lines(doc.text).contains(
            "Kepala Dinas Pekerjaan Umum Kota Semarang, Rahmat Hidayat, mengatakan tanggul itu dibuat dari karung pasir dan tiang bambu sebagai langkah sementara sambil menunggu proyek tanggul permanen yang dijadwalkan rampung pada akhir tahun ini."))
    }

    @Test func captionIsItsOwnLineInPlace() throws {
        let doc = try Self.read("tanggul-semarang.html")
        let caption = try #require(lineIndex("(Foto: Kabar Pesisir/Dewi Lestari)", in: doc.text))
        #expect(lines(doc.text)[caption].hasPrefix("Petugas menata karung pasir"))
        let before = try #require(lineIndex("“Kami tidak bisa menunggu", in: doc.text))
        let after = try #require(lineIndex("Menurut catatan Badan", in: doc.text))
        #expect(before < caption && caption < after)
    }

    @Test(arguments: [
        "Beranda", "Bagikan ke Facebook", "Salin tautan", "Nelayan Tambak Lorok Memilih", "Baca juga",
        "Berita Terkait", "anggaran tambahan untuk perbaikan saluran", "meliburkan siswanya",
        "Semoga tanggulnya cepat selesai", "Sudah bertahun-tahun dijanjikan", "Terpopuler",
        "Harga Cabai Rawit", "ringkasan berita pilihan", "media daring yang berbasis", "Hak cipta",
        "Pedoman Media Siber", "Google News", "ADVERTISEMENT", "Iklan", "dataLayer", "font-family",
        "Cari berita", "Masuk", "Tag:", "Oleh Dewi", "Jawa Tengah\n",
    ])
    func boilerplateIsAbsent(_ phrase: String) throws {
        let doc = try Self.read("tanggul-semarang.html")
        #expect(!doc.text.contains(phrase), "found \"\(phrase)\" in:\n\(doc.text)")
    }

    @Test func headlineIsNotRepeatedInTheText() throws {
        let doc = try Self.read("tanggul-semarang.html")
        #expect(!doc.text.contains("Banjir Rob Rendam Tiga Kelurahan"))
    }

    @Test func metadataFromOpenGraphAndJSONLD() throws {
        let doc = try Self.read("tanggul-semarang.html", id: "kp-1")
        #expect(doc.id == "kp-1")
        #expect(doc.title == "Pemkot Semarang Bangun Tanggul Darurat Setelah Banjir Rob Rendam Tiga Kelurahan")
        #expect(doc.url == "https://www.kabarpesisir.example/regional/2024/03/05/tanggul-darurat-tambak-lorok")
        #expect(doc.outlet == "Kabar Pesisir")
        // JSON-LD datePublished outranks the meta "date" tag (a bare day) and
        // the header clock's <time datetime="2024-03-07">.
        #expect(doc.published == "2024-03-05T14:20:00+07:00")
        #expect(doc.published.flatMap(PublishedDate.parse)?.date.description == "2024-03-05")
        #expect(doc.language == "id")
        #expect(doc.origin == InputOrigin(path: "tanggul-semarang.html"))
        let meta = Dictionary(uniqueKeysWithValues: doc.metadata.map { ($0.0, $0.1) })
        #expect(meta["author"] == .string("Dewi Lestari"))
        #expect(meta["keywords"] == .string("banjir rob, Semarang, tanggul, Tambak Lorok"))
        #expect(meta["section"] == .string("Regional"))
        #expect(meta["description"]?.stringValue?.hasPrefix("Tanggul karung pasir") == true)
    }
}

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

    @Test func invalidUTF8InAPageDeclaredUTF8DoesNotCrash() throws {
        var bytes = utf8("<html><head><meta charset=\"utf-8\"></head><body><article>")
        let paragraph = "<p>Pemerintah daerah akan memperbaiki jalan yang rusak di sepanjang jalur selatan dalam waktu dua bulan, kata kepala dinas kepada wartawan pada hari Senin.</p>"
        bytes += utf8(paragraph) + utf8("<p>Bagian ini memuat bait rusak ") + [0xC3, 0x28, 0xFF, 0xE2, 0x82]
        bytes += utf8(" di tengah kalimat yang tetap harus dibaca sampai selesai oleh pembaca dan mesin.</p>")
        bytes += utf8(paragraph.replacingOccurrences(of: "selatan", with: "utara")) + utf8("</article></body></html>")
        let doc = try HTMLArticleReader.read(bytes: bytes, origin: InputOrigin(path: "rusak.html"), defaultID: "r")
        #expect(doc.text.contains("jalur selatan"))
        #expect(doc.text.contains("jalur utara"))
        #expect(doc.text.contains("sampai selesai"))
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

@Suite("HTMLArticleReader: publication date sources")
struct HTMLPublishedDateTests {
    static func published(head: String, body: String = "") throws -> String? {
        let paragraph = "<p>Pemerintah daerah akan memperbaiki jalan yang rusak di sepanjang jalur selatan dalam waktu dua bulan, kata kepala dinas kepada wartawan pada hari Senin.</p>"
        let html = "<html><head>\(head)</head><body>\(body)<article>\(paragraph)\(paragraph)</article></body></html>"
        return try HTMLArticleReader.read(bytes: utf8(html), origin: InputOrigin(path: "d.html"), defaultID: "d").published
    }

    @Test(arguments: [
        ("pubdate", "2024-03-05"), ("publishdate", "2024-03-05 10:00:00"), ("date", "2024-03-05T10:00:00Z"),
        ("DC.date", "2024-03-05"), ("DC.date.issued", "2024-03-05"), ("content_PublishedDate", "2024-03-05 10:00:00"),
        ("parsely-pub-date", "2024-03-05T10:00:00Z"), ("sailthru.date", "2024-03-05 10:00:00"),
        ("og:published_time", "2024-03-05T10:00:00+07:00"),
    ])
    func metaTags(_ name: String, _ value: String) throws {
        #expect(try Self.published(head: "<meta name=\"\(name)\" content=\"\(value)\">") == value)
    }

    @Test func articlePublishedTimeOutranksEverything() throws {
        let head = """
            <meta name="pubdate" content="2024-01-01"><meta property="article:published_time" content="2024-03-05T10:00:00+07:00">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-02"}</script>
            """
        #expect(try Self.published(head: head) == "2024-03-05T10:00:00+07:00")
    }

    @Test func jsonLDArrayIsSearchedAndBrokenJSONSkipped() throws {
        let head = """
            <script type="application/ld+json">{ this is not json }</script>
            <script type="application/ld+json">[{"@type":"Organization","name":"X"},{"@type":["NewsArticle"],"datePublished":"2024-02-02T08:00:00+07:00"}]</script>
            """
        #expect(try Self.published(head: head) == "2024-02-02T08:00:00+07:00")
    }

    @Test func unparseableValuesAreSkippedForTimeElement() throws {
        let head = #"<meta property="article:published_time" content="kemarin sore"><meta name="pubdate" content="05/03/2024">"#
        let body = #"<time datetime="2024-03-07">hari ini</time><article><time datetime="2024-03-05T09:00:00+07:00">Selasa</time></article>"#
        // The <time> inside <article> beats the page-header one.
        #expect(try Self.published(head: head, body: body) == "2024-03-05T09:00:00+07:00")
        #expect(try Self.published(head: head) == nil)
    }
}
