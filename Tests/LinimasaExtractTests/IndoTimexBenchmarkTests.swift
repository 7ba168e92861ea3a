import Foundation
import LinimasaExtract
import LinimasaModel
import Testing

/// Scores the tagger on the IndoTimex Kompas test set with the shared
/// TempEval-3 scorer (`../shared/eval/timex_eval.py`, beside the repository).
/// Skipped when that folder or python3 is absent. The floors sit a little
/// below the scores measured when the tagger was written (strict 0.945,
/// relaxed 0.966, value F1 0.888), so a regression fails the test.
@Suite struct IndoTimexBenchmarkTests {
    static let shared: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")
    static var scorer: URL { shared.appendingPathComponent("eval/timex_eval.py") }
    static var available: Bool {
        FileManager.default.fileExists(atPath: scorer.path)
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
    }

    static func python(_ arguments: [String]) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [scorer.path] + arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return data
    }

    @Test(.enabled(if: available, "needs ../shared/eval/timex_eval.py and python3"))
    func scoresOnIndoTimexTestSet() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("linimasa-indotimex-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let docsURL = dir.appendingPathComponent("docs.jsonl"), predURL = dir.appendingPathComponent("pred.jsonl")
        _ = try Self.python(["--export-docs", docsURL.path])
        let lines = try String(contentsOf: docsURL, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 25)
        var predictions: [Any] = []
        for line in lines {
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(doc["text"] as? String), id = try #require(doc["id"] as? String)
            let dct = (doc["published"] as? String).flatMap(PublishedDate.parse)?.date
            let timexes = sharedTagger.tag(text: text, dct: dct).map {
                ["start": $0.span.start, "end": $0.span.end, "type": $0.type.rawValue, "value": $0.value] as [String: Any]
            }
            predictions.append(["id": id, "timexes": timexes])
        }
        let body = try predictions.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        try body.joined(separator: "\n").write(to: predURL, atomically: true, encoding: .utf8)
        let scores = try #require(try JSONSerialization.jsonObject(with: Self.python([predURL.path, "--json"])) as? [String: Any])
        let strict = try #require(scores["strict_F1"] as? Double)
        let relaxed = try #require(scores["relaxed_F1"] as? Double)
        let value = try #require(scores["value_F1"] as? Double)
        #expect(strict >= 0.92, "strict extent F1 \(strict)")
        #expect(relaxed >= 0.95, "relaxed extent F1 \(relaxed)")
        #expect(value >= 0.86, "value F1 \(value)")
    }
}
