import Foundation
import LinimasaLanguage
import LinimasaModel
import LinimasaTagger
import LinimasaText

/// The actors of one document as its sentences are read in order, with
/// what later references resolve to: the last person, organisation and
/// country named, surnames, and who holds which title.
struct DocumentActors {
    let recognizer: ActorRecognizer
    let dct: CalendarDate?
    var actors: [String: Actor] = [:]
    var lastPerson: String?
    /// The last person named as the subject of a verb: what "dia"/"ia" most often means.
    var lastSubjectPerson: String?
    /// The first person who is a subject or a quote's speaker in the
    /// sentence being scanned, and in the last sentence that had one: the
    /// most salient person, whom "dia"/"ia" refers to before any later
    /// name ("Aoun menyerukan …, usai Trump menengahi …. Ia menuduh …").
    var sentenceSubject: String?
    var previousSubject: String?
    var lastOrganisation: String?
    var lastCountry: String? {
        didSet { if let o = oldValue, o != lastCountry { priorCountry = o } }
    }
    /// The state named before `lastCountry`: what "negara itu" means when
    /// the sentence's own subject is the last state named.
    var priorCountry: String?
    var lastActor: String?
    /// Folded surname → person id, for "Blinken" after "Antony Blinken".
    var surnames: [String: String] = [:]
    /// "title|scope" → person id, for "Presiden Rusia" after its holder was named.
    var titled: [String: String] = [:]
    /// Whether the sentence being scanned is a title-case headline.
    var titleCase = false
    /// The last two actors named together ("Rusia dan Ukraina"): what
    /// "kedua negara" means.
    var lastPair: (String, String)?
    /// The first state or body named in the sentence being scanned, and in
    /// the one before: what "It said …" opening a sentence most often means.
    var firstBody: String?
    var previousFirstBody: String?

    init(recognizer: ActorRecognizer, dct: CalendarDate?) {
        self.recognizer = recognizer
        self.dct = dct
    }

    var gazetteer: Gazetteer { recognizer.gazetteer }
    var words: FunctionWords { recognizer.words }


