import Foundation

/// Tagging with each word form's feature scores summed once and reused.
///
/// Most of a word's features depend on that word alone (its form, affixes,
/// shape, flags, length, the corpus tables' values for it) or on one
/// neighbour alone (the word before, its suffix and shape, …). Summing
/// their weight rows costs two scattered memory reads a feature; a word
/// form seen before instead costs five reads of rows summed already: the
/// word as itself, as the word before, after, two before and two after.
/// The features that read two adjacent words (bigrams, flags of both, a
/// table value with its neighbour's) are cached likewise for each pair of
/// word forms seen side by side. Only the position in the sentence and the
/// channels that depend on the sentence (part-of-speech tags, phrase
/// matches) are scored word by word.
///
/// The sums are of the same integer weights, so the scores, and the tags,
/// are exactly those of `LinearChainModel.decode(_:)` on
/// `FeatureTemplates.extract`; a test checks this. Entries are keyed by the
/// 64-bit hash of the word's bytes.
///
/// Each thread keeps its own caches (in its thread dictionary), one for
/// each of the last few models it tagged with, so tagging takes no lock
/// and a tagger stays safe to share between threads. A cache keeps the
/// first `capacity` word forms and `pairCapacity` pairs it meets; once
/// full, other words' scores are summed for their sentence only.
final class EmissionCache {
    /// How the channels of a sentence are known: a word table looked up
    /// with the word's folded form (cacheable), or values the caller
    /// computes for the whole sentence.
    enum Channel {
        case word(WordTable)
        case sentence
    }

    let capacity: Int
    let pairCapacity: Int
    /// Models whose caches a thread keeps at once.
    static let modelsPerThread = 4

    let owner: ModelIdentity
    let tags: Int
    /// For each channel, its word table, or nil when the sentence gives it.
    let tables: [WordTable?]
    /// `tables[c] != nil`, read without copying the table.
    let isWordChannel: [Bool]
    /// The channels the sentence gives, in order.
    let sentenceChannels: [Int]
    private(set) var slots: SlotTable
    private(set) var keys: [WordKeys] = []
    /// `channelValues[entry * channels + c]`: channel `c`'s value for a word
    /// channel (0 for a sentence channel).
    private(set) var channelValues: [UInt64] = []
    /// `vectors[entry * 5 * tags + part * tags + t]`, parts in `Part` order.
    private(set) var vectors: [Int32] = []
    /// Adjacent word pairs: `(entry a + 1) << 32 | (entry b + 1)`, 0 for the
    /// stand-in before the first or after the last word → pair number.
    private(set) var pairSlots: SlotTable
    /// `pairVectors[pair * 2 * tags + t]`: the pair's features scored at
    /// its first word; `+ tags`: those scored at its second word.
    private(set) var pairVectors: [Int32] = []
    /// The stand-ins' contributions before the first and after the last word.
    private(set) var boundary: [Int32]
    /// For each entry and sentence channel (`entry * sentenceChannels.count
    /// + k`): the channel value last seen at that word, whether there is
    /// one, and the features that read the value with the word itself
    /// (the value with the word's flags, with its folded form).
    private var wordValues: [UInt64] = []
    private var wordValueKnown: [Bool] = []
    private var wordValueVectors: [Int32] = []
    /// A sentence channel's features that read only the values of a word
    /// and its neighbours (the value, the one before, after, and the two
    /// pairs), by the hash of (channel, before, value, after).
    private var valueTriples: VectorCache
    /// What a pair of adjacent words scores through their flags alone, by
    /// the two flag sets (exact: the stand-ins have flags no word has).
    private var flagPairs: VectorCache
    /// What a pair scores through one word table's values, by (channel,
    /// value before, value after) packed exactly.
    private var valuePairs: VectorCache

    enum Part {
        static let word = 0, asPrevious = 1, asNext = 2, asSecondPrevious = 3, asSecondNext = 4
        static let count = 5
    }

