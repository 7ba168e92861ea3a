import LinimasaXML
import Testing

@Suite("HTMLParser")
struct HTMLParserTests {
    @Test func buildsLowercasedTreeWithAttributesInOrder() throws {
        let html = #"<HTML LANG="id"><Body><DIV Class="a" id="b">Halo <B>dunia</B></DIV></body></html>"#
        let doc = try HTMLParser.parse(bytes: utf8(html))
        #expect(doc.tree.elementNames == ["html", "body", "div", "b"])
        let div = try #require(doc.tree.first("div"))
        #expect(div.attributes.map(\.name) == ["class", "id"])
        #expect(div.attribute("ID") == "b")
        #expect(doc.tree.textContent(of: doc.tree.elements(named: "div")[0]) == "Halo dunia")
        #expect(doc.tree.first("html")?.attribute("lang") == "id")
    }

    @Test func decodesEntitiesAndKeepsUnicode() throws {
        let html = "<p>Caf&eacute; &amp; teh&nbsp;manis &#8212; 日本 ✓</p>"
        let doc = try HTMLParser.parse(bytes: utf8(html))
        #expect(doc.tree.allText == "Café & teh\u{A0}manis — 日本 ✓")
    }

    @Test func skipsCommentsButKeepsScriptText() throws {
        let html = "<p>a<!-- komentar -->b</p><script>var x = 1;</script>"
        let doc = try HTMLParser.parse(bytes: utf8(html))
        #expect(!doc.tree.allText.contains("komentar"))
        #expect(doc.tree.textContent(of: doc.tree.elements(named: "script")[0]) == "var x = 1;")
        // The two text runs around the comment merge into one node.
        let p = try #require(doc.tree.first("p"))
        #expect(p.children.count == 1)
    }

    @Test(arguments: ["windows-1252", "ISO-8859-1"])
    func detectsLegacyCharsetFromMeta(_ charset: String) throws {
        var bytes = utf8("<html><head><meta charset=\"\(charset)\"></head><body><p>Kafe ")
        bytes += [0x63, 0x61, 0x66, 0xE9, 0x20, 0xBD, 0x20, 0x6C, 0x69, 0x74, 0x65, 0x72]  // "café ½ liter"
        bytes += utf8("</p></body></html>")
        let doc = try HTMLParser.parse(bytes: bytes)
        #expect(doc.tree.textContent(of: doc.tree.elements(named: "p")[0]) == "Kafe café ½ liter")
    }

