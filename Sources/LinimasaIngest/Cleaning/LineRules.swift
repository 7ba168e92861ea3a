import LinimasaModel

/// One whole-line rule: a line that starts with `lit` (ASCII case ignored)
/// is dropped for `reason` when it is at most `maxLen` bytes long.
struct LineRule: Sendable {
    let lit: [UInt8]
    let reason: DropReason
    let maxLen: Int
    /// The prefix must be followed (after optional spaces) by a colon:
    /// "Editor: Budi" is a byline, "Editor surat kabar itu …" is body.
    let needsColon: Bool
    /// The line must be the prefix alone, optionally followed by punctuation.
    let exact: Bool

    init(_ lit: String, _ reason: DropReason, max: Int = 400, colon: Bool = false, exact: Bool = false) {
        self.lit = Array(lit.utf8)
        self.reason = reason
        self.maxLen = max
        self.needsColon = colon
        self.exact = exact
    }
}

/// Rules that drop a whole line (a paragraph of the scraped text) by how it
/// starts. Lines are tried against the rules for their lower-cased first
/// byte only, so a body line costs one table look-up and a few byte compares.
enum LineRules {
    static let rules: [LineRule] = [
        // "Baca juga: …" and other link lines.
        LineRule("baca juga", .seeAlso, max: 600), LineRule("baca_juga", .seeAlso, max: 9),
        LineRule("baca selengkapnya", .seeAlso), LineRule("baca artikel", .seeAlso),
        LineRule("baca berita", .seeAlso), LineRule("baca:", .seeAlso),
        LineRule("lihat juga", .seeAlso, max: 600), LineRule("lihat artikel", .seeAlso),
        LineRule("lihat selengkapnya", .seeAlso), LineRule("simak juga", .seeAlso, max: 600),
        LineRule("simak selengkapnya", .seeAlso), LineRule("simak berita selengkapnya", .seeAlso),
        LineRule("artikel terkait", .seeAlso, max: 600), LineRule("berita terkait", .seeAlso, max: 600),
        LineRule("read more", .seeAlso), LineRule("see also", .seeAlso),
        // Captions and photo credits.
        LineRule("foto", .caption, max: 300, colon: true), LineRule("foto/", .caption, max: 300),
        LineRule("kredit foto", .caption), LineRule("keterangan foto", .caption),
        LineRule("keterangan gambar", .caption), LineRule("sumber foto", .caption),
        LineRule("sumber gambar", .caption), LineRule("photo", .caption, max: 300, colon: true),
        LineRule("caption", .caption, max: 300, colon: true), LineRule("ilustrasi", .caption, max: 120),
        // Credits, bylines.
        LineRule("sumber", .sourceCredit, max: 120, colon: true), LineRule("sumber berita", .sourceCredit, max: 80),
        LineRule("artikel ini telah tayang", .sourceCredit), LineRule("artikel ini pernah tayang", .sourceCredit),
        LineRule("artikel ini sudah tayang", .sourceCredit), LineRule("artikel ini bersumber", .sourceCredit),
        LineRule("artikel ini merupakan", .sourceCredit), LineRule("tulisan ini telah tayang", .sourceCredit),
        LineRule("penulis", .byline, max: 250, colon: true), LineRule("editor", .byline, max: 250, colon: true),
        LineRule("reporter", .byline, max: 250, colon: true), LineRule("pewarta", .byline, max: 250, colon: true),
        LineRule("redaktur", .byline, max: 250, colon: true), LineRule("penyunting", .byline, max: 250, colon: true),
        LineRule("fotografer", .byline, max: 250, colon: true), LineRule("kontributor", .byline, max: 250, colon: true),
        LineRule("penerjemah", .byline, max: 250, colon: true), LineRule("oleh", .byline, max: 120, colon: true),
        LineRule("(reporter", .byline, max: 250, colon: true), LineRule("(editor", .byline, max: 250, colon: true),
        LineRule("(penulis", .byline, max: 250, colon: true),
        LineRule("laporan wartawan", .byline, max: 250), LineRule("laporan reporter", .byline, max: 250),
        LineRule("laporan koresponden", .byline, max: 250), LineRule("laporan jurnalis", .byline, max: 250),
        LineRule("artikel ini ditulis oleh", .byline, max: 250),
        // Cross-promotion.
        LineRule("cek berita dan artikel", .promotion), LineRule("simak breaking news", .promotion),
        LineRule("ikuti kami", .promotion), LineRule("ikuti terus", .promotion),
        LineRule("ikuti berita", .promotion), LineRule("ikuti akun", .promotion),
        LineRule("ikuti saluran", .promotion), LineRule("ikuti channel", .promotion),
        LineRule("dapatkan update", .promotion), LineRule("dapatkan berita", .promotion),
        LineRule("dapatkan informasi", .promotion), LineRule("download aplikasi", .promotion),
        LineRule("unduh aplikasi", .promotion), LineRule("caranya klik link", .promotion),
        LineRule("saksikan live", .promotion), LineRule("jangan lewatkan", .promotion, max: 200),
        LineRule("gabung di kanal", .promotion), LineRule("gabung di saluran", .promotion),
        // Advertising prompts (the whole line only).
        LineRule("advertisement", .advertisement, exact: true), LineRule("iklan", .advertisement, exact: true),
        LineRule("scroll to continue with content", .advertisement, exact: true),
        LineRule("advertisement scroll to continue with content", .advertisement, exact: true),
        LineRule("scroll to resume content", .advertisement, exact: true),
        // Embeds, video teasers and pagination.
        LineRule("[gambas:", .scraperDebris, max: 300), LineRule("loading", .scraperDebris, max: 16),
        LineRule("tonton juga", .scraperDebris, max: 600), LineRule("tonton video", .scraperDebris, max: 300),
        LineRule("simak video", .scraperDebris, max: 300), LineRule("saksikan video", .scraperDebris, max: 300),
        LineRule("halaman selanjutnya", .scraperDebris, max: 60), LineRule("halaman berikutnya", .scraperDebris, max: 60),
        LineRule("klik halaman", .scraperDebris, max: 60), LineRule("lanjut halaman", .scraperDebris, max: 60),
        LineRule("lanjut ke halaman", .scraperDebris, max: 60), LineRule("langsung klik", .scraperDebris, max: 60),
        LineRule("bersambung ke halaman", .scraperDebris, max: 60), LineRule("next page", .scraperDebris, max: 60),
        LineRule("pilihan untukmu", .scraperDebris, max: 40), LineRule("pilihan editor", .scraperDebris, max: 40),
    ]

