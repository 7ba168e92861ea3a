/// Trains a `LinearChainModel` as an averaged structured perceptron
/// (Collins 2002): decode each training sentence with the current weights
/// and, where the best sequence differs from the gold one, add one to the
/// gold features and transitions and take one from the predicted ones.
/// The model keeps the average of the weights over all steps.
///
/// All arithmetic is on integers and sentences are visited in an order
/// drawn from a fixed seed, so the same data give the same model bytes.
public struct TrainingOptions: Sendable, Hashable {
    /// Passes over the training sentences.
    public var epochs: Int
    /// Seed of the order in which each pass visits the sentences.
    public var seed: UInt64
    /// log2 of the number of feature buckets.
    public var bits: Int
    /// Averaged weights smaller than this fraction of the largest are
    /// dropped from the stored model (pruning).
    public var pruneBelow: Double

    public init(epochs: Int = 10, seed: UInt64 = 0x4C49_4E49_4D41_5341, bits: Int = 20, pruneBelow: Double = 0.002) {
        self.epochs = epochs
        self.seed = seed
        self.bits = bits
        self.pruneBelow = pruneBelow
    }
}

struct PerceptronTrainer {
    let tagCount: Int
    let templates: FeatureTemplates
    private var weights: [Int32]
    private var totals: [Int64]
    private var transitions: [Int32]
    private var transitionTotals: [Int64]
    /// Steps taken so far, starting at 1 (Daumé's averaging trick:
    /// average = weights − totals / clock).
    private var clock: Int64 = 1

    init(tagCount: Int, templates: FeatureTemplates) {
        self.tagCount = tagCount
        self.templates = templates
        let size = (1 << templates.bits) * tagCount
        weights = [Int32](repeating: 0, count: size)
        totals = [Int64](repeating: 0, count: size)
        transitions = [Int32](repeating: 0, count: (tagCount + 1) * tagCount)
        transitionTotals = [Int64](repeating: 0, count: (tagCount + 1) * tagCount)
    }

    /// Decodes with the current (not averaged) weights.
    func decode(_ s: FeatureTemplates.Sentence) -> [Int] {
        let n = s.count, T = tagCount
        var emit = [Int](repeating: 0, count: n * T)
        for i in 0..<n {
            for b in s.features(i) {
                let row = Int(b) * T
                for t in 0..<T { emit[i * T + t] += Int(weights[row + t]) }
            }
        }
        return Viterbi.decode(words: n, tags: T, emit: emit, transitions: transitions.map(Int.init))
    }

    /// One step on one sentence; returns how many words were wrong.
    @discardableResult
    mutating func learn(_ s: FeatureTemplates.Sentence, gold: [Int]) -> Int {
        let predicted = decode(s)
        var wrong = 0
        let T = tagCount
        for i in 0..<s.count {
            let g = gold[i], p = predicted[i]
            if g != p {
                wrong += 1
                for b in s.features(i) {
                    update(Int(b) * T + g, by: 1)
                    update(Int(b) * T + p, by: -1)
                }
            }
            let gPrev = i == 0 ? 0 : gold[i - 1] + 1
            let pPrev = i == 0 ? 0 : predicted[i - 1] + 1
            if gPrev != pPrev || g != p {
                updateTransition(gPrev * T + g, by: 1)
                updateTransition(pPrev * T + p, by: -1)
            }
        }
        clock += 1
        return wrong
    }

    private mutating func update(_ index: Int, by delta: Int32) {
        weights[index] += delta
        totals[index] += clock * Int64(delta)
    }

    private mutating func updateTransition(_ index: Int, by delta: Int32) {
        transitions[index] += delta
        transitionTotals[index] += clock * Int64(delta)
    }

    /// The averaged weights, quantised to 16 bits on one scale and pruned.
    func model(tags: [String], pruneBelow: Double) -> LinearChainModel {
        let c = Double(clock)
        func average(_ w: Int32, _ total: Int64) -> Double { Double(w) - Double(total) / c }
        var largest = 0.0
        for i in weights.indices where weights[i] != 0 || totals[i] != 0 {
            largest = max(largest, abs(average(weights[i], totals[i])))
        }
        for i in transitions.indices { largest = max(largest, abs(average(transitions[i], transitionTotals[i]))) }
        let scale = largest == 0 ? 1 : 32000 / largest
        let floor = largest * pruneBelow
        func quantise(_ x: Double) -> Int16 { abs(x) < floor ? 0 : Int16((x * scale).rounded()) }
        var buckets: [UInt32] = []
        var rows: [Int16] = []
        let T = tagCount
        var row = [Int16](repeating: 0, count: T)
        for b in 0..<(1 << templates.bits) {
            var any = false
            for t in 0..<T {
                let i = b * T + t
                row[t] = weights[i] == 0 && totals[i] == 0 ? 0 : quantise(average(weights[i], totals[i]))
                if row[t] != 0 { any = true }
            }
            if any {
                buckets.append(UInt32(b))
                rows.append(contentsOf: row)
            }
        }
        let trans = transitions.indices.map { Int16((average(transitions[$0], transitionTotals[$0]) * scale).rounded()) }
        return LinearChainModel(tags: tags, templates: templates, buckets: buckets, weights: rows, transitions: trans)
    }
}

extension LinearChainModel {
    /// Trains on featurised sentences with gold tag indices.
    static func train(
        _ examples: [(sentence: FeatureTemplates.Sentence, gold: [Int])],
        tags: [String], templates: FeatureTemplates, options: TrainingOptions,
        progress: (_ epoch: Int, _ wrong: Int, _ words: Int) -> Void = { _, _, _ in }
    ) -> LinearChainModel {
        var trainer = PerceptronTrainer(tagCount: tags.count, templates: templates)
        var order = Array(examples.indices)
        var generator = SeededGenerator(seed: options.seed)
        for epoch in 0..<options.epochs {
            generator.shuffle(&order)
            var wrong = 0, words = 0
            for i in order {
                wrong += trainer.learn(examples[i].sentence, gold: examples[i].gold)
                words += examples[i].gold.count
            }
            progress(epoch + 1, wrong, words)
        }
        return trainer.model(tags: tags, pruneBelow: options.pruneBelow)
    }
}
