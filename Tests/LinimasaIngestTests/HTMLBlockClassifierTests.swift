@testable import LinimasaIngest
import LinimasaModel
import Testing

/// The jusText rules one at a time, on hand-made blocks.
@Suite("HTML block classifier")
struct HTMLBlockClassifierTests {
    static let prose = "Pemerintah kota mengatakan bahwa perbaikan jalan itu akan selesai dalam dua bulan, dan warga yang tinggal di sekitar lokasi diminta untuk tetap berhati-hati saat melintas pada malam hari. Petugas juga akan memasang lampu tambahan di beberapa titik yang gelap."
    static let nounHeavy = "Rapat Koordinasi Dinas Pekerjaan Umum Provinsi Jawa Barat Bidang Bina Marga Jalan Nasional Ruas Utara Selatan Kabupaten Cianjur Sukabumi Bogor Bandung Barat Subang Purwakarta"

    static func block(_ text: String, links: Int = 0, heading: Bool = false, caption: Bool = false) -> TextBlock {
        TextBlock(rawText: text, linkCharacters: links, isHeading: heading, isCaption: caption, inSelect: false)
    }

    @Test func contextFreeClasses() {
        #expect(BlockClassifier.contextFree(Self.block(Self.prose)) == .good)
        #expect(BlockClassifier.contextFree(Self.block(Self.nounHeavy)) == .bad)
        #expect(BlockClassifier.contextFree(Self.block("Foto bersama")) == .short)
        #expect(BlockClassifier.contextFree(Self.block("Baca juga", links: 5)) == .bad)
        #expect(BlockClassifier.contextFree(Self.block(Self.prose, links: 100)) == .bad)
        #expect(BlockClassifier.contextFree(Self.block("© 2024 Kabar Pesisir. " + Self.prose)) == .bad)
        // Captions are judged by position, not by their wording.
        #expect(BlockClassifier.contextFree(Self.block(Self.nounHeavy, caption: true)) == .short)
    }

    @Test func shortBlocksFollowTheirNeighbours() {
        let blocks = [Self.block(Self.prose), Self.block("Foto bersama"), Self.block(Self.prose),
                      Self.block(Self.nounHeavy), Self.block("(dsl/rhm)"), Self.block(Self.nounHeavy)]
        #expect(BlockClassifier.classify(blocks) == [.good, .good, .good, .bad, .bad, .bad])
    }

    @Test func shortBlockAtTheEdgeOfTheArticleIsDropped() {
        let blocks = [Self.block("Beranda"), Self.block(Self.prose), Self.block(Self.prose), Self.block("Tutup")]
        #expect(BlockClassifier.classify(blocks) == [.bad, .good, .good, .bad])
    }

    @Test func headingsSurviveOnlyNearGoodText() {
        let near = [Self.block(Self.prose), Self.block("Kronologi kejadian", heading: true), Self.block(Self.prose)]
        #expect(BlockClassifier.classify(near)[1] == .good)
        let far = [Self.block(Self.prose), Self.block(Self.nounHeavy), Self.block("Berita lainnya", heading: true),
                   Self.block(Self.nounHeavy), Self.block(Self.nounHeavy)]
        #expect(BlockClassifier.classify(far)[2] == .bad)
    }

    @Test func fragmentModeKeepsShortLinesButNotLinkLists() throws {
        let html = "<p>Singkat saja.</p><p><a href='/a'>Tautan satu</a> <a href='/b'>Tautan dua</a></p><p>Penutup.</p>"
        let text = FeedItemReader.htmlText(html)
        #expect(text == "Singkat saja.\nPenutup.")
    }
}

extension HTMLBlockClassifierTests {
    /// Paragraphs of 70–200 characters are only near-good: next to a good
    /// one they are kept, on their own jusText keeps nothing, and the page
    /// reader falls back to them rather than report no text.
    @Test func nearGoodParagraphs() throws {
        let medium = "Warga diminta untuk tetap berhati-hati saat melintas di jalan itu pada malam hari, kata petugas."
        #expect(BlockClassifier.contextFree(Self.block(medium)) == .nearGood)
        #expect(BlockClassifier.classify([Self.block(medium), Self.block(Self.prose)]) == [.good, .good])
        #expect(BlockClassifier.classify([Self.block(medium), Self.block(medium)]) == [.bad, .bad])
        let page = "<html><body><nav><a href='/'>Beranda</a></nav><p>\(medium)</p><p>\(medium)</p></body></html>"
        let doc = try HTMLArticleReader.read(bytes: Array(page.utf8), origin: .init(path: "m.html"), defaultID: "m")
        #expect(doc.text == medium + "\n" + medium)
    }
}
