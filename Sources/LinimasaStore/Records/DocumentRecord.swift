import GRDB
import LinimasaModel

/// A row of `documents`: one article's metadata and fingerprint.
struct DocumentRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "documents"

    var id: String
    var outlet: String?
    var url: String?
    var title: String?
    var published: String?
    var language: String?
    var textHash: String
    var mentionCount: Int
    var ingestedAt: String

    enum CodingKeys: String, CodingKey {
        case id, outlet, url, title, published, language
        case textHash = "text_hash"
        case mentionCount = "mention_count"
        case ingestedAt = "ingested_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let outlet = Column(CodingKeys.outlet)
        static let url = Column(CodingKeys.url)
        static let title = Column(CodingKeys.title)
        static let published = Column(CodingKeys.published)
        static let language = Column(CodingKeys.language)
        static let textHash = Column(CodingKeys.textHash)
        static let mentionCount = Column(CodingKeys.mentionCount)
        static let ingestedAt = Column(CodingKeys.ingestedAt)
    }

    init(_ d: StoreDocument, mentionCount: Int, ingestedAt: String) {
        id = d.id
        outlet = d.outlet
        url = d.url
        title = d.title
        published = d.published?.iso8601
        language = d.language
        textHash = d.textHash
        self.mentionCount = mentionCount
        self.ingestedAt = ingestedAt
    }
}
