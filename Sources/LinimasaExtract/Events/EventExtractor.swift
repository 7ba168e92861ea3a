import LinimasaLanguage
import LinimasaModel
import LinimasaText

/// Codes events from analysed sentences: triggers from the lexicon, roles
/// from Indonesian clause structure, modality from cues, dates from time
/// expressions (or inherited), evidence spans for every mention.
public struct EventExtractor: Sendable {
    let lexicon: EventLexicon
    let functionWords: FunctionWords
    let morphology: any LanguageMorphology
    /// The profile's `modifiersPrecede`: an event noun's actor after it is
    /// what it is done to ("the attack on Iran"), its doer comes before it
    /// ("the U.S. attack") or after the agent marker ("by American forces").
    let modifiersPrecede: Bool

    init(lexicon: EventLexicon, functionWords: FunctionWords, morphology: any LanguageMorphology,
         modifiersPrecede: Bool = false) {
        self.lexicon = lexicon
        self.functionWords = functionWords
        self.morphology = morphology
        self.modifiersPrecede = modifiersPrecede
    }

    /// State carried across the sentences of one document.
    struct DocumentState {
        var lastSpeaker: String?
        /// Whom the last speaker's quote was about: what a quote carrying it
        /// on ("lanjutnya") is about when it names no one.
        var lastSpeechTarget: String?
        var lastPerson: String?
        /// The last two parties an act was between: whom a later act of
        /// two parties that names neither is between ("Kesepakatan dicapai").
        var lastPair: (String, String)?
        /// The last attack with both parties named, and how many sentences
        /// ago: whom a later attack by the same source with no target strikes.
        var lastAttack: (source: String, target: String, age: Int)?
        /// Per side (a country, or a body without one): the party its last
        /// act of conflict with a named target was against.
        var adversary: [String: String] = [:]
        var keys: Set<String> = []
        var events: [Event] = []
        /// Per event: the trigger key, whether its date came from a time
        /// expression, and whether it was followed by "tersebut"/"itu".
        var notes: [(key: String, dated: Bool, anaphoric: Bool, sentence: Int)] = []
    }

    func extract(documentID: String, sentences: [AnalyzedSentence], actors: [String: Actor],
                 dct: CalendarDate?) -> [Event] {
        var state = DocumentState()
        for s in sentences {
            let view = SentenceView(s, functionWords: functionWords, morphology: morphology, modifiersPrecede: modifiersPrecede)
            var hits = findTriggers(in: s, documentKeys: state.keys)
            assignRoles(&hits, view, actors, &state)
            suppress(&hits, view, actors)
            let speech = hits.first { !$0.dropped && ($0.rule.cls == .speech || $0.rule.cls == .statement) && !view.t[$0.token].inQuote }
            // Event nouns of material acts: each takes the time expression on its side.
            let nouns = hits.filter {
                !$0.dropped && !$0.shape.isVerb && $0.rule.cls == .material
            }.map(\.token)
            for h in hits where !h.dropped {
                var rules = h.rules
                let (modality, why) = modality(h, view, dct)
                rules.append(why)
                let (date, precision, dated, dateWhy) = self.date(h, modality, view, dct, nouns: nouns)
                rules.append(dateWhy)
                let clause = clauseBounds(h.token, view)
                let t = view.t
                let info = lexicon.cameo[h.cameo] ?? lexicon.cameo[h.cameo.rootCode]!
                // "kami" in a quotation is whoever the sentence says spoke it.
                let speaker = speech?.source == DocumentActors.speaker ? nil : speech?.source
                var source = h.source, target = h.target
                if source == DocumentActors.speaker { source = speaker }
                if target == DocumentActors.speaker { target = speaker }
                if target == source { target = nil }
                let confidence = min(0.95, max(0.2, 0.9 - (source == nil ? 0.25 : 0) - (h.shape == .noun ? 0.1 : 0)
                                                - (h.rules.contains { $0.contains("taken up again") } ? 0.15 : 0)))
                state.events.append(Event(
                    id: "\(documentID)#e\(state.events.count + 1)", cameo: h.cameo, plover: info.plover,
                    quadClass: info.quadClass, goldstein: info.goldstein, sourceID: source, targetID: target,
                    date: date, precision: precision, modality: modality,
                    evidence: Evidence(documentID: documentID, sentenceIndex: s.index, trigger: t[h.token].span,
                                       clause: TextSpan(start: t[clause.lowerBound].span.start, end: t[clause.upperBound - 1].span.end),
                                       triggerText: t[h.token].text),
                    confidence: (confidence * 100).rounded() / 100, rules: rules))
                let anaphoric = h.token + 1 < t.count && functionWords.demonstratives.contains(t[h.token + 1].key)
                state.notes.append((h.rule.key, dated, anaphoric, s.index))
                state.keys.insert(h.rule.key)
            }
        }
        carryAnaphora(&state)
        headlineSpeaker(&state, actors)
        return state.events
    }

