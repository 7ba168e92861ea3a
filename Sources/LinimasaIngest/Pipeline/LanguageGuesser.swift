/// Tells Indonesian from English news by counting very frequent function
/// words, which is reliable on a paragraph or more of text.
enum LanguageGuesser {
    /// The commonest Indonesian function words (closed class, so a literal).
    static let indonesian: Set<String> = [
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "ini", "itu",
        "dalam", "tidak", "akan", "adalah", "oleh", "juga", "atau", "karena", "bahwa",
        "telah", "sudah", "para", "kata", "ia", "mereka", "kami", "kita", "saat",
    ]
    /// The commonest English function words.
    static let english: Set<String> = [
        "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was",
        "as", "by", "at", "from", "it", "he", "she", "said", "has", "have", "were",
        "are", "be", "this", "an", "which", "will",
    ]

    /// "id", "en", or nil when the sample has too few cues to say.
    static func guess(_ bytes: [UInt8], sampleBytes: Int = 4000) -> String? {
        var id = 0, en = 0
        var word: [UInt8] = []
        func flush() {
            if !word.isEmpty, word.count <= 7 {
                let w = String(decoding: word, as: UTF8.self)
                if indonesian.contains(w) { id += 1 }
                if english.contains(w) { en += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        for b in bytes.prefix(sampleBytes) {
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { word.append(b | 0x20) } else { flush() }
        }
        flush()
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
