import LinimasaModel

/// Debris glued into running text by scrapers, dropped as a span while the
/// rest of the paragraph is kept: "ADVERTISEMENT", "SCROLL TO CONTINUE WITH
/// CONTENT", "[Gambas:Video CNN]" and photo-credit parentheticals.
///
/// The scan looks only at the bytes "A", "S", "[" and "(" and compares
/// further only there, so a clean paragraph costs one pass of byte tests.
enum InlineRules {
    static let advert = Array("ADVERTISEMENT".utf8)
    static let scroll = Array("SCROLL TO CONTINUE WITH CONTENT".utf8)
    static let gambas = Array("[gambas:".utf8)

    /// Appends the inline drops found in `s..<e` to `out`, in text order.
    static func scan(_ t: CleanerBytes, _ s: Int, _ e: Int, into out: inout [DroppedBytes]) {
        var j = s
        while j < e {
            let c = t[j]
            switch c {
            case 0x41, 0x53:  // "A", "S"
                if j > s, CleanerBytes.isWord(t[j - 1]) { j += 1; continue }
                var end = j
                var k = j
                while true {
                    if t.has(advert, at: k, end: e) { k += advert.count } else if t.has(scroll, at: k, end: e) {
                        k += scroll.count
                    } else { break }
                    guard k == e || !CleanerBytes.isWord(t[k]) else { break }
                    end = k
                    k = t.skipSpaces(k, e)
                }
                if end > j {
                    out.append(DroppedBytes(range: j..<end, reason: .advertisement))
                    j = end
                } else { j += 1 }
            case 0x5B:  // "["
                if t.hasCI(gambas, at: j, end: e), let close = t.find(0x5D, from: j, to: min(e, j + 80)) {
                    out.append(DroppedBytes(range: j..<(close + 1), reason: .scraperDebris))
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
