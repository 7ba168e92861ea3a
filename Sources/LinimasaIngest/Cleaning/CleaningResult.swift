import LinimasaModel

/// What `BodyCleaner.clean(_:)` decided about one article text.
///
/// All ranges are UTF-8 byte offsets into the text that was cleaned. The
/// text itself is never rewritten: `kept` and `dropped` only select ranges,
/// so every kept byte keeps its original offset.
public struct CleaningResult: Sendable {
    /// Body regions that remain, sorted and disjoint. Each range is trimmed
    /// of surrounding whitespace and never empty; a paragraph with an inline
    /// drop in it yields one range on each side of the drop.
    public var kept: [Range<Int>]
    /// Removed pieces with the reason, sorted and disjoint, each trimmed of
    /// surrounding whitespace. Together with `kept` they cover every
    /// non-whitespace byte of the text exactly once.
    public var dropped: [DroppedBytes]
    /// The outlet dateline that opened the body, if any. Its range also
    /// appears in `dropped` with reason `.dateline`.
    public var dateline: DatelineMatch?

    public init(kept: [Range<Int>] = [], dropped: [DroppedBytes] = [], dateline: DatelineMatch? = nil) {
        self.kept = kept
        self.dropped = dropped
        self.dateline = dateline
    }
}

/// A byte range of the text left out of the body, and why.
public struct DroppedBytes: Hashable, Sendable {
    /// UTF-8 byte offsets into the cleaned text.
    public var range: Range<Int>
    public var reason: DropReason

    public init(range: Range<Int>, reason: DropReason) {
        self.range = range
        self.reason = reason
    }
}

/// An outlet dateline such as "KONTAN.CO.ID - BRUSSELS." or
/// "JAKARTA, KOMPAS.com -", found at the start of the first body line.
public struct DatelineMatch: Hashable, Sendable {
    /// The whole dateline including its separator, as UTF-8 byte offsets.
    public var range: Range<Int>
    /// The outlet as written ("KONTAN.CO.ID", "CNN Indonesia", "ANTARA"), if any.
    public var outlet: String?
    /// The place as written ("BRUSSELS", "Jakarta", "WASHINGTON DC"), if any.
    public var place: String?

    public init(range: Range<Int>, outlet: String?, place: String?) {
        self.range = range
        self.outlet = outlet
        self.place = place
    }
}
