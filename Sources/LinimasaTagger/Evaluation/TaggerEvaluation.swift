/// Part-of-speech accuracy over a set of sentences.
public struct POSAccuracy: Hashable, Sendable {
    public var tokens = 0
    public var correct = 0

    public init() {}

    public var accuracy: Double { tokens == 0 ? 0 : Double(correct) / Double(tokens) }
}

/// Exact-match name scores (CoNLL): a predicted name counts only when a
/// gold name has the same words and kind.
public struct NameScore: Hashable, Sendable {
    public var gold = 0
    public var predicted = 0
    public var matched = 0

    public init() {}

    public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public mutating func add(gold: [NameSpan], predicted: [NameSpan]) {
        let g = Set(gold), p = Set(predicted)
        self.gold += g.count
        self.predicted += p.count
        matched += g.intersection(p).count
    }
}

extension POSTagger {
    /// Tags each sentence's words (by the conventions named, as `tag`
    /// does) and counts the tags that match.
    public func evaluate(_ sentences: [POSSentence], convention: String? = nil) -> POSAccuracy {
        var a = POSAccuracy()
        for s in sentences {
            let predicted = tag(s.words, convention: convention)
            a.tokens += s.tags.count
            a.correct += zip(predicted, s.tags).filter { $0 == $1 }.count
        }
        return a
    }
}

extension NameTagger {
    /// Tags each sentence (with part-of-speech tags from `pos`) and scores
    /// the names against the gold ones.
    public func evaluate(_ sentences: [NameSentence], pos: POSTagger) -> NameScore {
        var score = NameScore()
        for s in sentences { score.add(gold: s.names, predicted: tag(s.words, pos: pos.tag(s.words))) }
        return score
    }
}
