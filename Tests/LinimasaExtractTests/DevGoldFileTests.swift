import Foundation
import Testing

/// Checks the development gold (`DevGold/corpus-dev.gold.jsonl`, annotated under
/// `../shared/eval/ANNOTATION.md`) is well formed, and — when the shared corpus sits
/// beside the repository — that it still fits the articles it annotates: every `doc`
/// exists and every trigger part is found in the text, the heads in document order
/// (score.py places gold triggers by searching forward from the previous one).
@Suite struct DevGoldFileTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let goldURL = here.appendingPathComponent("DevGold/corpus-dev.gold.jsonl")
    static let corpusURL = here.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/indonesian-news.jsonl")
    static var corpusAvailable: Bool { FileManager.default.fileExists(atPath: corpusURL.path) }

    static let modalities: Set<String> = ["asserted", "planned", "hypothetical", "negated"]

    static func goldLines() throws -> [[String: Any]] {
        let text = try String(contentsOf: goldURL, encoding: .utf8)
        return try text.split(separator: "\n", omittingEmptySubsequences: true).enumerated().map { n, line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any], "line \(n + 1) is not a JSON object")
        }
    }

    static func isDay(_ s: String) -> Bool {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return s.count == 10 && f.date(from: s) != nil
    }

    static func triggerParts(_ trigger: String) -> [String] {
        trigger.components(separatedBy: " ... ").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func everyLineIsWellFormed() throws {
        let gold = try Self.goldLines()
        #expect(gold.count >= 100)
        var keys = Set<String>()
        for g in gold {
            let doc = try #require(g["doc"] as? String)
            let id = try #require(g["id"] as? String)
            let label = "\(doc) \(id)"
            #expect(keys.insert("\(doc)#\(id)").inserted, "duplicate id \(label)")
            #expect(!((g["cluster"] as? String) ?? "").isEmpty, "\(label): cluster")
            let cameo = try #require(g["cameo"] as? [String], "\(label): cameo must be a list of strings")
            #expect(!cameo.isEmpty, "\(label): empty cameo")
            for code in cameo {
                let digits = code.allSatisfy(\.isASCII) && code.allSatisfy(\.isNumber)
                #expect(digits && (code.count == 2 || code.count == 3), "\(label): cameo \(code)")
                #expect((1...20).contains(Int(code.prefix(2)) ?? 0), "\(label): cameo root \(code)")
            }
            let trigger = try #require(g["trigger"] as? String, "\(label): trigger")
            for part in Self.triggerParts(trigger) {
                #expect(!part.isEmpty, "\(label): empty trigger part")
                // Triggers stay a few words: article text is never copied into the repository.
                #expect(part.split(separator: " ").count <= 10, "\(label): trigger part too long")
            }
            for role in ["source", "target"] {
                let actors = try #require(g[role] as? [String], "\(label): \(role) must be a list of strings")
                #expect(actors.allSatisfy { !$0.isEmpty }, "\(label): empty \(role) identity")
            }
            if let date = g["date"], !(date is NSNull) {
                let interval = try #require(date as? [String: Any], "\(label): date")
                let start = try #require(interval["start"] as? String), end = try #require(interval["end"] as? String)
                #expect(Self.isDay(start) && Self.isDay(end), "\(label): date \(start)..\(end)")
                #expect(start <= end, "\(label): date \(start) after \(end)")
            } else {
                #expect(g.keys.contains("date"), "\(label): date missing (use null)")
            }
            let modality: [String]
            if let one = g["modality"] as? String { modality = [one] } else {
                modality = try #require(g["modality"] as? [String], "\(label): modality")
            }
            #expect(!modality.isEmpty && modality.allSatisfy(Self.modalities.contains), "\(label): modality \(modality)")
            #expect(g["optional"] is Bool, "\(label): optional must be a boolean")
        }
    }

    @Test(.enabled(if: corpusAvailable, "needs ../shared/corpus/indonesian-news.jsonl"))
    func docsAndTriggersAreInTheCorpus() throws {
        let gold = try Self.goldLines()
        let wanted = Set(gold.compactMap { $0["doc"] as? String })
        var texts: [String: String] = [:]
        let corpus = try String(contentsOf: Self.corpusURL, encoding: .utf8)
        for line in corpus.split(separator: "\n") where wanted.contains(where: { line.contains($0) }) {
            guard let d = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = d["id"] as? String, wanted.contains(id), let text = d["text"] as? String else { continue }
            texts[id] = text
        }
        #expect(Set(texts.keys) == wanted, "missing docs: \(wanted.subtracting(texts.keys).sorted())")
        var cursor: [String: String.Index] = [:]
        for g in gold {
            guard let doc = g["doc"] as? String, let text = texts[doc], let trigger = g["trigger"] as? String else { continue }
            let label = "\(doc) \(g["id"] as? String ?? "?")"
            let parts = Self.triggerParts(trigger)
            for part in parts { #expect(text.contains(part), "\(label): trigger part not in text: \(part)") }
            // The head must be found at or after the previous head of the same document.
            let from = cursor[doc] ?? text.startIndex
            let found = text.range(of: parts[0], range: from..<text.endIndex)
            #expect(found != nil, "\(label): trigger head out of document order: \(parts[0])")
            if let found { cursor[doc] = found.lowerBound }
        }
    }
}
