import Testing
import LinimasaIngest
import LinimasaModel
import LinimasaTestSupport

/// A text cleaned by `BodyCleaner`, with its ranges read back as strings.
struct CleanedText {
    let bytes: [UInt8]
    let result: CleaningResult

    init(_ text: String) {
        bytes = Array(text.utf8)
        result = BodyCleaner.clean(bytes)
    }

    func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }

    var kept: [String] { result.kept.map(text) }
    var dropped: [String] { result.dropped.map { text($0.range) } }

    /// The reasons of the drops whose text is exactly `s`.
    func reasons(of s: String) -> [DropReason] {
        result.dropped.filter { text($0.range) == s }.map(\.reason)
    }
}

/// Debris kinds: each example holds one debris line between two body lines.
struct BodyCleanerTests {
    static let body1 = "Pemerintah kota menambah jadwal bus malam mulai pekan depan."
    static let body2 = "Warga menyambut baik rencana itu, kata seorang pengurus RT."

    @Test(arguments: [
        ("Baca juga: Jadwal Bus Malam Diperpanjang", DropReason.seeAlso),
        ("BACA JUGA: Tarif Parkir Naik Lagi", .seeAlso),
        ("Baca Juga : Ribuan Warga Padati Alun-alun", .seeAlso),
        ("Lihat juga Video: Banjir Rendam Jalan Raya", .seeAlso),
        ("Simak juga: Daftar Harga Cabai Hari Ini", .seeAlso),
        ("Baca selengkapnya di sini", .seeAlso),
        ("Artikel terkait", .seeAlso),
        ("Foto: Dokumentasi Panitia", .caption),
        ("Kredit Foto: Humas Pemkot", .caption),
        ("Keterangan foto: Petugas memeriksa bus di terminal.", .caption),
        ("Ilustrasi bus malam di terminal kota.", .caption),
        ("Wali kota meninjau terminal bus, pada 3 Mei 2023. (Foto: Humas/Pemkot)", .caption),
        ("Sumber: Reuters | Editor: Budi Santoso", .sourceCredit),
        ("Penulis: Rina Lestari", .byline),
        ("Editor: Budi Santoso", .byline),
        ("Reporter: Agus Salim", .byline),
        ("Pewarta: Dewi Anggraini", .byline),
        ("Redaktur: Hasan Basri", .byline),
        ("Penyunting: Tono Sudarmo", .byline),
        ("Laporan Wartawan Tribunnews.com, Rudi Hartono", .byline),
        ("(Reporter: Agus Salim | Editor: Budi Santoso)", .byline),
        ("Cek Berita dan Artikel yang lain di Google News", .promotion),
        ("Simak breaking news terbaru lewat kanal WhatsApp redaksi kami.", .promotion),
        ("Ikuti kami di Instagram dan TikTok", .promotion),
        ("Dapatkan update berita pilihan setiap hari.", .promotion),
        ("Download aplikasi kami sekarang juga", .promotion),
        ("ADVERTISEMENT", .advertisement),
        ("SCROLL TO CONTINUE WITH CONTENT", .advertisement),
        ("Advertisement", .advertisement),
        ("Iklan", .advertisement),
        ("[Gambas:Video CNN]", .scraperDebris),
        ("[Gambas:Instagram]", .scraperDebris),
        ("Tonton juga video \"Bus Malam Mulai Beroperasi\"", .scraperDebris),
        ("Halaman selanjutnya", .scraperDebris),
        ("Loading...", .scraperDebris),
        ("::::", .scraperDebris),
    ])
    func dropsDebrisLine(line: String, reason: DropReason) {
        let c = CleanedText("\(Self.body1)\n\n\(line)\n\n\(Self.body2)")
        #expect(c.kept == [Self.body1, Self.body2])
        #expect(c.reasons(of: line) == [reason])
    }

    @Test(arguments: [
        ("ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT", DropReason.advertisement),
        ("SCROLL TO CONTINUE WITH CONTENT", .advertisement),
        ("[Gambas:Video 20detik]", .scraperDebris),
        ("(Foto: Humas Pemkot)", .caption),
        ("(ANTARA FOTO/Rudi Hartono)", .caption),
    ])
    func dropsInlineSpanOnly(span: String, reason: DropReason) {
        let before = "Bus malam akan berangkat setiap jam dari terminal utama kota."
        let after = "Tiket dapat dibeli di loket maupun secara daring."
        let c = CleanedText("\(before) \(span) \(after)")
        #expect(c.kept == [before, after])
        #expect(c.reasons(of: span) == [reason])
    }

