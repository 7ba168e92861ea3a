import LinimasaModel

/// A role an actor held, with the span of time the sources give for it.
public struct RoleSpan: Hashable, Sendable {
    public var role: String
    public var start: CalendarDate?
    public var end: CalendarDate?

    public init(role: String, start: CalendarDate? = nil, end: CalendarDate? = nil) {
        self.role = role
        self.start = start
        self.end = end
    }
}

extension RoleSpan {
    /// One span per role, the widest the given spans support (earliest
    /// start, latest end), sorted by start (undated last), then role: how
    /// both the graph built from articles and the one read from a database
    /// state an actor's roles.
    public static func merged(_ spans: [RoleSpan]) -> [RoleSpan] {
        var byRole: [String: RoleSpan] = [:]
        for span in spans {
            guard var known = byRole[span.role] else {
                byRole[span.role] = span
                continue
            }
            known.start = [known.start, span.start].compactMap { $0 }.min()
            known.end = [known.end, span.end].compactMap { $0 }.max()
            byRole[span.role] = known
        }
        return byRole.values.sorted { a, b in
            switch (a.start, b.start) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.role < b.role
            }
        }
    }
}

/// An actor of the graph, resolved across articles.
public struct ActorNode: Hashable, Sendable {
    /// Canonical id: ISO3 for states, `NATO`, `person:lloyd-austin`, `RUS-MIL`.
    public var id: ActorID
    public var name: String
    public var kind: ActorKind
    /// The state it belongs to or acts for, as that state's id (`RUS`).
    public var country: ActorID?
    public var roles: [RoleSpan]
    public var aliases: [String]
    /// How many event mentions name this actor as source or target.
    public var mentionCount: Int
    /// The organisation or state a person acts for, besides their country
    /// (NATO for its Secretary General): merging treats them as compatible.
    public var affiliation: ActorID?

    public init(id: ActorID, name: String, kind: ActorKind, country: ActorID? = nil,
                roles: [RoleSpan] = [], aliases: [String] = [], mentionCount: Int = 0,
                affiliation: ActorID? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.roles = roles
        self.aliases = aliases
        self.mentionCount = mentionCount
        self.affiliation = affiliation
    }
}

/// One report of an event in one article: the provenance an analyst
/// checks the event against.
public struct Mention: Hashable, Sendable {
    public var documentID: String
    public var outlet: String?
    public var url: String?
    /// The article's publication day, when known.
    public var published: CalendarDate?
    public var sentenceIndex: Int
    public var trigger: TextSpan
    public var clause: TextSpan
    public var triggerText: String
    /// The clause as written: the quoted evidence.
    public var evidenceText: String
    /// This mention's own modality ("planned" in an article written before it happened).
    public var modality: Modality
    /// The code, roles and date this mention alone gave, with the codebook
    /// facts of its code and the extractor's confidence.
    public var cameo: CAMEOCode
    public var plover: String
    public var quadClass: QuadClass
    public var goldstein: Double
    public var sourceID: ActorID?
    public var targetID: ActorID?
    public var date: DayInterval?
    public var precision: DatePrecision?
    public var confidence: Double

    public init(documentID: String, outlet: String?, url: String?, published: CalendarDate?,
                sentenceIndex: Int, trigger: TextSpan, clause: TextSpan, triggerText: String,
                evidenceText: String, modality: Modality, cameo: CAMEOCode, plover: String,
                quadClass: QuadClass, goldstein: Double, sourceID: ActorID?, targetID: ActorID?,
                date: DayInterval?, precision: DatePrecision?, confidence: Double) {
        self.documentID = documentID
        self.outlet = outlet
        self.url = url
        self.published = published
        self.sentenceIndex = sentenceIndex
        self.trigger = trigger
        self.clause = clause
        self.triggerText = triggerText
        self.evidenceText = evidenceText
        self.modality = modality
        self.cameo = cameo
        self.plover = plover
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.sourceID = sourceID
        self.targetID = targetID
        self.date = date
        self.precision = precision
        self.confidence = confidence
    }

