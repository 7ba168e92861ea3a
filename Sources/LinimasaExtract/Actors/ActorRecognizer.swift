import Foundation
import LinimasaLanguage
import LinimasaModel
import LinimasaText

/// Finds the actors of a document: gazetteer names and metonyms, title +
/// name patterns ("Menteri Luar Negeri AS Antony Blinken"), state
/// institutions ("pasukan Rusia"), and references resolved within the
/// document (a surname, a title alone, "dia", "militernya", "aliansi itu").
public struct ActorRecognizer: Sendable {
    let gazetteer: Gazetteer
    let names: PhraseIndex<Int>
    let titles: PhraseIndex<TitleInfo>
    let institutions: PhraseIndex<LinimasaModel.ActorKind>
    /// Phrases that contain a name but name no actor: "Jawa Barat", "bahasa Inggris".
    let nonActors: PhraseIndex<Bool>
    /// Words that open an organisation's name: "Kementerian", "Kantor Berita".
    let organisationHeads: PhraseIndex<Bool>
    /// News outlets and agencies that report ("kata X kepada Reuters"):
    /// named, they are no actor of what they report.
    let outlets: PhraseIndex<Bool>
    /// The profile's `modifiersPrecede`: demonyms name their country
    /// ("Iranian", "the Iranians") and "Iranian forces" is an institution.
    let modifiersPrecede: Bool
    /// The language's function words and morphology.
    let words: FunctionWords
    let morphology: any LanguageMorphology
    /// What the news corpus says of single words (whether a word is a
    /// name), when the profile has a name model.
    var corpusWords: GlueSplitter?

    struct TitleInfo: Sendable {
        var title: String
        var role: Role?
        /// The state or body the title alone names ("Seskab"): a gazetteer id.
        var office: String?
    }

    public init(gazetteer: Gazetteer, profile: LanguageProfile, morphology: any LanguageMorphology) throws {
        self.gazetteer = gazetteer
        self.words = profile.words
        self.morphology = morphology
        var names = PhraseIndex<Int>()
        for (i, e) in gazetteer.entries.enumerated() {
            for surface in Set(e.aliases + e.metonyms + [e.name]) { names.add(surface, i) }
            if profile.modifiersPrecede, e.kind == .country {
                for d in e.demonyms { for surface in ActorRecognizer.withPlural(d) { names.add(surface, i) } }
            }
        }
        modifiersPrecede = profile.modifiersPrecede
        self.names = names
        var nonActors = PhraseIndex<Bool>()
        for e in gazetteer.entries { for phrase in e.notWithin { nonActors.add(phrase, true) } }
        self.nonActors = nonActors
        var heads = PhraseIndex<Bool>()
        for row in try profile.data.table(profile.path("gazetteer/organisation-heads.tsv"), minimumFields: 1) { heads.add(row[0], true) }
        self.organisationHeads = heads
        // The outlets sit beside the gazetteer's records; a profile whose gazetteer lists none has none.
        var outlets = PhraseIndex<Bool>()
        let outletTable = "\(profile.gazetteerFolder)/outlets.tsv"
        if FileManager.default.fileExists(atPath: profile.data.url(outletTable).path) {
            for row in try profile.data.table(outletTable, minimumFields: 1) { outlets.add(row[0], true) }
        }
        self.outlets = outlets
        var titles = PhraseIndex<TitleInfo>()
        for row in try profile.data.table(profile.path("gazetteer/titles.tsv"), minimumFields: 1) where row.fields.count >= 2 {
            let office = row.fields.count >= 3 && !row[2].isEmpty && row[2] != "-" ? row[2] : nil
            titles.add(row[0], TitleInfo(title: row[0], role: Role(rawValue: row[1]), office: office))
        }
        self.titles = titles
        var institutions = PhraseIndex<LinimasaModel.ActorKind>()
        for row in try profile.data.table(profile.path("gazetteer/institutions.tsv"), minimumFields: 1) where row.fields.count >= 2 {
            institutions.add(row[0], row[1] == "military" ? .military : .government)
        }
        self.institutions = institutions
    }

    /// A demonym and its plural as a noun ("Iranian", "Iranians"); none for
    /// forms that do not take -s ("Chinese", "French").
    static func withPlural(_ demonym: String) -> [String] {
        let lower = demonym.lowercased()
        if lower.hasSuffix("ese") || lower.hasSuffix("ch") || lower.hasSuffix("sh") || lower.hasSuffix("s") {
            return [demonym]
        }
        return [demonym, demonym + "s"]
    }

    /// Marks actor mentions in `sentences` and returns the document's actors by id.
    public func recognize(_ sentences: inout [AnalyzedSentence], dct: CalendarDate?) -> [String: Actor] {
        var state = DocumentActors(recognizer: self, dct: dct)
        for s in sentences.indices {
            sentences[s].actors = state.scan(sentences[s].tokens, names: sentences[s].names)
        }
        return state.actors
    }

    /// Who held the office `title` names for `scope` on `date`: a holder
    /// whose title is the one written comes first ("Presiden Iran" is the
    /// president, not the supreme leader who is head of state), then the
    /// holders of the title's role.
    func holder(of title: TitleInfo, scope: String, on date: CalendarDate) -> GazetteerEntry? {
        let written = PhraseIndex<Int>.fold(title.title)
        for role in Role.allCases {
            for e in gazetteer.roleHolder(role: role, country: scope, on: date)
            where e.roles(on: date).contains(where: { $0.scope == scope && $0.titleID.map(PhraseIndex<Int>.fold) == written }) {
                return e
            }
        }
        return title.role.flatMap { gazetteer.roleHolder(role: $0, country: scope, on: date).first }
    }

    func actor(for entry: GazetteerEntry, on dct: CalendarDate?) -> Actor {
        let role = dct.flatMap { entry.roles(on: $0).first }
        return Actor(
            id: entry.id, name: entry.name, kind: ActorRecognizer.kind(entry.kind),
            country: entry.country ?? (entry.kind == .country ? entry.id : nil),
            role: role.map { $0.titleID ?? $0.role.rawValue }, aliases: entry.aliases,
            affiliation: role.map(\.scope).flatMap { $0 == (entry.country ?? "") ? nil : $0 })
    }

    static func kind(_ k: LinimasaLanguage.ActorKind) -> LinimasaModel.ActorKind {
        switch k {
        case .country: return .country
        case .organisation: return .organisation
        case .group: return .group
        case .military: return .military
        case .government: return .government
        case .person: return .person
        }
    }
}
