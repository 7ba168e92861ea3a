import LinimasaLanguage
import LinimasaModel

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
/// Tagging is one pass over the UTF-8 bytes to tokenise, then keyed
/// dictionary lookups per token; no regular expressions.
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
        let offsets = UTF8Offsets(bytes)
        let bounds = Self.byteBoundaries(bytes, sentences.flatMap { [$0.start, $0.end] })
        let tokens = TimexTokenizer.tokenize(bytes, sentenceStarts: bounds)
        var scanner = TimexScanner(tokens: tokens, lexicon: lexicon, dct: dct)
        return scanner.run().map { m in
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