    static let beforeFirst: UInt64 = 0xFFFF_0001
    static let afterLast: UInt64 = 0xFFFF_0002

    init(model: LinearChainModel, channels: [Channel], capacity: Int = 32_768, pairCapacity: Int = 131_072) {
        precondition(channels.count == model.templates.channels, "one channel description a channel")
        self.capacity = capacity
        self.pairCapacity = pairCapacity
        slots = SlotTable(capacity: capacity)
        pairSlots = SlotTable(capacity: pairCapacity)
        owner = model.identity
        tags = model.tagCount
        let tables: [WordTable?] = channels.map { if case .word(let t) = $0 { t } else { nil } }
        self.tables = tables
        isWordChannel = tables.map { $0 != nil }
        sentenceChannels = tables.indices.filter { tables[$0] == nil }
        valueTriples = VectorCache(width: model.tagCount, capacity: 65_536)
        flagPairs = VectorCache(width: 2 * model.tagCount, capacity: 4_096)
        valuePairs = VectorCache(width: 2 * model.tagCount, capacity: 65_536)
        boundary = [Int32](repeating: 0, count: 4 * model.tagCount)
        var b = boundary
        model.withScorer { score in
            let T = tags
            b.withUnsafeMutableBufferPointer { v in
                let v = v.baseAddress!
                let start = WordKeys.start, end = WordKeys.end
                // 0: as the word before the first; 1: as the word after the last;
                // 2: two before; 3: two after.
                score(13, start.folded, v)
                score(17, start.suffixes.2, v)
                score(19, start.shape, v)
                score(14, end.folded, v + T)
                score(18, end.suffixes.2, v + T)
                score(20, end.shape, v + T)
                score(15, start.folded, v + 2 * T)
                score(16, end.folded, v + 3 * T)
                for c in tables.indices where isWordChannel[c] {
                    let t = UInt64(100 + 8 * c)
                    score(t + 1, EmissionCache.beforeFirst, v)
                    score(t + 2, EmissionCache.afterLast, v + T)
                }
            }
        }
        boundary = b
    }

    /// Drops the entries of the last sentence that did not fit in the
    /// cache; call before each sentence.
    func beginSentence() {
        let kept = slots.count, keptPairs = pairSlots.count
        if keys.count > kept {
            keys.removeLast(keys.count - kept)
            channelValues.removeLast(channelValues.count - kept * tables.count)
            vectors.removeLast(vectors.count - kept * Part.count * tags)
            let S = sentenceChannels.count
            wordValues.removeLast(wordValues.count - kept * S)
            wordValueKnown.removeLast(wordValueKnown.count - kept * S)
            wordValueVectors.removeLast(wordValueVectors.count - kept * S * tags)
        }
        if pairVectors.count > keptPairs * 2 * tags {
            pairVectors.removeLast(pairVectors.count - keptPairs * 2 * tags)
        }
    }

