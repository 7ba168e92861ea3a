/// Tells Indonesian from English news by counting very frequent function
/// words, which is reliable on a paragraph or more of text.
enum LanguageGuesser {
    /// The commonest Indonesian function words (closed class, so a literal).
    static let indonesian: [String] = [
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "ini", "itu",
        "dalam", "tidak", "akan", "adalah", "oleh", "juga", "atau", "karena", "bahwa",
        "telah", "sudah", "para", "kata", "ia", "mereka", "kami", "kita", "saat",
    ]
    /// The commonest English function words.
    static let english: [String] = [
        "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was",
        "as", "by", "at", "from", "it", "he", "she", "said", "has", "have", "were",
        "are", "be", "this", "an", "which", "will",
    ]

    /// Words of up to eight ASCII letters packed into an integer, so that the
    /// scan allocates nothing.
    static func pack<C: Collection<UInt8>>(_ word: C) -> UInt64 {
        word.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Sorted packed words, searched by bisection (cheaper than hashing here).
    static let indonesianKeys = indonesian.map { pack(Array($0.utf8)) }.sorted()
    static let englishKeys = english.map { pack(Array($0.utf8)) }.sorted()

    static func contains(_ sorted: [UInt64], _ key: UInt64) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == key
    }

    /// "id", "en", or nil when the sample has too few cues to say.
    static func guess(_ bytes: [UInt8], sampleBytes: Int = 600) -> String? {
        let idKeys = indonesianKeys, enKeys = englishKeys
        var id = 0, en = 0
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
                    if contains(idKeys, key) { id += 1 }
                    if contains(enKeys, key) { en += 1 }
                }
                key = 0
                length = 0
            }
        }
        guard id + en >= 3 else { return nil }
        if id >= 2 * en { return "id" }
        if en >= 2 * id { return "en" }
        return nil
    }

    /// "id-ID", "id_ID", "ind", "Indonesian" → "id"; "en-US" → "en".
    static func normalise(_ tag: String) -> String? {
        let t = tag.lowercased()
        let primary = t.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? t
        switch primary {
        case "id", "ind", "in", "indonesian", "indonesia", "bahasa": return "id"
        case "en", "eng", "english": return "en"
        case "": return nil
        default: return primary
        }
    }
}
