import Foundation
import LinimasaIngest
import LinimasaModel
import Testing

@Suite("FeedReader")
struct FeedReaderTests {
    static func read(_ name: String) throws -> [Result<RawDocument, IngestError>] {
        try FeedReader.read(bytes: fixture("feeds/" + name), origin: InputOrigin(path: name))
    }

    static func documents(_ name: String) throws -> [RawDocument] {
        try read(name).map { try $0.get() }
    }

    @Test func rss2ThreeItems() throws {
        let docs = try Self.documents("rss2-tiga-berita.xml")
        try #require(docs.count == 3)
        let (a, b, c) = (docs[0], docs[1], docs[2])

        #expect(a.id == "kp-2024-0305-001")
        #expect(a.title == "Pemkot Semarang Bangun Tanggul Darurat di Tambak Lorok")
        #expect(a.url == "https://www.kabarpesisir.example/regional/tanggul-darurat")
        #expect(a.published == "Tue, 05 Mar 2024 14:20:00 +0700")
        #expect(a.outlet == "Kabar Pesisir")
        #expect(a.language == "id")
        #expect(a.origin == InputOrigin(path: "rss2-tiga-berita.xml", item: 1))
        // content:encoded wins over description; share bar and link line go,
        // short paragraphs and the caption line stay, in order.
        #expect(lines(a.text) == [
            "SEMARANG – Pemerintah kota mulai memasang karung pasir di sepanjang tepi permukiman nelayan pada Selasa pagi.",
            "Petugas menargetkan tanggul sementara itu berdiri dalam sepekan.",
            "Karung pasir di tepi kampung. (Foto: Dewi Lestari)",
            "Warga berharap tanggul permanen tidak lagi tertunda.",
        ])
        let meta = Dictionary(uniqueKeysWithValues: a.metadata.map { ($0.0, $0.1) })
        #expect(meta["author"] == .string("Dewi Lestari"))
        #expect(meta["categories"] == .array([.string("Regional"), .string("Banjir")]))

        // No guid: the link is the id. Escaped HTML in description, decoded twice.
        #expect(b.id == "https://www.kabarpesisir.example/ekonomi/cabai-rawit")
        #expect(b.published == "2024-03-06T07:45:00+07:00")
        #expect(lines(b.text) == [
            "Harga cabai rawit di Pasar Johar turun menjadi Rp 40.000 per kilogram & pedagang mengaku pembeli mulai ramai.",
            "Pasokan dari Temanggung kembali lancar.",
        ])
        #expect(b.origin.item == 2)

        // Neither guid nor link: path#n. A date PublishedDate does not
        // accept ("06/03/2024 10:00") is left out rather than kept.
        #expect(c.id == "rss2-tiga-berita.xml#3")
        #expect(c.url == nil)
        #expect(c.published == nil)
        #expect(c.text.hasPrefix("Kapal cepat dari Pelabuhan Jepara"))
    }

    @Test func itemWithoutTextIsItsOwnFailure() throws {
        let results = try Self.read("rss2-item-kosong.xml")
        try #require(results.count == 3)
        #expect((try? results[0].get())?.title == "Ekspor Kopi Lampung Naik")
        #expect((try? results[2].get())?.title == "Petani Lada Beralih ke Kopi")
        guard case .failure(let error) = results[1] else {
            Issue.record("item 2 should fail")
            return
        }
        #expect(error.code == .noArticleText)
        #expect(error.origin == InputOrigin(path: "rss2-item-kosong.xml", item: 2))
        #expect(error.description.hasPrefix("rss2-item-kosong.xml#2: "))
        #expect(error.message.contains("Galeri Foto"))
        // Outlet from the channel title.
        #expect((try? results[0].get())?.outlet == "Warta Niaga")
    }

    @Test func atomFeed() throws {
        let docs = try Self.documents("atom-warta.xml")
        try #require(docs.count == 2)
        let (a, b) = (docs[0], docs[1])
        #expect(a.id == "tag:wartaniaga.example,2023:77")
        #expect(a.title == "Harga Kopi Robusta Naik")
        #expect(a.url == "https://wartaniaga.example/komoditas/kopi-robusta-naik")
        #expect(a.published == "2023-11-20T09:30:00+07:00")
        #expect(a.outlet == "Warta Niaga")
        #expect(a.language == "id")
        #expect(lines(a.text) == [
            "Harga biji kopi robusta di tingkat petani Lampung Barat naik menjadi Rp 58.000 per kilogram.",
            "Stok di gudang pengepul menipis menjelang panen raya.",
        ])
        let meta = Dictionary(uniqueKeysWithValues: a.metadata.map { ($0.0, $0.1) })
        #expect(meta["author"] == .string("Bambang Sutrisno"))
        #expect(meta["categories"] == .array([.string("Komoditas")]))

        // xhtml content read from the tree itself; only <updated> to date it.
        #expect(b.url == "https://wartaniaga.example/perikanan/pasar-lelang")
        #expect(b.published == "2023-11-21T06:15:00+07:00")
        #expect(lines(b.text) == [
            "Tempat pelelangan ikan di Kota Agung kembali dibuka setelah renovasi atap selesai.",
            "Nelayan menyambut baik karena harga lelang lebih terbuka.",
        ])
        #expect(b.origin.item == 2)
    }

    @Test func rss1RDFFeed() throws {
        let docs = try Self.documents("rss1-rdf.xml")
        try #require(docs.count == 2)
        #expect(docs[0].id == "https://beritakampung.example/jembatan")
        #expect(docs[0].title == "Warga Sukamaju Perbaiki Jembatan Gantung")
        #expect(docs[0].published == "2024-01-15")
        #expect(docs[1].published == "2024-01-16T09:00:00+07:00")
        #expect(docs[0].outlet == "Berita Kampung")
        #expect(docs[0].language == "id")
        #expect(docs[1].text == "Posyandu di dusun Cibodas mulai melayani penimbangan balita setiap Kamis.")
    }
}

