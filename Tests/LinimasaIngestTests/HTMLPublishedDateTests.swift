import LinimasaIngest
import LinimasaModel
import Testing

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
