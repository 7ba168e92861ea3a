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