    /// The entry of a word, adding it as needed.
    func entry(_ word: String, model: LinearChainModel) -> Int {
        let exact: UInt64
        if let h = word.utf8.withContiguousStorageIfAvailable({ FeatureHash.bytes($0) }) {
            exact = h
        } else {
            exact = FeatureHash.bytes(Array(word.utf8))
        }
        if let e = slots.find(exact) { return e }
        let k = WordKeys(word)
        let e = keys.count
        if slots.count < capacity { slots.insert(exact, e) }
        keys.append(k)
        let values = tables.map { table in table.map { UInt64($0.values[k.folded] ?? 0) } ?? 0 }
        channelValues.append(contentsOf: values)
        let T = tags
        vectors.append(contentsOf: repeatElement(0, count: Part.count * T))
        let S = sentenceChannels.count
        wordValues.append(contentsOf: repeatElement(0, count: S))
        wordValueKnown.append(contentsOf: repeatElement(false, count: S))
        wordValueVectors.append(contentsOf: repeatElement(0, count: S * T))
        let base = e * Part.count * T
        model.withScorer { score in
            vectors.withUnsafeMutableBufferPointer { all in
                let v = all.baseAddress! + base
                let word = v, previous = v + T, next = v + 2 * T, previous2 = v + 3 * T, next2 = v + 4 * T
                score(0, 0, word)
                score(1, k.folded, word)
                score(2, k.exact, word)
                if k.prefixes.0 != 0 { score(3, k.prefixes.0, word) }
                if k.prefixes.1 != 0 { score(4, k.prefixes.1, word) }
                if k.prefixes.2 != 0 { score(5, k.prefixes.2, word) }
                if k.prefixes.3 != 0 { score(6, k.prefixes.3, word) }
                if k.suffixes.0 != 0 { score(7, k.suffixes.0, word) }
                if k.suffixes.1 != 0 { score(8, k.suffixes.1, word) }
                if k.suffixes.2 != 0 { score(9, k.suffixes.2, word) }
                if k.suffixes.3 != 0 { score(10, k.suffixes.3, word) }
                score(11, k.shape, word)
                score(12, k.flags, word)
                score(24, k.lengthClass, word)
                // The position inside the sentence, for a word in the middle
                // (`emissions` corrects it for the first and the last word).
                score(21, FeatureHash.combine(0, k.shape), word)
                score(13, k.folded, previous)
                score(17, k.suffixes.2, previous)
                score(19, k.shape, previous)
                score(14, k.folded, next)
                score(18, k.suffixes.2, next)
                score(20, k.shape, next)
                score(15, k.folded, previous2)
                score(16, k.folded, next2)
                for c in tables.indices where isWordChannel[c] {
                    let t = UInt64(100 + 8 * c)
                    let value = values[c]
                    score(t, value, word)
                    score(t + 3, FeatureHash.combine(value, k.flags), word)
                    score(t + 6, FeatureHash.combine(value, k.folded), word)
                    score(t + 1, value, previous)
                    score(t + 2, value, next)
                }
            }
        }
        return e
    }

    /// The pair number of two adjacent words' entries (-1: the stand-in
    /// before the first word for `a`, after the last for `b`), adding it as
    /// needed. A pair holds every feature that reads both words: bigrams,
    /// both words' flags, the first word with the second's suffix, and the
    /// word tables' values of both.
    func pair(_ a: Int, _ b: Int, model: LinearChainModel) -> Int {
        let key = UInt64(a + 1) << 32 | UInt64(b + 1)
        if let p = pairSlots.find(key) { return p }
        let T = tags, C = tables.count
        let p = pairVectors.count / (2 * T)
        if pairSlots.count < pairCapacity { pairSlots.insert(key, p) }
        var sum = [Int32](repeating: 0, count: 2 * T)
        let first = a >= 0 ? keys[a] : .start, second = b >= 0 ? keys[b] : .end
        sum.withUnsafeMutableBufferPointer { all in
            let atFirst = all.baseAddress!, atSecond = atFirst + T
            // What reads both words' forms is this pair's own.
            model.withScorer { score in
                if b >= 0 {
                    score(22, FeatureHash.combine(first.folded, second.folded), atSecond)
                    score(27, FeatureHash.combine(first.folded, second.suffixes.2), atSecond)
                }
                if a >= 0 { score(23, FeatureHash.combine(first.folded, second.folded), atFirst) }
            }
            // Both words' flags: shared by every pair with the same flags.
            flagPairs.add(first.flags << 32 | second.flags, into: atFirst) { v in
                model.withScorer { score in
                    if b >= 0 { score(25, FeatureHash.combine(first.flags, second.flags), v + T) }
                    if a >= 0 { score(26, FeatureHash.combine(first.flags, second.flags), v) }
                }
            }
            // Each word table's values of both: shared by every pair with those values.
            for c in 0..<C where isWordChannel[c] {
                let before = a >= 0 ? channelValues[a * C + c] : EmissionCache.beforeFirst
                let after = b >= 0 ? channelValues[b * C + c] : EmissionCache.afterLast
                let packed = UInt64(c) << 56 | (before & 0xFFF_FFFF) << 28 | (after & 0xFFF_FFFF)
                valuePairs.add(packed, into: atFirst) { v in
                    let t = UInt64(100 + 8 * c)
                    model.withScorer { score in
                        if b >= 0 { score(t + 4, FeatureHash.combine(before, after), v + T) }
                        if a >= 0 { score(t + 5, FeatureHash.combine(before, after), v) }
                    }
                }
            }
        }
        pairVectors.append(contentsOf: sum)
        return p
    }

