import LinimasaModel
import LinimasaTagger
import LinimasaText

/// A sentence with lookups the role rules need.
struct SentenceView {
    let s: AnalyzedSentence
    /// For each token, the index in `s.actors` of the mention covering it.
    let actorIndex: [Int?]
    let functionWords: FunctionWords
    let morphology: any LanguageMorphology
    /// The profile's `modifiersPrecede`: an actor may modify the subject's
    /// head noun ("the Iranian oil platform was attacked").
    let modifiersPrecede: Bool

    init(_ s: AnalyzedSentence, functionWords: FunctionWords, morphology: any LanguageMorphology,
         modifiersPrecede: Bool = false) {
        self.s = s
        self.functionWords = functionWords
        self.morphology = morphology
        self.modifiersPrecede = modifiersPrecede
        var index = [Int?](repeating: nil, count: s.tokens.count)
        for (a, ref) in s.actors.enumerated() {
            for k in ref.tokens where k < index.count { index[k] = a }
        }
        actorIndex = index
    }

    var t: [WordToken] { s.tokens }

    func actor(at k: Int) -> ActorRef? { actorIndex[k].map { s.actors[$0] } }

    func isVerb(_ k: Int) -> Bool {
        let w = t[k]
        guard w.isWord, !functionWords.prepositionalVerbs.contains(w.key) else { return false }
        if functionWords.copulas.contains(w.key) { return true }
        // The tagger's verb decision, with the morphology's where it has none:
        // on the development set this reads subjects better than affixes alone.
        return WordShape.of(w, morphology).isVerb
    }

    /// A transitive verb or a copula: what ends a noun phrase (the
    /// morphology says which forms are).
    func isTransitiveVerb(_ k: Int) -> Bool {
        isVerb(k) && morphology.isTransitive(t[k].key)
    }

    func inTimex(_ k: Int) -> Bool { s.timexes.contains { $0.tokens.contains(k) } }

    /// Tokens that may sit between a subject and its verb.
    func isPreverbal(_ k: Int) -> Bool {
        let w = t[k]
        if functionWords.preverbal.contains(w.key) || inTimex(k) || w.kind == .number || w.kind == .quote { return true }
        return w.kind == .punctuation && [",", "(", ")", "-", "–", "—"].contains(w.text)
    }

    /// An actor that is not inside a prepositional phrase ("kepada kantor
    /// berita Reuters", "di perbatasan Ukraina"), except a source's
    /// affiliation ("sumber di pemerintah Bangladesh").
    func canBeSubject(_ r: ActorRef) -> Bool {
        var k = r.tokens.lowerBound - 1
        // Pass up to two lowercase nouns between the preposition and the name.
        while k >= 0, r.tokens.lowerBound - k <= 3, t[k].isWord, !t[k].isCapitalized,
              !functionWords.prepositions.contains(t[k].key), !functionWords.territory.contains(t[k].key), !isVerb(k) {
            k -= 1
        }
        guard k >= 0 else { return true }
        let before = t[k].key
        if functionWords.territory.contains(before) { return false }
        guard functionWords.prepositions.contains(before) else { return true }
        return functionWords.affiliationMarkers.contains(before) && k > 0 && functionWords.speakerHeads.contains(t[k - 1].key)
    }

