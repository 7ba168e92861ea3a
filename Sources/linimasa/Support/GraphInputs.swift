import LinimasaExtract
import LinimasaGraph
import LinimasaModel

/// Actors and event mentions gathered from extracted articles, turned into
/// the merged knowledge graph at the end (`graph` and `demo`; `ingest`
/// keeps them in the store instead).
struct GraphInputs {
    private(set) var actors: [ActorNode] = []
    private(set) var mentions: [Mention] = []

    mutating func add(_ x: DocumentExtraction) {
        actors += x.actors.map { ActorNode(actor: $0, published: x.document.published?.date) }
        mentions += Mention.mentions(of: x.events, in: x.document)
    }

    func graph() -> KnowledgeGraph { GraphBuilder().build(actors: actors, mentions: mentions) }
}