    /// What the sentence channels and the position add to each word's
    /// cached scores (`n × tags`): each word's value with its neighbours'
    /// values (cached by the three values), the value with the word itself
    /// (cached at the word for its last value), and for the first and the
    /// last word their position in place of the middle one.
    func sentenceScores(entries: [Int], sentence: [[UInt64]], model: LinearChainModel) -> [Int32] {
        let n = entries.count, T = tags, S = sentenceChannels.count
        var out = [Int32](repeating: 0, count: n * T)
        var scratch = [Int32](repeating: 0, count: T)
        out.withUnsafeMutableBufferPointer { outBuffer in
            let o = outBuffer.baseAddress!
            for i in 0..<n {
                let at = o + i * T
                let e = entries[i]
                for (k, c) in sentenceChannels.enumerated() {
                    let values = sentence[c]
                    let value = values[i]
                    let before = i > 0 ? values[i - 1] : EmissionCache.beforeFirst
                    let after = i + 1 < n ? values[i + 1] : EmissionCache.afterLast
                    let t = UInt64(100 + 8 * c)
                    let key = FeatureHash.combine(FeatureHash.combine(FeatureHash.combine(t, before), value), after)
                    valueTriples.add(key, into: at) { v in
                        model.withScorer { score in
                            score(t, value, v)
                            score(t + 1, before, v)
                            score(t + 2, after, v)
                            score(t + 4, FeatureHash.combine(before, value), v)
                            score(t + 5, FeatureHash.combine(value, after), v)
                        }
                    }
                    let slot = e * S + k
                    if !wordValueKnown[slot] || wordValues[slot] != value {
                        let w = keys[e]
                        wordValueVectors.withUnsafeMutableBufferPointer { all in
                            let v = all.baseAddress! + slot * T
                            for u in 0..<T { v[u] = 0 }
                            model.withScorer { score in
                                score(t + 3, FeatureHash.combine(value, w.flags), v)
                                score(t + 6, FeatureHash.combine(value, w.folded), v)
                            }
                        }
                        wordValues[slot] = value
                        wordValueKnown[slot] = true
                    }
                    wordValueVectors.withUnsafeBufferPointer { all in
                        let v = all.baseAddress! + slot * T
                        for u in 0..<T { at[u] &+= v[u] }
                    }
                }
                let position: UInt64 = (i == 0 ? 1 : 0) | (i == n - 1 ? 2 : 0)
                if position != 0 {
                    let shape = keys[e].shape
                    scratch.withUnsafeMutableBufferPointer { sb in
                        let p = sb.baseAddress!
                        for u in 0..<T { p[u] = 0 }
                        model.withScorer { score in score(21, FeatureHash.combine(0, shape), p) }
                        for u in 0..<T { at[u] &-= p[u] }
                        model.withScorer { score in score(21, FeatureHash.combine(position, shape), at) }
                    }
                }
            }
        }
        return out
    }

