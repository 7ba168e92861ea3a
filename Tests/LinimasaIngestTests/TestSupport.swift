import Foundation
import LinimasaIngest
import LinimasaModel

/// A temporary directory that removes itself.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "linimasa-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Array(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let full = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }
}

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

/// `../shared` beside the repository, where CI and developers have it.
enum SharedData {
    static let root: String? = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let shared = repo.deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: shared + "/eval/seeds.jsonl") ? shared : nil
    }()

    static var available: Bool { root != nil }

    static func path(_ relative: String) -> String { (root ?? "/nonexistent") + "/" + relative }

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
