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
/// - Modality: what is only feared or supposed (hypothetical) is not what
///   happened, and what is denied (negated) is not what is asserted.
/// - Statements and other spoken acts: the same person speaking (a state or
///   an organisation speaks through many mouths), the same sentence, or the
///   same state or body (or a person and the state or body they speak for)
///   on the same day about the same target. But a state or body named as
///   the speaker in an article where a person of theirs speaks (with the
///   same root) may stand for that person or for any other of its mouths
///   ("Russia said" beside Peskov's and Lavrov's words): within that
///   article it joins no other statement but one of its own sentence.
/// - Meetings, calls and visits: the participants overlap, in either role;
///   two meetings that each name both participants need both to agree; a
///   call is not a visit.
/// - Agreements and cooperation between two parties: the same code, dated,
///   and the same two parties in either order (or one of them, where only
///   one is named); an agreement or joint work whose two parties one article
///   names in two places on one day is one act.
struct MergeRules {
    let actors: [ActorID: ActorNode]
    /// The people who speak in each article, by CAMEO root and by the state
    /// or body they speak for: "document|root|body" to person ids.
    let speakers: [String: Set<ActorID>]

    init(actors: [ActorID: ActorNode], mentions: [Mention] = []) {
        self.actors = actors
        var speakers: [String: Set<ActorID>] = [:]
        for m in mentions {
            let root = m.cameo.root
            guard MergeRules.spokenRoots.contains(root), let s = m.sourceID, let person = actors[s],
                  person.kind == .person else { continue }
            for body in Set([person.country, person.affiliation].compactMap { $0 }) {
                speakers[MergeRules.speakerKey(m.documentID, root, body), default: []].insert(s)
            }
        }
        self.speakers = speakers
    }

    /// The key of `speakers`: an article, a CAMEO root and a state or body.
    static func speakerKey(_ document: String, _ root: String, _ body: ActorID) -> String { "\(document)|\(root)|\(body)" }

    /// CAMEO roots of acts that are words: statements, appeals, intents,
    /// support, demands, disapproval, rejection, threats.
    static let spokenRoots: Set<String> = ["01", "02", "03", "05", "10", "11", "12", "13"]
    /// Consultations (meetings, calls and visits) have participants, not a doer and a sufferer.
    static let symmetricRoots: Set<String> = ["04"]
    /// Acts two parties do together (pledges, diplomatic and material
    /// cooperation, yielding): the same act on the same day between the
    /// same two parties is one event, whichever is named first.
    static let pairRoots: Set<String> = ["03", "05", "06", "08"]
    /// Acts of those roots that one side does to the other, not together:
    /// praise, verbal defence, rallying support, recognition, apology and
    /// forgiveness (051-056). Each side's praise of the other is two acts.
    static let directedCodes: Set<String> = ["051", "052", "053", "054", "055", "056"]

    /// Whether `code` is an act two parties do together: of a pair root,
    /// and not one side's act to the other.
    static func isPairAct(_ code: CAMEOCode) -> Bool {
        pairRoots.contains(code.root) && !directedCodes.contains(code.code)
    }

    /// Who speaks in a spoken mention, as far as the article tells.
    enum Speaker: Equatable {
        /// No speaker is named.
        case none
        /// A state or body whose people speak in the article: which mouth is meant is unknown.
        case ambiguous
        case actor(ActorID)
    }

    /// The speaker of a spoken mention: its source, unless it is a state,
    /// its government or an organisation one of whose people speaks (with
    /// the same root) in the same article: then any of them may be meant.
    func speaker(_ m: Mention) -> Speaker {
        guard let s = m.sourceID else { return .none }
        guard let body = MergeRules.body(of: s, actors[s]) else { return .actor(s) }
        return speakers[MergeRules.speakerKey(m.documentID, m.cameo.root, body)] == nil ? .actor(s) : .ambiguous
    }

