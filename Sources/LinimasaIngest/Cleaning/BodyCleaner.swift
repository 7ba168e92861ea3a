import LinimasaModel
import LinimasaText

/// Separates an article's body from the debris that scrapers leave in it.
///
/// The cleaner works on UTF-8 bytes, line by line (a line is a paragraph of
/// the scraped text), and never rewrites anything: it only chooses byte
/// ranges. For each line it decides, in this order:
/// 1. whole-line drops by how the line starts or ends (`LineRules`,
///    `CaptionRules`): "Baca juga: …", "Sumber: … | Editor: …", captions,
///    bylines, promotion, "ADVERTISEMENT", "[Gambas:…]";
/// 2. on the first line that survives step 1 only (or the line after a
///    headline: a first line with no closing punctuation): the outlet dateline
///    (`DatelineParser`), also behind a glued byline or photo credit
///    ("Laporan Wartawan Tribunnews.com, Nama TRIBUNNEWS.COM, JAKARTA -");
/// 3. inline spans (`InlineRules`): "ADVERTISEMENT", "SCROLL TO CONTINUE
///    WITH CONTENT", "[Gambas:…]", "(Foto: …)".
/// Finally editor initials and "read more" tails are cut from the end of the
/// last kept paragraph (`TrailingRules`).
public enum BodyCleaner {
    /// Cleans one article text given as UTF-8 bytes.
    /// - Returns: kept body ranges and dropped ranges (with reasons) that
    ///   together cover every non-whitespace byte exactly once, plus the dateline.
    public static func clean(_ text: [UInt8]) -> CleaningResult {
        text.withUnsafeBufferPointer { buf in
            var run = CleanerRun(CleanerBytes(buf))
            run.run()
            return run.result
        }
    }
}

/// The state of one `BodyCleaner.clean(_:)` call.
struct CleanerRun {
    let t: CleanerBytes
    var result = CleaningResult()
    var seenBody = false
    /// Whether a headline-like first line has been kept already.
    var seenHeadline = false
    var lineDrops: [DroppedBytes] = []

    init(_ t: CleanerBytes) {
        self.t = t
        result.kept.reserveCapacity(32)
        result.dropped.reserveCapacity(8)
    }

    mutating func run() {
        var lineStart = 0
        let n = t.count
        while lineStart < n {
            let nl = t.find(0x0A, from: lineStart, to: n) ?? n
            let r = t.trim(lineStart, nl)
            if !r.isEmpty { line(r.lowerBound, r.upperBound) }
            lineStart = nl + 1
        }
        trailing()
    }

    /// Handles one trimmed, non-empty line `s..<e`.
    mutating func line(_ s: Int, _ e: Int) {
        var p = s
        if let m = LineRules.leadingMarker(t, s, e) {
            drop(s..<m, .seeAlso)
            p = t.skipSpaces(m, e)
        }
        if !seenBody {
            if let d = datelineOrGlued(p, e) {
                seenBody = true
                p = d
            } else if let reason = LineRules.classify(t, p, e) {
                drop(p..<e, reason)
                return
            } else if !seenHeadline && isHeadline(p, e) {
                // The dateline opens the body, which may start after a headline.
                seenHeadline = true
            } else {
                seenBody = true
            }
        } else if let reason = LineRules.classify(t, p, e) {
            drop(p..<e, reason)
            return
        }
        lineDrops.removeAll(keepingCapacity: true)
        InlineRules.scan(t, p, e, into: &lineDrops)
        for d in lineDrops {
            keep(p, d.range.lowerBound)
            drop(d.range, d.reason)
            p = d.range.upperBound
        }
        keep(p, e)
    }

    /// A short line that does not end like a sentence: a headline.
    func isHeadline(_ s: Int, _ e: Int) -> Bool {
        guard e - s <= 250, let last = (s..<e).last else { return false }
        switch t[last] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: ","):
            return false
        default:
            return !(e - s >= 3 && t[e - 3] == 0xE2 && t[e - 2] == 0x80 && (t[e - 1] == 0x9D || t[e - 1] == 0xA6))  // ” …
        }
    }

    /// Tries the dateline at the start of the first body line, or behind a
    /// glued byline or photo credit. Records the drops and returns where the
    /// body starts, or nil when there is no dateline.
    mutating func datelineOrGlued(_ s: Int, _ e: Int) -> Int? {
        if let d = DatelineParser.parse(t, s, e) { return record(d) }
        let byline = t.prefixCI(LineRules.gluedBylines, at: s, end: e) != nil
        let limit = min(e, s + 250)
        var j = s + 1
        while j < limit {
            if t[j - 1] == 0x20, ByteText.isUpper(t[j]), let o = Outlets.domainEnd(t, j, e),
               Outlets.isCapsDomain(t, j, o), let d = DatelineParser.parse(t, j, e) {
                let prefix = t.trim(s, j)
                if byline {
                    drop(prefix, .byline)
                } else if t.find(0x2F, from: s, to: j) != nil {
                    drop(prefix, .caption)
                } else {
                    return nil
                }
                return record(d)
            }
            j += 1
        }
        return nil
    }

    mutating func record(_ d: DatelineParse) -> Int {
        drop(d.range, .dateline)
        result.dateline = DatelineMatch(
            range: d.range, outlet: d.outlet.map { t.string($0) }, place: d.place.map { t.string($0) })
        return d.bodyStart
    }

    @inline(__always) mutating func drop(_ r: Range<Int>, _ reason: DropReason) {
        let tr = t.trim(r.lowerBound, r.upperBound)
        if !tr.isEmpty { result.dropped.append(DroppedBytes(range: tr, reason: reason)) }
    }

    @inline(__always) mutating func keep(_ s: Int, _ e: Int) {
        let tr = t.trim(s, e)
        if !tr.isEmpty { result.kept.append(tr) }
    }

    /// Cuts editor initials and "read more" tails from the end of the text.
    mutating func trailing() {
        var changed = false
        for _ in 0..<4 {
            guard let last = result.kept.last else { break }
            let s = last.lowerBound, e = last.upperBound
            let cut: (Int, DropReason)?
            if let j = TrailingRules.tagStart(t, s, e) {
                cut = (j, .scraperDebris)
            } else {
                cut = TrailingRules.tailStart(t, s, e)
            }
            guard let (j, reason) = cut else { break }
            result.kept.removeLast()
            keep(s, j)
            drop(j..<e, reason)
            changed = true
        }
        if changed { result.dropped.sort { $0.range.lowerBound < $1.range.lowerBound } }
    }
}
