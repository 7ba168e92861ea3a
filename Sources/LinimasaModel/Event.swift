/// What sort of actor: the categories event-data users expect.
public enum ActorKind: String, Hashable, Sendable, CaseIterable {
    case person, country, government, military, organisation, group
}

/// An actor as resolved in one document: a gazetteer entry or a person
/// recognised from a title and name.
public struct Actor: Hashable, Sendable {
    /// Stable id: ISO3 for states (`RUS`), `NATO`, `person:lloyd-austin`.
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// ISO 3166-1 alpha-3 of the country the actor belongs to or acts for.
    public var country: String?
    /// The role it held at the time of the article ("Menteri Pertahanan").
    public var role: String?
    public var aliases: [String]
    /// The state or organisation a person acts for in that role, when it is
    /// not their own country: NATO for its Secretary General.
    public var affiliation: String?

    public init(id: String, name: String, kind: ActorKind, country: String? = nil,
                role: String? = nil, aliases: [String] = [], affiliation: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.role = role
        self.aliases = aliases
        self.affiliation = affiliation
    }
}

/// A place in a document's text where an actor is named or referred to.
public struct ActorMention: Hashable, Sendable {
    public var span: TextSpan
    public var text: String
    public var actorID: String
    /// How it was found: `gazetteer`, `title-name`, `surname`, `pronoun`, …
    public var rule: String

    public init(span: TextSpan, text: String, actorID: String, rule: String) {
        self.span = span
        self.text = text
        self.actorID = actorID
        self.rule = rule
    }
}

/// Whether an event happened, is planned, is only possible, or is denied.
public enum Modality: String, Hashable, Sendable, CaseIterable {
    case asserted, planned, hypothetical, negated
}

/// GDELT's four broad classes of event.
public enum QuadClass: Int, Hashable, Sendable {
    case verbalCooperation = 1, materialCooperation = 2, verbalConflict = 3, materialConflict = 4
}

/// Where an event was read: the document, its sentence, the words that
/// carry it and the clause around them (code-point offsets).
public struct Evidence: Hashable, Sendable {
    public var documentID: String
    public var sentenceIndex: Int
    public var trigger: TextSpan
    public var clause: TextSpan
    public var triggerText: String

    public init(documentID: String, sentenceIndex: Int, trigger: TextSpan, clause: TextSpan, triggerText: String) {
        self.documentID = documentID
        self.sentenceIndex = sentenceIndex
        self.trigger = trigger
        self.clause = clause
        self.triggerText = triggerText
    }
}

/// One event mention, CAMEO-coded.
public struct Event: Hashable, Sendable {
    public var id: String
    /// CAMEO code: a two-digit root ("15") or a three-digit code ("154").
    public var cameo: CAMEOCode
    public var plover: String
    public var quadClass: QuadClass
    public var goldstein: Double
    public var sourceID: String?
    public var targetID: String?
    public var date: DayInterval?
    public var precision: DatePrecision?
    public var modality: Modality
    public var evidence: Evidence
    public var confidence: Double
    /// The rules that produced it, for `--explain`.
    public var rules: [String]

    public init(id: String, cameo: CAMEOCode, plover: String, quadClass: QuadClass, goldstein: Double,
                sourceID: String?, targetID: String?, date: DayInterval?, precision: DatePrecision?,
                modality: Modality, evidence: Evidence, confidence: Double, rules: [String]) {
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
        self.evidence = evidence
        self.confidence = confidence
        self.rules = rules
    }
}
