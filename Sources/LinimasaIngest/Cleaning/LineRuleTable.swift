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

    init(lit: [UInt8], reason: DropReason, maxLen: Int = 400, needsColon: Bool = false, exact: Bool = false) {
        self.lit = lit
        self.reason = reason
        self.maxLen = maxLen
        self.needsColon = needsColon
        self.exact = exact
    }
}

extension LineRules {
    /// Every whole-line rule of every shipped language
    /// (`<language>/ingest/lines.tsv`, rule "line"), literals in lower case.
    static let rules: [LineRule] = IngestWords.shipped.lineRules
}