    mutating func scan(_ tokens: [WordToken], names: [NameSpan] = []) -> [ActorRef] {
        var refs: [ActorRef] = []
        previousFirstBody = firstBody ?? previousFirstBody
        firstBody = nil
        previousSubject = sentenceSubject ?? previousSubject
        sentenceSubject = nil
        // A title-case headline capitalises every word: no word there is a
        // sign that the next belongs to a longer proper name.
        let words = tokens.filter(\.isWord)
        titleCase = words.count >= 4 && words.filter(\.isCapitalized).count * 10 >= words.count * 7
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord else { i += 1; continue }
            if let (length, _) = recognizer.nonActors.longestMatch(tokens, at: i) {
                i += length
                continue
            }
            // A news outlet, alone or after an organisation word ("Kantor Berita Reuters"), reports: no actor.
            if tokens[i].isCapitalized, let length = outlet(tokens, i) {
                i += length
                continue
            }
            if let m = countryThenTitle(tokens, i) ?? titled(tokens, i) ?? institution(tokens, i) ?? unknownOrganisation(tokens, i)
                ?? surname(tokens, i) ?? named(tokens, i, previous: refs.last) ?? pairToken(tokens, i) ?? reference(tokens, i)
                ?? unknownSpeaker(tokens, i)
                ?? taggedName(tokens, i, names) {
                // Two actors joined by a coordinator or a hyphen are a pair.
                if let p = refs.last, p.actorID != m.actorID, p.tokens.upperBound + 1 == m.tokens.lowerBound,
                   recognizer.words.coordinators.contains(tokens[p.tokens.upperBound].key) || tokens[p.tokens.upperBound].text == "-" {
                    lastPair = (p.actorID, m.actorID)
                }
                if let partner = m.partner { lastPair = (m.actorID, partner) }
                appositiveCountry(tokens, m, after: refs.last)
                refs.append(m)
                i = m.tokens.upperBound
                // The subject of a verb, or the speaker after "kata": who "dia" most often is next.
                if actors[m.actorID]?.kind == .person, beforeVerb(tokens, i)
                    || m.tokens.lowerBound > 0 && recognizer.words.speakerCues.contains(tokens[m.tokens.lowerBound - 1].key) {
                    lastSubjectPerson = m.actorID
                    if sentenceSubject == nil { sentenceSubject = m.actorID }
                }
            } else {
                i += 1
            }
        }
        return refs
    }

    /// "Perunding utama Rusia, Vladimir Medinsky, …": a person no list
    /// knows, set off by commas right after a role that ends in a state
    /// (or its government), serves that state, for the whole document.
    mutating func appositiveCountry(_ t: [WordToken], _ m: ActorRef, after previous: ActorRef?) {
        guard let a = actors[m.actorID], a.kind == .person, a.country == nil,
              let p = previous, let state = actors[p.actorID], state.kind != .person, state.kind != .organisation,
              let country = state.country ?? (state.kind == .country ? state.id : nil),
              m.tokens.lowerBound >= 2, p.tokens.upperBound + 1 == m.tokens.lowerBound,
              t[m.tokens.lowerBound - 1].text == ",",
              m.tokens.upperBound < t.count, t[m.tokens.upperBound].text == "," else { return }
        // The role before the state is written in lower case or as a title word, not a list of states.
        guard p.tokens.lowerBound > 0, t[p.tokens.lowerBound - 1].isWord,
              !words.coordinators.contains(t[p.tokens.lowerBound - 1].key) else { return }
        actors[m.actorID]?.country = country
    }

    // MARK: Registering actors

    mutating func register(_ actor: Actor) {
        if let known = actors[actor.id] {
            if known.role == nil, actor.role != nil { actors[actor.id]?.role = actor.role }
        } else {
            actors[actor.id] = actor
        }
        lastActor = actor.id
        if firstBody == nil, actor.kind != .person { firstBody = actor.id }
        switch actor.kind {
        case .person: lastPerson = actor.id
        case .organisation, .group: lastOrganisation = actor.id
        case .country: lastCountry = actor.id
        case .government, .military: if let c = actor.country { lastCountry = c }
        }
    }

    mutating func register(entry: GazetteerEntry) -> Actor {
        let a = recognizer.actor(for: entry, on: dct)
        register(a)
        if entry.kind == .person { rememberNames(of: a) }
        return a
    }

    /// Later in an article a person is often named by one word of their
    /// name: the surname ("Blinken"), or the given name as Indonesian news
    /// does ("Retno", "Prabowo"). Every word of three letters or more is
    /// remembered, the first person to use it keeping it.
    /// A word that is itself the name of a state or body ("Israel" of
    /// "Israel Katz") stays that state's.
    mutating func rememberNames(of a: Actor) {
        let words = a.name.split(separator: " ").map(String.init)
        for (n, word) in words.enumerated() where word.count >= 3 || n == words.count - 1 {
            let key = PhraseIndex<Int>.fold(word)
            if recognizer.names.values(ofPhrase: key).contains(where: { gazetteer.entries[$0].kind != .person }) { continue }
            if surnames[key] == nil || n == words.count - 1 { surnames[key] = a.id }
        }
    }

    /// The actor for a state institution: "RUS-MIL" for "pasukan Rusia".
    mutating func institution(of country: String, _ kind: LinimasaModel.ActorKind) -> Actor {
        let id = ActorID(kind == .military ? .military : .government, of: ActorID(country))
        let name = (gazetteer.entry(id: country)?.name ?? country) + (kind == .military ? " military" : " government")
        let a = Actor(id: id.text, name: name, kind: kind, country: country)
        register(a)
        return a
    }

    // MARK: Patterns

    /// Title, then an optional country or organisation, then an optional
    /// name: "Menteri Pertahanan AS Lloyd Austin", "Presiden Rusia",
    /// "juru bicara Departemen Luar Negeri Ned Price".
    mutating func titled(_ t: [WordToken], _ i: Int, scope before: GazetteerEntry? = nil) -> ActorRef? {
        guard let (length, infos) = recognizer.titles.longestMatch(t, at: i), let info = infos.first else { return nil }
        var j = i + length
        var scope: GazetteerEntry? = before
        // An institution between title and name ("Departemen Luar Negeri").
        if let (il, _) = recognizer.institutions.longestMatch(t, at: j), j + il < t.count, t[j].isCapitalized {
            j += il
        }
        if let (sl, entries) = recognizer.names.longestMatch(t, at: j),
           let e = entries.map({ gazetteer.entries[$0] }).first(where: { $0.kind != .person }),
           t[j].isCapitalized || t[j].text == t[j].text.uppercased() {
            scope = e
            j += sl
            _ = register(entry: e)
            // "Amerika Serikat (AS)": skip the abbreviation in brackets.
            if j + 2 < t.count, t[j].text == "(", t[j + 2].text == ")" { j += 3 }
            // "Duta Besar AS untuk PBB Nikki Haley": the body served.
            if j + 1 < t.count, words.beneficiaryMarkers.contains(t[j].key), let (bl, _) = recognizer.names.longestMatch(t, at: j + 1) { j += 1 + bl }
        }
        // "Duta Besar Korut untuk PBB, Ja Song Nam": a comma before the name.
        if j + 1 < t.count, t[j].text == ",", scope != nil, t[j + 1].isCapitalized,
           recognizer.names.longestMatch(t, at: j + 1) == nil { j += 1 }
        var k = j
        while k < t.count, k - j < 7 {
            if k > j, let next = nameContinuation(t, k) { k = next; continue }
            // A function word capitalised inside a sentence after a title is a
            // person's name when one is known by it ("Presiden Dan").
            let knownName = !titleCase && k > 0 && (surnames[t[k].key] != nil
                || recognizer.names.longestMatch(t, at: k).map { m in m.values.contains { gazetteer.entries[$0].kind == .person } } ?? false)
            guard k - j < 5, t[k].isWord, t[k].isCapitalized,
                  !words.notNames.contains(t[k].key), !words.nameBreakers.contains(t[k].key) || knownName,
                  recognizer.titles.longestMatch(t, at: k) == nil else { break }
            if k == j, let (_, e) = recognizer.names.longestMatch(t, at: k),
               e.map({ gazetteer.entries[$0] }).allSatisfy({ $0.kind != .person }) { break }
            k += 1
        }
        // One word after a title that news writes mostly in lower case is a
        // common noun, not a name ("Kepala Pemerintahan", "Kepala Daerah").
        if k == j + 1, surnames[t[j].key] == nil, recognizer.names.longestMatch(t, at: j) == nil,
           let corpus = recognizer.corpusWords, !corpus.isName(Substring(t[j].text)) {
            k = j
        }
        let scopeKey = "\(info.title.lowercased())|\(scope?.id ?? "")"
        // In a title-case headline every word is capitalised: only a name
        // some list knows is a name there ("Menlu ASEAN Bahas …" is no person).
        if titleCase, k > j, !(recognizer.names.longestMatch(t, at: j).map { m in
            m.values.contains { gazetteer.entries[$0].kind == .person }
        } ?? false) {
            k = j
        }
        if k > j {
            let written = t[i..<j].map(\.text).joined(separator: " ")
            let person = resolvePerson(t, j..<k, title: info, written: written, scope: scope)
            titled[scopeKey] = person.id
            return ActorRef(tokens: i..<k, actorID: person.id, rule: "title-name")
        }
        // A title without a name: its holder when known, else the state or body it serves.
        guard t[i].isCapitalized || scope != nil || info.office != nil else { return nil }
        if let id = titled[scopeKey], let a = actors[id] {
            register(a)
            return ActorRef(tokens: i..<j, actorID: id, rule: "title-coref")
        }
        // A title that names its office ("Seskab", "Kapolri") needs no scope written.
        let office = scope ?? info.office.flatMap { gazetteer.entry(id: $0) }
        if let office, let d = dct, let holder = recognizer.holder(of: info, scope: office.id, on: d) {
            let a = register(entry: holder)
            titled[scopeKey] = a.id
            return ActorRef(tokens: i..<j, actorID: a.id, rule: "title-holder")
        }
        if let scope {
            let a = register(entry: scope)
            return ActorRef(tokens: i..<j, actorID: a.id, rule: "title-scope")
        }
        return nil
    }

    /// Where a person's name carries on past token `k`: through a particle
    /// before a capitalised word ("al Sisi", "bin Salman"), and through a
    /// hyphen a scraper spaced out ("Ri Yong - ho", "al - Sisi"), whose
    /// second part may be lower-case; nil where the name ends.
    func nameContinuation(_ t: [WordToken], _ k: Int) -> Int? {
        guard k > 0, k + 1 < t.count, t[k - 1].isWord else { return nil }
        if t[k].text == "-", t[k + 1].isWord, t[k + 1].isCapitalized || t[k + 1].text.count <= 4,
           !words.nameBreakers.contains(t[k + 1].key) {
            return k + 2
        }
        // "al-Sisi" as one word.
        let parts = t[k].key.split(separator: "-", maxSplits: 1)
        if t[k].isWord, parts.count == 2, words.nameParticles.contains(String(parts[0])),
           t[k].text.split(separator: "-", maxSplits: 1).last?.first?.isUppercase == true {
            return k + 1
        }
        if t[k].isWord, !t[k].isCapitalized, words.nameParticles.contains(t[k].key),
           t[k + 1].isCapitalized || t[k + 1].text == "-" {
            return t[k + 1].text == "-" ? nameContinuation(t, k + 1) : k + 1
        }
        return nil
    }

    /// The words of a name as one string, a spaced hyphen joined: "Ri Yong-ho".
    static func joinedName(_ t: [WordToken], _ r: Range<Int>) -> String {
        t[r].map(\.text).joined(separator: " ").replacingOccurrences(of: " - ", with: "-")
    }

    mutating func resolvePerson(_ t: [WordToken], _ name: Range<Int>, title: ActorRecognizer.TitleInfo,
                                written: String, scope: GazetteerEntry?) -> Actor {
        // A name with a hyphen the scraper spaced out, as the gazetteer writes it.
        if t[name].contains(where: { $0.text == "-" }),
           let p = gazetteer.entries(matchingAlias: DocumentActors.joinedName(t, name)).first(where: { $0.kind == .person }) {
            return register(entry: p)
        }
        // The whole name, or its last word, as a gazetteer person.
        if let (l, e) = recognizer.names.longestMatch(t, at: name.lowerBound), l == name.count,
           let p = e.map({ gazetteer.entries[$0] }).first(where: { $0.kind == .person }) {
            return register(entry: p)
        }
        // By the last word alone, only someone named before or in office on
        // the day ("Menlu Retno" is not a namesake out of office).
        if let (l, e) = recognizer.names.longestMatch(t, at: name.upperBound - 1), l == 1,
           let p = e.map({ gazetteer.entries[$0] }).first(where: { p in
               p.kind == .person && (actors[p.id] != nil || dct.map { !p.roles(on: $0).isEmpty } ?? true)
           }) {
            return register(entry: p)
        }
        // One word that is the surname of a person already named ("Presiden Dan" after "Nicusor Dan").
        if name.count == 1, let id = surnames[t[name.lowerBound].key], let a = actors[id] {
            register(a)
            return a
        }
        let fullName = DocumentActors.joinedName(t, name)
        let country = scope.map { $0.kind == .country ? $0.id : ($0.country ?? $0.id) }
        // The title as the article writes it: "Juru bicara Kementerian Luar Negeri Malaysia".
        let role = written.replacingOccurrences(of: " ( ", with: " (").replacingOccurrences(of: " )", with: ")")
        let a = Actor(id: ActorID(kind: .person, slug: DocumentActors.slug(fullName)).text, name: fullName, kind: .person,
                      country: country, role: role, aliases: [],
                      affiliation: scope.flatMap { $0.kind == .country ? nil : $0.id })
        register(a)
        rememberNames(of: a)
        return a
    }

    /// "pasukan Rusia", "militer Ukraina", "pemerintah AS".
    mutating func institution(_ t: [WordToken], _ i: Int) -> ActorRef? {
        if recognizer.modifiersPrecede, let m = institutionAfterCountry(t, i) { return m }
        var j = i
        var kind: LinimasaModel.ActorKind?
        while let (l, kinds) = recognizer.institutions.longestMatch(t, at: j) {
            kind = kind ?? kinds.first
            j += l
        }
        // "the defence ministry in Moscow", "the government of Iran" (modifiers-first languages).
        if recognizer.modifiersPrecede, kind != nil, j > i, j + 1 < t.count, words.affiliationMarkers.contains(t[j].key),
           recognizer.names.longestMatch(t, at: j + 1) != nil {
            j += 1
        }
        guard let kind, j > i, let (sl, entries) = recognizer.names.longestMatch(t, at: j),
              let country = entries.map({ gazetteer.entries[$0] }).first(where: { $0.kind == .country }) else { return nil }
        let a = institution(of: country.id, kind)
        return ActorRef(tokens: i..<(j + sl), actorID: a.id, rule: "institution")
    }

    /// "Chinese Defense Minister Dong Jun", "U.S. Secretary of State": a
    /// country or its demonym before a title (languages whose modifiers
    /// come first) is the title's scope; the mention starts at the country.
    mutating func countryThenTitle(_ t: [WordToken], _ i: Int) -> ActorRef? {
        guard recognizer.modifiersPrecede, let (sl, entries) = recognizer.names.longestMatch(t, at: i),
              let country = entries.map({ gazetteer.entries[$0] }).first(where: { $0.kind == .country }),
              recognizer.titles.longestMatch(t, at: i + sl) != nil,
              let m = titled(t, i + sl, scope: country) else { return nil }
        return ActorRef(tokens: i..<m.tokens.upperBound, actorID: m.actorID, rule: m.rule)
    }

    /// "Iranian forces", "U.S. Navy", "the Soviet government": a country
    /// or its demonym, then an institution noun (languages whose modifiers
    /// come first).
    mutating func institutionAfterCountry(_ t: [WordToken], _ i: Int) -> ActorRef? {
        guard let (sl, entries) = recognizer.names.longestMatch(t, at: i),
              let country = entries.map({ gazetteer.entries[$0] }).first(where: { $0.kind == .country }),
              let (l, kinds) = recognizer.institutions.longestMatch(t, at: i + sl), let kind = kinds.first else { return nil }
        let a = institution(of: country.id, kind)
        return ActorRef(tokens: i..<(i + sl + l), actorID: a.id, rule: "institution")
    }

    /// A surname of a person already named in this document.
    mutating func surname(_ t: [WordToken], _ i: Int) -> ActorRef? {
        guard t[i].isCapitalized, let id = surnames[t[i].key], let a = actors[id] else { return nil }
        // The first word of a longer name the gazetteer knows ("Donald Trump") is that name's, not a surname.
        if let (length, _) = recognizer.names.longestMatch(t, at: i), length > 1 { return nil }
        // A remembered word that opens a longer name of someone else
        // ("Vladimir Medinsky" after "Vladimir Putin"): that other person.
        if a.kind == .person, !titleCase, let run = capitalisedRun(t, i), run.count >= 2 {
            let own = Set(a.name.split(separator: " ").map { PhraseIndex<Int>.fold(String($0)) })
            if !own.contains(PhraseIndex<Int>.fold(t[i + 1].text)) { return nil }
        }
        register(a)
        return ActorRef(tokens: i..<(i + 1), actorID: id, rule: "surname")
    }

    /// A gazetteer name, alias or metonym.
    mutating func named(_ t: [WordToken], _ i: Int, previous: ActorRef?) -> ActorRef? {
        guard let (length, indices) = recognizer.names.longestMatch(t, at: i) else { return nil }
        // Part of a longer proper name ("Jawa Barat", "Bank Indonesia"); an
        // acronym ("NATO", "PBB") stands on its own even in a title-case headline.
        let acronym = t[i].text.count >= 2 && t[i].text == t[i].text.uppercased()
        // The first word of a sentence is capitalised whatever it is ("Serangan Israel …", "Milisi Hizbullah …"):
        // its capital is no sign of a longer name.
        let sentenceInitial = i > 0 && !t[..<(i - 1)].contains(where: \.isWord)
        if !acronym, !titleCase, !sentenceInitial, i > 0, t[i - 1].isWord, t[i - 1].isCapitalized, previous?.tokens.upperBound != i,
           !words.nameBreakers.contains(t[i - 1].key), !(recognizer.modifiersPrecede && words.determiners.contains(t[i - 1].key)) {
            return nil
        }
        guard t[i].isCapitalized || t[i].text.first?.isNumber == true else { return nil }
        for e in indices.map({ gazetteer.entries[$0] }) {
            if e.kind == .person, length == 1 {
                // A bare surname from the gazetteer: only a person in office or already named.
                let inOffice = dct.map { !e.roles(on: $0).isEmpty } ?? true
                guard actors[e.id] != nil || inOffice else { continue }
            }
            let a = register(entry: e)
            return ActorRef(tokens: i..<(i + length), actorID: a.id, rule: e.kind == .person ? "gazetteer-person" : "gazetteer")
        }
        return nil
    }

    /// Two states or bodies written as one hyphenated word: "Ukraina-Rusia".
    mutating func pairToken(_ t: [WordToken], _ i: Int) -> ActorRef? {
        let parts = t[i].text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, parts.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        let found = parts.compactMap { gazetteer.entries(matchingAlias: $0).first { $0.kind != .person } }
        guard found.count == 2, found[0].id != found[1].id else { return nil }
        let a = register(entry: found[0]), b = register(entry: found[1])
        return ActorRef(tokens: i..<(i + 1), actorID: a.id, rule: "pair", partner: b.id)
    }

    /// Pronouns and definite descriptions: "dia", "militernya", "aliansi itu".
    mutating func reference(_ t: [WordToken], _ i: Int) -> ActorRef? {
        let key = t[i].key
        // "otoritas setempat": the government of the country just named.
        if recognizer.words.localAuthorities.contains(key), i + 1 < t.count,
           recognizer.words.localMarkers.contains(t[i + 1].key), let country = lastCountry {
            let a = institution(of: country, .government)
            return ActorRef(tokens: i..<(i + 2), actorID: a.id, rule: "local-authority")
        }
        // "kedua negara", "kedua belah pihak": the pair just named.
        if recognizer.words.pairQuantifiers.contains(key), let pair = lastPair {
            var j = i + 1
            while j < t.count, j <= i + 2, recognizer.words.pairNouns.contains(t[j].key) { j += 1 }
            if j > i + 1 {
                return ActorRef(tokens: i..<j, actorID: pair.0, rule: "pair-reference", partner: pair.1)
            }
        }
        if words.personalPronouns.contains(key), let id = sentenceSubject ?? previousSubject ?? lastSubjectPerson ?? lastPerson,
           let a = actors[id] {
            register(a)
            return ActorRef(tokens: i..<(i + 1), actorID: id, rule: "pronoun")
        }
        // "X mengatakan bahwa mereka …": the body the sentence named first speaks of itself.
        if words.pluralPronouns.contains(key), i > 0, words.subjectBarriers.contains(t[i - 1].key),
           let id = firstBody, let a = actors[id] {
            register(a)
            return ActorRef(tokens: i..<(i + 1), actorID: id, rule: "pronoun")
        }
        if words.bodyPronouns.contains(key), i == 0 || !t[i - 1].isWord,
           let id = previousFirstBody ?? lastOrganisation ?? lastCountry, let a = actors[id] {
            register(a)
            return ActorRef(tokens: i..<(i + 1), actorID: id, rule: "pronoun")
        }
        if key.count > 5, let base = recognizer.morphology.withoutClitic(key),
           let kind = recognizer.institutions.values(ofWord: base).first,
           let country = lastPerson.flatMap({ actors[$0]?.country }) ?? lastActor.flatMap({ actors[$0]?.country }) ?? lastCountry {
            let a = institution(of: country, kind)
            return ActorRef(tokens: i..<(i + 1), actorID: a.id, rule: "possessive")
        }
        if words.allianceNouns.contains(key), let id = lastOrganisation, let a = actors[id] {
            // "aliansi itu", "aliansi militer Barat", "aliansi tersebut": the alliance named before.
            var j = i + 1
            while j < t.count, j <= i + 3, words.allianceModifiers.contains(t[j].key) { j += 1 }
            register(a)
            return ActorRef(tokens: i..<j, actorID: id, rule: "definite")
        }
        if i + 1 < t.count, words.demonstratives.contains(t[i + 1].key) {
            // "negara itu": the last state named other than the sentence's own subject.
            let subjectCountry = (sentenceSubject ?? firstBody).flatMap { actors[$0]?.country ?? $0 }
            let other = lastCountry == subjectCountry ? priorCountry : lastCountry
            if words.countryNouns.contains(key), let id = other ?? lastCountry, let a = actors[id] {
                register(a)
                return ActorRef(tokens: i..<(i + 2), actorID: id, rule: "definite")
            }
            if words.groupNouns.contains(key), let id = lastOrganisation, let a = actors[id] {
                register(a)
                return ActorRef(tokens: i..<(i + 2), actorID: id, rule: "definite")
            }
            if words.placeNouns.contains(key), let id = lastCountry, let a = actors[id] {
                register(a)
                return ActorRef(tokens: i..<(i + 2), actorID: id, rule: "definite")
            }
        }
        if t[i].inQuote, words.firstPersonPlural.contains(key) {
            return ActorRef(tokens: i..<(i + 1), actorID: DocumentActors.speaker, rule: "we")
        }
        return nil
    }

    /// The length of a news outlet's name at `i`, with the organisation
    /// word before it ("Kantor Berita Anadolu"); nil where none starts.
    func outlet(_ t: [WordToken], _ i: Int) -> Int? {
        if let (length, _) = recognizer.outlets.longestMatch(t, at: i) { return length }
        guard let (hl, _) = recognizer.organisationHeads.longestMatch(t, at: i), i + hl < t.count, t[i + hl].isCapitalized,
              let (length, _) = recognizer.outlets.longestMatch(t, at: i + hl) else { return nil }
        return hl + length
    }

    /// Whether a verb follows token `i` closely (an actor there is a subject).
    func beforeVerb(_ t: [WordToken], _ i: Int) -> Bool {
        var k = i
        while k < t.count, k <= i + 3 {
            let w = t[k]
            if w.isWord, w.key.count >= 5, recognizer.morphology.hasVerbPrefix(w.key) { return w.root != w.key || w.key.count >= 7 }
            if !(w.text == "," || words.subjectAdverbs.contains(w.key)) { return false }
            k += 1
        }
        return false
    }



    /// Placeholder for "kami"/"kita" in a quotation: the speaker, whom the
    /// event stage knows from "kata X".
    static let speaker = "@speaker"

    static func slug(_ name: String) -> String {
        let folded = PhraseIndex<Int>.fold(name)
        var out = ""
        var dash = false
        for c in folded {
            if c.isLetter || c.isNumber { out.append(c); dash = false } else if !dash, !out.isEmpty { out.append("-"); dash = true }
        }
        return out.hasSuffix("-") ? String(out.dropLast()) : out
    }
}
