/// Counts for one label (or all labels) and the figures derived from them.
///
/// `matchedPredicted` and `matchedGold` are equal under exact matching; under
/// relaxed matching one prediction may overlap several gold entities and
/// the other way round, so precision and recall count their own side.
public struct NERCounts: Hashable, Sendable {
    public var predicted = 0
    public var gold = 0
    public var matchedPredicted = 0
    public var matchedGold = 0

    public init() {}

    public var precision: Double { predicted == 0 ? 0 : Double(matchedPredicted) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(matchedGold) / Double(gold) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    static func + (a: NERCounts, b: NERCounts) -> NERCounts {
        var c = a
        c.predicted += b.predicted
        c.gold += b.gold
        c.matchedPredicted += b.matchedPredicted
        c.matchedGold += b.matchedGold
        return c
    }
}

/// Mention-level scores, per label and micro-averaged over labels.
///
/// Exact (CoNLL): a prediction counts only when a gold entity has the same
/// token span and label. Relaxed: a prediction counts when it overlaps a
/// gold entity of the same label, and a gold entity is found when some
/// prediction of its label overlaps it.
public struct NERScore: Hashable, Sendable {
    public var exact: [NERLabel: NERCounts] = [:]
    public var relaxed: [NERLabel: NERCounts] = [:]
    public var sentences = 0

    public init() {}

    public var exactMicro: NERCounts { exact.values.reduce(NERCounts(), +) }
    public var relaxedMicro: NERCounts { relaxed.values.reduce(NERCounts(), +) }

    /// Adds one sentence's gold and predicted entities.
    public mutating func add(gold: [EntitySpan], predicted: [EntitySpan]) {
        sentences += 1
        let goldSet = Set(gold), predSet = Set(predicted)
        for label in NERLabel.allCases {
            let g = goldSet.filter { $0.label == label }
            let p = predSet.filter { $0.label == label }
            var e = exact[label] ?? NERCounts()
            e.gold += g.count
            e.predicted += p.count
            let hits = g.intersection(p).count
            e.matchedGold += hits
            e.matchedPredicted += hits
            exact[label] = e
            var r = relaxed[label] ?? NERCounts()
            r.gold += g.count
            r.predicted += p.count
            r.matchedGold += g.filter { x in p.contains { $0.tokens.overlaps(x.tokens) } }.count
            r.matchedPredicted += p.filter { x in g.contains { $0.tokens.overlaps(x.tokens) } }.count
            relaxed[label] = r
        }
    }

    /// Adds another score's counts (another file or fold).
    public mutating func merge(_ other: NERScore) {
        sentences += other.sentences
        for label in NERLabel.allCases {
            exact[label] = (exact[label] ?? NERCounts()) + (other.exact[label] ?? NERCounts())
            relaxed[label] = (relaxed[label] ?? NERCounts()) + (other.relaxed[label] ?? NERCounts())
        }
    }
}
