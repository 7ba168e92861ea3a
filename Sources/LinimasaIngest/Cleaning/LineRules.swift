import LinimasaModel

/// Rules that drop a whole line (a paragraph of the scraped text) by how it
/// starts. Lines are tried against the rules for their lower-cased first
/// byte only, so a body line costs one table look-up and a few byte compares.
enum LineRules {
    /// `table[c]` lists the rules whose literal starts with byte `c`.
    static let table: [[LineRule]] = {
        var t = [[LineRule]](repeating: [], count: 256)
        for r in rules { if let c = r.lit.first { t[Int(c)].append(r) } }
        return t
    }()

    /// Prefixes of bylines and credits that become `.sourceCredit` when the
    /// line holds a "|" ("Sumber: Reuters | Editor: …"): rule "pipe-credit".
    static let pipeCredit = IngestWords.shipped.pipeCredits

    /// The reason to drop the whole trimmed line `s..<e`, or nil to keep it.
    static func classify(_ t: CleanerBytes, _ s: Int, _ e: Int) -> DropReason? {
        let first = CleanerBytes.lower(t[s])
        let len = e - s
        for r in table[Int(first)] where len <= r.maxLen && t.hasCI(r.lit, at: s, end: e) {
            var j = s + r.lit.count
            if let last = r.lit.last, CleanerBytes.isWord(last), j < e, CleanerBytes.isWord(t[j]) { continue }
            if r.needsColon {
                j = t.skipSpaces(j, e)
                guard j < e, t[j] == 0x3A else { continue }
            }
            if r.exact {
                while j < e, !CleanerBytes.isWord(t[j]), t[j] != 0x5B { j += 1 }
                guard j == e else { continue }
            }
            if r.reason == .byline || r.reason == .sourceCredit,
               t.prefixCI(pipeCredit, at: s, end: e) != nil, t.find(0x7C, from: s, to: e) != nil {
                return .sourceCredit
            }
            return r.reason
        }
        if first == 0x28, let r = CaptionRules.wholeLineCaption(t, s, e) { return r }
        if CaptionRules.endsWithCaption(t, s, e) { return .caption }
        if isPortalBlurb(t, s, e) { return .promotion }
        if isPunctuationOnly(t, s, e) { return .scraperDebris }
        return nil
    }

    /// "DailySocial.id adalah portal berita …": an outlet's self-promotion
    /// (rule "portal-blurb", each phrase with its leading space).
    static let portals = IngestWords.shipped.portalBlurbs
    static func isPortalBlurb(_ t: CleanerBytes, _ s: Int, _ e: Int) -> Bool {
        guard !portals.isEmpty, let end = Outlets.domainEnd(t, s, min(e, s + 40)) else { return false }
        return portals.contains { t.hasCI($0, at: end, end: e) }
    }

    /// A line of ASCII punctuation only ("::::", "-----", "***"), including
    /// markdown leftovers such as "::: gtx-trans-icon".
    static let colons = Array(":::".utf8)
    static func isPunctuationOnly(_ t: CleanerBytes, _ s: Int, _ e: Int) -> Bool {
        if t.has(colons, at: s, end: e) { return true }
        var j = s
        while j < e {
            let c = t[j]
            if CleanerBytes.isWord(c) { return false }
            j += 1
        }
        return true
    }
}

extension LineRules {
    /// Byline openings that may have the dateline glued to them
    /// ("Laporan Wartawan Tribunnews.com, Nama TRIBUNNEWS.COM, JAKARTA -").
    static let gluedBylines = IngestWords.shipped.gluedBylines
}

extension LineRules {
    /// Rule "leading-marker" of the ingestion phrases.
    static let markers = IngestWords.shipped.leadingMarkers

    /// A link marker glued in front of a body paragraph ("Baca_Juga Namun, …"):
    /// returns the end of the marker, so that only the marker is dropped.
    static func leadingMarker(_ t: CleanerBytes, _ s: Int, _ e: Int) -> Int? {
        let first = CleanerBytes.lower(t[s])
        for marker in markers where marker.first == first && t.hasCI(marker, at: s, end: e) {
            let j = s + marker.count
            if j < e && t[j] == 0x20 { return j }
        }
        return nil
    }
}
