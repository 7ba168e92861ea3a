import Foundation
import LinimasaGraph
import LinimasaStore

/// Where the server's requests get the graph from.
public protocol GraphSource: Sendable {
    /// The graph as the store holds it now, read in one snapshot.
    func graph() throws -> KnowledgeGraph
}

/// The store, read once per request: each request reads the store's
/// version in its own read-only snapshot and rebuilds the graph (in that
/// same snapshot) only when the version changed since the last request,
/// so `ingest` can write while the server runs and the next request sees
/// what it wrote, without merging the whole store again for every request.
public final class StoreSnapshots: GraphSource, @unchecked Sendable {
    let store: EventStore
    // Guarded by `lock`.
    private var cached: (version: StoreVersion, graph: KnowledgeGraph)?
    private let lock = NSLock()

    public init(store: EventStore) { self.store = store }

    public func graph() throws -> KnowledgeGraph {
        let known = lock.withLock { cached }
        let read = try store.graph(unlessAt: known?.version)
        if let graph = read.graph {
            lock.withLock { cached = (read.version, graph) }
            return graph
        }
        // Same version as the cached graph: it describes this snapshot.
        return known!.graph
    }
}

/// A fixed graph (tests, and pages built without a store).
public struct FixedGraph: GraphSource {
    public let value: KnowledgeGraph
    public init(_ value: KnowledgeGraph) { self.value = value }
    public func graph() throws -> KnowledgeGraph { value }
}
