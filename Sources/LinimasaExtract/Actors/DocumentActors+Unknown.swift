import LinimasaLanguage
import LinimasaModel
import LinimasaTagger

/// Names no list knows, in the places where news names actors: an
/// organisation's name ("Kementerian Keuangan AS", "Kantor Berita Pusat
/// Korea"), and whoever speaks ("kata KCNA", "Shahidul Haque mengatakan").
extension DocumentActors {

    /// A capitalised run of words starting at `i` (up to four), stopping at
    /// known names, titles and function words.
    func capitalisedRun(_ t: [WordToken], _ i: Int) -> Range<Int>? {
        var k = i
        while k < t.count, k - i < 7 {
            if k > i, let next = nameContinuation(t, k) { k = next; continue }
            guard k - i < 5, t[k].isWord, t[k].isCapitalized, !words.notNames.contains(t[k].key),
                  !words.nameBreakers.contains(t[k].key) || k > i else { break }
            if k > i, recognizer.names.longestMatch(t, at: k) != nil { break }
            k += 1
        }
        return k > i ? i..<k : nil
    }

    /// An organisation no list knows: a capitalised run opened by an
    /// organisation word, with the country named at its end when there is one.
    mutating func unknownOrganisation(_ t: [WordToken], _ i: Int) -> ActorRef? {
        guard !titleCase, t[i].isCapitalized, recognizer.organisationHeads.longestMatch(t, at: i) != nil,
              let run = capitalisedRun(t, i) else { return nil }
        // A name the gazetteer knows is the gazetteer's ("Komisi Pemberantasan
        // Korupsi"), unless a country other than its own follows it: a
        // ministry of another state ("Kementerian Keuangan AS").
        if let (gl, entries) = recognizer.names.longestMatch(t, at: i), gl >= run.count {
            let known = entries.map { gazetteer.entries[$0] }
            let next = recognizer.names.longestMatch(t, at: i + gl).flatMap { m in
                m.values.map { gazetteer.entries[$0] }.first { $0.kind == .country }
            }
            if next == nil || known.contains(where: { ($0.country ?? $0.id) == next?.id }) { return nil }
        }
        // An organisation word before a name the gazetteer knows ("Partai
        // Gerindra" written as the party word and its short name): the name.
        if run.count == 1, let (gl, entries) = recognizer.names.longestMatch(t, at: run.upperBound),
           let e = entries.map({ gazetteer.entries[$0] }).first(where: { $0.kind != .country && $0.kind != .person }) {
            let a = register(entry: e)
            return ActorRef(tokens: i..<(run.upperBound + gl), actorID: a.id, rule: "gazetteer")
        }
        // One word is a name only with its country: "Pengadilan Kuwait".
        if run.count == 1, recognizer.names.longestMatch(t, at: run.upperBound) == nil { return nil }
        var end = run.upperBound
        var country: String?
        if let (l, entries) = recognizer.names.longestMatch(t, at: end),
           let c = entries.map({ gazetteer.entries[$0] }).first(where: { $0.kind == .country }) {
            country = c.id
            end += l
        }
        let name = t[i..<end].map(\.text).joined(separator: " ")
        let a = Actor(id: ActorID(kind: .org, slug: DocumentActors.slug(name)).text, name: name, kind: .organisation, country: country)
        register(a)
        return ActorRef(tokens: i..<end, actorID: a.id, rule: "organisation-name")
    }

    /// A speaker no list knows: right after "kata"/"ujar", or as the
    /// subject of a saying-verb.
    mutating func unknownSpeaker(_ t: [WordToken], _ i: Int) -> ActorRef? {
        guard !titleCase, t[i].isCapitalized, i > 0 || t.count > 1,
              recognizer.names.longestMatch(t, at: i) == nil else { return nil }
        guard let run = capitalisedRun(t, i) else { return nil }
        let afterCue = i > 0 && words.speakerCues.contains(t[i - 1].key)
        let beforeSaying = run.upperBound < t.count && t[run.upperBound].isWord
            && words.sayingRoots.contains(t[run.upperBound].root) && t[run.upperBound].key != t[run.upperBound].root
        guard afterCue || (beforeSaying && i > 0) || (beforeSaying && run.count >= 2) else { return nil }
        // Where modifiers come first, a capitalised word after the cue that
        // a lowercase content word follows opens what was said ("said Gulf
        // shipping would …"), not the speaker ("said Smith in a speech").
        if afterCue, !beforeSaying, recognizer.modifiersPrecede, run.upperBound < t.count, t[run.upperBound].isWord,
           !t[run.upperBound].isCapitalized, !words.prepositions.contains(t[run.upperBound].key),
           !words.clauseBarriers.contains(t[run.upperBound].key), !words.coordinators.contains(t[run.upperBound].key),
           !words.subjectAdverbs.contains(t[run.upperBound].key) {
            return nil
        }
        let name = DocumentActors.joinedName(t, run)
        let acronym = run.count == 1 && t[i].text.count >= 3 && t[i].text == t[i].text.uppercased()
        let kind: LinimasaModel.ActorKind = acronym ? .organisation : .person
        let a = Actor(id: ActorID(kind: kind == .person ? .person : .org, slug: DocumentActors.slug(name)).text, name: name, kind: kind)
        register(a)
        if kind == .person { rememberNames(of: a) }
        return ActorRef(tokens: run, actorID: a.id, rule: "speaker-name")
    }

    /// A person or organisation the name tagger found and no list knows,
    /// with the country named right after it when there is one ("Partai X
    /// Iran").
    mutating func taggedName(_ t: [WordToken], _ i: Int, _ names: [NameSpan]) -> ActorRef? {
        guard !titleCase, t[i].isCapitalized, let span = names.first(where: { $0.range.lowerBound == i }),
              span.kind != .location, recognizer.names.longestMatch(t, at: i) == nil else { return nil }
        var end = min(span.range.upperBound, t.count)
        while end > i + 1, !t[end - 1].isWord { end -= 1 }
        if let known = (i + 1..<end).first(where: { recognizer.names.longestMatch(t, at: $0) != nil }) { end = known }
        if i > 0, t[i - 1].isWord, !t[i - 1].isCapitalized {
            let before = t[i - 1]
            // After a locative preposition a name is a place ("di Sumy").
            if words.locatives.contains(before.key) { return nil }
            // After a common noun a person's name is that thing's name
            // ("latihan Freedom Guardian", "hari raya Idul Adha").
            if span.kind == .person, before.pos == .noun { return nil }
        }
        // One word is a person's name only where news writes it capitalised
        // most of the time ("Negara" opening a phrase is not a person).
        if span.kind == .person, end == i + 1, let corpus = recognizer.corpusWords, !corpus.isName(Substring(t[i].text)) { return nil }
        let name = DocumentActors.joinedName(t, i..<end)
        var country: String?
        if let (_, entries) = recognizer.names.longestMatch(t, at: end),
           let c = entries.map({ gazetteer.entries[$0] }).first(where: { $0.kind == .country }) {
            country = c.id
        }
        let kind: LinimasaModel.ActorKind = span.kind == .person ? .person : .organisation
        let a = Actor(id: ActorID(kind: kind == .person ? .person : .org, slug: DocumentActors.slug(name)).text, name: name, kind: kind, country: country)
        register(a)
        if kind == .person { rememberNames(of: a) }
        return ActorRef(tokens: i..<end, actorID: a.id, rule: "tagged-name")
    }
}
