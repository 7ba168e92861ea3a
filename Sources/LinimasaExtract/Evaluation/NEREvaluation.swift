import Foundation
import LinimasaModel

/// Scores Linimasa's actor recognition as named-entity recognition against
/// CoNLL/BIO gold files.
///
/// Each gold sentence is rebuilt by joining its tokens with single spaces
/// and read as a one-sentence document with no publication date (so every
/// gazetteer surname counts, and a title alone resolves to its scope). Each
/// actor mention becomes the labelled names described at
/// `ActorRecognizer.namedEntities(in:tokens:)`, mapped back onto the gold
/// tokens it covers, and scored by `NERScore`.
public struct NEREvaluator: Sendable {
    let extractor: Extractor

    public init(extractor: Extractor) {
        self.extractor = extractor
    }

    public init() throws {
        self.init(extractor: try Extractor())
    }

    /// A sentence's text and the code-point start of each of its tokens.
    public static func text(of tokens: [String]) -> (text: String, starts: [Int]) {
        var text = ""
        var starts: [Int] = []
        var offset = 0
        for (i, token) in tokens.enumerated() {
            if i > 0 { text += " "; offset += 1 }
            starts.append(offset)
            text += token
            offset += token.unicodeScalars.count
        }
        return (text, starts)
    }

    /// The named entities Linimasa finds in a sentence, over its gold tokens.
    public func predict(_ tokens: [String]) -> [EntitySpan] {
        let (text, starts) = NEREvaluator.text(of: tokens)
        // Code point → gold token; the spaces between tokens map to nil.
        var tokenAt = [Int?](repeating: nil, count: text.unicodeScalars.count)
        for (i, s) in starts.enumerated() {
            for c in s..<(s + tokens[i].unicodeScalars.count) { tokenAt[c] = i }
        }
        let sentence = extractor.recognizeActors(inSentence: text)
        var out: [EntitySpan] = []
        for ref in sentence.actors {
            for (range, label) in extractor.actors.namedEntities(in: ref, tokens: sentence.tokens) where !range.isEmpty {
                let start = sentence.tokens[range.lowerBound].span.start
                let end = sentence.tokens[range.upperBound - 1].span.end
                guard end > start, let first = tokenAt[start], let last = tokenAt[end - 1] else { continue }
                let span = EntitySpan(first..<(last + 1), label)
                if !out.contains(span) { out.append(span) }
            }
        }
        return out
    }

    /// Scores every sentence of `sentences`.
    public func evaluate(_ sentences: [GoldSentence]) -> NERScore {
        var score = NERScore()
        for s in sentences { score.add(gold: s.entities, predicted: predict(s.tokens)) }
        return score
    }

    /// Reads and scores a CoNLL/BIO file.
    public func evaluate(fileAt path: String) throws -> NERScore {
        evaluate(CoNLLReader.parse(try String(contentsOfFile: path, encoding: .utf8)))
    }

    /// The gold entities missed and the predictions not in the gold, for
    /// error analysis: each as (`"miss"` or `"spurious"`, label, text).
    public func errors(_ sentence: GoldSentence) -> [(kind: String, label: NERLabel, text: String)] {
        let predicted = Set(predict(sentence.tokens))
        let gold = Set(sentence.entities)
        func words(_ e: EntitySpan) -> String { sentence.tokens[e.tokens].joined(separator: " ") }
        let missed = sentence.entities.filter { !predicted.contains($0) }.map { ("miss", $0.label, words($0)) }
        let spurious = predicted.subtracting(gold).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            .map { ("spurious", $0.label, words($0)) }
        return missed + spurious
    }
}