    /// `table[c]` lists the rules whose literal starts with byte `c`.
    static let table: [[LineRule]] = {
        var t = [[LineRule]](repeating: [], count: 256)
        for r in rules { if let c = r.lit.first { t[Int(c)].append(r) } }
        return t
    }()

    /// Prefixes of bylines and credits that become `.sourceCredit` when the
    /// line holds a "|" ("Sumber: Reuters | Editor: …").
    static let pipeCredit = lits("sumber", "editor", "penulis")

    /// The reason to drop the whole trimmed line `s..<e`, or nil to keep it.
    static func classify(_ t: ByteText, _ s: Int, _ e: Int) -> DropReason? {
        let first = ByteText.lower(t[s])
        let len = e - s
        for r in table[Int(first)] where len <= r.maxLen && t.hasCI(r.lit, at: s, end: e) {
            var j = s + r.lit.count
            if let last = r.lit.last, ByteText.isWord(last), j < e, ByteText.isWord(t[j]) { continue }
            if r.needsColon {
                j = t.skipSpaces(j, e)
                guard j < e, t[j] == 0x3A else { continue }
            }
            if r.exact {
                while j < e, !ByteText.isWord(t[j]), t[j] != 0x5B { j += 1 }
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

    /// "DailySocial.id adalah portal berita …": an outlet's self-promotion.
    static let portal = Array(" adalah portal".utf8)
    static func isPortalBlurb(_ t: ByteText, _ s: Int, _ e: Int) -> Bool {
        guard let end = Outlets.domainEnd(t, s, min(e, s + 40)) else { return false }
        return t.hasCI(portal, at: end, end: e)
    }

    /// A line of ASCII punctuation only ("::::", "-----", "***"), including
    /// markdown leftovers such as "::: gtx-trans-icon".
    static let colons = Array(":::".utf8)
    static func isPunctuationOnly(_ t: ByteText, _ s: Int, _ e: Int) -> Bool {
        if t.has(colons, at: s, end: e) { return true }
        var j = s
        while j < e {
            let c = t[j]
            if ByteText.isWord(c) { return false }
            j += 1
        }
        return true
    }
}

extension LineRules {
    /// Byline openings that may have the dateline glued to them
    /// ("Laporan Wartawan Tribunnews.com, Nama TRIBUNNEWS.COM, JAKARTA -").
    static let gluedBylines = lits(
        "laporan wartawan", "laporan reporter", "laporan koresponden", "laporan jurnalis",
        "wartawan", "reporter", "penulis", "editor")
}

extension LineRules {
    static let bacaJuga = Array("baca_juga".utf8)

    /// A link marker glued in front of a body paragraph ("Baca_Juga Namun, …"):
    /// returns the end of the marker, so that only the marker is dropped.
    static func leadingMarker(_ t: ByteText, _ s: Int, _ e: Int) -> Int? {
        guard ByteText.lower(t[s]) == 0x62, t.hasCI(bacaJuga, at: s, end: e) else { return nil }
        let j = s + bacaJuga.count
        return j < e && t[j] == 0x20 ? j : nil
    }
}
