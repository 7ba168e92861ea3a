import LinimasaModel
import LinimasaTagger
import LinimasaText

extension EventExtractor {
    /// Source and target of each hit, by the trigger's class and the word's shape.
    func assignRoles(_ hits: inout [TriggerHit], _ v: SentenceView, _ actors: [String: Actor],
                     _ state: inout EventExtractor.DocumentState) {
        let t = v.t
        // A title-case headline drops affixes: a bare root there is a verb ("Trump Ancam Serang Oman").
        // A sentence closed by a full stop is no headline, however many names it holds.
        let words = t.filter(\.isWord)
        let headline = words.count >= 3 && words.filter(\.isCapitalized).count * 10 >= words.count * 7 && t.last?.text != "."
        if let a = state.lastAttack { state.lastAttack?.age = a.age + 1 }
        for n in hits.indices {
            let i = hits[n].token
            var h = hits[n]
            if headline, h.shape == .bare, h.rule.cls != .speech { h.shape = .activeVerb }
            var src: ActorRef?, tgt: ActorRef?
            var how: String
            if h.rule.cls == .speech && !h.shape.isVerb {
                if morphology.hasClitic(t[i].lower) {
                    h.source = state.lastSpeaker ?? state.lastPerson
                    how = "speaker of the previous quote"
                } else {
                    // "kata X", "ujar X", "kata seorang pejabat dari NATO": the first
                    // actor, unless an unknown name comes first.
                    var k = i + 1
                    while k < t.count, k <= i + 6, src == nil {
                        src = v.actor(at: k)
                        if src == nil, t[k].isWord, t[k].isCapitalized { break }
                        k += 1
                    }
                    how = "speaker after \(t[i].text)"
                }
                tgt = v.target(after: i, excluding: src?.actorID ?? h.source, actors: actors, limit: 6).flatMap {
                    $0.tokens.lowerBound > 0 && functionWords.addresseeMarkers.contains(t[$0.tokens.lowerBound - 1].key) ? $0 : nil
                }
                // Otherwise whom the quotation is about: its first actor other than the speaker's side.
                if tgt == nil {
                    let speaker = src?.actorID ?? h.source
                    tgt = v.s.actors.first {
                        t[$0.tokens.lowerBound].inQuote && $0.actorID != DocumentActors.speaker
                            && !SentenceView.related($0.actorID, speaker, actors)
                    }
                }
                // "…," lanjutnya: a quote that carries on the last speaker's, naming no one, is about whom that one was.
                if tgt == nil, src == nil, let s = h.source, s == state.lastSpeaker, let about = state.lastSpeechTarget, about != s {
                    h.target = about
                    how += "; about whom the previous quote was"
                }
            } else if h.shape == .passiveVerb, functionWords.launchedForms.contains(t[i].key),
                      let owner = v.agent(after: i) ?? v.subject(before: i) {
                // "roket-roket Hizbullah ditembakkan (ke Israel)": the owner of what is fired fires it.
                src = owner
                tgt = v.target(after: i, excluding: owner.actorID, actors: actors, places: places(h))
                    ?? v.opponent(of: owner.actorID, near: i, actors: actors)
                how = "passive of firing: the owner of what is fired acts"
            } else if h.shape == .passiveVerb {
                tgt = v.subject(before: i)
                // The agent after "oleh", or right after the verb ("ditembaki Israel").
                src = v.agent(after: i) ?? v.bareAgent(after: i)
                how = "passive: subject suffers, agent after oleh or the verb"
                // "nelayan X yang dituding mencuri ikan" with no accuser named: the other side in the sentence.
                if src == nil, [.materialConflict, .verbalConflict].contains(lexicon.cameo[h.cameo]?.quadClass ?? .verbalCooperation) {
                    src = v.opponent(of: tgt?.actorID, near: i, actors: actors)
                    if src != nil { how += "; unnamed attacker: the other side in the sentence" }
                }
                // "rumah sakit yang digempur … di Gaza": with no party as its subject, the place struck.
                if tgt == nil, !places(h), let place = v.target(after: i, excluding: src?.actorID, actors: actors), v.isPlace(place) {
                    tgt = place
                    how += "; no party suffers by name: the place struck"
                }
            } else if h.shape == .noun || h.shape == .bare {
                // The verb holding the noun: right before it, or before a determiner or a number ("30 serangan").
                let counted = i > 0 && (functionWords.determiners.contains(t[i - 1].key) || t[i - 1].kind == .number
                    || t[i - 1].text.allSatisfy(\.isNumber))
                let holder: Int? = counted ? (i > 1 && v.isVerb(i - 2) ? i - 2 : nil) : (i > 0 && v.isVerb(i - 1) ? i - 1 : nil)
                let governed = holder != nil
                // Where modifiers come first, the doer of "the attack on X by Y" is the agent.
                let gen = modifiersPrecede && h.rule.roles == .normal ? v.agent(after: i) : v.genitive(after: i)
                let relativeAgent = h.rule.roles == .normal ? v.relativeAgent(after: i) : nil
                if h.rule.roles == .genitive {
                    src = gen
                    tgt = v.subject(before: i) ?? v.actor(before: i)
                    how = "noun: the genitive actor is the source"
                } else if let relativeAgent {
                    // "serangan yang dilakukan Israel … menghancurkan program nuklir Iran".
                    src = relativeAgent
                    tgt = v.target(after: relativeAgent.tokens.upperBound - 1, excluding: relativeAgent.actorID, actors: actors,
                                   places: places(h), partners: !EventExtractor.reciprocalRoots.contains(h.cameo.root))
                    how = "noun: the agent of its relative clause acts"
                } else if let g = holder, v.undergoes(g) {
                    // "Korea Utara dikenai sanksi PBB", "Retno menerima kunjungan Saifuddin"; with
                    // no party as subject ("RS itu diberondong serangan Israel") the noun's actor still acts.
                    tgt = v.subject(before: g)
                    src = gen ?? v.agent(after: i)
                    how = "noun held by \(t[g].text), which its subject undergoes: the noun's actor acts on the subject"
                } else if governed {
                    src = v.subject(before: i)
                    how = "noun held by the verb \(t[holder ?? i - 1].text): its subject acts"
                } else if let gen {
                    src = gen
                    how = "noun: genitive actor acts"
                } else if let before = v.actor(before: i) {
                    src = before
                    how = "noun: the nearest actor before it acts"
                } else if let (main, verb) = v.subject(after: i) {
                    // A fronted phrase: the main clause's actors are this act's.
                    src = main
                    tgt = v.target(after: verb, excluding: main.actorID, actors: actors)
                    how = "noun in a fronted phrase: the main clause's subject and object"
                } else {
                    how = "noun: no actor"
                }
                if tgt == nil {
                    tgt = v.target(after: i, excluding: src?.actorID, actors: actors, places: places(h),
                                   partners: !EventExtractor.reciprocalRoots.contains(h.cameo.root))
                }
            } else {
                src = v.subject(before: i)
                // A verb in a fronted phrase ("Usai bertemu Raja Thailand, Prabowo
                // menyatakan …") shares the main clause's subject, after a comma.
                // The phrase opens the sentence: no noun or pronoun stands before
                // the verb (otherwise the comma more likely closes the clause, as
                // before an English "…, the military said").
                if src == nil, !(0..<i).contains(where: { [.noun, .propn, .pron].contains(t[$0].pos) }),
                   let (main, _) = v.subject(after: i), main.tokens.lowerBound > i + 1,
                   (i + 1..<main.tokens.lowerBound).contains(where: { t[$0].text == "," }),
                   !(i + 1..<main.tokens.lowerBound).contains(where: { functionWords.clauseBarriers.contains(t[$0].key) }) {
                    src = main
                    how = "verb in a fronted phrase: the main clause's subject; "
                } else if headline, src == nil, let comma = (i + 1..<t.count).first(where: { t[$0].text == "," }),
                          let main = (comma + 1..<min(t.count, comma + 3)).lazy.compactMap({ v.actor(at: $0) }).first {
                    // "Desak Akhiri Perang, Trump Bakal Telepon Putin": the headline's subject after the comma.
                    src = main
                    how = "headline verb before a comma: the subject after it; "
                } else if headline, src == nil, let first = v.s.actors.first, first.tokens.upperBound < i,
                          !(0..<first.tokens.lowerBound).contains(where: { t[$0].isWord }),
                          let comma = (first.tokens.upperBound..<i).last(where: { t[$0].text == "," }),
                          (comma + 1..<i).allSatisfy({ v.isPreverbal($0) && t[$0].text != "," }),
                          !(first.tokens.upperBound..<i).contains(where: { functionWords.clauseBarriers.contains(t[$0].key) }) {
                    // "Azerbaijan Abaikan Seruan Damai, Akan Serang Armenia": the headline's opening subject carries over the comma.
                    src = first
                    how = "headline verb after a comma: the subject opening the headline; "
                } else {
                    how = ""
                }
                // "The communique said …": what a speaker issued speaks for the speaker last quoted.
                if src == nil || (i > 0 && functionWords.documentNouns.contains(t[i - 1].key)), h.isSaying,
                   let speaker = state.lastSpeaker, let noun = v.documentSubject(before: i) {
                    src = nil
                    h.source = speaker
                    how += "a document (\(t[noun].text)) speaks for the last speaker; "
                }
                // What is said may follow a comma: "memperingatkan, pihaknya siap … terhadap Pyongyang".
                tgt = v.target(after: i, excluding: src?.actorID, actors: actors, coordination: h.rule.cls == .material,
                               places: places(h))
                how += "active: subject acts on object"
                // "menghubungi Kanselir Jerman dan meminta amunisi": a demand naming no one is made of the object just before.
                if tgt == nil, EventExtractor.addressedRoots.contains(h.cameo.root),
                   let o = v.sharedObject(before: i), !SentenceView.related(o.actorID, src?.actorID ?? h.source, actors) {
                    tgt = o
                    how += "; no one named: the object of the verb coordinated before"
                }
            }
            if h.rule.roles == .inverse {
                // The named side suffers: "mundurnya pasukan Rusia", "militernya dipukul mundur".
                let sufferer = h.shape == .passiveVerb ? tgt : (v.genitive(after: i) ?? src)
                tgt = sufferer
                src = v.opponent(of: sufferer?.actorID, near: i, actors: actors)
                how = "the named side suffers; the other side acts"
            }
            // A quotation's words are not who speaks them: a saying word outside the
            // quote takes no speaker from inside it ("\"… serangan Rusia …,\" demikian
            // pernyataan pemerintah kota itu").
            if h.isSaying, !t[i].inQuote, let s = src, t[s.tokens.lowerBound].inQuote {
                src = nil
                how += "; an actor inside the quotation is not its speaker"
                // With no name after the verb ("…," the paper quoted him as saying),
                // the speaker is the one already speaking.
                let named = (i + 1..<t.count).contains { !t[$0].inQuote && t[$0].isWord && t[$0].isCapitalized }
                if !named, let last = state.lastSpeaker {
                    h.source = last
                    how += "; none named after it: the last speaker"
                }
            }
            if let src { h.source = src.actorID }
            if let tgt, tgt.actorID != h.source { h.target = tgt.actorID }
            if let (a, b, why) = pair(h, i, src: src, tgt: tgt, v) {
                h.source = a
                h.target = b
                how += "; \(why)"
                state.lastPair = (a, b)
            } else if h.source == nil, h.target == nil, EventExtractor.reciprocalRoots.contains(h.cameo.root),
                      let (a, b) = state.lastPair {
                // An act between two that names neither: the pair the article is about.
                h.source = a
                h.target = b
                how += "; no party named: the pair of the last act between two"
            }
            let quad = lexicon.cameo[h.cameo]?.quadClass ?? .verbalCooperation
            if quad == .materialConflict || quad == .verbalConflict, let s = h.source, s != DocumentActors.speaker {
                if let t = h.target, !SentenceView.related(s, t, actors) {
                    state.adversary[SentenceView.side(s, actors)] = t
                } else if h.target == nil, quad == .verbalConflict, let a = state.adversary[SentenceView.side(s, actors)], !SentenceView.related(s, a, actors) {
                    // "Qatar lalu membekukan …" naming no one: the side it last acted against.
                    h.target = a
                    how += "; no target named: the side its source last acted against"
                }
            }
            if quad == .materialConflict, let s = h.source {
                if let t = h.target {
                    state.lastAttack = (s, t, 0)
                } else if let a = state.lastAttack, a.source == s, a.age <= 1, a.target != s {
                    // An attack by the same source in the next sentence, naming no target: the same target.
                    h.target = a.target
                    how += "; no target named: that of the same source's attack just before"
                } else if h.shape == .passiveVerb, let o = v.sufferer(before: i, of: s, actors: actors) {
                    // "Pemerintah Moldova terguncang … setelah dihantam serangan drone Rusia": the
                    // subject of the clause the passive hangs on is struck.
                    h.target = o.actorID
                    state.lastAttack = (s, o.actorID, 0)
                    how += "; no target named: the subject the passive clause hangs on"
                } else if let a = state.adversary[SentenceView.side(s, actors)], !SentenceView.related(s, a, actors) {
                    // "Turki kembali mengirim jet tempur" naming no target: the side its source last acted against.
                    h.target = a
                    state.lastAttack = (s, a, 0)
                    how += "; no target named: the side its source last acted against"
                }
            } else if quad == .materialConflict, h.source == nil, h.target == nil,
                      let a = state.lastAttack, a.age <= EventExtractor.attackMemory {
                // "Gempuran berikutnya pada Selasa …" naming no side: the fight the article reports.
                h.source = a.source
                h.target = a.target
                how += "; no party named: the sides of the last attack"
            }
            h.rules.append("roles: \(how)")
            // The quoted "kami" stands for a speaker not yet known: never remembered as one.
            if h.rule.cls == .speech || (h.rule.cls == .statement && h.cameo.root == "01"), let s = h.source,
               s != DocumentActors.speaker {
                state.lastSpeaker = s
                state.lastSpeechTarget = h.target
            }
            if let s = h.source, actors[s]?.kind == .person { state.lastPerson = s }
            hits[n] = h
        }
    }

