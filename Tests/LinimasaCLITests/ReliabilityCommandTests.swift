import Foundation
import LinimasaTestSupport
import Testing

/// The command-line defects issue 10 lists, each held by a test that fails
/// without its fix.
@Suite("Command-line defects of issue 10")
struct ReliabilityCommandTests {
    /// Lines of JSON, each far below --max-bytes, together far above it.
    static func jsonLines(_ count: Int) -> Data {
        var s = ""
        for k in 1...count {
            s += "{\"id\": \"b\(k)\", \"text\": \"Berita nomor \(k) tentang rapat kabinet di Jakarta pada hari Rabu.\", \"published\": \"2024-03-06\"}\n"
        }
        return Data(s.utf8)
    }

    @Test func jsonLinesOnStandardInputAreRecognisedAndStreamed() throws {
        let input = Self.jsonLines(40)
        // The whole input is ten times --max-bytes; every line fits.
        let limit = String(input.count / 10)
        let r = try CLIRunner.run(["read", "--max-bytes", limit, "--no-text", "-"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try jsonObjects(r.stdoutLines).map { $0["id"] as? String } == (1...40).map { "b\($0)" })
        // The form in ingest's own help.
        let dir = try TemporaryDirectory()
        let db = dir.file("berita.sqlite")
        let i = try CLIRunner.run(["ingest", "--db", db, "--max-bytes", limit, "-"], stdin: input)
        #expect(i.status == 0, "\(i.stderr)")
        #expect(i.stdout.contains("read 40 documents"))
    }

    @Test func libxml2PrintsNothingAndEachFailedInputIsOneLine() throws {
        let dir = try TemporaryDirectory()
        // A feed that declares UTF-8 and holds bytes that are not.
        let feed = try dir.write("rusak.xml", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Uji</title><item><title>Judul ".utf8)
            + [0xFF, 0xFE, 0xFD] + Array(" rusak</title><description>Isi.</description></item></channel></rss>\n".utf8))
        // A feed whose DTD names a file that does not exist.
        let external = try dir.write("luar.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "\(dir.path)/tidak-ada.dtd">
            <rss version="2.0"><channel><title>Uji</title><item><title>Satu</title><description>Presiden tiba di Bandung pada Senin pagi.</description></item></channel></rss>
            """)
        // A page meant to be UTF-8 with two stray bytes.
        let page = try dir.write("halaman.html", Array("<html><head><meta charset=\"utf-8\"></head><body><p>Kafé di Bandung ramai pada Senin pagi, kata pemiliknya kepada wartawan. ".utf8)
            + [0xFF, 0xFE] + Array(" Harga kopi naik sejak pekan lalu karena panen gagal di dua provinsi.</p></body></html>".utf8))
        let r = try CLIRunner.run(["read", feed, external, page])
        let lines = r.stderr.split(separator: "\n").map(String.init)
        let errors = lines.filter { $0.hasPrefix("linimasa: error:") }
        #expect(errors.count == 2, "\(r.stderr)")
        #expect(errors.contains { $0.hasPrefix("linimasa: error: \(feed)") })
        #expect(errors.contains { $0.hasPrefix("linimasa: error: \(page)") && $0.contains("invalid UTF-8") })
        // Nothing but our own lines: no "encoding error", "Bytes:", "I/O warning".
        for line in lines {
            #expect(line.hasPrefix("linimasa: error:") || line.hasPrefix("linimasa: read "), "stray line: \(line)")
        }
        #expect(r.status == 1)
    }

    @Test func everyErrorLineHasTheSamePrefix() throws {
        let dir = try TemporaryDirectory()
        let notADatabase = try dir.write("c500.jsonl", "{\"text\": \"bukan basis data\"}\n")
        let export = try CLIRunner.run(["export", "--db", notADatabase, "--format", "json"])
        let usage = try CLIRunner.run(["read"])
        let badOption = try CLIRunner.run(["read", "--today", "kemarin", "x.txt"])
        for r in [export, usage, badOption] {
            #expect(r.status != 0)
            #expect(r.stderr.hasPrefix("linimasa: error: "), "\(r.stderr)")
            #expect(!r.stderr.contains("Error:"), "\(r.stderr)")
        }
        #expect(export.stderr.contains(notADatabase))
    }

    @Test func ingestOfAMissingFolderCreatesNoDatabase() throws {
        let dir = try TemporaryDirectory()
        let db = dir.file("baru.sqlite")
        let r = try CLIRunner.run(["ingest", dir.path + "/tidak-ada/", "--db", db])
        #expect(r.status == 1)
        #expect(r.stderr.contains("tidak-ada"))
        #expect(!FileManager.default.fileExists(atPath: db))
        #expect(r.stdout.contains("not created"))
    }

    @Test func theYearWindowAnchorIsInTheDocument() throws {
        let dir = try TemporaryDirectory()
        let text = try dir.write("senin.txt", "BANDUNG - Gubernur meresmikan pasar baru pada Senin (3/1) pagi bersama para pedagang.")
        for (today, year) in [("2022-01-20", "2022"), ("2028-02-01", "2028")] {
            let r = try CLIRunner.run(["read", "--no-text", "--today", today, text])
            let doc = try #require(try jsonObjects(r.stdoutLines).first)
            #expect(doc["dct"] as? String == "\(year)-01-03")
            #expect((doc["metadata"] as? [String: Any])?["dct_anchored_on"] as? String == today, "\(doc)")
        }
        // Without --today the day is the clock's, or SOURCE_DATE_EPOCH's (pinned by CLIRunner).
        let r = try CLIRunner.run(["read", "--no-text", text])
        let doc = try #require(try jsonObjects(r.stdoutLines).first)
        #expect(doc["dct"] as? String == "2022-01-03")
        #expect((doc["metadata"] as? [String: Any])?["dct_anchored_on"] as? String == "2026-11-23", "\(doc)")
    }

    @Test func helpExamplesDoNotWrapInsideACommand() throws {
        // Every subcommand the root help lists (and those of `gazetteer`).
        let root = try CLIRunner.run(["--help"])
        let rootLines = root.stdout.split(separator: "\n").map(String.init)
        let listed = rootLines.drop { !$0.hasPrefix("SUBCOMMANDS:") }.dropFirst().compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return String(name)
        }
        #expect(listed.contains("read") && listed.contains("serve") && listed.contains("train"), "\(listed)")
        var checked = 0
        for command in listed.map({ [$0] }) + [["gazetteer", "check"]] {
            let r = try CLIRunner.run(command + ["--help"])
            #expect(r.status == 0)
            let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "Examples:" }) else { continue }
            var continued = false
            for line in lines[(start + 1)...] {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || !line.hasPrefix("  ") { break }
                // Each line is a whole command, or the continuation of one
                // that ended in a backslash; none is wider than 80 columns.
                #expect(line.count <= 80, "\(command): \(line)")
                if !continued {
                    #expect(["linimasa ", "swift ", "cat ", "curl "].contains { trimmed.hasPrefix($0) }, "\(command): wrapped line \(line)")
                }
                continued = trimmed.hasSuffix("\\")
                checked += 1
            }
        }
        #expect(checked >= 12, "only \(checked) example lines found")
    }
}