    /// Identity of a mention: re-ingesting an article yields the same keys.
    public var key: MentionKey { MentionKey(documentID: documentID, start: trigger.start, cameo: cameo) }
}

/// What makes two mentions the same mention.
public struct MentionKey: Hashable, Comparable, Sendable {
    public var documentID: String
    public var start: Int
    public var cameo: CAMEOCode

    public static func < (a: MentionKey, b: MentionKey) -> Bool {
        (a.documentID, a.start, a.cameo) < (b.documentID, b.start, b.cameo)
    }
}

/// One real-world event, with every mention that reports it.
public struct EventNode: Hashable, Sendable {
    /// Stable id derived from the event's earliest mention.
    public var id: String
    public var cameo: CAMEOCode
    public var plover: String
    public var quadClass: QuadClass
    public var goldstein: Double
    public var sourceID: ActorID?
    public var targetID: ActorID?
    public var date: DayInterval?
    public var precision: DatePrecision?
    public var modality: Modality
    public var confidence: Double
    /// Sorted by document id, then position.
    public var mentions: [Mention]

    public init(id: String, cameo: CAMEOCode, plover: String, quadClass: QuadClass, goldstein: Double,
                sourceID: ActorID?, targetID: ActorID?, date: DayInterval?, precision: DatePrecision?,
                modality: Modality, confidence: Double, mentions: [Mention]) {
        self.id = id
        self.cameo = cameo
        self.plover = plover
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.sourceID = sourceID
        self.targetID = targetID
        self.date = date
        self.precision = precision
        self.modality = modality
        self.confidence = confidence
        self.mentions = mentions
    }

    public var mentionCount: Int { mentions.count }
    /// Distinct outlets reporting it (articles without an outlet count by document).
    public var sourceCount: Int { EventNode.distinct(mentions) { $0.outlet ?? "doc:" + $0.documentID } }
    public var articleCount: Int { EventNode.distinct(mentions) { $0.documentID } }

    /// How many distinct values `key` gives over the mentions: a pairwise
    /// scan for the few mentions most events have, a set beyond.
    static func distinct(_ mentions: [Mention], _ key: (Mention) -> String) -> Int {
        guard mentions.count > 12 else {
            var seen: [String] = []
            for m in mentions {
                let k = key(m)
                if !seen.contains(k) { seen.append(k) }
            }
            return seen.count
        }
        return Set(mentions.map(key)).count
    }
    /// The earliest publication day among its articles.
    public var firstSeen: CalendarDate? { mentions.compactMap(\.published).min() }
}

/// Aggregated interaction between two actors, for network analysis.
public struct ActorEdge: Hashable, Sendable {
    public var sourceID: ActorID
    public var targetID: ActorID
    /// Events per QuadClass (index 0 = verbal cooperation … 3 = material conflict).
    public var quadClassCounts: [Int]
    public var eventCount: Int { quadClassCounts.reduce(0, +) }
    public var firstDate: CalendarDate?
    public var lastDate: CalendarDate?
    /// Mean Goldstein value of the events between them.
    public var meanGoldstein: Double

    public init(sourceID: ActorID, targetID: ActorID, quadClassCounts: [Int], firstDate: CalendarDate?,
                lastDate: CalendarDate?, meanGoldstein: Double) {
        self.sourceID = sourceID
        self.targetID = targetID
        self.quadClassCounts = quadClassCounts
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.meanGoldstein = meanGoldstein
    }
}

/// The knowledge graph: actors, events with their mentions, and
/// actor-to-actor edges. Everything sorted, so exports are deterministic.
public struct KnowledgeGraph: Sendable {
    /// Sorted by id.
    public var actors: [ActorNode]
    /// Sorted by date (undated last), then id.
    public var events: [EventNode]
    /// Sorted by source, then target.
    public var edges: [ActorEdge]

    public init(actors: [ActorNode], events: [EventNode], edges: [ActorEdge]) {
        self.actors = actors
        self.events = events
        self.edges = edges
    }

    public func actor(_ id: ActorID?) -> ActorNode? {
        guard let id else { return nil }
        return actors.first { $0.id == id }
    }
}