    @Test(arguments: ["(ard)", "(ant/dtc)", "[mg/rs]", "(dal/mik)", "(*)", "(lav / lav)"])
    func dropsTrailingInitials(tag: String) {
        let c = CleanedText("\(Self.body1)\n\n\(Self.body2) \(tag)")
        #expect(c.kept == [Self.body1, Self.body2])
        #expect(c.reasons(of: tag) == [.scraperDebris])
    }

    @Test func dropsTrailingInitialsOnTheirOwnLineBeforeAnEmbed() {
        let c = CleanedText("\(Self.body1)\n\n(ard)\n\n[Gambas:Video CNN]")
        #expect(c.kept == [Self.body1])
        #expect(c.dropped == ["(ard)", "[Gambas:Video CNN]"])
    }

    @Test(arguments: [
        "Editor surat kabar itu mengatakan redaksi akan memuat ralat besok.",
        "Warga mengunggah foto banjir itu ke media sosial pada Senin malam.",
        "Sumber di Kremlin mengatakan pertemuan itu belum dijadwalkan.",
        "Penulis buku tersebut hadir dalam diskusi di kampus.",
        "Laporan tersebut diserahkan kepada DPR pekan lalu.",
        "Iklan rokok dilarang tampil di dekat sekolah, kata pejabat itu.",
        "Menteri Luar Negeri (Menlu) menerima kunjungan duta besar",
        "Foto-foto kegiatan itu beredar luas di media sosial.",
    ])
    func keepsBodySentences(sentence: String) {
        let c = CleanedText("\(Self.body1)\n\(sentence)")
        #expect(c.kept == [Self.body1, sentence])
        #expect(c.result.dropped.isEmpty)
    }

    @Test func neverRewritesOffsets() {
        let text = "Jakarta - Harga beras naik. ADVERTISEMENT Pedagang mengeluh.\n(end)"
        let c = CleanedText(text)
        for r in c.result.kept {
            #expect(Array(text.utf8)[r] == c.bytes[r])
        }
        #expect(c.kept == ["Harga beras naik.", "Pedagang mengeluh."])
    }
}

/// Invariants over the first 1,000 articles of the shared corpus.
struct BodyCleanerCorpusTests {
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }
    /// Whether the scalars on both sides of byte offset `i` are letters or
    /// digits, i.e. `i` lies inside a word.
    static func insideWord(_ b: [UInt8], _ i: Int) -> Bool {
        guard i > 0, i < b.count else { return false }
        var s = i - 1
        while s > 0, b[s] & 0xC0 == 0x80 { s -= 1 }
        var e = i + 1
        while e < b.count, b[e] & 0xC0 == 0x80 { e += 1 }
        func isWord(_ r: Range<Int>) -> Bool {
            String(decoding: b[r], as: UTF8.self).unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            }
        }
        return isWord(s..<i) && isWord(i..<e)
    }

    @Test(.enabled(if: SharedData.hasCorpus)) func coverageAndOrder() throws {
        let articles = try SharedData.texts(SharedData.corpus, limit: 1000)
        #expect(articles.count == 1000)
        for (id, text) in articles {
            let bytes = Array(text.utf8)
            let r = BodyCleaner.clean(bytes)
            var cover = [UInt8](repeating: 0, count: bytes.count)
            for k in r.kept { for j in k { cover[j] &+= 1 } }
            for d in r.dropped { for j in d.range { cover[j] &+= 1 } }
            let badByte = bytes.indices.first { cover[$0] > 1 || (cover[$0] == 0 && !Self.isSpace(bytes[$0])) }
            #expect(badByte == nil, "coverage broken in \(id) at byte \(badByte ?? -1)")
            #expect(zip(r.kept, r.kept.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound }, "\(id)")
            #expect(zip(r.dropped, r.dropped.dropFirst()).allSatisfy {
                $0.range.upperBound <= $1.range.lowerBound
            }, "\(id)")
            #expect(r.kept.allSatisfy { !$0.isEmpty }, "\(id)")
            for k in r.kept {
                let startsInWord = Self.insideWord(bytes, k.lowerBound)
                let endsInWord = Self.insideWord(bytes, k.upperBound)
                #expect(!startsInWord && !endsInWord, "\(id): kept \(k) cuts a word")
            }
            if let d = r.dateline {
                #expect(r.dropped.contains(DroppedBytes(range: d.range, reason: .dateline)), "\(id)")
            }
        }
    }
}
