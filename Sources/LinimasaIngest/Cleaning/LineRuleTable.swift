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

extension LineRules {
    /// Every whole-line rule, grouped by reason. Literals are lower case.
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
}
