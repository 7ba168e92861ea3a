/// Half-open character range `[start, end)` counted in Unicode code points
/// (scalars) of a document's `text`, the unit every offset in Linimasa uses.
public struct TextSpan: Hashable, Comparable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "span end before start")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

/// One sentence of a document's body.
public struct Sentence: Hashable, Sendable {
    public var span: TextSpan
    public var text: String

    public init(span: TextSpan, text: String) {
        self.span = span
        self.text = text
    }
}

/// Why a stretch of the input was left out of the article body.
public enum DropReason: String, Hashable, Sendable, CaseIterable {
    /// "Baca juga: …", "BACA JUGA: …", "Lihat juga …" and similar link lines.
    case seeAlso = "see-also"
    /// Photo and video captions: "(Foto: …)", "Kredit Foto: …".
    case caption
    /// "Sumber: Reuters | Editor: …" credit lines.
    case sourceCredit = "source-credit"
    /// "Penulis: …", "Editor: …", "Reporter: …", "Laporan Wartawan …".
    case byline
    /// Advertising and scroll prompts: "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT".
    case advertisement
    /// Cross-promotion: "Cek Berita dan Artikel yang lain di …", follow/subscribe prompts.
    case promotion
    /// Scraper and embed debris: "[Gambas:Video CNN]", "[mg/rs]" editor initials.
    case scraperDebris = "scraper-debris"
    /// The outlet dateline at the start of the body ("KONTAN.CO.ID - BRUSSELS.").
    case dateline
}

/// A part of the input that is not in any sentence, with the reason.
public struct DroppedSpan: Hashable, Sendable {
    public var span: TextSpan
    public var reason: DropReason
    /// The dropped text itself, so that a reader sees what was skipped.
    public var text: String

    public init(span: TextSpan, reason: DropReason, text: String) {
        self.span = span
        self.reason = reason
        self.text = text
    }
}

/// The outlet dateline that opens many Indonesian articles:
/// "KONTAN.CO.ID - BRUSSELS." gives outlet "KONTAN.CO.ID" and place "BRUSSELS".
public struct Dateline: Hashable, Sendable {
    public var span: TextSpan
    public var outlet: String?
    public var place: String?

    public init(span: TextSpan, outlet: String?, place: String?) {
        self.span = span
        self.outlet = outlet
        self.place = place
    }
}

/// Where a document's publication date (its DCT, document creation time)
/// came from.
public enum DCTSource: String, Hashable, Sendable {
    /// A metadata field: JSON `published`, HTML meta tags, feed item dates.
    case metadata
    /// The `--published` command-line option.
    case option
    /// A full date in the text's dateline: "Rabu, 12 Oktober 2022", "Selasa (11/10/2022)".
    case textDate = "text-date"
    /// A day and month with a weekday ("Senin (3/1)") whose year the weekday fixes.
    case textWeekday = "text-weekday"
    /// No date could be found.
    case unknown
}

/// Where a document came from: the path the user named (or `-`), and the
/// line or item within it.
public struct InputOrigin: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// 1-based line of a JSON Lines file.
    public var line: Int?
    /// 1-based item of a feed.
    public var item: Int?

    public init(path: String, line: Int? = nil, item: Int? = nil) {
        self.path = path
        self.line = line
        self.item = item
    }

    public var description: String {
        if let line { return "\(path):\(line)" }
        if let item { return "\(path)#\(item)" }
        return path
    }
}

/// A clean, dated article: what every later stage of Linimasa reads.
public struct Document: Sendable {
    public var id: String
    public var title: String?
    public var url: String?
    public var outlet: String?
    public var published: PublishedDate?
    public var dctSource: DCTSource
    public var language: String?
    /// The text as the user gave it (for HTML and feeds: the text extracted
    /// from the markup). Every offset counts code points of this string.
    public var text: String
    /// Fields of the input that Linimasa does not model, kept as given.
    public var metadata: [(String, JSONValue)]
    public var dateline: Dateline?
    public var sentences: [Sentence]
    public var dropped: [DroppedSpan]
    public var origin: InputOrigin

    public init(
        id: String, title: String? = nil, url: String? = nil, outlet: String? = nil,
        published: PublishedDate? = nil, dctSource: DCTSource = .unknown,
        language: String? = nil, text: String, metadata: [(String, JSONValue)] = [],
        dateline: Dateline? = nil, sentences: [Sentence] = [], dropped: [DroppedSpan] = [],
        origin: InputOrigin
    ) {
        self.id = id
        self.title = title
        self.url = url
        self.outlet = outlet
        self.published = published
        self.dctSource = dctSource
        self.language = language
        self.text = text
        self.metadata = metadata
        self.dateline = dateline
        self.sentences = sentences
        self.dropped = dropped
        self.origin = origin
    }
}