    /// Between a subject and its verb: only adverbs, dates and punctuation,
    /// or an aside set off by a comma ("Haley, dalam pertemuan di Dewan
    /// Keamanan, mengatakan") that holds no verb.
    func subjectGap(_ from: Int, _ verb: Int) -> Bool {
        // An actor whose name runs into the verb is no subject of it.
        guard from <= verb else { return false }
        if (from..<verb).allSatisfy(isPreverbal) { return true }
        // The actor modifies the head of a passive subject: up to three lowercase words, then "was …".
        if modifiersPrecede, functionWords.copulas.contains(t[verb].key), from < verb, verb - from <= 3, (from..<verb).allSatisfy({ k in
            isPreverbal(k) || (t[k].isWord && !t[k].isCapitalized && !isVerb(k) && !functionWords.prepositions.contains(t[k].key)
                && !functionWords.clauseBarriers.contains(t[k].key))
        }) { return true }
        // The actor modifies the head noun of an active subject ("U.S.
        // destroyers attacked"): up to two lowercase words the tagger reads
        // as nouns, then the verb.
        if modifiersPrecede, from < verb, verb - from <= 2, (from..<verb).allSatisfy({ k in
            t[k].isWord && !t[k].isCapitalized && t[k].pos == .noun && !functionWords.prepositions.contains(t[k].key)
                && !functionWords.clauseBarriers.contains(t[k].key)
        }) { return true }
        // An unnamed partner joined to the subject ("Hizbullah dan sekutunya
        // menolak", "Iran dan para pendukungnya"): the named actor is the subject.
        if from + 1 < verb, functionWords.coordinators.contains(t[from].key), verb - from <= 3,
           morphology.withoutClitic(t[verb - 1].key) != nil, !isVerb(verb - 1), actor(at: verb - 1) == nil,
           (from + 1..<verb - 1).allSatisfy({ functionWords.determiners.contains(t[$0].key) }) {
            return true
        }
        guard from < verb, !(from..<verb).contains(where: isVerb) else { return false }
        // An aside set off by a comma, or a phrase such as "kepada wartawan";
        // not a comma before a conjunction ("…, sambil menyatakan"), which
        // opens the next act of the subject before.
        guard !(from + 1 < verb && t[from].text == "," && functionWords.coordinators.contains(t[from + 1].key)) else { return false }
        return t[from].text == "," || functionWords.asideOpeners.contains(t[from].key)
    }

    /// The subject of the verb (or verb chain) that governs token `i`: the
    /// nearest actor to the left that stands right before a verb of the
    /// chain, with only adverbs, dates or punctuation between. Actors after
    /// a preposition or in object position are passed over, so that in
    /// "Putin mendeklarasikan mobilisasi, menghujani rudal di seluruh
    /// Ukraina dan menyatakan pencaplokan" every act is Putin's.
    func subject(before i: Int) -> ActorRef? {
        var k = i - 1
        var verb = i
        // A chain opened by a purpose marker ("memanggil duta besar X untuk
        // memprotes"): the actor before the marker is the previous verb's
        // object, and that verb's subject acts, unless the verb hands the act
        // to its object ("mendesak X untuk mundur").
        var purpose = false
        var marker = i
        var object: ActorRef?
        while k >= 0 {
            let w = t[k]
            // Quote marks are passed: `Blinken "menggarisbawahi komitmen …"`.
            if w.kind == .quote { k -= 1; continue }
            if functionWords.subjectBarriers.contains(w.key) || w.text == ";" || w.text == ":" { break }
            // A relative clause set off by commas ("Trump, yang telah mendesak
            // Rusia …, mengatakan"): the actor before it is the subject.
            if !purpose, w.text == ",", let open = (0..<k).last(where: { t[$0].text == "," }), open + 1 < k,
               functionWords.relativizers.contains(t[open + 1].key), open > 0 {
                if let r = actor(at: open - 1), canBeSubject(r) { return r }
                k = open - 1
                continue
            }
            if !purpose, object == nil, functionWords.purposeMarkers.contains(w.key), (k + 1..<verb).allSatisfy(isPreverbal) {
                purpose = true
                marker = k
                k -= 1
                continue
            }
            if let r = actor(at: k) {
                if purpose {
                    if object == nil, canBeSubject(r), subjectGap(r.tokens.upperBound, marker) { object = r }
                } else if canBeSubject(r), subjectGap(r.tokens.upperBound, verb) {
                    return r
                }
                k = r.tokens.lowerBound - 1
                continue
            }
            if isVerb(k) {
                if purpose {
                    if object != nil, functionWords.controlRoots.contains(t[k].root) { return object }
                    purpose = false
                }
                verb = k
            }
            k -= 1
        }
        return purpose ? object : nil
    }

    /// An actor in subject position after token `i`, and its verb: for an
    /// event noun in a fronted phrase ("Dalam panggilan telepon …, Biden
    /// mengatakan kepada Zelenskiy").
    func subject(after i: Int) -> (actor: ActorRef, verb: Int)? {
        var k = i + 1
        while k < t.count {
            if let r = actor(at: k), canBeSubject(r) {
                var v = r.tokens.upperBound
                while v < t.count, isPreverbal(v), !isVerb(v) { v += 1 }
                if v < t.count, isVerb(v) { return (r, v) }
                k = r.tokens.upperBound
                continue
            }
            k += 1
        }
        return nil
    }

