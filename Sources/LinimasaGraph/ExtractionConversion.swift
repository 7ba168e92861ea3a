import LinimasaModel

extension Mention {
    /// The mention an extracted event makes in its article.
    public init(event e: Event, in document: Document, evidence: String) {
        self.init(
            documentID: document.id, outlet: document.outlet, url: document.url,
            published: document.published?.date, sentenceIndex: e.evidence.sentenceIndex,
            trigger: e.evidence.trigger, clause: e.evidence.clause, triggerText: e.evidence.triggerText,
            evidenceText: evidence, modality: e.modality,
            cameo: e.cameo, plover: e.plover, quadClass: e.quadClass, goldstein: e.goldstein,
            sourceID: e.sourceID.map { ActorID($0) }, targetID: e.targetID.map { ActorID($0) }, date: e.date, precision: e.precision,
            confidence: e.confidence)
    }

    /// The mentions of an article's events, each with its clause as evidence.
    public static func mentions(of events: [Event], in document: Document) -> [Mention] {
        let text = ScalarSlicer(document.text)
        return events.map { Mention(event: $0, in: document, evidence: text[$0.evidence.clause]) }
    }
}

extension ActorNode {
    /// The graph node of an actor recognised in an article published on
    /// `published`: the role the article gives it holds on that day.
    public init(actor a: Actor, published: CalendarDate?, mentionCount: Int = 0) {
        self.init(id: ActorID(a.id), name: a.name, kind: a.kind, country: a.country.map { ActorID($0) },
                  roles: a.role.map { [RoleSpan(role: $0, start: published, end: published)] } ?? [],
                  aliases: a.aliases.sorted(), mentionCount: mentionCount, affiliation: a.affiliation.map { ActorID($0) })
    }
}

/// Cuts code-point spans out of a text without walking it from the start
/// for every span.
struct ScalarSlicer {
    private let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The text of `span`, clamped to the text's bounds.
    subscript(span: TextSpan) -> String {
        let start = min(max(span.start, 0), scalars.count)
        let end = min(max(span.end, start), scalars.count)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }
}
