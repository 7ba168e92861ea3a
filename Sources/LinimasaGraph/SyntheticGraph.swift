import LinimasaModel

/// Builds large, realistic-looking knowledge graphs from a seed, for
/// benchmarks and stress tests: the same arguments always give the same
/// graph, on every platform (the generator is SplitMix64, not the system
/// random source).
///
/// The shape: `actors` actors of mixed kinds; `events` events between two
/// distinct actors (one in twenty has no target), dated over five years
/// (most to the day, some to the month, one in fifty undated); `mentions`
/// mentions spread over the events (each event has at least one when
/// `mentions >= events`); actor–actor edges aggregated from the events.
/// A few names and evidence clauses hold markup characters, emoji and
/// Arabic text, as real news does.
public enum SyntheticGraph {
    /// SplitMix64 (Steele, Lea and Flood 2014): tiny, fast, and the same everywhere.
    public struct Generator: RandomNumberGenerator, Sendable {
        private var state: UInt64
        public init(seed: UInt64) { state = seed }
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// CAMEO root codes with their PLOVER category, QuadClass and Goldstein value.
    static let codes: [(cameo: CAMEOCode, plover: String, quad: QuadClass, goldstein: Double)] = [
        ("010", "COMMENT", .verbalCooperation, 0), ("036", "CONSULT", .verbalCooperation, 4),
        ("042", "CONSULT", .verbalCooperation, 1.9), ("051", "COOPERATE", .verbalCooperation, 3.4),
        ("061", "COOPERATE", .materialCooperation, 6.4), ("071", "AID", .materialCooperation, 7.4),
        ("112", "ACCUSE", .verbalConflict, -2), ("130", "THREATEN", .verbalConflict, -4.4),
        ("141", "PROTEST", .verbalConflict, -6.5), ("173", "SEIZE", .materialConflict, -5),
        ("190", "ASSAULT", .materialConflict, -10), ("193", "ASSAULT", .materialConflict, -10),
    ]
    static let outlets = ["kompas.test", "tempo.test", "antara.test", "detik.test", "tribun.test",
                          "republika.test", "cnn-id.test", "bisnis.test", "jakpost.test", "liputan.test"]
    static let clauses = [
        "Menteri luar negeri bertemu mitranya di Jakarta",
        "Pemerintah mengecam serangan \"tak beralasan\" <di perbatasan>",
        "Kedua pihak sepakat & menandatangani nota kesepahaman 🤝",
        "Demonstran berkumpul di depan kedutaan, polisi berjaga",
        "Juru bicara menolak tuduhan itu: 'tidak benar'",
        "جماعة محلية تعلن دعمها للاتفاق",
        "Bantuan kemanusiaan tiba di pelabuhan 🚢",
        "Militer menyita kapal nelayan asing",
    ]

