/// Tells the shipped languages apart (Indonesian from English news) by
/// counting very frequent function words, reliable on a paragraph or more.
/// The cue words are each language's `cue` class of
/// `<language>/ingest/words.tsv` (see `IngestWords`).
enum LanguageGuesser {
    /// Words of up to eight ASCII letters packed into an integer, so that the
    /// scan allocates nothing.
    static func pack<C: Collection<UInt8>>(_ word: C) -> UInt64 {
        word.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Per language, its sorted packed cue words, searched by bisection
    /// (cheaper than hashing here).
    static let cues = IngestWords.shipped.cues

    static func contains(_ sorted: [UInt64], _ key: UInt64) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == key
    }

    /// The code of the language whose cues the first `sampleBytes` bytes
    /// hold most ("id", "en"), or nil when the sample has fewer than three
    /// cues or no language has at least twice the cues of any other.
    static func guess(_ bytes: [UInt8], sampleBytes: Int = 600,
                      cues: [(language: String, keys: [UInt64])] = cues) -> String? {
        var counts = [Int](repeating: 0, count: cues.count)
        var key: UInt64 = 0
        var length = 0
        bytes.withUnsafeBufferPointer { p in
            for k in 0...min(sampleBytes, p.count) {
                let lower = k < p.count ? p[k] | 0x20 : 0
                if lower >= 0x61 && lower <= 0x7A {
                    key = key << 8 | UInt64(lower)
                    length += 1
                    continue
                }
                if length > 0 && length <= 8 {
                    for (i, cue) in cues.enumerated() where contains(cue.keys, key) { counts[i] += 1 }
                }
                key = 0
                length = 0
            }
        }
        guard counts.reduce(0, +) >= 3, let best = counts.indices.max(by: { counts[$0] < counts[$1] }) else {
            return nil
        }
        for i in counts.indices where i != best && counts[best] < 2 * counts[i] { return nil }
        return cues[best].language
    }

    /// "id-ID", "id_ID", "ind", "Indonesian" → "id"; "en-US" → "en".
    /// A language tag of the input's metadata as a language code: "id-ID",
    /// "id_ID", "ind", "Indonesian" → "id" by the `tag` class of each
    /// language's ingestion words; another tag gives its primary subtag.
    static func normalise(_ tag: String) -> String? {
        let t = tag.lowercased()
        let primary = t.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? t
        if primary.isEmpty { return nil }
        return IngestWords.shipped.tags[primary] ?? primary
    }
}
