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
        precondition(contexts > 0 && contexts < 255)
        var frequency: [UInt64: Int32] = [:]
        for t in texts { for w in t where w != 0 { frequency[w, default: 0] += 1 } }
        let ranked = frequency.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var contextIndex: [UInt64: Int] = [0: 255]
        for (i, (key, _)) in ranked.prefix(contexts).enumerated() { contextIndex[key] = i + 1 }
        var targetIndex: [UInt64: Int] = [:]
        var targets: [UInt64] = []
        for (key, count) in ranked where Int(count) >= minimumCount {
            targetIndex[key] = targets.count
            targets.append(key)
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
/// (`CapitalisationCounter`) and left and right neighbour classes
/// (`ContextCounter`). They ship inside each model.
public struct CorpusTables: Sendable, Equatable {
    public var capitalisation: WordTable
    public var leftContext: WordTable
    public var rightContext: WordTable

    public init(capitalisation: WordTable = WordTable(), leftContext: WordTable = WordTable(), rightContext: WordTable = WordTable()) {
        self.capitalisation = capitalisation
        self.leftContext = leftContext
        self.rightContext = rightContext
    }

    /// Counts a corpus of texts.
    public init<S: Sequence>(texts: S) where S.Element == String {
        var caps = CapitalisationCounter()
        var contexts = ContextCounter()
        for t in texts {
            caps.add(text: t)
            contexts.add(text: t)
        }
        let (left, right) = contexts.tables()
        self.init(capitalisation: caps.table(), leftContext: left, rightContext: right)
    }

    static let names = ["capitalisation", "left-context", "right-context"]

    var named: [(name: String, table: WordTable)] {
        Array(zip(CorpusTables.names, [capitalisation, leftContext, rightContext])).map { ($0.0, $0.1) }
    }

    init(_ file: ModelFile) {
        self.init(capitalisation: file.wordTable("capitalisation") ?? WordTable(),
                  leftContext: file.wordTable("left-context") ?? WordTable(),
                  rightContext: file.wordTable("right-context") ?? WordTable())
    }

    /// One channel a table, in `names` order.
    func channels(_ keys: [WordKeys]) -> [[UInt64]] {
        [capitalisation.channel(keys), leftContext.channel(keys), rightContext.channel(keys)]
    }
}