@Suite("FeedReader: sniffing and failures")
struct FeedReaderFailureTests {
    @Test(arguments: ["rss2-tiga-berita.xml", "rss2-item-kosong.xml", "atom-warta.xml", "rss1-rdf.xml"])
    func fixturesLookLikeFeeds(_ name: String) throws {
        #expect(FeedReader.looksLikeFeed(try fixture("feeds/" + name)))
    }

    @Test(arguments: [
        "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- komentar -->\n<!DOCTYPE rss [<!ENTITY a \"b\">]>\n<rss version=\"2.0\">",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
        "  <rdf:RDF xmlns:rdf=\"x\">",
    ])
    func sniffsFeedRoots(_ head: String) {
        #expect(FeedReader.looksLikeFeed(utf8(head)))
    }

    @Test(arguments: ["<!DOCTYPE html><html><body>rss</body></html>", "{\"rss\": 1}", "", "<?xml version=\"1.0\"?><feedback/>"])
    func otherInputDoesNotLookLikeAFeed(_ head: String) {
        #expect(!FeedReader.looksLikeFeed(utf8(head)))
    }

    @Test func notXMLIsNotAFeedNamingLineAndColumn() {
        let text = "<rss version=\"2.0\">\n<channel>\n<title>Kabar & Berita</title>\n</channel>\n</rss>"
        do {
            _ = try FeedReader.read(bytes: utf8(text), origin: InputOrigin(path: "rusak.xml"))
            Issue.record("expected notAFeed")
        } catch {
            #expect(error.code == .notAFeed)
            #expect(error.origin.path == "rusak.xml")
            #expect(error.message.contains("line 3, column"), "\(error.message)")
        }
    }

    @Test func wrongRootIsNotAFeed() {
        do {
            _ = try FeedReader.read(bytes: utf8("<html><body><p>halo</p></body></html>"), origin: InputOrigin(path: "p.xml"))
            Issue.record("expected notAFeed")
        } catch {
            #expect(error.code == .notAFeed)
            #expect(error.message.contains("<html>"))
        }
    }

    @Test func plainTextIsNotAFeed() {
        #expect(throws: IngestError.self) {
            try FeedReader.read(bytes: utf8("Ini bukan XML sama sekali."), origin: InputOrigin(path: "t.txt"))
        }
    }
}
