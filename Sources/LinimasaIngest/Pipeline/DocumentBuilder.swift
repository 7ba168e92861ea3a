import LinimasaModel
import LinimasaText

/// Turns a raw document into a clean, dated one: drops debris and the
/// dateline, finds the publication date, splits sentences, and converts every
/// byte range into code-point offsets of the text.
public struct DocumentBuilder: Sendable {
    /// The `--published` date, used when metadata gives none.
    public var fallbackPublished: PublishedDate?
    /// The day the tool runs: bounds the years a weekday date may fall in.
    public var today: CalendarDate

    /// The metadata field that records `today` on a document whose
    /// publication date was read from its text.
    public static let anchorField = "dct_anchored_on"

    public init(fallbackPublished: PublishedDate? = nil, today: CalendarDate) {
        self.fallbackPublished = fallbackPublished
        self.today = today
    }

    public func build(_ raw: RawDocument) -> Document {
        let bytes = Array(raw.text.utf8)
        let cleaning = BodyCleaner.clean(bytes)
        let sentenceRanges = SentenceSplitter.split(bytes, regions: cleaning.kept)
        let offsets = UTF8Offsets(bytes)

        var metadata = raw.metadata
        var published: PublishedDate?
        var source = DCTSource.unknown
        if let given = raw.published {
            if let p = PublishedDate.parse(given) {
                published = p
                source = .metadata
            } else {
                // Kept, so nothing the input said is lost.
                metadata.append(("published_unparsed", .string(given)))
            }
        }
        if published == nil, let fallback = fallbackPublished {
            published = fallback
            source = .option
        }
        if published == nil, let found = TextDateFinder.find(in: bytes, kept: cleaning.kept, today: today) {
            published = PublishedDate(date: found.date)
            source = found.source
            // A date read from the text depends on the day its year window
            // ends on: kept, so that the result can be reproduced (--today).
            metadata.append((DocumentBuilder.anchorField, .string(today.description)))
        }

        let (sentences, dropped) = bytes.withUnsafeBufferPointer { p in
            func text(_ r: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)
            }
            return (
                sentenceRanges.map { Sentence(span: offsets.span(ofBytes: $0), text: text($0)) },
                cleaning.dropped.map {
                    DroppedSpan(span: offsets.span(ofBytes: $0.range), reason: $0.reason, text: text($0.range))
                }
            )
        }
        let dateline = cleaning.dateline.map {
            Dateline(span: offsets.span(ofBytes: $0.range), outlet: $0.outlet, place: $0.place)
        }
        let language = raw.language.flatMap(LanguageGuesser.normalise) ?? LanguageGuesser.guess(bytes)

        return Document(
            id: raw.id, title: raw.title, url: raw.url,
            outlet: raw.outlet ?? dateline?.outlet,
            published: published, dctSource: source, language: language,
            text: raw.text, metadata: metadata, dateline: dateline,
            sentences: sentences, dropped: dropped, origin: raw.origin
        )
    }
}