    /// CAMEO roots of acts two parties do together (intents, talks,
    /// diplomatic and material cooperation, yielding): named together, the
    /// first is the source and the second the target.
    static let reciprocalRoots: Set<String> = ["03", "04", "05", "06", "08"]

    /// CAMEO roots of acts addressed to someone (appeals, demands,
    /// disapproval, rejection, threats): one coordinated after another
    /// verb's object ("menghubungi X dan meminta …") is addressed to it.
    static let addressedRoots: Set<String> = ["02", "10", "11", "12", "13"]

    /// How many sentences back an attack naming neither side still takes
    /// the sides of the last attack with both named.
    static let attackMemory = 3

    /// Whether a place after the trigger ("di Istanbul, Turki") is only where
    /// the act happened: for every act but material conflict, where the
    /// place is what is struck, and a visit, where it is who is visited.
    func places(_ h: TriggerHit) -> Bool {
        !EventExtractor.placeTargetCodes.contains(h.cameo.code)
            && (lexicon.cameo[h.cameo]?.quadClass ?? .verbalCooperation) != .materialConflict
    }

    /// CAMEO codes whose place is the party the act is aimed at: a visit
    /// (042) is made to the state visited ("lawatan di Yordania").
    static let placeTargetCodes: Set<String> = ["042"]

