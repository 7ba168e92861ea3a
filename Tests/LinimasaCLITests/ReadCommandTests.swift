import Foundation
import Testing
import LinimasaTestSupport

@Test func helpIsCompleteWithExamples() throws {
    let r = try CLIRunner.run(["read", "--help"])
    #expect(r.status == 0)
    for word in ["--input-format", "--published", "--strict", "--max-bytes", "--output", "--no-text",
                 "Examples:", "linimasa read corpus.jsonl", "dct_source", "dropped"] {
        #expect(r.stdout.contains(word), "help lacks \(word)")
    }
    let top = try CLIRunner.run(["--help"])
    #expect(top.stdout.contains("read") && top.stdout.contains("demo") && top.stdout.contains("bench"))
}

@Test func readsGoodInputsReportsBadOnesAndExitsNonZero() throws {
    let dir = try TemporaryDirectory()
    let good = try dir.write("baik.txt", "Judul\n\nIsi berita pertama. Kalimat kedua.")
    let jsonl = try dir.write("korpus.jsonl", """
    {"id": "j1", "text": "Satu.", "published": "2022-10-13"}
    {"id": "j2", "text": 
    {"id": "j3", "text": "Tiga."}
    """)
    let r = try CLIRunner.run(["read", good, dir.path + "/hilang.txt", jsonl, "--published", "2022-01-04"])
    #expect(r.status == 1)
    let docs = try jsonObjects(r.stdoutLines)
    #expect(docs.map { $0["id"] as? String } == ["baik", "j1", "j3"])
    #expect(docs[0]["title"] as? String == "Judul")
    #expect(docs[0]["dct_source"] as? String == "option")
    #expect(docs[1]["dct_source"] as? String == "metadata")
    #expect(docs[1]["dct"] as? String == "2022-10-13")
    #expect(r.stderr.contains("\(dir.path)/hilang.txt: cannot open"))
    #expect(r.stderr.contains("\(jsonl):2: invalid JSON"))
    #expect(r.stderr.contains("read 3 documents, 2 failed"))
}

@Test func strictStopsAtTheFirstFailure() throws {
    let dir = try TemporaryDirectory()
    let a = try dir.write("a.txt", "Pertama.")
    let b = try dir.write("b.txt", "")
    let c = try dir.write("c.txt", "Ketiga.")
    let r = try CLIRunner.run(["read", "--strict", a, b, c])
    #expect(r.status == 1)
    #expect(try jsonObjects(r.stdoutLines).map { $0["id"] as? String } == ["a"])
    #expect(r.stderr.contains("\(b): empty file"))
    #expect(r.stderr.contains("--strict"))
}

@Test func readsStandardInputAndSniffsTheFormat() throws {
    let jsonl = Data(#"{"id": "s1", "text": "Dari stdin."}"#.utf8 + [0x0A] + #"{"id": "s2", "text": "Kedua."}"#.utf8)
    let r = try CLIRunner.run(["read", "-"], stdin: jsonl)
    #expect(r.status == 0)
    #expect(try jsonObjects(r.stdoutLines).map { $0["id"] as? String } == ["s1", "s2"])
    #expect(try jsonObjects(r.stdoutLines).first.flatMap { ($0["source"] as? [String: Any])?["line"] as? Int } == 1)

    let text = try CLIRunner.run(["read", "-", "--no-text"], stdin: Data("Teks dari pipa.".utf8))
    let doc = try #require(try jsonObjects(text.stdoutLines).first)
    #expect(doc["id"] as? String == "stdin")
    #expect(doc["text"] == nil)
}

@Test func invalidOptionsAreRejectedBeforeReading() throws {
    let r = try CLIRunner.run(["read", "--published", "kemarin", "x.txt"])
    #expect(r.status != 0 && r.status != 1)
    #expect(r.stderr.contains("--published 'kemarin' is not a date"))
    let none = try CLIRunner.run(["read"])
    #expect(none.status != 0)
}

@Test func outputFileIsWritten() throws {
    let dir = try TemporaryDirectory()
    let input = try dir.write("a.txt", "Isi.")
    let target = dir.path + "/keluar.jsonl"
    let r = try CLIRunner.run(["read", input, "-o", target])
    #expect(r.status == 0)
    #expect(r.stdout.isEmpty)
    let written = try String(contentsOfFile: target, encoding: .utf8)
    #expect(written.hasSuffix("\n"))
    #expect(try jsonObjects(written.split(separator: "\n").map(String.init)).first?["id"] as? String == "a")
}
