import LinimasaGraph
import LinimasaModel

/// One article as the store keeps it: its metadata, the actors it names and
/// the event mentions read from it.
///
/// The store does not know how extraction works; the `linimasa` tool builds
/// these from its extraction results. Every mention must carry this
/// document's id.
public struct StoreDocument: Hashable, Sendable {
    public var id: String
    public var outlet: String?
    public var url: String?
    public var title: String?
    public var published: PublishedDate?
    public var language: String?
    /// Fingerprint of what extraction read (see ``fingerprint(text:published:)``):
    /// the same id with the same hash is the same article, a different hash
    /// a corrected one.
    public var textHash: String
    /// The actors the article names, with the roles it gives them. Their
    /// `mentionCount` is not stored: the store counts mentions itself.
    public var actors: [ActorNode]
    /// The article's event mentions. Two with the same ``MentionKey`` are one
    /// mention; the last wins.
    public var mentions: [Mention]

    public init(id: String, outlet: String? = nil, url: String? = nil, title: String? = nil,
                published: PublishedDate? = nil, language: String? = nil, textHash: String,
                actors: [ActorNode] = [], mentions: [Mention] = []) {
        self.id = id
        self.outlet = outlet
        self.url = url
        self.title = title
        self.published = published
        self.language = language
        self.textHash = textHash
        self.actors = actors
        self.mentions = mentions
    }

    /// The hex SHA-256 of the publication timestamp and the text: the inputs
    /// that extraction's results depend on, so a corrected date counts as a
    /// correction too.
    public static func fingerprint(text: String, published: PublishedDate?) -> String {
        var bytes = Array((published?.iso8601 ?? "").utf8)
        bytes.append(0x0A)
        bytes += text.utf8
        return TextHash.sha256Hex(bytes)
    }

    /// The mentions with duplicate keys collapsed (last wins), in first-seen order.
    var distinctMentions: [Mention] {
        var index: [MentionKey: Int] = [:]
        var out: [Mention] = []
        out.reserveCapacity(mentions.count)
        for m in mentions {
            if let i = index[m.key] {
                out[i] = m
            } else {
                index[m.key] = out.count
                out.append(m)
            }
        }
        return out
    }
}

/// What one ``EventStore/ingest(_:)`` call did.
public struct IngestCounts: Hashable, Sendable {
    /// Articles stored for the first time.
    public var added = 0
    /// Articles already stored with the same text hash: left as they were.
    public var skipped = 0
    /// Articles stored before with another text hash: their mentions and
    /// roles were replaced by the new ones.
    public var replaced = 0
    /// Mention rows written (by added and replaced articles).
    public var mentions = 0

    public init(added: Int = 0, skipped: Int = 0, replaced: Int = 0, mentions: Int = 0) {
        self.added = added
        self.skipped = skipped
        self.replaced = replaced
        self.mentions = mentions
    }

    public static func += (a: inout IngestCounts, b: IngestCounts) {
        a.added += b.added
        a.skipped += b.skipped
        a.replaced += b.replaced
        a.mentions += b.mentions
    }
}

/// How many rows the store holds.
public struct StoreCounts: Hashable, Sendable {
    public var documents: Int
    public var actors: Int
    public var actorRoles: Int
    public var mentions: Int

    public init(documents: Int, actors: Int, actorRoles: Int, mentions: Int) {
        self.documents = documents
        self.actors = actors
        self.actorRoles = actorRoles
        self.mentions = mentions
    }
}
