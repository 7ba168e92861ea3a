/// A token of a sentence: a byte range of the document's UTF-8 text and its kind.
///
/// Ranges are UTF-8 byte offsets, like the sentence ranges of
/// `SentenceSplitter`; `UTF8Offsets` turns them into code-point spans.
public struct Token: Hashable, Sendable {
    /// What a token is.
    public enum Kind: UInt8, Hashable, Sendable, CaseIterable {
        /// Letters and digits, with the internal hyphens of reduplication
        /// ("anggota-anggota", "terus-menerus"), internal apostrophes ("Ma'ruf"),
        /// suffixes such as "-nya", and abbreviations with their dot ("dll.", "Prof.",
        /// "A.S.").
        case word
        /// Digits with internal separators: "1.000", "2,5", "12.30", "3/1", "11/10/2022".
        case number
        /// Punctuation marks; runs of the same mark ("...", "!!!", "--") are one token.
        case punctuation
        /// Symbols: currency, math, "%", "&", "@", "#", "©" and the like.
        case symbol
        /// Straight and typographic quotation marks, one per token.
        case quote
        /// Web addresses, bare domains ("KOMPAS.com", "detik.com") and e-mail addresses.
        case url
    }

    /// UTF-8 byte range of the token in the document.
    public var range: Range<Int>
    public var kind: Kind

    public init(range: Range<Int>, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