    /// Each word's scores (`n × tags`): the cached parts of it, its
    /// neighbours and the two pairs it is in, plus its position and the
    /// sentence channels (`sentence[c]`, used only where `tables[c]` is nil).
    func emissions(entries: [Int], sentence: [[UInt64]], model: LinearChainModel) -> [Int] {
        let n = entries.count, T = tags
        var emit = [Int](repeating: 0, count: n * T)
        let pairs = (0...n).map { j in pair(j > 0 ? entries[j - 1] : -1, j < n ? entries[j] : -1, model: model) }
        let extra = sentenceScores(entries: entries, sentence: sentence, model: model)
        emit.withUnsafeMutableBufferPointer { emitBuffer in
            pairVectors.withUnsafeBufferPointer { pairBuffer in
                vectors.withUnsafeBufferPointer { all in
                    boundary.withUnsafeBufferPointer { bounds in
                        extra.withUnsafeBufferPointer { extraBuffer in
                            let e = emitBuffer.baseAddress!, v = all.baseAddress!, b = bounds.baseAddress!
                            let q = pairBuffer.baseAddress!, x = extraBuffer.baseAddress!
                            for i in 0..<n {
                                let out = e + i * T
                                let p = x + i * T
                                let left = q + pairs[i] * 2 * T + T, right = q + pairs[i + 1] * 2 * T
                                let own = v + entries[i] * Part.count * T + Part.word * T
                                let before1 = i >= 1 ? v + entries[i - 1] * Part.count * T + Part.asPrevious * T : b
                                let after1 = i + 1 < n ? v + entries[i + 1] * Part.count * T + Part.asNext * T : b + T
                                let before2 = i >= 2 ? v + entries[i - 2] * Part.count * T + Part.asSecondPrevious * T : b + 2 * T
                                let after2 = i + 2 < n ? v + entries[i + 2] * Part.count * T + Part.asSecondNext * T : b + 3 * T
                                for t in 0..<T {
                                    out[t] = Int(own[t]) + Int(before1[t]) + Int(after1[t]) + Int(before2[t]) + Int(after2[t])
                                        + Int(left[t]) + Int(right[t]) + Int(p[t])
                                }
                            }
                        }
                    }
                }
            }
        }
        return emit
    }

    /// This thread's cache for a model, made on first use.
    static func forCurrentThread(model: LinearChainModel, channels: () -> [Channel]) -> EmissionCache {
        let caches = ThreadCaches.current
        if let cache = caches.list.first(where: { $0.owner === model.identity }) { return cache }
        let cache = EmissionCache(model: model, channels: channels())
        if caches.list.count >= modelsPerThread { caches.list.removeFirst() }
        caches.list.append(cache)
        return cache
    }

    /// The caches of one thread, oldest first.
    final class ThreadCaches {
        var list: [EmissionCache] = []

        /// A thread-specific slot holding each thread's caches (retained),
        /// released when the thread ends: one read a sentence, where the
        /// thread dictionary costs a string key's bridging and hashing.
        private static let key: pthread_key_t = {
            var key = pthread_key_t()
            let created = pthread_key_create(&key) { pointer in
                guard let pointer else { return }
                Unmanaged<ThreadCaches>.fromOpaque(pointer).release()
            }
            precondition(created == 0, "no thread-specific key for the taggers' caches")
            return key
        }()

        /// This thread's caches, made on first use.
        static var current: ThreadCaches {
            if let pointer = pthread_getspecific(key) {
                return Unmanaged<ThreadCaches>.fromOpaque(pointer).takeUnretainedValue()
            }
            let caches = ThreadCaches()
            pthread_setspecific(key, Unmanaged.passRetained(caches).toOpaque())
            return caches
        }
    }
}

/// The identity of one loaded or trained model. A cache holds its model's
/// identity, so no other model can take its address while the cache lives.
final class ModelIdentity: Sendable {}

extension LinearChainModel {
    /// Calls `body` with a function that adds the weight row of a feature
    /// (template, value) to a vector of `tagCount` scores.
    @inline(__always)
    func withScorer<R>(_ body: ((UInt64, UInt64, UnsafeMutablePointer<Int32>) -> Void) -> R) -> R {
        let T = tagCount, mask = templates.mask
        return weights.withUnsafeBufferPointer { w in
            rows.blocks.withUnsafeBufferPointer { rows in
                let w = w.baseAddress!, rows = rows.baseAddress!
                return body { template, value, out in
                    let r = BucketRows.row(rows, Int(FeatureHash.combine(template, value) & mask))
                    if r < 0 { return }
                    let row = w + r * T
                    for t in 0..<T { out[t] &+= Int32(row[t]) }
                }
            }
        }
    }