    @Test func windows1252QuotesDecode() throws {
        var bytes = utf8(#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>"#)
        bytes += [0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80]
        bytes += utf8("</p></body></html>")
        let doc = try HTMLParser.parse(bytes: bytes)
        #expect(doc.tree.textContent(of: doc.tree.elements(named: "p")[0]) == "\u{201C}A\u{201D} \u{2013} €")
    }

    @Test func explicitEncodingWinsOverDetection() throws {
        let bytes: [UInt8] = utf8("<p>") + [0xE9] + utf8("</p>")
        let doc = try HTMLParser.parse(bytes: bytes, encoding: "ISO-8859-1")
        #expect(doc.tree.allText == "é")
    }

    @Test func invalidUTF8DoesNotCrash() throws {
        var bytes = utf8(#"<html><head><meta charset="utf-8"></head><body><p>Awal "#)
        bytes += [0xC3, 0x28, 0xFF, 0xFE, 0xE2, 0x82]
        bytes += utf8(" akhir paragraf.</p><p>Kedua.</p></body></html>")
        let doc = try HTMLParser.parse(bytes: bytes)
        let text = doc.tree.allText
        #expect(text.contains("Awal"))
        #expect(text.contains("akhir paragraf."))
        #expect(text.contains("Kedua."))
    }

    @Test func recoversFromMalformedMarkup() throws {
        let html = "<div><p>Satu<p>Dua</div></div></span><p>Tiga <b>tebal<i>miring</p><p>Empat"
        let doc = try HTMLParser.parse(bytes: utf8(html))
        let text = doc.tree.allText
        for word in ["Satu", "Dua", "Tiga", "tebal", "miring", "Empat"] {
            #expect(text.contains(word), "missing \(word)")
        }
        #expect(doc.recoveredError != nil)
    }

    @Test func deepNestingBelowLibxmlLimitKeepsInnermostText() throws {
        let depth = 200
        let html = String(repeating: "<div>", count: depth) + "inti" + String(repeating: "</div>", count: depth)
        let doc = try HTMLParser.parse(bytes: utf8(html))
        #expect(doc.tree.allText == "inti")
        #expect(doc.tree.elements(named: "div").count == depth)
    }

    @Test func hundredThousandLevelsDoNotOverflowTheStack() throws {
        let depth = 100_000
        let html = "<p>sebelum</p>" + String(repeating: "<div><span>", count: depth) + "dalam"
            + String(repeating: "</span></div>", count: depth)
        var doc: HTMLDocument?
        let t = try seconds { doc = try HTMLParser.parse(bytes: utf8(html)) }
        let tree = try #require(doc).tree
        #expect(tree.allText.hasPrefix("sebelum"))
        #expect(t < 5)
        // Walking and copying the tree is iterative too.
        let copy = tree
        #expect(copy.descendants(of: copy.root).count == tree.count - 1)
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: XMLKitError.self) { try HTMLParser.parse(bytes: []) }
        do {
            _ = try HTMLParser.parse(bytes: utf8(" \n\t "))
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .emptyInput)
        }
    }
}

@Suite("HTMLParser encoding fallback")
struct HTMLEncodingFallbackTests {
    @Test func undeclaredValidUTF8IsReadAsUTF8() throws {
        let doc = try HTMLParser.parse(bytes: utf8("<p>Jalan Sudirman — 日本 ✓</p>"))
        #expect(doc.tree.allText == "Jalan Sudirman — 日本 ✓")
    }

    @Test func undeclaredInvalidUTF8IsReadAsWindows1252() throws {
        let doc = try HTMLParser.parse(bytes: utf8("<p>") + [0x93, 0x6B, 0x61, 0x66, 0xE9, 0x94] + utf8("</p>"))
        #expect(doc.tree.allText == "\u{201C}kafé\u{201D}")
    }

    @Test func declaredCharsetIsHonouredEvenWhenBytesAreValidUTF8() throws {
        // "Ã©" in UTF-8 is C3 A9; declared Latin-1 it must stay two characters.
        let html = #"<html><head><meta charset="iso-8859-1"></head><body><p>"# 
        let doc = try HTMLParser.parse(bytes: utf8(html) + [0xC3, 0xA9] + utf8("</p></body></html>"))
        #expect(doc.tree.textContent(of: doc.tree.elements(named: "p")[0]) == "Ã©")
    }
}

@Suite("Parsers across threads")
struct ConcurrentParsingTests {
    @Test func parallelParsesAgree() async throws {
        let html = utf8("<html><body>" + String(repeating: "<p>Satu <a href='x'>dua</a> tiga.</p>", count: 200) + "</body></html>")
        let xml = utf8("<rss><channel>" + String(repeating: "<item><title>A &amp; B</title></item>", count: 200) + "</channel></rss>")
        let lengths = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<16 {
                group.addTask {
                    let h = try HTMLParser.parse(bytes: html).tree
                    let x = try XMLDocumentParser.parse(bytes: xml)
                    return [h.count, h.allText.count, x.count, x.allText.count]
                }
            }
            var all: [[Int]] = []
            for try await r in group { all.append(r) }
            return all
        }
        #expect(lengths.count == 16)
        #expect(Set(lengths).count == 1)
        #expect(lengths.first?[3] == 200 * "A & B".count)
    }
}
