import LinimasaModel

/// When two mentions report the same real-world event.
///
/// - Codes: verbal acts (statements, appeals, threats …) agree within a
///   CAMEO root; material acts need the same code (an invasion, 190, and an
///   annexation, 192, are different events), a bare root agreeing with its
///   codes.
/// - Actors: the same actor, or an actor and the state it acts for (but two
///   different people never); a missing actor agrees with any, but
///   something must tie them.
/// - Dates: overlapping at their precision. An undated mention is weak
///   evidence, so it joins only an event with the very same source.
/// - Statements and other spoken acts: the same person speaking (a state or
///   an organisation speaks through many mouths), the same sentence, or the
///   same state or body (or a person and the state or body they speak for)
///   on the same day about the same target.
/// - Meetings, calls and visits: the participants overlap, in either role.
/// - Agreements and cooperation between two parties: the same code, dated,
///   and the same two parties in either order.
struct MergeRules {
    let actors: [String: ActorNode]

    /// CAMEO roots of acts that are words: statements, appeals, intents,
    /// support, demands, disapproval, rejection, threats.
    static let spokenRoots: Set<Substring> = ["01", "02", "03", "05", "10", "11", "12", "13"]
    /// Consultations (meetings, calls, visits) have participants, not a doer and a sufferer.
    static let symmetricRoots: Set<Substring> = ["04"]
    /// Acts two parties do together (pledges, diplomatic and material
    /// cooperation, yielding): the same act on the same day between the
    /// same two parties is one event, whichever is named first.
    static let pairRoots: Set<Substring> = ["03", "05", "06", "08"]

    func sameEvent(_ a: Mention, _ b: Mention) -> Bool {
        let root = a.cameo.code.prefix(2)
        guard root == b.cameo.code.prefix(2), datesAgree(a, b) else { return false }
        let sameSentence = a.documentID == b.documentID && a.sentenceIndex == b.sentenceIndex
        if MergeRules.symmetricRoots.contains(root) {
            // One meeting, whoever is named first: the participants must overlap.
            let pa = [a.sourceID, a.targetID].compactMap { $0 }, pb = [b.sourceID, b.targetID].compactMap { $0 }
            return sameSentence || pa.contains { x in pb.contains { compatible(x, $0) } }
        }
        if MergeRules.pairRoots.contains(root), a.cameo == b.cameo, a.date != nil, b.date != nil,
           let sa = a.sourceID, let ta = a.targetID, let sb = b.sourceID, let tb = b.targetID,
           compatible(sa, sb) && compatible(ta, tb) || compatible(sa, tb) && compatible(ta, sb) {
            // One agreement between two parties, whichever the report names first.
            return true
        }
        if MergeRules.spokenRoots.contains(root) {
            // What one person says on one occasion is one act, whatever each
            // sentence of it is about.
            // A state or body speaks through many mouths, but its words on
            // one day about one target are one statement: reported by two
            // outlets, or quoted twice in one article with the same code.
            // Two outlets may name the speaker differently, one the person and
            // the other the state or body they speak for ("Peskov" and "the
            // Kremlin"): on one day, about one target, that is one statement.
            // Within one article, different names are different speakers.
            guard let s = a.sourceID, let s2 = b.sourceID else { return sameSentence }
            if s == s2, actors[s]?.kind == .person { return true }
            guard s == s2 || (a.documentID != b.documentID && speaksFor(s, s2)) else { return sameSentence }
            return sameDay(a, b) && compatible(a.targetID, b.targetID) && (a.documentID != b.documentID || a.cameo == b.cameo)
        } else if !(a.cameo == b.cameo || a.cameo.code.count == 2 || b.cameo.code.count == 2) {
            return false
        }
        guard compatible(a.sourceID, b.sourceID), compatible(a.targetID, b.targetID) else { return false }
        if a.date == nil || b.date == nil {
            return sameSentence || (a.sourceID != nil && a.sourceID == b.sourceID)
        }
        // Something must positively tie them, unless both are anonymous in one sentence.
        let tied = (a.sourceID != nil && b.sourceID != nil) || (a.targetID != nil && b.targetID != nil)
        return tied || sameSentence
    }

    /// What can tie a mention to another of its CAMEO root: its actors, their
    /// countries and affiliations, and its sentence. Two mentions that
    /// ``sameEvent(_:_:)`` accepts always share one of these keys.
    func tieKeys(_ m: Mention) -> [String] {
        let root = m.cameo.code.prefix(2)
        var keys = ["\(root)|s|\(m.documentID)|\(m.sentenceIndex)"]
        for id in [m.sourceID, m.targetID].compactMap({ $0 }) {
            keys.append("\(root)|a|\(id)")
            if let c = actors[id]?.country { keys.append("\(root)|a|\(c)") }
            if let f = actors[id]?.affiliation { keys.append("\(root)|a|\(f)") }
        }
        return keys
    }

    /// How strongly a mention belongs with another: identical roles and code count.
    func affinity(_ a: Mention, _ b: Mention) -> Int {
        (a.sourceID != nil && a.sourceID == b.sourceID ? 2 : 0) + (a.targetID != nil && a.targetID == b.targetID ? 2 : 0)
            + (a.cameo == b.cameo ? 1 : 0) + (a.date != nil && a.date == b.date ? 1 : 0)
    }

    /// A person and the state or organisation they speak for, either way round.
    func speaksFor(_ x: String, _ y: String) -> Bool {
        func holds(_ p: String, _ body: String) -> Bool {
            guard let person = actors[p], person.kind == .person else { return false }
            return person.affiliation == body || person.country == body
        }
        return holds(x, y) || holds(y, x)
    }

    /// The same actor, or an actor and the state (or body) it acts for; a
    /// missing actor agrees with any.
    func compatible(_ x: String?, _ y: String?) -> Bool {
        guard let x, let y else { return true }
        if x == y { return true }
        // Two different people are two actors, whatever country they serve.
        if actors[x]?.kind == .person, actors[y]?.kind == .person { return false }
        // A person and the organisation they act for: Stoltenberg and NATO.
        if actors[x]?.affiliation == y || actors[y]?.affiliation == x { return true }
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

    /// Both dated to the day, one day apart at most (the publication day or the day before).
    func sameDay(_ a: Mention, _ b: Mention) -> Bool {
        guard let x = a.date, let y = b.date, a.precision == .day, b.precision == .day,
              x.end.dayNumber - x.start.dayNumber <= 1, y.end.dayNumber - y.start.dayNumber <= 1 else { return false }
        return abs(x.start.dayNumber - y.start.dayNumber) <= 1
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
