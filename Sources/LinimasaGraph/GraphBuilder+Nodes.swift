import LinimasaModel

extension GraphBuilder {
    /// The event node of a cluster: the commonest code and actors, the
    /// narrowest common date, "asserted" once any report says it happened.
    static func node(for cluster: [Mention], actors: [ActorID: ActorNode]) -> EventNode {
        let mentions = cluster.sorted { $0.key < $1.key }
        let cameo = mostCommon(mentions.map(\.cameo)) { "\($0.code.count)\($0)" } ?? mentions[0].cameo
        let facts = mentions.first { $0.cameo == cameo } ?? mentions[0]
        func person(_ id: ActorID) -> String { actors[id]?.kind == .person ? "1" : "0" }
        let source = mostCommon(mentions.compactMap(\.sourceID)) { person($0) + $0.text }
        // An act is not done to its doer: a report that names only the doer's
        // own state as the other party ("Teodoro" beside "Jepang dan Filipina")
        // gives no target when the node's source is that state's person.
        let ownState = source.flatMap { actors[$0]?.country }
        let target = mostCommon(mentions.compactMap(\.targetID).filter { $0 != source && $0 != ownState }) { person($0) + $0.text }
        let (date, precision) = commonDate(mentions)
        let modality: Modality = mentions.contains { $0.modality == .asserted } ? .asserted
            : mostCommon(mentions.map(\.modality)) { $0.rawValue } ?? .asserted
        let doubt = mentions.reduce(1.0) { $0 * (1 - $1.confidence) }
        return EventNode(
            id: eventID(mentions[0].key), cameo: cameo, plover: facts.plover, quadClass: facts.quadClass,
            goldstein: facts.goldstein, sourceID: source, targetID: target, date: date, precision: precision,
            modality: modality, confidence: (min(0.99, 1 - doubt) * 100).rounded() / 100, mentions: mentions)
    }

    /// The most frequent value; ties broken by `tieBreak` (larger wins).
    static func mostCommon<T: Hashable, K: Comparable>(_ values: [T], tieBreak: (T) -> K) -> T? {
        var counts: [T: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : tieBreak(a.key) < tieBreak(b.key) }?.key
    }

    /// The intersection of the dated mentions' intervals, else the narrowest one.
    static func commonDate(_ mentions: [Mention]) -> (DayInterval?, DatePrecision?) {
        let dated = mentions.filter { $0.date != nil }
        guard let first = dated.first?.date else { return (nil, nil) }
        var start = first.start, end = first.end
        for m in dated.dropFirst() {
            start = max(start, m.date!.start)
            end = min(end, m.date!.end)
        }
        let finest = dated.compactMap(\.precision).min()
        if start <= end { return (DayInterval(start: start, end: end), finest) }
        let narrowest = dated.min { ($0.date!.days, $0.key) < ($1.date!.days, $1.key) }!
        return (narrowest.date, narrowest.precision)
    }

    /// A stable id from the event's first mention: `ev-` and 16 hex digits
    /// of FNV-1a over "document|offset|code".
    static func eventID(_ key: MentionKey) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in "\(key.documentID)|\(key.start)|\(key.cameo)".utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return "ev-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Actor-to-actor edges aggregated over events with both roles: counts
    /// per QuadClass, the first start and last end date, the mean Goldstein
    /// value; sorted by source, then target. Exports of a filtered graph
    /// recompute them with this same function.
    public static func edges(_ events: [EventNode]) -> [ActorEdge] {
        var acc: [String: (s: ActorID, t: ActorID, counts: [Int], first: CalendarDate?, last: CalendarDate?, g: Double, n: Int)] = [:]
        for e in events {
            guard let s = e.sourceID, let t = e.targetID, s != t else { continue }
            let key = s.text + "\u{1F}" + t.text
            var entry = acc[key] ?? (s, t, [0, 0, 0, 0], nil, nil, 0, 0)
            entry.counts[e.quadClass.rawValue - 1] += 1
            if let d = e.date {
                entry.first = entry.first.map { min($0, d.start) } ?? d.start
                entry.last = entry.last.map { max($0, d.end) } ?? d.end
            }
            entry.g += e.goldstein
            entry.n += 1
            acc[key] = entry
        }
        return acc.values.sorted { ($0.s, $0.t) < ($1.s, $1.t) }.map {
            ActorEdge(sourceID: $0.s, targetID: $0.t, quadClassCounts: $0.counts, firstDate: $0.first,
                      lastDate: $0.last, meanGoldstein: (($0.g / Double($0.n)) * 100).rounded() / 100)
        }
    }
}