    /// A document noun as the subject of the verb at `i`: right before it
    /// ("…," the communique said), or opening the sentence after at most
    /// three modifiers ("The third army communique issued today said", "A
    /// broadcast monitored in X said") with no actor or clause barrier
    /// between it and the verb. Its token.
    func documentSubject(before i: Int) -> Int? {
        if i > 0, functionWords.documentNouns.contains(t[i - 1].key) { return i - 1 }
        var k = 0
        while k < i, !t[k].isWord || functionWords.determiners.contains(t[k].key) { k += 1 }
        let first = k
        while k < i, k - first < 3, !functionWords.documentNouns.contains(t[k].key), t[k].isWord, !isVerb(k),
              actor(at: k) == nil { k += 1 }
        guard k < i, functionWords.documentNouns.contains(t[k].key),
              !(k + 1..<i).contains(where: { actor(at: $0) != nil || functionWords.clauseBarriers.contains(t[$0].key) }) else { return nil }
        return k
    }

    /// The nearest actor to the left, whatever its position.
    func actor(before i: Int) -> ActorRef? {
        var k = i - 1
        while k >= 0 {
            if let r = actor(at: k) { return r }
            k -= 1
        }
        return nil
    }

    /// The target after token `i`: an actor introduced by "kepada",
    /// "terhadap", "dengan", "ke" … when there is one in the clause, else the
    /// first actor after the trigger; never the source or its own country.
    /// With `partners`, an actor coordinated with the source ("serangan
    /// Israel dan Amerika Serikat") acts with it and is passed over.
    func target(after i: Int, excluding source: String?, actors: [String: Actor], limit: Int = 14,
                coordination: Bool = true, places: Bool = false, partners: Bool = false) -> ActorRef? {
        var first: ActorRef?
        var k = i + 1
        var sawComma = false
        var partnerIDs: Set<String> = []
        while k < t.count, k <= i + limit {
            let w = t[k]
            if w.text == ";" { break }
            if functionWords.clauseBarriers.contains(w.key), !functionWords.complementOpeners.contains(w.key), !functionWords.subjectBarriers.contains(w.key) { break }
            if w.text == "," { sawComma = true }
            // A verb coordinated after an object already found starts the next
            // act (after a comma, wherever asked: what is said may follow one).
            if first != nil, isVerb(k), functionWords.coordinators.contains(t[k - 1].key) { break }
            if coordination, k > i + 1, isVerb(k), sawComma { break }
            if let r = actor(at: k) {
                let lower = r.tokens.lowerBound
                if partners, partnerIDs.contains(r.actorID) || (lower >= 2 && functionWords.coordinators.contains(t[lower - 1].key)
                    && actor(at: lower - 2).map { $0.actorID == source || partnerIDs.contains($0.actorID) } == true) {
                    partnerIDs.insert(r.actorID)
                    k = r.tokens.upperBound
                    continue
                }
                if !(places && isPlace(r)), !isBeside(r), !isOutlet(r), !SentenceView.related(r.actorID, source, actors) {
                    // The direct object, right after the verb, is the target.
                    if r.tokens.lowerBound <= i + 2 { return r }
                    if r.tokens.lowerBound > 0, functionWords.targetMarkers.contains(t[r.tokens.lowerBound - 1].key) { return r }
                    if first == nil { first = r }
                }
                k = r.tokens.upperBound
                continue
            }
            k += 1
        }
        return first
    }

    /// The object of the verb coordinated before the verb at `i` ("…
    /// menghubungi Kanselir Jerman dan meminta"): past adverbs, a coordinator,
    /// then an actor right after a verb or a target preposition.
    func sharedObject(before i: Int) -> ActorRef? {
        var k = i - 1
        while k >= 0, isPreverbal(k), t[k].text != "," { k -= 1 }
        guard k >= 1, functionWords.coordinators.contains(t[k].key), let r = actor(at: k - 1) else { return nil }
        let lower = r.tokens.lowerBound
        guard lower >= 1, isVerb(lower - 1) || functionWords.targetMarkers.contains(t[lower - 1].key) else { return nil }
        return r
    }

