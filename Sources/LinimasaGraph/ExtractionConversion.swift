import LinimasaModel

extension Mention {
    /// The mention an extracted event makes in its article.
    public init(event e: Event, in document: Document) {
        self.init(
            documentID: document.id, outlet: document.outlet, url: document.url,
            published: document.published?.date, sentenceIndex: e.evidence.sentenceIndex,
            trigger: e.evidence.trigger, clause: e.evidence.clause, triggerText: e.evidence.triggerText,
            evidenceText: Mention.slice(document.text, e.evidence.clause), modality: e.modality,
            cameo: e.cameo, plover: e.plover, quadClass: e.quadClass, goldstein: e.goldstein,
            sourceID: e.sourceID, targetID: e.targetID, date: e.date, precision: e.precision,
            confidence: e.confidence)
    }

    /// The text of a code-point span.
    static func slice(_ text: String, _ s: TextSpan) -> String {
        let scalars = text.unicodeScalars
        let a = scalars.index(scalars.startIndex, offsetBy: s.start, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let b = scalars.index(a, offsetBy: s.length, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[a..<b])
    }
}

extension ActorNode {
    /// The graph node of an actor recognised in an article published on `published`.
    public init(actor a: Actor, published: CalendarDate?) {
        self.init(id: a.id, name: a.name, kind: a.kind, country: a.country,
                  roles: a.role.map { [RoleSpan(role: $0, start: published, end: published)] } ?? [],
                  aliases: a.aliases.sorted(), affiliation: a.affiliation)
    }
}
