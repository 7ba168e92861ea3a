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
        let actors = x.actors.map { ActorNode(actor: $0, published: day, mentionCount: named[$0.id] ?? 0) }
        let mentions = Mention.mentions(of: x.events, in: doc)
        self.init(id: doc.id, outlet: doc.outlet, url: doc.url, title: doc.title, published: doc.published,
                  language: doc.language, textHash: StoreDocument.fingerprint(text: doc.text, published: doc.published),
                  actors: actors, mentions: mentions)
    }
}
