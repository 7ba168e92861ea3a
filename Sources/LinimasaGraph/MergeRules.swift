import LinimasaModel

/// When two mentions report the same real-world event.
struct MergeRules {
    let actors: [String: ActorNode]

    func sameEvent(_ a: Mention, _ b: Mention) -> Bool {
        guard a.cameo.prefix(2) == b.cameo.prefix(2), datesAgree(a, b) else { return false }
        guard compatible(a.sourceID, b.sourceID), compatible(a.targetID, b.targetID) else { return false }
        // Something must positively tie them, unless both are anonymous in one sentence.
        let tied = (a.sourceID != nil && b.sourceID != nil) || (a.targetID != nil && b.targetID != nil)
        if tied { return true }
        return a.documentID == b.documentID && a.sentenceIndex == b.sentenceIndex
    }

    /// The same actor, or an actor and the state (or body) it acts for; a
    /// missing actor agrees with any.
    func compatible(_ x: String?, _ y: String?) -> Bool {
        guard let x, let y else { return true }
        if x == y { return true }
        let cx = actors[x]?.country ?? x, cy = actors[y]?.country ?? y
        return cx == cy || cx == y || cy == x
    }

    /// Overlapping intervals, widened by each date's precision; an undated
    /// mention agrees with any date.
    func datesAgree(_ a: Mention, _ b: Mention) -> Bool {
        guard let x = a.date, let y = b.date else { return true }
        let sx = MergeRules.slack(a.precision), sy = MergeRules.slack(b.precision)
        return x.start.dayNumber - sx <= y.end.dayNumber + sy && y.start.dayNumber - sy <= x.end.dayNumber + sx
    }

    /// Days of tolerance for a date of this precision.
    static func slack(_ p: DatePrecision?) -> Int {
        switch p {
        case .day?, nil: return 1
        case .week?: return 3
        case .month?: return 7
        case .quarter?: return 15
        case .year?, .decade?: return 30
        }
    }
}
