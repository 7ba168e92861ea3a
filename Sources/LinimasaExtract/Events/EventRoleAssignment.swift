import LinimasaModel
import LinimasaText

extension EventExtractor {
    /// Source and target of each hit, by the trigger's class and the word's shape.
    func assignRoles(_ hits: inout [TriggerHit], _ v: SentenceView, _ actors: [String: Actor],
                     _ state: inout EventExtractor.DocumentState) {
        let t = v.t
        for n in hits.indices {
            let i = hits[n].token
            var h = hits[n]
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
            } else if h.shape == .passiveVerb {
                tgt = v.subject(before: i)
                src = v.agent(after: i)
                how = "passive: subject suffers, agent after oleh"
                if src == nil, (lexicon.cameo[h.cameo]?.quadClass ?? .verbalCooperation) == .materialConflict {
                    src = v.opponent(of: tgt?.actorID, near: i, actors: actors)
                    if src != nil { how += "; unnamed attacker: the other side in the sentence" }
                }
            } else if h.shape == .noun || h.shape == .bare {
                let governed = (i > 0 && v.isVerb(i - 1)) || (i > 1 && functionWords.determiners.contains(t[i - 1].key) && v.isVerb(i - 2))
                // Where modifiers come first, the doer of "the attack on X by Y" is the agent.
                let gen = modifiersPrecede && h.rule.roles == .normal ? v.agent(after: i) : v.genitive(after: i)
                if h.rule.roles == .genitive {
                    src = gen
                    tgt = v.subject(before: i) ?? v.actor(before: i)
                    how = "noun: the genitive actor is the source"
                } else if governed {
                    src = v.subject(before: i)
                    how = "noun held by the verb \(t[i - 1].text): its subject acts"
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
                if tgt == nil { tgt = v.target(after: i, excluding: src?.actorID, actors: actors) }
            } else {
                src = v.subject(before: i)
                // What is said may follow a comma: "memperingatkan, pihaknya siap … terhadap Pyongyang".
                tgt = v.target(after: i, excluding: src?.actorID, actors: actors, coordination: h.rule.cls == .material)
                how = "active: subject acts on object"
            }
            if h.rule.roles == .inverse {
                // The named side suffers: "mundurnya pasukan Rusia", "militernya dipukul mundur".
                let sufferer = h.shape == .passiveVerb ? tgt : (v.genitive(after: i) ?? src)
                tgt = sufferer
                src = v.opponent(of: sufferer?.actorID, near: i, actors: actors)
                how = "the named side suffers; the other side acts"
            }
            if let src { h.source = src.actorID }
            if let tgt, tgt.actorID != h.source { h.target = tgt.actorID }
            h.rules.append("roles: \(how)")
            // The quoted "kami" stands for a speaker not yet known: never remembered as one.
            if h.rule.cls == .speech || (h.rule.cls == .statement && h.cameo.hasPrefix("01")), let s = h.source,
               s != DocumentActors.speaker {
                state.lastSpeaker = s
            }
            if let s = h.source, actors[s]?.kind == .person { state.lastPerson = s }
            hits[n] = h
        }
    }
}
