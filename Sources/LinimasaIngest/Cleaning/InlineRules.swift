import LinimasaModel

/// Debris glued into running text by scrapers, dropped as a span while the
/// rest of the paragraph is kept: "ADVERTISEMENT", "SCROLL TO CONTINUE WITH
/// CONTENT", "[Gambas:Video CNN]" and photo-credit parentheticals.
///
/// The prompts and embeds are the rules "inline-prompt" and "inline-embed"
/// of each language's `ingest/lines.tsv`. The scan looks only at the first
/// bytes of prompts, "[" and "(" and compares further only there, so a
/// clean paragraph costs one pass of byte tests.
enum InlineRules {
    static let prompts = IngestWords.shipped.inlinePrompts
    static let embeds = IngestWords.shipped.inlineEmbeds
    /// Whether some prompt starts with the byte.
    static let promptStart: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for p in prompts { if let c = p.phrase.first { table[Int(c)] = true } }
        return table
    }()

    /// The reason of the prompt at `k`, and its end, or nil.
    static func prompt(_ t: CleanerBytes, _ k: Int, _ e: Int) -> (DropReason, Int)? {
        for p in prompts where t.has(p.phrase, at: k, end: e) { return (p.reason, k + p.phrase.count) }
        return nil
    }

    /// Appends the inline drops found in `s..<e` to `out`, in text order.
    static func scan(_ t: CleanerBytes, _ s: Int, _ e: Int, into out: inout [DroppedBytes]) {
        var j = s
        while j < e {
            let c = t[j]
            if promptStart[Int(c)] {
                if j > s, CleanerBytes.isWord(t[j - 1]) { j += 1; continue }
                // Prompts in a row ("ADVERTISEMENT SCROLL TO …") are one span.
                var end = j
                var k = j
                var reason: DropReason?
                while let (r, next) = prompt(t, k, e) {
                    guard next == e || !CleanerBytes.isWord(t[next]) else { break }
                    reason = reason ?? r
                    end = next
                    k = t.skipSpaces(next, e)
                }
                if let reason, end > j {
                    out.append(DroppedBytes(range: j..<end, reason: reason))
                    j = end
                    continue
                }
            }
            switch c {
            case 0x5B:  // "["
                if let embed = embeds.first(where: { t.hasCI($0.phrase, at: j, end: e) }),
                   let close = t.find(0x5D, from: j, to: min(e, j + 80)) {
                    out.append(DroppedBytes(range: j..<(close + 1), reason: embed.reason))
                    j = close + 1
                } else { j += 1 }
            case 0x28:  // "("
                if let end = CaptionRules.creditParen(t, j, e) {
                    out.append(DroppedBytes(range: j..<end, reason: .caption))
                    j = end
                } else { j += 1 }
            default:
                j += 1
            }
        }
    }
}
