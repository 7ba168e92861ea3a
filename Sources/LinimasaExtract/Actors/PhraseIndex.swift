import Foundation
import LinimasaText

/// Longest-match lookup of multi-word phrases over a sentence's tokens.
///
/// Phrases are keyed by their first word's folded form; each candidate is
/// compared word by word. A phrase written without lowercase letters ("AS",
/// "NATO", "PBB") matches only that exact spelling, so that English "as"
/// never becomes the United States.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Phrase: Sendable {
        var folded: [String]
        var exact: [String]
        var caseSensitive: Bool
        var value: Value
    }

    private var byFirst: [String: [Phrase]] = [:]

    init() {}

    mutating func add(_ surface: String, _ value: Value) {
        let words = surface.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return }
        let caseSensitive = surface.contains(where: \.isUppercase) && !surface.contains(where: \.isLowercase)
        let phrase = Phrase(folded: words.map(PhraseIndex.fold), exact: words,
                            caseSensitive: caseSensitive, value: value)
        byFirst[PhraseIndex.fold(first), default: []].append(phrase)
    }

    /// The longest phrase starting at token `i`; ties keep the first added.
    func longestMatch(_ tokens: [WordToken], at i: Int) -> (length: Int, values: [Value])? {
        guard i < tokens.count, let candidates = byFirst[tokens[i].key] else { return nil }
        var best = 0
        var values: [Value] = []
        for p in candidates where p.folded.count >= best && i + p.folded.count <= tokens.count {
            var ok = true
            for (k, word) in p.folded.enumerated() {
                let t = tokens[i + k]
                if p.caseSensitive ? t.text != p.exact[k] : t.key != word { ok = false; break }
            }
            guard ok else { continue }
            if p.folded.count > best {
                best = p.folded.count
                values = [p.value]
            } else {
                values.append(p.value)
            }
        }
        return best > 0 ? (best, values) : nil
    }

    /// The values of the one-word phrases equal to `word` (already folded):
    /// "militer" for the "militernya" of a possessive.
    func values(ofWord word: String) -> [Value] {
        (byFirst[word] ?? []).filter { $0.folded.count == 1 && !$0.caseSensitive }.map(\.value)
    }

    /// The values of the one-word phrases whose folded form is `word`
    /// (already folded), whatever their case.
    func values(ofPhrase word: String) -> [Value] {
        (byFirst[word] ?? []).filter { $0.folded.count == 1 }.map(\.value)
    }

    /// Lowercase without diacritics; ASCII words take the cheap path.
    static func fold(_ word: String) -> String {
        let lower = word.lowercased().replacingOccurrences(of: "’", with: "'")
        if lower.utf8.allSatisfy({ $0 < 0x80 }) { return lower }
        return lower.folding(options: [.diacriticInsensitive], locale: nil)
    }
}
