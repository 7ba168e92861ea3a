/// A trained linear-chain tagger: quantised weights for hashed features
/// (one row of `tagCount` weights for each bucket that kept any), tag
/// transition weights, and the names of its tags.
///
/// Only buckets with a weight are stored; `rowOfBucket` maps every bucket
/// to its row (or -1), so scoring a feature is one array read and a row of
/// additions, with no hashing of strings.
struct LinearChainModel: Sendable, Equatable {
    let tags: [String]
    let templates: FeatureTemplates
    /// The stored buckets, ascending.
    let buckets: [UInt32]
    /// `weights[r * tagCount + t]`: row `r`'s weight for tag `t`.
    let weights: [Int16]
    /// `(tagCount + 1) × tagCount`; row 0 scores the first tag.
    let transitions: [Int16]
    let rowOfBucket: [Int32]
    let transitionScores: [Int]
    /// Tells this model's word-score caches from other models' (`EmissionCache`).
    let identity = ModelIdentity()

    var tagCount: Int { tags.count }

    init(tags: [String], templates: FeatureTemplates, buckets: [UInt32], weights: [Int16], transitions: [Int16]) {
        precondition(weights.count == buckets.count * tags.count)
        precondition(transitions.count == (tags.count + 1) * tags.count)
        self.tags = tags
        self.templates = templates
        self.buckets = buckets
        self.weights = weights
        self.transitions = transitions
        var rows = [Int32](repeating: -1, count: 1 << templates.bits)
        for (r, b) in buckets.enumerated() { rows[Int(b)] = Int32(r) }
        self.rowOfBucket = rows
        self.transitionScores = transitions.map(Int.init)
    }

    static func == (a: LinearChainModel, b: LinearChainModel) -> Bool {
        a.tags == b.tags && a.templates.bits == b.templates.bits && a.templates.channels == b.templates.channels
            && a.buckets == b.buckets && a.weights == b.weights && a.transitions == b.transitions
    }

    /// The best tag index for each word of a featurised sentence.
    func decode(_ sentence: FeatureTemplates.Sentence) -> [Int] {
        Viterbi.decode(words: sentence.count, tags: tagCount, emit: emissions(sentence), transitions: transitionScores)
    }

    /// Each word's score for each tag (`words × tags`), before transitions.
    func emissions(_ sentence: FeatureTemplates.Sentence) -> [Int] {
        let n = sentence.count, T = tagCount
        var emit = [Int](repeating: 0, count: n * T)
        emit.withUnsafeMutableBufferPointer { e in
            weights.withUnsafeBufferPointer { w in
                rowOfBucket.withUnsafeBufferPointer { rows in
                    sentence.buckets.withUnsafeBufferPointer { b in
                        sentence.offsets.withUnsafeBufferPointer { offsets in
                            LinearChainModel.accumulate(e, w, rows, b, offsets, words: n, tags: T)
                        }
                    }
                }
            }
        }
        return emit
    }

    /// Adds each word's feature rows into its scores: the hot loop, on raw
    /// buffers so that no access is checked twice.
    @inline(__always)
    private static func accumulate(
        _ e: UnsafeMutableBufferPointer<Int>, _ w: UnsafeBufferPointer<Int16>, _ rows: UnsafeBufferPointer<Int32>,
        _ b: UnsafeBufferPointer<UInt32>, _ offsets: UnsafeBufferPointer<Int>, words n: Int, tags T: Int
    ) {
        guard let e = e.baseAddress, let w = w.baseAddress, let rows = rows.baseAddress, let b = b.baseAddress else { return }
        for i in 0..<n {
            let scores = e + i * T
            for f in offsets[i]..<offsets[i + 1] {
                let r = Int(rows[Int(b[f])])
                if r < 0 { continue }
                let row = w + r * T
                for t in 0..<T { scores[t] &+= Int(row[t]) }
            }
        }
    }
}
