import Foundation
import LinimasaIngest
import LinimasaModel
import LinimasaTestSupport
import Testing

/// The defects issue 10 lists for the readers, each held by a test that
/// fails without its fix.
@Suite("Reader defects of issue 10")
struct ReliabilityDefectTests {
    static let origin = InputOrigin(path: "halaman.html")

    static func page(charset: String?, body: [UInt8]) -> [UInt8] {
        let head = charset.map { "<meta charset=\"\($0)\">" } ?? ""
        return Array("<html><head>\(head)<title>Uji</title></head><body><p>".utf8) + body
            + Array("</p><p>Paragraf kedua yang cukup panjang untuk dianggap sebagai isi berita utama halaman ini.</p></body></html>".utf8)
    }

    static let sentence = Array("Menteri itu datang ke Surabaya pada hari Senin pagi untuk meresmikan jembatan baru di kota itu. ".utf8)

    @Test func invalidBytesInAnOtherwiseUTF8PageAreReported() throws {
        // "é" (well-formed UTF-8) earlier in the page, then 0xFF 0xFE.
        let body = Self.sentence + Array("Kafé ".utf8) + [0xFF, 0xFE] + Self.sentence
        for charset in [nil, "utf-8", "UTF-8"] {
            #expect(throws: IngestError.self) {
                _ = try HTMLArticleReader.read(bytes: Self.page(charset: charset, body: body), origin: Self.origin, defaultID: "h")
            }
            do {
                _ = try HTMLArticleReader.read(bytes: Self.page(charset: charset, body: body), origin: Self.origin, defaultID: "h")
            } catch {
                #expect(error.code == .invalidUTF8)
                #expect(error.description.hasPrefix("halaman.html: invalid UTF-8 at line 1"))
            }
        }
    }

    @Test func aDeclaredEightBitPageAndAnUndeclaredOneStillRead() throws {
        // 0x93/0x94 are windows-1252 quotes; the page declares that charset.
        let quoted = Self.sentence + [0x93] + Array("kutipan".utf8) + [0x94] + Self.sentence
        let declared = try HTMLArticleReader.read(bytes: Self.page(charset: "windows-1252", body: quoted), origin: Self.origin, defaultID: "h")
        #expect(declared.text.contains("\u{201C}kutipan\u{201D}"))
        // No declaration and no multi-byte UTF-8 anywhere: the HTML standard's fallback.
        let undeclared = try HTMLArticleReader.read(bytes: Self.page(charset: nil, body: quoted), origin: Self.origin, defaultID: "h")
        #expect(undeclared.text.contains("\u{201C}kutipan\u{201D}"))
    }

    @Test func bytesInMemoryAreReadLikeAFileOfThatName() throws {
        var ids: [String] = []
        var errors: [String] = []
        let lines = Array("{\"id\":\"a\",\"text\":\"Satu.\"}\n{\"id\":\"b\",\"text\":\"Dua.\"}\nrusak\n".utf8)
        try InputReader().read(bytes: lines, path: "kiriman.jsonl") { result in
            switch result {
            case .success(let d): ids.append(d.id)
            case .failure(let e): errors.append(e.description)
            }
        }
        #expect(ids == ["a", "b"])
        #expect(errors.count == 1 && errors[0].hasPrefix("kiriman.jsonl:3:"))
    }

    @Test func aDateReadFromTheTextRecordsTheDayItsYearWindowEndsOn() throws {
        let raw = RawDocument(id: "d", text: "JAKARTA - Presiden berpidato pada Senin (3/1) di depan para menteri.",
                              origin: InputOrigin(path: "d.txt"))
        for today in [CalendarDate(year: 2022, month: 1, day: 20)!, CalendarDate(year: 2027, month: 6, day: 1)!] {
            let doc = DocumentBuilder(today: today).build(raw)
            #expect(doc.dctSource == .textWeekday)
            let anchor = doc.metadata.first { $0.0 == DocumentBuilder.anchorField }?.1
            #expect(anchor == .string(today.description))
        }
        // A date given by metadata does not depend on the day: nothing recorded.
        var given = raw
        given.published = "2022-01-03"
        let doc = DocumentBuilder(today: CalendarDate(year: 2022, month: 1, day: 20)!).build(given)
        #expect(!doc.metadata.contains { $0.0 == DocumentBuilder.anchorField })
    }
}