    /// The agent of a passive relative clause on the event noun at `i`
    /// ("pengepungan yang dilakukan Israel", "serangan yang dilakukan
    /// pasukan gabungan AS"): past at most two modifiers of the noun, the
    /// relative pronoun, adverbs, the passive verb, an agent marker and at
    /// most two lowercase words. A demonstrative or a comma may stand before
    /// the relative pronoun ("serangan itu, yang dilancarkan oleh pasukan X").
    func relativeAgent(after i: Int) -> ActorRef? {
        var k = i + 1
        while k < t.count, k <= i + 3, !functionWords.relativizers.contains(t[k].key) {
            if t[k].text == "," { k += 1; continue }
            guard t[k].isWord, !t[k].isCapitalized, !isVerb(k), actor(at: k) == nil,
                  !functionWords.clauseBarriers.contains(t[k].key), !functionWords.prepositions.contains(t[k].key) else { return nil }
            k += 1
        }
        guard k < t.count, functionWords.relativizers.contains(t[k].key) else { return nil }
        k += 1
        while k < t.count, functionWords.preverbal.contains(t[k].key), !isVerb(k) { k += 1 }
        guard k < t.count, t[k].isWord, WordShape.of(t[k], morphology) == .passiveVerb else { return nil }
        k += 1
        if k < t.count, functionWords.agentMarkers.contains(t[k].key) { k += 1 }
        var j = k
        while j < t.count, j <= k + 2 {
            if let r = actor(at: j) { return r }
            guard t[j].isWord, !t[j].isCapitalized, !isVerb(j), !functionWords.prepositions.contains(t[j].key),
                  !functionWords.clauseBarriers.contains(t[j].key) else { return nil }
            j += 1
        }
        return nil
    }

    /// Whether the subject of the verb at `g` undergoes the event noun the
    /// verb holds: a passive verb ("dikenai sanksi"), other than one that
    /// only holds or carries out the act ("dilakukan serangan"), or a verb
    /// of receiving ("menerima kunjungan", "menghadapi tekanan").
    func undergoes(_ g: Int) -> Bool {
        let w = t[g]
        if functionWords.preverbal.contains(w.key) { return false }
        if functionWords.receivingRoots.contains(w.root) { return true }
        return WordShape.of(w, morphology) == .passiveVerb && !functionWords.holdingVerbs.contains(w.root)
            && !functionWords.lightVerbs.contains(w.root)
    }

    /// An actor named as a place: after a locative preposition, directly
    /// or past the town it is the country of ("di Istanbul, Turki").
    func isPlace(_ r: ActorRef) -> Bool {
        var k = r.tokens.lowerBound - 1
        while k >= 0, r.tokens.lowerBound - k <= 4 {
            if functionWords.locatives.contains(t[k].key) { return true }
            guard t[k].text == "," || (t[k].isWord && t[k].isCapitalized) else { return false }
            k -= 1
        }
        return false
    }

    /// An actor named as a news outlet: a media noun or a citing verb at
    /// most two lowercase words before it ("kantor berita pemerintah TASS",
    /// "seperti dikutip AFP").
    func isOutlet(_ r: ActorRef) -> Bool {
        var k = r.tokens.lowerBound - 1
        while k >= 0, r.tokens.lowerBound - k <= 3 {
            if functionWords.mediaCues.contains(t[k].key) { return true }
            guard t[k].isWord, !t[k].isCapitalized else { return false }
            k -= 1
        }
        return false
    }

    /// An actor named as the landmark of a place beside it: after a
    /// proximity word, directly ("near Basra") or through prepositions,
    /// determiners and place nouns ("120 miles east of Bahrain", "off the
    /// coast of Kuwait").
    func isBeside(_ r: ActorRef) -> Bool {
        var k = r.tokens.lowerBound - 1
        while k >= 0, r.tokens.lowerBound - k <= 4 {
            if functionWords.proximity.contains(t[k].key) { return true }
            guard functionWords.prepositions.contains(t[k].key) || functionWords.determiners.contains(t[k].key)
                || functionWords.territory.contains(t[k].key) else { return false }
            k -= 1
        }
        return false
    }

