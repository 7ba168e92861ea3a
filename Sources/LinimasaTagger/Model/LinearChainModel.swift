/// A trained linear-chain tagger: quantised weights for hashed features
/// (one row of `tagCount` weights for each bucket that kept any), tag
/// transition weights, and the names of its tags.
///
/// Only buckets with a weight are stored; `rows` maps every bucket to its
/// row (or -1), so scoring a feature is one small-table read and a row of
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
    /// Bucket → row: a bit a bucket and a running count (`BucketRows`).
    let rows: BucketRows
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
        self.rows = BucketRows(buckets: buckets, bits: templates.bits)
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
                rows.blocks.withUnsafeBufferPointer { rows in
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
        _ e: UnsafeMutableBufferPointer<Int>, _ w: UnsafeBufferPointer<Int16>, _ rows: UnsafeBufferPointer<BucketRows.Block>,
        _ b: UnsafeBufferPointer<UInt32>, _ offsets: UnsafeBufferPointer<Int>, words n: Int, tags T: Int
    ) {
        guard let e = e.baseAddress, let w = w.baseAddress, let rows = rows.baseAddress, let b = b.baseAddress else { return }
        for i in 0..<n {
            let scores = e + i * T
            for f in offsets[i]..<offsets[i + 1] {
                let r = BucketRows.row(rows, Int(b[f]))
                if r < 0 { continue }
                let row = w + r * T
                for t in 0..<T { scores[t] &+= Int(row[t]) }
            }
        }
    }
}

/// Which buckets have a row, and which row: one bit a bucket, and for each
/// block of 64 buckets the number of rows before it, so a bucket's row is
/// that count plus the bits set below its own. The same rows as an array
/// of one row number a bucket, in a sixteenth of the memory (256 KiB for
/// 2^20 buckets instead of 4 MiB), so the lookups of features that have no
/// weight, the most frequent ones, stay in the processor's caches.
struct BucketRows: Sendable, Equatable {
    struct Block: Sendable, Equatable {
        var bits: UInt64 = 0
        var before: UInt32 = 0
    }
    let blocks: [Block]

    /// `buckets` ascending: bucket `buckets[r]` has row `r`.
    init(buckets: [UInt32], bits: Int) {
        var blocks = [Block](repeating: Block(), count: max(1, (1 << bits) >> 6))
        for b in buckets { blocks[Int(b) >> 6].bits |= 1 << UInt64(b & 63) }
        var total: UInt32 = 0
        for i in blocks.indices {
            blocks[i].before = total
            total += UInt32(blocks[i].bits.nonzeroBitCount)
        }
        self.blocks = blocks
    }

    /// The row of `bucket`, or -1 when it has none.
    @inline(__always)
    static func row(_ blocks: UnsafePointer<Block>, _ bucket: Int) -> Int {
        let block = blocks[bucket >> 6]
        let bit = UInt64(1) << UInt64(bucket & 63)
        if block.bits & bit == 0 { return -1 }
        return Int(block.before) + (block.bits & (bit &- 1)).nonzeroBitCount
    }

    /// The row of `bucket`, or -1.
    func row(_ bucket: Int) -> Int { blocks.withUnsafeBufferPointer { BucketRows.row($0.baseAddress!, bucket) } }
}
