import LinimasaExtract
import LinimasaGraph
import LinimasaModel
import LinimasaStore

/// Turns what extraction found in one article into what the store keeps.
/// It lives in the tool because only the tool sees both sides: the store
/// knows nothing of extraction, and extraction nothing of the store.
extension StoreDocument {
    init(_ x: DocumentExtraction) {
        let doc = x.document
        let day = doc.published?.date
        var named: [String: Int] = [:]
        for e in x.events {
            if let s = e.sourceID { named[s, default: 0] += 1 }
            if let t = e.targetID, t != e.sourceID { named[t, default: 0] += 1 }
        }
        let actors = x.actors.map { a in
            // A role is what the article says the actor was on its
            // publication day: that day is the span it supports.
            ActorNode(id: a.id, name: a.name, kind: a.kind, country: a.country,
                      roles: a.role.map { [RoleSpan(role: $0, start: day, end: day)] } ?? [],
                      aliases: a.aliases, mentionCount: named[a.id] ?? 0)
        }
        let text = ScalarSlicer(doc.text)
        let mentions = x.events.map { e in
            Mention(documentID: doc.id, outlet: doc.outlet, url: doc.url, published: day,
                    sentenceIndex: e.evidence.sentenceIndex, trigger: e.evidence.trigger,
                    clause: e.evidence.clause, triggerText: e.evidence.triggerText,
                    evidenceText: text[e.evidence.clause], modality: e.modality, cameo: e.cameo,
                    plover: e.plover, quadClass: e.quadClass, goldstein: e.goldstein,
                    sourceID: e.sourceID, targetID: e.targetID, date: e.date, precision: e.precision,
                    confidence: e.confidence)
        }
        self.init(id: doc.id, outlet: doc.outlet, url: doc.url, title: doc.title, published: doc.published,
                  language: doc.language, textHash: StoreDocument.fingerprint(text: doc.text, published: doc.published),
                  actors: actors, mentions: mentions)
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