    /// A graph with `events` events, `mentions` mentions and `actors` actors
    /// (at least two), the same for the same arguments.
    public static func make(events: Int, mentions: Int, actors actorCount: Int, seed: UInt64 = 2024) -> KnowledgeGraph {
        var rng = Generator(seed: seed)
        let actors = makeActors(max(actorCount, 2), &rng)
        let firstDay = CalendarDate(year: 2020, month: 1, day: 1)!.dayNumber
        var nodes: [EventNode] = []
        nodes.reserveCapacity(events)
        var mentionCounts = [Int](repeating: events > 0 ? mentions / events : 0, count: events)
        for i in 0..<(events > 0 ? mentions % events : 0) { mentionCounts[i] += 1 }
        var mentionCountByActor = [Int](repeating: 0, count: actors.count)

        for n in 0..<events {
            let code = codes[Int.random(in: 0..<codes.count, using: &rng)]
            let s = Int.random(in: 0..<actors.count, using: &rng)
            var t: Int? = Int.random(in: 0..<(actors.count - 1), using: &rng)
            if t! >= s { t! += 1 }
            if Int.random(in: 0..<20, using: &rng) == 0 { t = nil }
            let roll = Int.random(in: 0..<50, using: &rng)
            let start = CalendarDate(dayNumber: firstDay + Int.random(in: 0..<1826, using: &rng))
            var date: DayInterval? = DayInterval(day: start)
            var precision: DatePrecision? = .day
            if roll == 0 {
                date = nil; precision = nil
            } else if roll < 6 {
                date = DayInterval(start: start, end: start.adding(days: 29)); precision = .month
            }
            let published = (date?.end ?? start).adding(days: Int.random(in: 0..<3, using: &rng))
            var ms: [Mention] = []
            ms.reserveCapacity(mentionCounts[n])
            for k in 0..<mentionCounts[n] {
                ms.append(Mention(
                    documentID: "d\(n)-\(k)", outlet: outlets[Int.random(in: 0..<outlets.count, using: &rng)],
                    url: nil, published: published.adding(days: k % 3), sentenceIndex: k % 7,
                    trigger: TextSpan(start: 12, end: 19), clause: TextSpan(start: 0, end: 48),
                    triggerText: "bertemu", evidenceText: clauses[Int.random(in: 0..<clauses.count, using: &rng)],
                    modality: .asserted, cameo: code.cameo, plover: code.plover, quadClass: code.quad,
                    goldstein: code.goldstein, sourceID: actors[s].id, targetID: t.map { actors[$0].id },
                    date: date, precision: precision, confidence: 0.5 + Double(k % 5) / 10))
            }
            mentionCountByActor[s] += ms.count
            if let t { mentionCountByActor[t] += ms.count }
            nodes.append(EventNode(
                id: "ev\(n)", cameo: code.cameo, plover: code.plover, quadClass: code.quad,
                goldstein: code.goldstein, sourceID: actors[s].id, targetID: t.map { actors[$0].id },
                date: date, precision: precision, modality: roll % 7 == 0 ? .planned : .asserted,
                confidence: Double(Int.random(in: 40...99, using: &rng)) / 100, mentions: ms))
        }
        var counted = actors
        for i in counted.indices { counted[i].mentionCount = mentionCountByActor[i] }
        nodes.sort { a, b in
            switch (a.date, b.date) {
            case let (x?, y?): x.start != y.start ? x.start < y.start : a.id < b.id
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.id < b.id
            }
        }
        return KnowledgeGraph(actors: counted.sorted { $0.id < $1.id }, events: nodes, edges: aggregate(nodes))
    }

    static func makeActors(_ count: Int, _ rng: inout Generator) -> [ActorNode] {
        let kinds = ActorKind.allCases
        return (0..<count).map { i in
            let kind = kinds[i % kinds.count]
            var name = "Aktor \(i)"
            if i % 97 == 5 { name = "Kelompok \"<Fajar & Senja>\" \(i) 🌅" }
            if i % 89 == 7 { name = "جماعة \(i)" }
            let roles = kind == .person ? [RoleSpan(role: "Menteri"), RoleSpan(role: "Juru bicara")] : []
            let aliases = i % 3 == 0 ? ["A\(i)", "Aktor-\(i)"] : []
            return ActorNode(id: ActorID("\(kind.rawValue):a\(i)"), name: name, kind: kind,
                             country: i % 4 == 0 ? nil : ActorID("C\(Int.random(in: 10...99, using: &rng))"),
                             roles: roles, aliases: aliases)
        }
    }

    /// Actor–actor edges: counts per QuadClass, first and last start date,
    /// mean Goldstein; sorted by source, then target.
    static func aggregate(_ events: [EventNode]) -> [ActorEdge] {
        struct Pair: Hashable { var s: ActorID, t: ActorID }
        var edges: [Pair: (counts: [Int], first: CalendarDate?, last: CalendarDate?, sum: Double)] = [:]
        for e in events {
            guard let s = e.sourceID, let t = e.targetID else { continue }
            var entry = edges[Pair(s: s, t: t)] ?? ([0, 0, 0, 0], nil, nil, 0)
            entry.counts[e.quadClass.rawValue - 1] += 1
            if let d = e.date?.start {
                entry.first = min(entry.first ?? d, d)
                entry.last = max(entry.last ?? d, d)
            }
            entry.sum += e.goldstein
            edges[Pair(s: s, t: t)] = entry
        }
        return edges.map { pair, v in
            ActorEdge(sourceID: pair.s, targetID: pair.t, quadClassCounts: v.counts, firstDate: v.first,
                      lastDate: v.last, meanGoldstein: v.sum / Double(v.counts.reduce(0, +)))
        }.sorted { ($0.sourceID, $0.targetID) < ($1.sourceID, $1.targetID) }
    }
}
