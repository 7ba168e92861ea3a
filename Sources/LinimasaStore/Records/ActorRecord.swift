import GRDB
import LinimasaGraph
import LinimasaModel

/// A row of `actors`: an actor's canonical name, kind and country, with the
/// aliases every ingested article used for it. Ids stay text in the row;
/// ``ActorNode`` holds them as ``ActorID``.
struct ActorRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "actors"

    var id: String
    var name: String
    var kind: String
    var country: String?
    /// Stored as a JSON array (GRDB encodes nested Codable values as JSON).
    var aliases: [String]
    var affiliation: String?

    enum CodingKeys: String, CodingKey {
        case id, name, kind, country, aliases, affiliation
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
        static let kind = Column(CodingKeys.kind)
        static let country = Column(CodingKeys.country)
        static let aliases = Column(CodingKeys.aliases)
        static let affiliation = Column(CodingKeys.affiliation)
    }

    init(_ a: ActorNode) {
        id = a.id.text
        name = a.name
        kind = a.kind.rawValue
        country = a.country?.text
        aliases = a.aliases
        affiliation = a.affiliation?.text
    }

    /// Folds another article's view of the actor in: new aliases are
    /// appended, a missing country is filled. The name and kind first stored
    /// stay. Returns whether anything changed.
    mutating func merge(_ a: ActorNode) -> Bool {
        var changed = false
        for alias in a.aliases where !aliases.contains(alias) {
            aliases.append(alias)
            changed = true
        }
        if country == nil, let c = a.country {
            country = c.text
            changed = true
        }
        if affiliation == nil, let f = a.affiliation {
            affiliation = f.text
            changed = true
        }
        return changed
    }

    func node(roles: [RoleSpan], mentionCount: Int) throws -> ActorNode {
        ActorNode(id: ActorID(id), name: name, kind: try StoredValues.raw(kind, as: ActorKind.self, column: "actors.kind"),
                  country: country.map { ActorID($0) }, roles: roles, aliases: aliases, mentionCount: mentionCount,
                  affiliation: affiliation.map { ActorID($0) })
    }
}

/// A row of `actor_roles`: a role one article gives an actor, with its days.
/// It belongs to the article, so a corrected article's roles replace its old ones.
struct ActorRoleRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "actor_roles"

    var documentID: String
    var actorID: String
    var role: String
    var startDay: String?
    var endDay: String?

    enum CodingKeys: String, CodingKey {
        case documentID = "document_id"
        case actorID = "actor_id"
        case role
        case startDay = "start_day"
        case endDay = "end_day"
    }

    enum Columns {
        static let documentID = Column(CodingKeys.documentID)
        static let actorID = Column(CodingKeys.actorID)
        static let role = Column(CodingKeys.role)
        static let startDay = Column(CodingKeys.startDay)
        static let endDay = Column(CodingKeys.endDay)
    }

    init(documentID: String, actorID: ActorID, span: RoleSpan) {
        self.documentID = documentID
        self.actorID = actorID.text
        role = span.role
        startDay = StoredValues.day(span.start)
        endDay = StoredValues.day(span.end)
    }

    func span() throws -> RoleSpan {
        RoleSpan(role: role, start: try StoredValues.day(startDay, column: "actor_roles.start_day"),
                 end: try StoredValues.day(endDay, column: "actor_roles.end_day"))
    }
}