    /// "Iran Bersumpah …" over a lead whose first quoted speaker is Iran's
    /// president: a statement the headline or the lead gives to a state (or
    /// its government) is the one its person makes in the next sentences,
    /// when that person serves the state and speaks on the same day.
    func headlineSpeaker(_ state: inout DocumentState, _ actors: [String: Actor]) {
        let leadSentences = 1, personWindow = 3
        func isStatement(_ e: Event) -> Bool { e.cameo.root == "01" }
        func stateOf(_ id: String?) -> String? {
            guard let id, let a = actors[id], a.kind == .country || a.kind == .government else { return nil }
            return a.country ?? (a.kind == .country ? a.id : nil)
        }
        for i in state.events.indices where isStatement(state.events[i]) && state.events[i].evidence.sentenceIndex <= leadSentences {
            guard let country = stateOf(state.events[i].sourceID) else { continue }
            guard let j = state.events.indices.first(where: { j in
                let e = state.events[j]
                guard j > i, isStatement(e), e.evidence.sentenceIndex > state.events[i].evidence.sentenceIndex,
                      e.evidence.sentenceIndex <= personWindow, let id = e.sourceID, let p = actors[id] else { return false }
                return p.kind == .person && p.country == country
            }), let person = state.events[j].sourceID, state.events[j].date == state.events[i].date else { continue }
            state.events[i].sourceID = person
            state.events[i].rules.append("source: the state's speaker in the lead (\(state.events[j].id))")
        }
    }

    /// "NATO akan mengadakan latihan …. Rencananya, latihan tersebut
    /// diadakan minggu depan": the later, anaphoric mention dates the
    /// earlier one, and the earlier one names the actor of the later.
    func carryAnaphora(_ state: inout DocumentState) {
        for j in state.events.indices where state.notes[j].anaphoric {
            guard let i = state.events.indices.last(where: {
                $0 < j && state.notes[$0].key == state.notes[j].key && state.notes[$0].sentence == state.notes[j].sentence - 1
            }) else { continue }
            if !state.notes[i].dated, state.notes[j].dated, let d = state.events[j].date {
                state.events[i].date = d
                state.events[i].precision = state.events[j].precision
                state.events[i].rules.append("date from the later mention \(state.events[j].id)")
            }
            if state.events[j].sourceID == nil, let s = state.events[i].sourceID, s != state.events[j].targetID {
                state.events[j].sourceID = s
                state.events[j].rules.append("source from the earlier mention \(state.events[i].id)")
            }
        }
    }

    /// Token range of the clause around `i`: between clause barriers.
    func clauseBounds(_ i: Int, _ v: SentenceView) -> Range<Int> {
        let t = v.t
        var lo = i
        while lo > 0, !functionWords.clauseBarriers.contains(t[lo - 1].key), t[lo - 1].text != ";" { lo -= 1 }
        if lo > 0 { lo -= 1 }  // the barrier word belongs to its clause
        var hi = i + 1
        while hi < t.count, !functionWords.clauseBarriers.contains(t[hi].key), t[hi].text != ";" { hi += 1 }
        return lo..<hi
    }
}