    /// Whether a spoken mention may mean `person` speaking: unless its speaker
    /// is a state or body whose people speak in its article, any; else only
    /// one of those people ("Rusia mengatakan" where Peskov speaks is not
    /// the words another outlet quotes from Medinsky).
    func couldMean(_ m: Mention, _ person: ActorID) -> Bool {
        guard speaker(m) == .ambiguous, actors[person]?.kind == .person, let s = m.sourceID,
              let body = MergeRules.body(of: s, actors[s]) else { return true }
        return speakers[MergeRules.speakerKey(m.documentID, m.cameo.root, body)]?.contains(person) ?? true
    }

    /// The state or body a non-person speaker is: a state and its unnamed
    /// government ("RUS-GOV") by the state's code, a named agency or an
    /// organisation by its own id; a person, a military or an armed group
    /// has no people speaking for it here.
    static func body(of id: ActorID, _ actor: ActorNode?) -> ActorID? {
        switch actor?.kind {
        case .country?: return actor?.country ?? id
        case .government?:
            if let c = actor?.country, id == c || id == ActorID(.government, of: c) { return c }
            return id
        case .organisation?: return id
        default: return nil
        }
    }

    /// The named parties of a meeting or of an act two parties do together.
    static func participants(_ m: Mention) -> [ActorID] {
        [m.sourceID, m.targetID].compactMap { $0 }
    }

    /// Two mentions' parties agree: both pairs, in either order, where
    /// both name two; else one of them.
    func partiesAgree(_ pa: [ActorID], _ pb: [ActorID]) -> Bool {
        if pa.count == 2, pb.count == 2 {
            return compatible(pa[0], pb[0]) && compatible(pa[1], pb[1]) || compatible(pa[0], pb[1]) && compatible(pa[1], pb[0])
        }
        return pa.contains { x in pb.contains { compatible(x, $0) } }
    }

    /// How a consultation is held: 1 by telephone (041), 2 in person (a
    /// visit, hosting one or meeting elsewhere: 042-044), nil when the code
    /// does not say.
    static func meetingMode(_ cameo: CAMEOCode) -> Int? {
        switch cameo.code {
        case "041": return 1
        case "042", "043", "044": return 2
        default: return nil
        }
    }

    /// Acts that take two parties by their nature: signing a formal
    /// agreement (057) and material cooperation (06).
    static func mutual(_ cameo: CAMEOCode) -> Bool { cameo == "057" || cameo.root == "06" }

    /// What is feared or supposed is not what happened, and what is denied
    /// is not what is asserted; a plan and its fulfilment may be one event.
    static func modalitiesAgree(_ a: Modality, _ b: Modality) -> Bool {
        if (a == .negated) != (b == .negated) { return false }
        if a == .hypothetical && b == .asserted || a == .asserted && b == .hypothetical { return false }
        return true
    }

