import Foundation
import LinimasaIngest
import LinimasaModel
import Testing

@Suite("HTMLArticleReader: speed")
struct HTMLReaderPerformanceTests {
    /// A ~200 KB page: the fixture article's chrome repeated around it many
    /// times, as on portal pages with long link lists and comment threads.
    static func bigPage() throws -> [UInt8] {
        let page = String(decoding: try fixture("html/tanggul-semarang.html"), as: UTF8.self)
        let parts = page.components(separatedBy: "<aside class=\"sidebar\">")
        try #require(parts.count == 2)
        var filler = ""
        var i = 0
        while filler.utf8.count < 190_000 {
            filler += "<div class=\"box\"><h3>Kanal \(i)</h3><ul><li><a href=\"/k/\(i)\">Judul berita nomor \(i) yang menarik untuk dibaca</a></li>"
                + "<li><a href=\"/k/\(i)b\">Berita lain di kanal \(i)</a></li></ul><p>Catatan singkat \(i).</p></div>\n"
            i += 1
        }
        return utf8(parts[0] + filler + "<aside class=\"sidebar\">" + parts[1])
    }

    // A wall-clock bound: meaningless under a sanitizer (.ci/sanitize sets these).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ASAN_OPTIONS"] == nil
                   && ProcessInfo.processInfo.environment["TSAN_OPTIONS"] == nil))
    func twoHundredKilobytePageIsFast() throws {
        let bytes = try Self.bigPage()
        #expect(bytes.count > 190_000)
        var doc: RawDocument?
        let clock = ContinuousClock()
        // Debug builds are ~10x slower than release; the bound is for them.
        let elapsed = try clock.measure {
            doc = try HTMLArticleReader.read(bytes: bytes, origin: InputOrigin(path: "big.html"), defaultID: "big")
        }
        #expect(elapsed < .milliseconds(1_500))
        let text = try #require(doc).text
        #expect(text.hasPrefix("SEMARANG, Kabar Pesisir"))
        #expect(!text.contains("Judul berita nomor"))
    }
}
