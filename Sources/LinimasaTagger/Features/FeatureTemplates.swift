/// The generic feature templates of both taggers, hashed into a fixed
/// number of buckets.
///
/// Word templates: the word and its folded form, prefixes and suffixes of
/// one to four bytes, shape, flags (capitals, digits, hyphen), length, the
/// folded words one and two places before and after, their shapes and
/// three-byte suffixes, word bigrams, and the position in the sentence.
/// Channel templates: each extra channel gives one value a word (0 for
/// none), used at the word and at its neighbours, alone and with the word's
/// flags. Channels are what a caller knows beyond the words: part-of-speech
/// tags, gazetteer membership, how often a word is capitalised in a corpus.
/// Tag transitions are not features here: the model scores them apart.
struct FeatureTemplates: Sendable {
    /// log2 of the number of buckets.
    let bits: Int
    /// How many extra channels a sentence carries.
    let channels: Int

    var mask: UInt64 { (1 << UInt64(bits)) - 1 }

    /// The bucket of each feature of each word: `buckets[offsets[i]..<offsets[i + 1]]`.
    struct Sentence {
        var buckets: [UInt32] = []
        var offsets: [Int] = [0]
        var count: Int { offsets.count - 1 }
        func features(_ i: Int) -> ArraySlice<UInt32> { buckets[offsets[i]..<offsets[i + 1]] }
    }

    /// Features of a sentence. `extra[c][i]` is channel `c`'s value for word `i`.
    func extract(_ words: [String], extra: [[UInt64]]) -> Sentence {
        precondition(extra.count == channels, "expected \(channels) feature channels, got \(extra.count)")
        let keys = words.map(WordKeys.init)
        return extract(keys, extra: extra)
    }

    func extract(_ keys: [WordKeys], extra: [[UInt64]]) -> Sentence {
        let n = keys.count
        var s = Sentence()
        s.offsets.reserveCapacity(n + 1)
        var out = BucketWriter(mask: mask, buckets: [])
        out.buckets.reserveCapacity(n * (28 + 7 * channels))
        for i in 0..<n {
            let w = keys[i]
            let p1 = i >= 1 ? keys[i - 1] : .start, p2 = i >= 2 ? keys[i - 2] : .start
            let n1 = i + 1 < n ? keys[i + 1] : .end, n2 = i + 2 < n ? keys[i + 2] : .end
            out.add(0, 0)
            out.add(1, w.folded)
            out.add(2, w.exact)
            if w.prefixes.0 != 0 { out.add(3, w.prefixes.0) }
            if w.prefixes.1 != 0 { out.add(4, w.prefixes.1) }
            if w.prefixes.2 != 0 { out.add(5, w.prefixes.2) }
            if w.prefixes.3 != 0 { out.add(6, w.prefixes.3) }
            if w.suffixes.0 != 0 { out.add(7, w.suffixes.0) }
            if w.suffixes.1 != 0 { out.add(8, w.suffixes.1) }
            if w.suffixes.2 != 0 { out.add(9, w.suffixes.2) }
            if w.suffixes.3 != 0 { out.add(10, w.suffixes.3) }
            out.add(11, w.shape)
            out.add(12, w.flags)
            out.add(13, p1.folded)
            out.add(14, n1.folded)
            out.add(15, p2.folded)
            out.add(16, n2.folded)
            out.add(17, p1.suffixes.2)
            out.add(18, n1.suffixes.2)
            out.add(19, p1.shape)
            out.add(20, n1.shape)
            let position: UInt64 = (i == 0 ? 1 : 0) | (i == n - 1 ? 2 : 0)
            out.add(21, FeatureHash.combine(position, w.shape))
            out.add(22, FeatureHash.combine(p1.folded, w.folded))
            out.add(23, FeatureHash.combine(w.folded, n1.folded))
            out.add(24, w.lengthClass)
            out.add(25, FeatureHash.combine(p1.flags, w.flags))
            out.add(26, FeatureHash.combine(w.flags, n1.flags))
            out.add(27, FeatureHash.combine(p1.folded, w.suffixes.2))
            for c in 0..<channels {
                let values = extra[c]
                let t = UInt64(100 + 8 * c)
                let v = values[i]
                let before = i > 0 ? values[i - 1] : 0xFFFF_0001
                let after = i + 1 < n ? values[i + 1] : 0xFFFF_0002
                out.add(t, v)
                out.add(t + 1, before)
                out.add(t + 2, after)
                out.add(t + 3, FeatureHash.combine(v, w.flags))
                out.add(t + 4, FeatureHash.combine(before, v))
                out.add(t + 5, FeatureHash.combine(v, after))
                out.add(t + 6, FeatureHash.combine(v, w.folded))
            }
            s.offsets.append(out.buckets.count)
        }
        s.buckets = out.buckets
        return s
    }
}

/// Appends hashed features as bucket numbers.
struct BucketWriter {
    let mask: UInt64
    var buckets: [UInt32]

    @inline(__always)
    mutating func add(_ template: UInt64, _ value: UInt64) {
        buckets.append(UInt32(truncatingIfNeeded: FeatureHash.combine(template, value) & mask))
    }
}