    func sameEvent(_ a: Mention, _ b: Mention) -> Bool {
        let root = a.cameo.root
        guard root == b.cameo.root, datesAgree(a, b) else { return false }
        let sameSentence = a.documentID == b.documentID && a.sentenceIndex == b.sentenceIndex
        let spoken = MergeRules.spokenRoots.contains(root)
        // Statements' modality is that of the quoted act too often to part them by it.
        if !spoken, !MergeRules.modalitiesAgree(a.modality, b.modality) { return false }
        if MergeRules.symmetricRoots.contains(root) {
            // One meeting, whoever is named first: the participants must agree.
            if sameSentence { return true }
            if let x = MergeRules.meetingMode(a.cameo), let y = MergeRules.meetingMode(b.cameo), x != y { return false }
            let pa = MergeRules.participants(a), pb = MergeRules.participants(b)
            guard partiesAgree(pa, pb) else { return false }
            // An undated meeting is weak evidence: it needs a participant named
            // alike; an undated plan ("then he will speak with X") may be any
            // later meeting, so only its own article's.
            if a.date != nil && b.date != nil { return true }
            let undatedPlan = a.date == nil && a.modality == .planned || b.date == nil && b.modality == .planned
            return pa.contains { pb.contains($0) } && (!undatedPlan || a.documentID == b.documentID)
        }
        if MergeRules.isPairAct(a.cameo), a.cameo == b.cameo,
           a.date != nil, b.date != nil {
            // One agreement between two parties, whichever the report names first,
            // or a report that names only one of them.
            let pa = MergeRules.participants(a), pb = MergeRules.participants(b)
            if pa.count + pb.count >= 3, partiesAgree(pa, pb) { return true }
            // An agreement or joint work takes two: one article naming one
            // party here and the other there on one day reports one act.
            if MergeRules.mutual(a.cameo), pa.count == 1, pb.count == 1, a.documentID == b.documentID, sameDay(a, b) {
                return true
            }
        }
        if spoken {
            // What one person says on one occasion is one act, whatever each
            // sentence of it is about.
            // A state or body speaks through many mouths, but its words on
            // one day about one target are one statement: reported by two
            // outlets, or quoted twice in one article with the same code.
            // Two outlets may name the speaker differently, one the person and
            // the other the state or body they speak for ("Peskov" and "the
            // Kremlin"): on one day, about one target, that is one statement.
            // Within one article, different names are different speakers.
            let sameDocument = a.documentID == b.documentID
            let s: ActorID, s2: ActorID
            switch (speaker(a), speaker(b)) {
            case (.none, _), (_, .none):
                return sameSentence
            case let (.actor(x), .actor(y)):
                (s, s2) = (x, y)
            default:
                // Which of its people spoke is unknown: within the article it
                // stands alone, across articles it is the body speaking; but a
                // person of another article is none of its mouths unless he
                // speaks in its article too.
                guard !sameDocument, let x = a.sourceID, let y = b.sourceID,
                      couldMean(a, y), couldMean(b, x) else { return sameSentence }
                (s, s2) = (x, y)
            }
            if s == s2, actors[s]?.kind == .person { return true }
            guard s == s2 || (!sameDocument && speaksFor(s, s2)) else { return sameSentence }
            return sameDay(a, b) && compatible(a.targetID, b.targetID) && (!sameDocument || a.cameo == b.cameo)
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
    /// countries and affiliations, its sentence, and for an agreement or
    /// joint work naming one party, its article and code. Two mentions that
    /// ``sameEvent(_:_:)`` accepts always share one of these keys.
    func tieKeys(_ m: Mention) -> [String] {
        let root = m.cameo.root
        var keys = ["\(root)|s|\(m.documentID)|\(m.sentenceIndex)"]
        if MergeRules.mutual(m.cameo), MergeRules.participants(m).count == 1 { keys.append("\(root)|m|\(m.documentID)|\(m.cameo)") }
        for id in [m.sourceID, m.targetID].compactMap({ $0 }) {
            keys.append("\(root)|a|\(id)")
            if let c = actors[id]?.country { keys.append("\(root)|a|\(c)") }
            if let f = actors[id]?.affiliation { keys.append("\(root)|a|\(f)") }
        }
        return keys
    }

    /// How strongly a mention belongs with another: identical roles and code
    /// count; for meetings and acts of two parties, the roles either way round.
    func affinity(_ a: Mention, _ b: Mention) -> Int {
        func same(_ x: ActorID?, _ y: ActorID?) -> Int { x != nil && x == y ? 2 : 0 }
        var roles = same(a.sourceID, b.sourceID) + same(a.targetID, b.targetID)
        let root = a.cameo.root
        if MergeRules.symmetricRoots.contains(root) || MergeRules.isPairAct(a.cameo) {
            roles = max(roles, same(a.sourceID, b.targetID) + same(a.targetID, b.sourceID))
        }
        return roles + (a.cameo == b.cameo ? 1 : 0) + (a.date != nil && a.date == b.date ? 1 : 0)
    }

    /// A person and the state or organisation they speak for, either way round.
    func speaksFor(_ x: ActorID, _ y: ActorID) -> Bool {
        func holds(_ p: ActorID, _ body: ActorID) -> Bool {
            guard let person = actors[p], person.kind == .person else { return false }
            return person.affiliation == body || person.country == body
        }
        return holds(x, y) || holds(y, x)
    }

    /// The same actor, or an actor and the state (or body) it acts for; a
    /// missing actor agrees with any.
    func compatible(_ x: ActorID?, _ y: ActorID?) -> Bool {
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
