/// Counts, over unlabeled running text, how often each word is written
/// with a capital letter where the sentence does not force one. A word
/// capitalised nearly always mid-sentence is most likely a name; one
/// capitalised sometimes is a word that starts names ("Bank", "Kota").
///
/// Words are split on spaces and ASCII punctuation other than `-` and `'`
/// inside a word; a word counts only when it is not first in its line or
/// after `.`, `!`, `?`, `:` or a quotation mark. Language-neutral: it looks
/// at letters and punctuation only.
public struct CapitalisationCounter: Sendable {
    private var counts: [UInt64: (seen: Int32, capitalised: Int32)] = [:]

    public init() {}

    /// Counts the words of one text.
    public mutating func add(text: String) {
        PlainWords.scan(text) { word, atStart in
            guard let first = word.first, !atStart, PlainWords.isLetter(first) else { return }
            let key = FeatureHash.folded(word)
            var c = counts[key] ?? (0, 0)
            c.seen += 1
            if first >= 0x41 && first <= 0x5A { c.capitalised += 1 }
            counts[key] = c
        }
    }

    /// Words seen at least `minimumCount` times mid-sentence, with a value
    /// from 1 to 12: the share capitalised in sixths (1…6 for 0…100%), plus 6
    /// for words seen at least 50 times.
    public func table(minimumCount: Int = 3) -> WordTable {
        var table = WordTable()
        for (key, c) in counts where Int(c.seen) >= minimumCount {
            let share = Double(c.capitalised) / Double(c.seen)
            let sixth = UInt8(min(5, Int(share * 6))) + 1
            table.values[key] = sixth + (c.seen >= 50 ? 6 : 0)
        }
        return table
    }
}

/// Splits running text into words for the corpus counters: on spaces and
/// ASCII punctuation other than `-` and `'` inside a word. A word is at a
/// sentence start when it is first in its line or follows `.`, `!`, `?`,
/// `:`, `(` or a double quote.
enum PlainWords {
    static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0xC0 }

    static func scan(_ text: String, _ body: (_ word: [UInt8], _ atStart: Bool) -> Void) {
        var word: [UInt8] = []
        var atStart = true
        func finish() {
            guard !word.isEmpty else { return }
            body(word, atStart)
            atStart = false
            word.removeAll(keepingCapacity: true)
        }
        for b in text.utf8 {
            switch b {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x80...:
                word.append(b)
            case UInt8(ascii: "-"), UInt8(ascii: "'"):
                if word.isEmpty { finish() } else { word.append(b) }
            default:
                finish()
                switch b {
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"),
                     UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "("):
                    atStart = true
                default: break
                }
            }
        }
        finish()
    }
}