    /// The actor just after an event noun ("invasi Rusia", "ancaman … dari
    /// Putin"), unless a place noun or target preposition introduces it.
    func genitive(after i: Int) -> ActorRef? {
        var k = i + 1
        while k < t.count, k <= i + 8 {
            let w = t[k]
            if w.text == "," || w.text == ";" || functionWords.clauseBarriers.contains(w.key) || isTransitiveVerb(k) { break }
            // An actor whose name covers the trigger itself is not its genitive.
            if let r = actor(at: k), r.tokens.lowerBound > i {
                // "pertemuan dengan para menteri ASEAN": a partner, however far the preposition.
                if (i + 1..<r.tokens.lowerBound).contains(where: {
                    functionWords.territory.contains(t[$0].key) || functionWords.objectPrepositions.contains(t[$0].key)
                }) {
                    return nil
                }
                return r
            }
            k += 1
        }
        return nil
    }

    /// For a passive act: the agent after "oleh" (or "dengan"/"dari").
    func agent(after i: Int) -> ActorRef? {
        var k = i + 1
        while k < t.count, k <= i + 8 {
            if functionWords.agentMarkers.contains(t[k].key), k + 1 < t.count {
                var j = k + 1
                while j < t.count, j <= k + 3 {
                    if let r = actor(at: j) { return r }
                    j += 1
                }
            }
            k += 1
        }
        return nil
    }

    /// The agent named right after a passive verb at `i`, without a
    /// preposition: directly ("ditembaki Israel") or, where modifiers follow
    /// their noun, as the owner of the thing it was struck with ("dihantam
    /// serangan drone Ukraina", "dikenai sanksi PBB"): up to three lowercase
    /// words that are no verb, preposition, barrier or place noun, then the
    /// actor. A place ("di Gaza") is no agent.
    func bareAgent(after i: Int) -> ActorRef? {
        var k = i + 1
        while k < t.count, k <= i + 4 {
            if let r = actor(at: k) {
                return k == i + 1 || !isPlace(r) ? r : nil
            }
            let w = t[k]
            guard !modifiersPrecede, w.isWord || w.kind == .number, !w.isCapitalized, !isVerb(k), !inTimex(k),
                  !functionWords.prepositions.contains(w.key), !functionWords.asideOpeners.contains(w.key),
                  !functionWords.clauseBarriers.contains(w.key), !functionWords.coordinators.contains(w.key),
                  !functionWords.relativizers.contains(w.key), !functionWords.territory.contains(w.key),
                  !functionWords.preverbal.contains(w.key), !functionWords.demonstratives.contains(w.key) else { return nil }
            k += 1
        }
        return nil
    }

    /// The other side of a fight: an actor of another country in the sentence.
    func opponent(of target: String?, near i: Int, actors: [String: Actor]) -> ActorRef? {
        guard let target else { return nil }
        let candidates = s.actors.filter { !SentenceView.related($0.actorID, target, actors) }
        return candidates.min { abs($0.tokens.lowerBound - i) < abs($1.tokens.lowerBound - i) }
    }

    /// Who undergoes a passive act at `i` whose subject is out of reach
    /// ("Pemerintah Moldova terguncang … setelah dihantam serangan drone
    /// Rusia"): the nearest actor before it that may be a subject (not in
    /// a prepositional phrase, beside a place or an outlet, nor the quoted
    /// "kami") and is not on the doer's side.
    func sufferer(before i: Int, of doer: String, actors: [String: Actor]) -> ActorRef? {
        s.actors.last { r in
            r.tokens.upperBound <= i && r.actorID != DocumentActors.speaker && canBeSubject(r) && !isBeside(r) && !isOutlet(r)
                && !SentenceView.related(r.actorID, doer, actors)
        }
    }

    /// Same actor, or actors of the same country.
    static func related(_ a: String?, _ b: String?, _ actors: [String: Actor]) -> Bool {
        guard let a, let b else { return false }
        return a == b || side(a, actors) == side(b, actors)
    }

    /// The side an actor stands on: its country, or itself when it has none.
    static func side(_ id: String, _ actors: [String: Actor]) -> String { actors[id]?.country ?? id }
}
