import LinimasaGraph
import LinimasaModel

/// Whether a timeline splits its events into one row per actor.
public enum TimelineSwimlanes: String, CaseIterable, Sendable {
    /// All events in one band.
    case none
    /// One row per source actor (who acted).
    case source
    /// One row per target actor (who was acted on).
    case target
}

/// Events assigned to swimlanes: one lane per actor that has events in the
/// chosen role, in the graph's actor order (by id), then a lane for events
/// without that actor.
public struct TimelineLanes: Sendable {
    /// One lane of a timeline.
    public struct Lane: Hashable, Sendable {
        /// The actor's id; nil for the lane of events without one (and for
        /// the single lane when swimlanes are off).
        public var actorID: ActorID?
        /// Heading: the actor's name, its id when it is not in the graph,
        /// or ``TimelineLanes/unknownLabel``.
        public var label: String
    }

    /// Heading of the lane of events without the actor.
    public static let unknownLabel = "(no actor)"

    public let lanes: [Lane]
    /// For each event of the graph (same index), its lane.
    public let laneOfEvent: [Int]

    public init(graph: KnowledgeGraph, mode: TimelineSwimlanes) {
        guard mode != .none else {
            lanes = [Lane(actorID: nil, label: "")]
            laneOfEvent = Array(repeating: 0, count: graph.events.count)
            return
        }
        let ids = graph.events.map { mode == .source ? $0.sourceID : $0.targetID }
        let used = Set(ids.compactMap { $0 })
        var names: [ActorID: String] = [:]
        for a in graph.actors { names[a.id] = a.shortName }
        // Actors of the graph first in its order, then ids it lacks, sorted.
        var order = graph.actors.map(\.id).filter { used.contains($0) }
        order += used.subtracting(order).sorted()
        var lanes = order.map { Lane(actorID: $0, label: names[$0] ?? $0.text) }
        var index: [ActorID: Int] = [:]
        for (i, id) in order.enumerated() { index[id] = i }
        var unknown: Int?
        if ids.contains(where: { $0 == nil }) {
            unknown = lanes.count
            lanes.append(Lane(actorID: nil, label: Self.unknownLabel))
        }
        self.lanes = lanes
        laneOfEvent = ids.map { $0.map { index[$0]! } ?? unknown! }
    }
}
