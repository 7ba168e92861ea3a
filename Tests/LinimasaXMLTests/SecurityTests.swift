import Foundation
import LinimasaXML
import Testing

/// Hostile documents: no file is read, no connection is opened, and entity
/// expansion neither blows up memory nor takes time.
@Suite("Untrusted input")
struct SecurityTests {
    /// A file with a marker that must never appear in any output.
    static func secretFile() throws -> (path: String, marker: String) {
        let marker = "GEHEIM-\(UInt64.random(in: 1...UInt64.max))"
        let path = NSTemporaryDirectory() + "linimasa-xxe-\(UInt32.random(in: 1...UInt32.max)).txt"
        try (marker + "\nroot:x:0:0:root:/root:/bin/bash\n").write(toFile: path, atomically: true, encoding: .utf8)
        return (path, marker)
    }

    static func xxeDocument(secret: String, port: UInt16) -> String {
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY x SYSTEM "file:///etc/passwd">
          <!ENTITY y SYSTEM "file://\(secret)">
          <!ENTITY z SYSTEM "http://127.0.0.1:\(port)/entity.txt">
          <!ENTITY % p SYSTEM "http://127.0.0.1:\(port)/param.dtd">
          %p;
        ]>
        <rss version="2.0"><channel><title>A&x;B</title>
        <item><title>&y;</title><description>&z; teks</description></item></channel></rss>
        """
    }

    static let billionLaughs: String = {
        var s = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            s += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        return s + "]>\n<lolz><p a=\"&lol9;\">&lol9;</p></lolz>"
    }()

    @Test func xmlExternalEntitiesAreNeverRead() throws {
        let (path, marker) = try Self.secretFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let listener = try #require(LoopbackListener())
        let xml = Self.xxeDocument(secret: path, port: listener.port)
        var text = ""
        let t = seconds {
            do { text = try XMLDocumentParser.parse(bytes: utf8(xml)).allText } catch {}
        }
        #expect(!text.contains("root:"))
        #expect(!text.contains(marker))
        #expect(text.contains("AB"), "the document itself is still read: \(text)")
        #expect(!listener.hadConnection)
        #expect(t < 1)
    }

    @Test func xmlExternalDTDIsNotFetched() throws {
        let listener = try #require(LoopbackListener())
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "http://127.0.0.1:\(listener.port)/evil.dtd">
            <rss version="2.0"><channel><title>Aman</title></channel></rss>
            """
        var tree: MarkupTree?
        let t = try seconds { tree = try XMLDocumentParser.parse(bytes: utf8(xml)) }
        #expect(tree?.allText.contains("Aman") == true)
        #expect(!listener.hadConnection)
        #expect(t < 1)
        // And the unreachable discard port the brief names: no hang either.
        let evil = xml.replacingOccurrences(of: "\(listener.port)", with: "9")
        #expect(try seconds { _ = try XMLDocumentParser.parse(bytes: utf8(evil)) } < 1)
    }

    @Test func xmlBillionLaughsDoesNotExpand() {
        var text: String?
        var failure: XMLKitError?
        let t = seconds {
            do { text = try XMLDocumentParser.parse(bytes: utf8(Self.billionLaughs)).allText } catch {
                failure = error as? XMLKitError
            }
        }
        #expect(t < 1)
        if let text {
            #expect(text.utf8.count < 1_000)
        } else {
            #expect(failure?.message.isEmpty == false)
        }
    }

    @Test func htmlExternalEntitiesAreNeverRead() throws {
        let (path, marker) = try Self.secretFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let listener = try #require(LoopbackListener())
        let html = Self.xxeDocument(secret: path, port: listener.port)
            .replacingOccurrences(of: "<rss version=\"2.0\">", with: "<html><body><p>")
        var text = ""
        let t = try seconds { text = try HTMLParser.parse(bytes: utf8(html)).tree.allText }
        #expect(!text.contains("root:"))
        #expect(!text.contains(marker))
        #expect(!listener.hadConnection)
        #expect(t < 1)
    }

    @Test func htmlNeverFetchesAnything() throws {
        let listener = try #require(LoopbackListener())
        let base = "http://127.0.0.1:\(listener.port)"
        let html = """
            <?xml-stylesheet href="\(base)/s.xsl"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "\(base)/xhtml1-strict.dtd">
            <html><head><link rel="stylesheet" href="\(base)/a.css"><base href="\(base)/">
            <script src="\(base)/a.js"></script></head>
            <body><img src="\(base)/a.png"><iframe src="\(base)/frame.html"></iframe>
            <object data="\(base)/o"></object><p>Isi halaman.</p></body></html>
            """
        let doc = try HTMLParser.parse(bytes: utf8(html))
        #expect(doc.tree.allText.contains("Isi halaman."))
        #expect(!listener.hadConnection)
    }

    @Test func htmlBillionLaughsDoesNotExpand() throws {
        let html = Self.billionLaughs.replacingOccurrences(of: "<lolz>", with: "<html><body>")
        var text = ""
        let t = try seconds { text = try HTMLParser.parse(bytes: utf8(html)).tree.allText }
        #expect(t < 1)
        #expect(text.utf8.count < 5_000)
        #expect(!text.contains("lollollol"))
    }
}
