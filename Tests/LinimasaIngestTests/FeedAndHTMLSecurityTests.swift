import Foundation
import LinimasaIngest
import LinimasaModel
import Testing

/// Hostile feeds and pages through the public readers: no local file
/// reaches the output, nothing is fetched, entity bombs stay small and fast.
@Suite("Readers on hostile input")
struct FeedAndHTMLSecurityTests {
    static let billionLaughsDTD: String = {
        var s = "<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            s += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        return s + "]>\n"
    }()

    static func elapsed(_ body: () -> Void) -> Double {
        let d = ContinuousClock().measure(body)
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    static func feed(doctype: String, body: String) -> [UInt8] {
        utf8("""
            <?xml version="1.0"?>
            \(doctype)
            <rss version="2.0"><channel><title>Uji &x;</title>
            <item><title>Satu</title><description>\(body)</description></item>
            <item><title>Dua</title><description>Teks biasa yang aman.</description></item>
            </channel></rss>
            """)
    }

    /// Every string a reader produced, for searching.
    static func allText(_ results: [Result<RawDocument, IngestError>]) -> String {
        results.map { r in
            switch r {
            case .success(let d): return [d.title, d.text, d.outlet, d.id].compactMap { $0 }.joined(separator: " ")
            case .failure(let e): return e.description
            }
        }.joined(separator: "\n")
    }

    @Test func feedXXEDoesNotLeakFiles() throws {
        let bytes = Self.feed(
            doctype: #"<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY y SYSTEM "file:///etc/hostname">]>"#,
            body: "Isi &x; dan &y; selesai")
        var results: [Result<RawDocument, IngestError>] = []
        var thrown: IngestError?
        let t = Self.elapsed {
            do { results = try FeedReader.read(bytes: bytes, origin: InputOrigin(path: "xxe.xml")) } catch { thrown = error as? IngestError }
        }
        #expect(t < 1)
        let text = Self.allText(results) + (thrown?.description ?? "")
        #expect(!text.contains("root:"))
        #expect(!text.contains("/bin/"))
        // The feed is still read; only the entity contents are missing.
        #expect(results.count == 2)
        #expect((try? results[1].get())?.text == "Teks biasa yang aman.")
    }

    @Test func feedExternalDTDIsNotFetched() throws {
        let bytes = Self.feed(doctype: #"<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd">"#, body: "Aman &x; sekali")
        var results: [Result<RawDocument, IngestError>] = []
        let t = Self.elapsed {
            results = (try? FeedReader.read(bytes: bytes, origin: InputOrigin(path: "dtd.xml"))) ?? []
        }
        #expect(t < 1)
        #expect(results.count == 2)
        #expect((try? results[0].get())?.text.contains("Aman") == true)
    }

    @Test func feedBillionLaughsStaysSmall() {
        let bytes = Self.feed(doctype: Self.billionLaughsDTD, body: "&lol9;&lol9;")
        var results: [Result<RawDocument, IngestError>] = []
        var thrown: IngestError?
        let t = Self.elapsed {
            do { results = try FeedReader.read(bytes: bytes, origin: InputOrigin(path: "lol.xml")) } catch { thrown = error as? IngestError }
        }
        #expect(t < 1)
        if let thrown {
            #expect(thrown.code == .notAFeed)
        } else {
            #expect(Self.allText(results).utf8.count < 2_000)
            #expect(!Self.allText(results).contains("lollollol"))
        }
    }

    static func page(doctype: String, entityUse: String) -> [UInt8] {
        let paragraph = "<p>Pemerintah daerah akan memperbaiki jalan yang rusak di sepanjang jalur selatan dalam waktu dua bulan, kata kepala dinas kepada wartawan pada hari Senin.</p>"
        return utf8("\(doctype)<html><head><title>Uji</title></head><body><article>\(paragraph)<p>\(entityUse)</p>\(paragraph)</article></body></html>")
    }

    @Test(arguments: [
        (#"<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>"#, "&x;"),
        (#"<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd">"#, "&x;"),
        (billionLaughsDTD, "&lol9;"),
    ])
    func htmlHostileDoctypes(_ doctype: String, _ use: String) throws {
        var doc: RawDocument?
        var thrown: IngestError?
        let t = Self.elapsed {
            do {
                doc = try HTMLArticleReader.read(bytes: Self.page(doctype: doctype, entityUse: use), origin: InputOrigin(path: "h.html"), defaultID: "h")
            } catch { thrown = error as? IngestError }
        }
        #expect(t < 1)
        #expect(thrown == nil)
        let text = doc?.text ?? ""
        #expect(text.contains("jalur selatan"))
        #expect(!text.contains("root:"))
        #expect(!text.contains("lollollol"))
        #expect(text.utf8.count < 2_000)
    }
}
