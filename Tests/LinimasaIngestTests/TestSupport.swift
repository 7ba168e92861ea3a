import Foundation
import LinimasaIngest
import LinimasaModel
import LinimasaTestSupport

/// Everything a reader produced for some paths.
struct ReadOutcome {
    var documents: [RawDocument] = []
    var errors: [IngestError] = []
}

func readAll(_ paths: [String], options: ReadOptions = ReadOptions()) throws -> ReadOutcome {
    var outcome = ReadOutcome()
    try InputReader(options: options).read(paths) { result in
        switch result {
        case .success(let d): outcome.documents.append(d)
        case .failure(let e): outcome.errors.append(e)
        }
    }
    return outcome
}

/// The shared data this target reads besides what `SharedData` gives.
extension SharedData {
    static var seeds: URL { URL(fileURLWithPath: path("eval/seeds.jsonl")) }
    static var corpus: URL { URL(fileURLWithPath: path("corpus/indonesian-news.jsonl")) }
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
