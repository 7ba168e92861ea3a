import Foundation
@testable import LinimasaIngest
import LinimasaModel
import Testing
import LinimasaTestSupport

@Test func plainTextHeadlineIsTheTitleAndStaysInTheText() throws {
    let dir = try TemporaryDirectory()
    let body = "Judul Berita Tanpa Titik\n\nJAKARTA - Paragraf pertama.\nParagraf kedua.\n"
    let file = try dir.write("artikel.txt", body)
    let doc = try #require(try readAll([file]).documents.first)
    #expect(doc.id == "artikel")
    #expect(doc.title == "Judul Berita Tanpa Titik")
    #expect(doc.text == body)
}

@Test(arguments: [
    "Satu baris saja tanpa judul.",
    "Baris pertama\nBaris kedua langsung menyusul.\n",
    "Judul\n\n   \n",
])
func noHeadlineWithoutABlankLineAndABody(text: String) throws {
    let dir = try TemporaryDirectory()
    let doc = try #require(try readAll([try dir.write("a.txt", text)]).documents.first)
    #expect(doc.title == nil)
}

@Test func byteOrderMarkIsNotText() throws {
    let dir = try TemporaryDirectory()
    let file = try dir.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Isi.".utf8))
    #expect(try readAll([file]).documents.first?.text == "Isi.")
}

@Test func invalidUTF8InTextNamesLineAndColumn() throws {
    let dir = try TemporaryDirectory()
    let file = try dir.write("latin1.txt", Array("Baris satu.\nCaf".utf8) + [0xE9] + Array(" di Jakarta.\n".utf8))
    let out = try readAll([file])
    #expect(out.documents.isEmpty)
    let e = try #require(out.errors.first)
    #expect(e.code == .invalidUTF8)
    #expect(e.description.hasPrefix(file + ": invalid UTF-8 at line 2, column 4"))
}

@Test func emptyAndMissingInputsAreReportedAndOthersStillRead() throws {
    let dir = try TemporaryDirectory()
    let empty = try dir.write("kosong.txt", "")
    let blank = try dir.write("spasi.txt", " \n\t\n")
    let good = try dir.write("baik.txt", "Isi berita.")
    let missing = dir.path + "/tidak-ada.txt"
    let out = try readAll([empty, missing, blank, good])
    #expect(out.documents.map(\.id) == ["baik"])
    #expect(out.errors.map(\.code) == [.empty, .notFound, .empty])
    #expect(out.errors.map(\.origin.path) == [empty, missing, blank])
}

@Test func unreadableFileIsReported() throws {
    guard getuid() != 0 else { return }  // root reads anything: nothing to test
    let dir = try TemporaryDirectory()
    let file = try dir.write("rahasia.txt", "Isi.")
    chmod(file, 0)
    let out = try readAll([file])
    #expect(out.errors.map(\.code) == [.unreadable])
}

@Test func aGigabyteFileIsRefusedFromItsSizeAlone() throws {
    let dir = try TemporaryDirectory()
    let file = dir.path + "/besar.txt"
    // A sparse file: 1 GiB long, no disk used, refused before any byte is read.
    #expect(FileManager.default.createFile(atPath: file, contents: nil))
    #expect(truncate(file, 1 << 30) == 0)
    let out = try readAll([file])
    #expect(out.documents.isEmpty)
    let e = try #require(out.errors.first)
    #expect(e.code == .tooLarge)
    #expect(e.message.contains("1 GiB"))
}

@Test func aGigabyteJSONLinesFileStreamsInBoundedMemory() throws {
    let dir = try TemporaryDirectory()
    let file = dir.path + "/besar.jsonl"
    // One valid line, then a 1 GiB run of NUL bytes with no newline.
    let first = Array(#"{"id": "awal", "text": "Baris pertama."}"#.utf8) + [0x0A]
    #expect(FileManager.default.createFile(atPath: file, contents: Data(first)))
    #expect(truncate(file, 1 << 30) == 0)
    let out = try readAll([file], options: ReadOptions(maxDocumentBytes: 1 << 20))
    #expect(out.documents.map(\.id) == ["awal"])
    #expect(out.errors.map(\.code) == [.tooLarge])
    #expect(out.errors.first?.origin.line == 2)
}

@Test func directoriesAreReadRecursivelyInSortedOrder() throws {
    let dir = try TemporaryDirectory()
    try dir.write("b/2.txt", "Dua.")
    try dir.write("a.txt", "Satu.")
    try dir.write("b/1.jsonl", #"{"id": "j", "text": "Jsonl."}"#)
    try dir.write("b/c/3.txt", "Tiga.")
    try dir.write("catatan.md", "Bukan berita.")
    try dir.write(".tersembunyi.txt", "Tersembunyi.")
    let out = try readAll([dir.path])
    #expect(out.errors.isEmpty)
    #expect(out.documents.map(\.id) == ["a", "j", "2", "3"])
    #expect(out.documents.first?.origin.path == dir.path + "/a.txt")
}

@Test func aDirectoryWithoutArticlesIsReported() throws {
    let dir = try TemporaryDirectory()
    try dir.write("catatan.md", "Bukan berita.")
    let out = try readAll([dir.path])
    #expect(out.errors.map(\.code) == [.empty])
}

@Test(arguments: [
    ("  {\"text\": \"x\"}", InputFormat.jsonl),
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", .html),
    ("Teks biasa.", .text),
    ("", .text),
])
func sniffsFormatFromContent(content: String, format: InputFormat) {
    #expect(InputReader.sniff(Array(content.utf8)) == format)
}

@Test func stemsAndExtensions() {
    #expect(InputReader.stem(of: "/a/b/000_seed.txt") == "000_seed")
    #expect(InputReader.stem(of: "arsip.tar.gz") == "arsip.tar")
    #expect(InputReader.stem(of: ".bashrc") == ".bashrc")
    #expect(InputReader.stem(of: "-") == "stdin")
    #expect(InputReader.fileExtension(of: "a.b/c") == "")
    #expect(InputReader.fileExtension(of: "x/Page.HTM") == "htm")
}
