import LinimasaLanguage
import LinimasaModel

/// How an actor mention becomes named-entity predictions.
///
/// Only proper names written in the sentence are predictions, each labelled
/// by what the written name is:
/// * a person (gazetteer person, surname, or the name after a title) → PER;
/// * a state's name or abbreviation ("Rusia", "AS") → LOC, as CoNLL tags
///   countries whatever they do in the sentence;
/// * a metonym ("Kremlin", "Moskow", "Gedung Putih") → LOC: it is written
///   as a place, even when it stands for a government;
/// * an organisation, group, government or military name ("NATO",
///   "Pentagon", "Hamas") → ORG;
/// * a title is not a name: "Menlu China Wang Yi" gives LOC "China" and
///   PER "Wang Yi", and "Presiden Rusia" gives LOC "Rusia" only;
/// * an institution phrase is one ORG name when its institution words are
///   capitalised ("Kementerian Pertahanan Rusia"; a single capitalised word
///   at the start of the sentence is not enough), otherwise only its
///   country is a name ("pasukan Rusia" → LOC "Rusia");
/// * pronouns, possessives ("militernya"), definite descriptions ("aliansi
///   itu"), quoted "kami", and contextual names ("sekutu") are not names.
extension ActorRecognizer {
    /// The labelled proper names within `ref`, as token ranges of `t`.
    func namedEntities(in ref: ActorRef, tokens t: [WordToken]) -> [(tokens: Range<Int>, label: NERLabel)] {
        switch ref.rule {
        case "gazetteer", "gazetteer-person", "surname":
            return label(actorID: ref.actorID, surface: t[ref.tokens]).map { [(ref.tokens, $0)] } ?? []
        case "institution":
            return institutionEntities(ref.tokens, t)
        case let rule where rule.hasPrefix("title-"):
            return titleEntities(ref.tokens, t)
        default:
            return []
        }
    }

    /// The label of a written name of actor `actorID`.
    func label(actorID: String, surface: ArraySlice<WordToken>) -> NERLabel? {
        guard let e = gazetteer.entry(id: actorID) else {
            return ActorID(actorID).isPerson ? .PER : nil
        }
        return label(entry: e, surface: surface)
    }

    func label(entry e: GazetteerEntry, surface: ArraySlice<WordToken>) -> NERLabel? {
        if e.contextual { return nil }
        let written = surface.map(\.key).joined(separator: " ")
        if e.metonyms.contains(where: { PhraseIndex<Int>.fold($0) == written }) { return .LOC }
        switch e.kind {
        case .person: return .PER
        case .country: return .LOC
        case .organisation, .group, .government, .military: return .ORG
        }
    }

    func institutionEntities(_ r: Range<Int>, _ t: [WordToken]) -> [(tokens: Range<Int>, label: NERLabel)] {
        var j = r.lowerBound
        while j < r.upperBound, let (l, _) = institutions.longestMatch(t, at: j), j + l < r.upperBound { j += l }
        let words = t[r.lowerBound..<j]
        let proper = words.allSatisfy(\.isCapitalized) && (r.lowerBound > 0 || words.count > 1)
        if proper { return [(r, .ORG)] }
        guard j < r.upperBound, let (_, entries) = names.longestMatch(t, at: j),
              let country = entries.map({ gazetteer.entries[$0] }).first(where: { $0.kind == .country }),
              let label = label(entry: country, surface: t[j..<r.upperBound]) else { return [] }
        return [(j..<r.upperBound, label)]
    }

    /// Splits "Title [Institution] [Scope [(ABBR)]] [Name]" as `DocumentActors.titled` reads it.
    func titleEntities(_ r: Range<Int>, _ t: [WordToken]) -> [(tokens: Range<Int>, label: NERLabel)] {
        guard let (tl, _) = titles.longestMatch(t, at: r.lowerBound) else { return [] }
        var out: [(tokens: Range<Int>, label: NERLabel)] = []
        var j = r.lowerBound + tl
        var body: Int?
        if let (il, _) = institutions.longestMatch(t, at: j), j + il <= r.upperBound, t[j].isCapitalized {
            body = j
            j += il
        }
        if j < r.upperBound, let (sl, entries) = names.longestMatch(t, at: j), j + sl <= r.upperBound,
           t[j].isCapitalized || t[j].text == t[j].text.uppercased(),
           let e = entries.map({ gazetteer.entries[$0] }).first(where: { $0.kind != .person }) {
            let scope = j..<(j + sl)
            j += sl
            let l: NERLabel? = body == nil ? label(entry: e, surface: t[scope]) : .ORG
            if let b = body {
                out.append((b..<j, .ORG))
                body = nil
            } else if let l {
                out.append((scope, l))
            }
            // "Amerika Serikat (AS)": the abbreviation in brackets is a name too.
            if j + 3 <= r.upperBound, t[j].text == "(", t[j + 2].text == ")" {
                if let l { out.append(((j + 1)..<(j + 2), l)) }
                j += 3
            }
        }
        if let b = body { out.append((b..<j, .ORG)) }
        if j < r.upperBound { out.append((j..<r.upperBound, .PER)) }
        return out
    }
}
