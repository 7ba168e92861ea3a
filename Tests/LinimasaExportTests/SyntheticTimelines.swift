import LinimasaGraph
import LinimasaModel

/// A synthetic timeline: `events` events among `actors` actors spread over
/// `days` days from 2022-01-01 (about 2% undated), 1–3 mentions each.
func syntheticTimeline(events count: Int, actors actorCount: Int = 12, days: Int = 400, seed: UInt64 = 42) -> KnowledgeGraph {
    var rng = SyntheticGraph.Generator(seed: seed)
    let actors = (0..<actorCount).map { i in
        ActorNode(id: ActorID("A" + (i < 10 ? "0" : "") + String(i)), name: "Aktor \(i)",
                  kind: i % 3 == 0 ? .country : .organisation,
                  country: (["IDN", "RUS", "UKR", "USA", "CHN"] as [ActorID])[i % 5], mentionCount: 0)
    }
    let codes: [(CAMEOCode, QuadClass, Double)] = [
        ("042", .verbalCooperation, 1.9), ("057", .materialCooperation, 8), ("111", .verbalConflict, -2),
        ("190", .materialConflict, -10), ("036", .verbalCooperation, 4), ("070", .materialCooperation, 7),
    ]
    let start = day("2022-01-01")
    var events: [EventNode] = []
    for i in 0..<count {
        let code = codes[Int.random(in: 0..<codes.count, using: &rng)]
        let s = Int.random(in: 0..<actorCount, using: &rng)
        var t = Int.random(in: 0..<actorCount, using: &rng)
        if t == s { t = (t + 1) % actorCount }
        let dated = Int.random(in: 0..<50, using: &rng) != 0
        let d = start.adding(days: Int.random(in: 0..<days, using: &rng))
        let mentions = (0..<Int.random(in: 1...3, using: &rng)).map { m in
            Mention(documentID: "syn-\(i)-\(m)", outlet: "outlet\(Int.random(in: 0..<7, using: &rng)).test", url: nil,
                    published: d, sentenceIndex: m, trigger: TextSpan(start: 10, end: 18), clause: TextSpan(start: 0, end: 40),
                    triggerText: "pemicu", evidenceText: "kalimat \(i)", modality: .asserted, cameo: code.0, plover: "X",
                    quadClass: code.1, goldstein: code.2, sourceID: actors[s].id, targetID: actors[t].id,
                    date: dated ? DayInterval(day: d) : nil, precision: dated ? .day : nil, confidence: 0.8)
        }
        events.append(EventNode(id: "syn-\(i)", cameo: code.0, plover: "X", quadClass: code.1, goldstein: code.2,
                                sourceID: actors[s].id, targetID: actors[t].id, date: dated ? DayInterval(day: d) : nil,
                                precision: dated ? .day : nil, modality: .asserted, confidence: 0.8, mentions: mentions))
    }
    // The graph's own order: by date (undated last), then id.
    events.sort { a, b in
        switch (a.date, b.date) {
        case let (x?, y?) where x.start != y.start: return x.start < y.start
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }
    return KnowledgeGraph(actors: actors, events: events, edges: [])
}
