import LinimasaModel
import LinimasaTagger
import LinimasaText

/// Tokenises a document's sentences, marks quotations and finds roots.
struct SentenceAnalyzer: Sendable {
    let morphology: any LanguageMorphology
    var pos: POSTagger? = nil
    /// The conventions `pos` tags by (`LanguageProfile.posConvention`).
    var posConvention: String? = nil
    var names: NameTagger? = nil
    /// Splits words a scraper glued together ("RusiaVladimir").
    var glue: GlueSplitter? = nil
    /// Identifies this analyser's per-thread `WordMemo`.
    let memoOwner = WordMemoOwner()

    func analyze(_ doc: Document) -> [AnalyzedSentence] {
        let memo = WordMemo.current(for: memoOwner)
        let bytes = Array(doc.text.utf8)
        let offsets = UTF8Offsets(bytes)
        // Sentence spans are in code points; tokenising needs byte ranges.
        let byteOf = ByteIndex(bytes: bytes, offsets: offsets)
        var out: [AnalyzedSentence] = []
        out.reserveCapacity(doc.sentences.count)
        for (i, sentence) in doc.sentences.enumerated() {
            let range = byteOf.byte(ofScalar: sentence.span.start)..<byteOf.byte(ofScalar: sentence.span.end)
            // The splitter kept quotations whole, so within one sentence a
            // straight quote toggles; typographic ones open or close.
            var quotes = QuoteTracker(straight: .toggle)
            var tokens: [WordToken] = []
            for t in Tokenizer.tokenize(bytes, range: range) {
                let text = String(decoding: bytes[t.range], as: UTF8.self)
                if t.kind == .quote, let scalar = text.unicodeScalars.first, let mark = QuoteTracker.mark(scalar) {
                    quotes.read(mark, end: t.range.upperBound)
                }
                // A word is looked up once, its glued parts with it: each
                // distinct word is split and stemmed once a thread.
                let whole: WordForms
                if t.kind == .word, let glue {
                    whole = memo.word(text, glue: glue, stem: morphology.stem)
                } else {
                    whole = memo.forms(of: text, isWord: t.kind == .word, stem: morphology.stem)
                }
                let parts = whole.parts ?? [text]
                var start = t.range.lowerBound
                for piece in parts {
                    let range = parts.count == 1 ? t.range : start..<(start + piece.utf8.count)
                    start = range.upperBound
                    let forms = parts.count == 1 ? whole : memo.forms(of: piece, isWord: true, stem: morphology.stem)
                    tokens.append(WordToken(
                        bytes: range, span: offsets.span(ofBytes: range), text: piece, lower: forms.lower,
                        key: forms.key, root: t.kind == .word ? forms.root ?? forms.lower : forms.lower, kind: t.kind,
                        inQuote: quotes.isOpen && t.kind != .quote))
                }
            }
            var analysed = AnalyzedSentence(index: i, sentence: sentence, tokens: tokens)
            if let pos {
                let words = tokens.map(\.text)
                let tags = pos.tag(words, convention: posConvention)
                for k in analysed.tokens.indices { analysed.tokens[k].pos = tags[k] }
                if let names { analysed.names = names.tag(words, pos: tags) }
            }
            out.append(analysed)
        }
        return out
    }
}

/// Maps code-point offsets back to byte offsets, for one document.
struct ByteIndex {
    private var scalarToByte: [Int32] = []
    private let ascii: Bool

    init(bytes: [UInt8], offsets: UTF8Offsets) {
        ascii = offsets.isASCII
        guard !ascii else { return }
        scalarToByte.reserveCapacity(bytes.count + 1)
        for (b, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            scalarToByte.append(Int32(b))
        }
        scalarToByte.append(Int32(bytes.count))
    }

    func byte(ofScalar s: Int) -> Int { ascii ? s : Int(scalarToByte[s]) }
}
