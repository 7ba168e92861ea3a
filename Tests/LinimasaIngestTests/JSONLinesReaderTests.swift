import Foundation
@testable import LinimasaIngest
import LinimasaModel
import Testing
import LinimasaTestSupport

@Test func readsFieldsAndKeepsUnknownOnesAsMetadata() throws {
    let dir = try TemporaryDirectory()
    let file = try dir.write("berita.jsonl", """
    {"id": "k-1", "title": "Judul", "url": "https://contoh.id/a", "outlet": "contoh.id", "published": "2022-10-13", "text": "Isi berita.", "category": "dunia", "tags": ["nato", "rusia"]}
    {"text": "Tanpa id.", "lang": "id-ID", "id": 17}

    {"text": "Tanpa id juga."}
    """)
    let out = try readAll([file])
    #expect(out.errors.isEmpty)
    #expect(out.documents.map(\.id) == ["k-1", "17", "berita:4"])
    let first = out.documents[0]
    #expect(first.title == "Judul")
    #expect(first.url == "https://contoh.id/a")
    #expect(first.outlet == "contoh.id")
    #expect(first.published == "2022-10-13")
    #expect(first.metadata.map(\.0) == ["category", "tags"])
    #expect(first.metadata[1].1 == .array([.string("nato"), .string("rusia")]))
    #expect(first.origin == InputOrigin(path: file, line: 1))
    #expect(out.documents[1].language == "id-ID")
}

@Test func badLinesAreReportedWithTheirNumberAndReadingGoesOn() throws {
    let dir = try TemporaryDirectory()
    var bytes = Array("""
    {"id": "ok-1", "text": "Baik."}
    {"id": "broken", "text": "no closing brace"
    {"id": "no-text", "title": "x"}
    {"id": "typed", "text": 42}
    ["not", "an", "object"]
    {"id": "empty", "text": "   "}

    """.utf8)
    bytes += Array(#"{"id": "latin1", "text": "caf"#.utf8) + [0xE9] + Array("\"}\n".utf8)
    bytes += Array(#"{"id": "ok-2", "text": "Juga baik."}"#.utf8)
    let file = try dir.write("campur.jsonl", bytes)
    let out = try readAll([file])
    #expect(out.documents.map(\.id) == ["ok-1", "ok-2"])
    #expect(out.errors.map(\.origin.line) == [2, 3, 4, 5, 6, 7])
    #expect(out.errors.map(\.code) == [.invalidJSON, .missingField, .missingField, .invalidJSON, .empty, .invalidUTF8])
    #expect(out.errors[0].description.hasPrefix("\(file):2: invalid JSON at column"))
    #expect(out.errors[1].message.contains("\"text\""))
    #expect(out.errors[5].message.contains("byte 30"))
}

@Test func overlongLinesAreSkippedWithoutHoldingThem() throws {
    let dir = try TemporaryDirectory()
    let big = "{\"text\": \"" + String(repeating: "kata ", count: 400_000) + "\"}"  // 2 MB
    let file = try dir.write("besar.jsonl", big + "\n" + #"{"id": "next", "text": "Sesudahnya."}"# + "\n")
    let out = try readAll([file], options: ReadOptions(maxDocumentBytes: 1 << 20))
    #expect(out.documents.map(\.id) == ["next"])
    #expect(out.errors.count == 1)
    #expect(out.errors[0].code == .tooLarge)
    #expect(out.errors[0].origin.line == 1)
    // The same line fits under a larger limit.
    #expect(try readAll([file], options: ReadOptions(maxDocumentBytes: 4 << 20)).documents.count == 2)
}

@Test func chunkBoundariesDoNotSplitLines() throws {
    // Many lines of varied length so that lines straddle the 1 MiB read chunks.
    let dir = try TemporaryDirectory()
    var text = ""
    for i in 0..<3000 {
        text += "{\"id\": \"d\(i)\", \"text\": \"" + String(repeating: "ab ", count: (i * 37) % 900 + 1) + "\"}\r\n"
    }
    let file = try dir.write("banyak.jsonl", text)
    let out = try readAll([file])
    #expect(out.errors.isEmpty)
    #expect(out.documents.count == 3000)
    #expect(out.documents.last?.id == "d2999")
    #expect(out.documents[1234].text.count == ((1234 * 37) % 900 + 1) * 3)
}

@Test func anEmptyCorpusIsAnError() throws {
    let dir = try TemporaryDirectory()
    let file = try dir.write("kosong.jsonl", "\n  \n")
    let out = try readAll([file])
    #expect(out.documents.isEmpty)
    #expect(out.errors.map(\.code) == [.empty])
}
