import Foundation
import LinimasaExport
import LinimasaGraph
import LinimasaStore

/// A graph with the lookup of its events, built once for it.
public struct GraphSnapshot: Sendable {
    public let graph: KnowledgeGraph
    public let lookup: EventLookup

    public init(_ graph: KnowledgeGraph) {
        self.graph = graph
        self.lookup = EventLookup(graph)
    }
}

/// Where the server's requests get the graph from.
public protocol GraphSource: Sendable {
    /// The graph as the store holds it now, read in one snapshot.
    func snapshot() throws -> GraphSnapshot
}

extension GraphSource {
    public func graph() throws -> KnowledgeGraph { try snapshot().graph }
}

/// The store, read once per request: each request reads the store's
/// version in its own read-only snapshot and rebuilds the graph (in that
/// same snapshot) only when the version changed since the last request,
/// so `ingest` can write while the server runs and the next request sees
/// what it wrote, without merging the whole store again for every request.
public final class StoreSnapshots: GraphSource, @unchecked Sendable {
    let store: EventStore
    // Guarded by `lock`.
    private var cached: (version: StoreVersion, snapshot: GraphSnapshot)?
    private let lock = NSLock()

    public init(store: EventStore) { self.store = store }

    public func snapshot() throws -> GraphSnapshot {
        let known = lock.withLock { cached }
        let read = try store.graph(unlessAt: known?.version)
        if let graph = read.graph {
            let snapshot = GraphSnapshot(graph)
            lock.withLock { cached = (read.version, snapshot) }
            return snapshot
        }
        // Same version as the cached graph: it describes this snapshot.
        return known!.snapshot
    }
}

/// A fixed graph (tests, and pages built without a store).
public struct FixedGraph: GraphSource {
    let value: GraphSnapshot
    public init(_ graph: KnowledgeGraph) { value = GraphSnapshot(graph) }
    public func snapshot() throws -> GraphSnapshot { value }
}