    /// Both parties of an act two name together: a pair reference ("kedua
    /// negara", "Ukraina-Rusia"), the pair after "antara", or a coordinated
    /// subject ("Indonesia dan Malaysia sepakat") of a reciprocal act.
    func pair(_ h: TriggerHit, _ i: Int, src: ActorRef?, tgt: ActorRef?, _ v: SentenceView) -> (String, String, String)? {
        let t = v.t
        let reciprocal = EventExtractor.reciprocalRoots.contains(h.cameo.root)
        if reciprocal {
            // "perundingan antara Rusia dan Ukraina": the pair, whoever hosts.
            var k = i + 1
            while k < t.count, k <= i + 8, !functionWords.clauseBarriers.contains(t[k].key), t[k].text != ";" {
                if functionWords.pairOpeners.contains(t[k].key), k + 1 < t.count, let a = v.actor(at: k + 1) {
                    if let p = a.partner { return (a.actorID, p, "the pair after \(t[k].text)") }
                    let j = a.tokens.upperBound
                    if j + 1 < t.count, functionWords.coordinators.contains(t[j].key) || t[j].text == "-",
                       let b = v.actor(at: j + 1), b.actorID != a.actorID {
                        return (a.actorID, b.actorID, "the pair after \(t[k].text)")
                    }
                }
                k += 1
            }
        }
        if let src, let p = src.partner {
            return (src.actorID, h.target ?? p, "the pair \(t[src.tokens].map(\.text).joined(separator: " "))")
        }
        if h.source == nil, let tgt, let p = tgt.partner {
            return (tgt.actorID, p, "the pair \(t[tgt.tokens].map(\.text).joined(separator: " "))")
        }
        // "Indonesia dan Malaysia sepakat …": the first conjunct acts with the second, unless
        // a partner is introduced as such ("… bekerja sama dengan Brunei"); a name merely
        // after the verb ("bertemu di sela KTT G-20") does not outweigh the pair.
        let introduced = tgt.map { $0.tokens.lowerBound > 0 && functionWords.targetMarkers.contains(t[$0.tokens.lowerBound - 1].key) }
        if reciprocal, h.target == nil || introduced == false, let src, src.tokens.lowerBound >= 2 {
            let c = src.tokens.lowerBound - 1
            if functionWords.coordinators.contains(t[c].key), let a = v.actor(at: c - 1), a.actorID != src.actorID {
                return (a.actorID, src.actorID, "coordinated subject: both parties")
            }
        }
        return nil
    }
}
