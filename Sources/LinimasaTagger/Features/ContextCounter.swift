/// Cheap word classes from unlabeled text: for each word seen often
/// enough, the frequent word that most often comes just before it and the
/// one that most often comes just after it. Words used alike share these
/// neighbours ("di …", "… yang"), so a word the labeled data never showed
/// still gets a hint of its class.
///
/// Words are those of `PlainWords`, folded; the context words are the
/// `contexts` most frequent ones, plus the sentence boundary.
public struct ContextCounter: Sendable {
    /// Each text's folded words, with a zero between sentences.
    private var texts: [[UInt64]] = []

    public init() {}

    public mutating func add(text: String) {
        var words: [UInt64] = []
        PlainWords.scan(text) { word, atStart in
            if atStart, !words.isEmpty { words.append(0) }
            words.append(FeatureHash.folded(word))
        }
        texts.append(words)
    }

    /// Two tables: the left and the right neighbour class (1…255, 255 for
    /// the sentence boundary) of every word seen at least `minimumCount` times.
    public func tables(contexts: Int = 254, minimumCount: Int = 5) -> (left: WordTable, right: WordTable) {
        NeighbourCounts(self, contexts: contexts, minimumCount: minimumCount).tables()
    }

    /// Each text's folded words, with a zero between sentences.
    var foldedTexts: [[UInt64]] { texts }
}

/// For every word seen at least `minimumCount` times (the targets, most
/// frequent first, ties by key), how often each of the `contexts` most
/// frequent words, or the sentence boundary (context 255), comes just
/// before it and just after it.
struct NeighbourCounts {
    /// Folded word hashes, most frequent first.
    let targets: [UInt64]
    /// How often each target was seen.
    let frequency: [Int32]
    /// `left[target * 256 + c]`: times context `c` (1…255) came just before.
    let left: [Int32]
    let right: [Int32]

    init(_ counter: ContextCounter, contexts: Int, minimumCount: Int) {
        precondition(contexts > 0 && contexts < 255)
        let texts = counter.foldedTexts
        var frequency: [UInt64: Int32] = [:]
        for t in texts { for w in t where w != 0 { frequency[w, default: 0] += 1 } }
        let ranked = frequency.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var contextIndex: [UInt64: Int] = [0: 255]
        for (i, (key, _)) in ranked.prefix(contexts).enumerated() { contextIndex[key] = i + 1 }
        var targetIndex: [UInt64: Int] = [:]
        var targets: [UInt64] = []
        var counts: [Int32] = []
        for (key, count) in ranked where Int(count) >= minimumCount {
            targetIndex[key] = targets.count
            targets.append(key)
            counts.append(count)
        }
        var left = [Int32](repeating: 0, count: targets.count * 256)
        var right = [Int32](repeating: 0, count: targets.count * 256)
        for t in texts {
            for i in t.indices where t[i] != 0 {
                guard let target = targetIndex[t[i]] else { continue }
                let before = i == 0 ? 0 : t[i - 1], after = i + 1 == t.count ? 0 : t[i + 1]
                if let c = contextIndex[before] { left[target * 256 + c] += 1 }
                if let c = contextIndex[after] { right[target * 256 + c] += 1 }
            }
        }
        self.targets = targets
        self.frequency = counts
        self.left = left
        self.right = right
    }

    /// The most frequent left and right neighbour of each target.
    func tables() -> (left: WordTable, right: WordTable) {
        var l = WordTable(), r = WordTable()
        func best(_ counts: [Int32], _ target: Int) -> UInt8 {
            var arg = 0, top: Int32 = 0
            for c in 1..<256 where counts[target * 256 + c] > top { top = counts[target * 256 + c]; arg = c }
            return UInt8(arg)
        }
        for (target, key) in targets.enumerated() {
            let b = best(left, target), a = best(right, target)
            if b != 0 { l.values[key] = b }
            if a != 0 { r.values[key] = a }
        }
        return (l, r)
    }
}

/// The word tables both taggers read from unlabeled text: capitalisation
/// (`CapitalisationCounter`), left and right neighbour classes
/// (`ContextCounter`) and fine and coarse word classes (`WordClusters`).
/// They ship inside each model.
public struct CorpusTables: Sendable, Equatable {
    public var capitalisation: WordTable
    public var leftContext: WordTable
    public var rightContext: WordTable
    public var clusters: WordTable
    public var coarseClusters: WordTable

    public init(capitalisation: WordTable = WordTable(), leftContext: WordTable = WordTable(), rightContext: WordTable = WordTable(),
                clusters: WordTable = WordTable(), coarseClusters: WordTable = WordTable()) {
        self.capitalisation = capitalisation
        self.leftContext = leftContext
        self.rightContext = rightContext
        self.clusters = clusters
        self.coarseClusters = coarseClusters
    }

    /// Counts a corpus of texts.
    public init<S: Sequence>(texts: S) where S.Element == String {
        var caps = CapitalisationCounter()
        var contexts = ContextCounter()
        for t in texts {
            caps.add(text: t)
            contexts.add(text: t)
        }
        let counts = NeighbourCounts(contexts, contexts: 254, minimumCount: 5)
        let (left, right) = counts.tables()
        let (fine, coarse) = WordClusters.tables(counts)
        self.init(capitalisation: caps.table(), leftContext: left, rightContext: right, clusters: fine, coarseClusters: coarse)
    }

    static let names = ["capitalisation", "left-context", "right-context", "clusters", "coarse-clusters"]

    var tables: [WordTable] { [capitalisation, leftContext, rightContext, clusters, coarseClusters] }

    /// How many feature channels the tables give.
    static let channelCount = names.count

    var named: [(name: String, table: WordTable)] {
        Array(zip(CorpusTables.names, tables)).map { ($0.0, $0.1) }
    }

    init(_ file: ModelFile) {
        self.init(capitalisation: file.wordTable("capitalisation") ?? WordTable(),
                  leftContext: file.wordTable("left-context") ?? WordTable(),
                  rightContext: file.wordTable("right-context") ?? WordTable(),
                  clusters: file.wordTable("clusters") ?? WordTable(),
                  coarseClusters: file.wordTable("coarse-clusters") ?? WordTable())
    }

    /// One channel a table, in `names` order.
    func channels(_ keys: [WordKeys]) -> [[UInt64]] {
        tables.map { $0.channel(keys) }
    }

    /// The tables as the word channels of `EmissionCache`, in `names` order.
    var cacheChannels: [EmissionCache.Channel] { tables.map { .word($0) } }
}
