// TEMPORARY: replaced by the HTML and feed readers when their branch lands.
import LinimasaModel
public enum HTMLArticleReader {
    public static func read(bytes: [UInt8], origin: InputOrigin, defaultID: String) throws(IngestError) -> RawDocument {
        throw IngestError(.unsupportedFormat, origin, "HTML not yet")
    }
}
public enum FeedReader {
    public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool { false }
    public static func read(bytes: [UInt8], origin: InputOrigin) throws -> [Result<RawDocument, IngestError>] { [] }
}
public struct DroppedBytes: Hashable, Sendable { public var range: Range<Int>; public var reason: DropReason }
public struct DatelineMatch: Hashable, Sendable { public var range: Range<Int>; public var outlet: String?; public var place: String? }
public struct CleaningResult: Sendable { public var kept: [Range<Int>]; public var dropped: [DroppedBytes]; public var dateline: DatelineMatch? }
public enum BodyCleaner { public static func clean(_ text: [UInt8]) -> CleaningResult { CleaningResult(kept: [0..<text.count], dropped: [], dateline: nil) } }
public enum SentenceSplitter { public static func split(_ text: [UInt8], regions: [Range<Int>]) -> [Range<Int>] { regions } }
public enum TextDateFinder { public static func find(in text: [UInt8], kept: [Range<Int>], today: CalendarDate) -> (date: CalendarDate, source: DCTSource)? { nil } }
