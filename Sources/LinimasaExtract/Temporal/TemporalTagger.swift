import LinimasaLanguage
import LinimasaModel
import LinimasaText

/// Finds and normalises time expressions in Indonesian (and English) news
/// text, TimeML TIMEX3 style, against the document creation time (DCT).
///
/// Three tiers, after HeidelTime's design: the token classes come from the
/// normalisation tables in `Resources/id/temporal/*.tsv` (month and weekday
/// names, number words, units, parts of periods and days, relative words,
/// shift and tense cues); the rules are the `TimexScanner+…` methods, each
/// named in `TimeExpression.rule`; every rule has EXAMPLE lines in
/// `Resources/id/temporal/rules.tsv` that a test runs.
///
/// ```swift
/// let tagger = try TemporalTagger()
/// let found = tagger.tag(text: "Rapat digelar Senin (3/1).", dct: CalendarDate(year: 2022, month: 1, day: 4))
/// // found[0].text == "Senin (3/1)", found[0].value == "2022-01-03"
/// ```
///
/// Extents follow the IndoTimex conventions: prepositions ("pada", "sejak",
/// "selama") stay outside; a weekday and its parenthesised date, a following
/// clock time or part of the day, and a trailing "lalu"/"kemarin" are one
/// extent; count qualifiers ("sekitar", "hampir") and "pukul" are inside.
///
/// The rules read the tokens of the shared `Tokenizer` (in extraction, the
/// very tokens `SentenceAnalyzer` made; see `TimexToken` for how a token is
/// seen), then keyed dictionary lookups per token; no regular expressions.
public struct TemporalTagger: Sendable {
    let lexicon: TemporalLexicon

    /// Loads the normalisation tables; throws `LanguageDataError` when a
    /// table is missing or has a malformed row.
    public init(data: LanguageData = .bundled) throws {
        try self.init(profile: .indonesian(data: data))
    }

    /// Loads the normalisation tables of a language profile.
    public init(profile: LanguageProfile) throws {
        lexicon = try TemporalLexicon(profile: profile)
    }

    /// The time expressions of `text`. `sentences` are code-point spans
    /// (rules never cross their boundaries; text outside them is tagged as
    /// regions of its own); `dct` anchors relative expressions, and without
    /// it their values keep `X` placeholders.
    public func tag(text: String, sentences: [TextSpan], dct: CalendarDate?) -> [TimeExpression] {
        let bytes = Array(text.utf8)
        let bounds = Self.byteBoundaries(bytes, sentences.flatMap { [$0.start, $0.end] })
        var tokens: [TimexToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        for (region, lo) in bounds.enumerated() {
            let hi = region + 1 < bounds.count ? bounds[region + 1] : bytes.count
            append(Tokenizer.tokenize(bytes, range: lo..<hi), of: bytes, region: region, to: &tokens)
        }
        return run(tokens, bytes, dct)
    }

    /// The time expressions of a document whose sentences `SentenceAnalyzer`
    /// has tokenised: the rules read those tokens, each sentence a region;
    /// text between sentences (rarely more than spaces) is a region of its own.
    func tag(text: String, analyzed sentences: [AnalyzedSentence], dct: CalendarDate?) -> [TimeExpression] {
        let bytes = Array(text.utf8)
        let byteOf = ByteIndex(bytes: bytes, offsets: UTF8Offsets(bytes))
        var tokens: [TimexToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var region = 0, cursor = 0
        for s in sentences {
            let lo = byteOf.byte(ofScalar: s.sentence.span.start), hi = byteOf.byte(ofScalar: s.sentence.span.end)
            if lo > cursor {
                append(Tokenizer.tokenize(bytes, range: cursor..<lo), of: bytes, region: region, to: &tokens)
                region += 1
            }
            for t in s.tokens {
                TimexToken.append(t.bytes, t.kind, text: t.text, lower: t.lower, sentence: region, to: &tokens)
            }
            region += 1
            cursor = max(cursor, hi)
        }
        if cursor < bytes.count {
            append(Tokenizer.tokenize(bytes, range: cursor..<bytes.count), of: bytes, region: region, to: &tokens)
        }
        return run(tokens, bytes, dct)
    }

    private func append(_ shared: [Token], of bytes: [UInt8], region: Int, to tokens: inout [TimexToken]) {
        for t in shared {
            let text = String(decoding: bytes[t.range], as: UTF8.self)
            TimexToken.append(t.range, t.kind, text: text, lower: text.lowercased(), sentence: region, to: &tokens)
        }
    }

    private func run(_ tokens: [TimexToken], _ bytes: [UInt8], _ dct: CalendarDate?) -> [TimeExpression] {
        var scanner = TimexScanner(tokens: tokens, lexicon: lexicon, dct: dct)
        let matches = scanner.run()
        guard !matches.isEmpty else { return [] }
        let offsets = UTF8Offsets(bytes)
        return matches.map { m in
            let start = tokens[m.first].start, end = tokens[m.end - 1].end
            return TimeExpression(span: offsets.span(ofBytes: start..<end),
                                  text: String(decoding: bytes[start..<end], as: UTF8.self),
                                  type: m.type, value: m.date.value, interval: m.date.interval,
                                  precision: m.date.precision, rule: m.rule)
        }
    }

    /// The time expressions of `text` read as one region.
    public func tag(text: String, dct: CalendarDate?) -> [TimeExpression] {
        tag(text: text, sentences: [], dct: dct)
    }

    /// The time expressions of a document: its sentences as regions, its
    /// publication day as the DCT.
    public func tag(_ document: Document) -> [TimeExpression] {
        tag(text: document.text, sentences: document.sentences.map(\.span), dct: document.published?.date)
    }

    /// Byte offsets of the given code-point offsets, sorted, with 0 first.
    static func byteBoundaries(_ bytes: [UInt8], _ scalarOffsets: [Int]) -> [Int] {
        let wanted = Set(scalarOffsets).sorted()
        var out = [0]
        var w = 0, scalar = 0
        for (b, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            while w < wanted.count && wanted[w] <= scalar {
                if wanted[w] == scalar && b > 0 { out.append(b) }
                w += 1
            }
            if w == wanted.count { break }
            scalar += 1
        }
        return out
    }
}
