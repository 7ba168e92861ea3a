import Foundation
import LinimasaIngest
import LinimasaModel

/// A text cleaned by `BodyCleaner`, with its ranges read back as strings.
struct CleanedText {
    let bytes: [UInt8]
    let result: CleaningResult

    init(_ text: String) {
        bytes = Array(text.utf8)
        result = BodyCleaner.clean(bytes)
    }

    func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }

    var kept: [String] { result.kept.map(text) }
    var dropped: [String] { result.dropped.map { text($0.range) } }

    /// The reasons of the drops whose text is exactly `s`.
    func reasons(of s: String) -> [DropReason] {
        result.dropped.filter { text($0.range) == s }.map(\.reason)
    }
}

/// The team's shared data directory (`<repo>/../shared`), found from this file.
enum SharedData {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static var seeds: URL { root.appendingPathComponent("eval/seeds.jsonl") }
    static var corpus: URL { root.appendingPathComponent("corpus/indonesian-news.jsonl") }

    static var hasSeeds: Bool { FileManager.default.fileExists(atPath: seeds.path) }
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus.path) }

    /// The `text` of the first `limit` JSON lines of `url` with their `id`.
    static func texts(_ url: URL, limit: Int) throws -> [(id: String, text: String)] {
        let data = try Data(contentsOf: url)
        var out: [(String, String)] = []
        for line in data.split(separator: 0x0A).prefix(limit) {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = obj["text"] as? String else { continue }
            out.append(((obj["id"] as? String) ?? "", text))
        }
        return out
    }
}
