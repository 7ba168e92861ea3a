import LinimasaXML
import Testing

@Suite("XMLDocumentParser")
struct XMLDocumentParserTests {
    @Test func keepsNamespacesCaseAndCDATA() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><item><pubDate>Rab, 12 Okt</pubDate>
              <content:encoded><![CDATA[<p>Isi &amp; berita</p>]]></content:encoded></item></channel>
            </rss>
            """
        let tree = try XMLDocumentParser.parse(bytes: utf8(xml))
        #expect(tree.element(tree.root)?.name == "rss")
        #expect(tree.first("pubDate") != nil)
        let encoded = try #require(tree.first("encoded"))
        #expect(encoded.prefix == "content")
        #expect(encoded.qualifiedName == "content:encoded")
        #expect(encoded.namespaceURI == "http://purl.org/rss/1.0/modules/content/")
        #expect(tree.textContent(of: tree.elements(named: "encoded")[0]) == "<p>Isi &amp; berita</p>")
    }

    @Test func notWellFormedNamesLineAndColumn() {
        let xml = "<rss>\n  <channel>\n    <title>A</titel>\n  </channel>\n</rss>"
        do {
            _ = try XMLDocumentParser.parse(bytes: utf8(xml))
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .notWellFormed)
            #expect(error.line == 3)
            #expect(error.column != nil)
            #expect(error.message.contains("mismatch"))
            #expect(error.description.hasPrefix("3:"))
        }
    }

    @Test(arguments: ["", "not xml at all", "\u{0}\u{1}\u{2}binary"])
    func junkIsNotWellFormedOrEmpty(_ input: String) {
        #expect(throws: XMLKitError.self) { try XMLDocumentParser.parse(bytes: utf8(input)) }
    }

    @Test func depthLimitIsAnErrorNotACrash() {
        let depth = 100_000
        let xml = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        #expect(throws: XMLKitError.self) { try XMLDocumentParser.parse(bytes: utf8(xml)) }
    }
}