    /// The best tag index for each word, as `decode(templates.extract(…))`
    /// gives it, through this thread's cache of word scores. `sentence`
    /// gives the values of the channels that are not word tables, from the
    /// words' keys.
    func decodeCached(
        _ words: [String], channels: () -> [EmissionCache.Channel],
        sentence: ([WordKeys]) -> [[UInt64]]
    ) -> [Int] {
        if words.isEmpty { return [] }
        let cache = EmissionCache.forCurrentThread(model: self, channels: channels)
        cache.beginSentence()
        let entries = words.map { cache.entry($0, model: self) }
        let keys = entries.map { cache.keys[$0] }
        let emit = cache.emissions(entries: entries, sentence: sentence(keys), model: self)
        return Viterbi.decode(words: words.count, tags: tagCount, emit: emit, transitions: transitionScores)
    }
}

/// Score vectors of a fixed width by a 64-bit key, the first `capacity`
/// of them kept: the caches of what many words or pairs share.
struct VectorCache {
    let width: Int
    let capacity: Int
    private var slots: SlotTable
    private var vectors: [Int32] = []
    private var scratch: [Int32]

    init(width: Int, capacity: Int) {
        self.width = width
        self.capacity = capacity
        slots = SlotTable(capacity: capacity)
        scratch = [Int32](repeating: 0, count: width)
    }

    /// Adds the vector of `key` to `out`; `fill` scores it into zeros the
    /// first time (and every time once the cache is full).
    @inline(__always)
    mutating func add(_ key: UInt64, into out: UnsafeMutablePointer<Int32>, fill: (UnsafeMutablePointer<Int32>) -> Void) {
        let W = width
        if let e = slots.find(key) {
            vectors.withUnsafeBufferPointer { all in
                let v = all.baseAddress! + e * W
                for u in 0..<W { out[u] &+= v[u] }
            }
            return
        }
        scratch.withUnsafeMutableBufferPointer { sb in
            let v = sb.baseAddress!
            for u in 0..<W { v[u] = 0 }
            fill(v)
            for u in 0..<W { out[u] &+= v[u] }
        }
        if slots.count < capacity {
            slots.insert(key, vectors.count / W)
            vectors.append(contentsOf: scratch)
        }
    }
}

/// An open-addressing hash table from 64-bit keys to entry numbers, with
/// no deletion: the caches' index, cheaper than `Dictionary` on the hot path.
struct SlotTable {
    /// Key and value side by side, so a probe reads one cache line.
    private struct Slot {
        var key: UInt64 = 0
        var value: Int32 = -1
    }
    private var slots: [Slot]
    private let shift: UInt64
    private(set) var count = 0

    /// A table for up to `capacity` keys (at most half full).
    init(capacity: Int) {
        var bits = 4
        while 1 << bits < 2 * max(capacity, 1) { bits += 1 }
        slots = [Slot](repeating: Slot(), count: 1 << bits)
        shift = UInt64(64 - bits)
    }

    @inline(__always)
    private func start(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    func find(_ key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = start(key)
            while slots[i].value >= 0 {
                if slots[i].key == key { return Int(slots[i].value) }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    /// Adds a key not in the table; the caller keeps within the capacity.
    mutating func insert(_ key: UInt64, _ value: Int) {
        precondition(2 * (count + 1) <= slots.count, "slot table over capacity")
        let mask = slots.count - 1
        var i = start(key)
        while slots[i].value >= 0 { i = (i + 1) & mask }
        slots[i] = Slot(key: key, value: Int32(value))
        count += 1
    }
}
