import LinimasaIngest
import LinimasaModel
import Testing

@Suite("HTMLArticleReader")
struct HTMLReaderTests {
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
