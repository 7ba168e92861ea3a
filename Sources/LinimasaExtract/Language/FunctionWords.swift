import LinimasaLanguage
import LinimasaModel

/// The closed classes of function words the event rules read, one set per
/// class, all lower-cased keys. A language profile fills them: the
/// Indonesian profile in Swift literals (`FunctionWords.indonesian`), a
/// data-driven profile from a table (`init(table:)`).
public struct FunctionWords: Sendable {
    /// Words that may stand between a subject and its verb.
    public var preverbal: Set<String> = []
    /// Words before an actor that make it an object or a place, never a subject.
    public var prepositions: Set<String> = []
    /// Prepositions that may open a phrase between a subject and its verb.
    public var asideOpeners: Set<String> = []
    /// Who speaks for a body ("a source in the government of X").
    public var speakerHeads: Set<String> = []
    /// Prepositions after a speaker head that keep the body as the subject.
    public var affiliationMarkers: Set<String> = []
    /// Prepositions that introduce a target.
    public var targetMarkers: Set<String> = []
    /// Prepositions before an actor that make it the object of the verb before.
    public var objectPrepositions: Set<String> = []
    /// Prepositions that introduce the agent of a passive verb.
    public var agentMarkers: Set<String> = []
    /// Words that open a relative clause after a noun ("pengepungan yang
    /// dilakukan Israel"): with a passive verb after them, the actor that
    /// follows is the agent of the noun's act.
    public var relativizers: Set<String> = []
    /// The preposition that introduces whom a speaker addresses.
    public var addresseeMarkers: Set<String> = []
    /// Verbs that are really prepositions.
    public var prepositionalVerbs: Set<String> = []
    /// Copulas: verbs for the subject search.
    public var copulas: Set<String> = []
    /// Words that open a new clause with its own subject.
    public var clauseBarriers: Set<String> = []
    /// Barriers the subject search does not cross: a complement clause has its own subject.
    public var subjectBarriers: Set<String> = []
    /// Words that open the content of an appeal or demand.
    public var complementOpeners: Set<String> = []
    /// Coordinating conjunctions between verbs of one subject.
    public var coordinators: Set<String> = []
    /// Determiners between a verb and its event-noun object.
    public var determiners: Set<String> = []
    /// Demonstratives after an event noun that take up an event already told.
    public var demonstratives: Set<String> = []
    /// Verbs that hold an event noun ("the exercise was held").
    public var holdingVerbs: Set<String> = []
    /// Verbs that take an event noun as object and lend it their subject.
    public var lightVerbs: Set<String> = []
    public var conditional: Set<String> = []
    public var possibility: Set<String> = []
    /// Auxiliaries after an event noun that make it the subject of a prediction.
    public var modalAuxiliaries: Set<String> = []
    public var negation: Set<String> = []
    public var future: Set<String> = []
    /// The plain future auxiliary, which opens the content of a threat.
    public var futureAuxiliary: Set<String> = []
    /// Cues that a clause is background, not the day's news.
    public var background: Set<String> = []
    /// Prepositions that make a time expression a duration ("for two weeks").
    public var durationOpeners: Set<String> = []
    /// Verbs that make a following time expression a duration ("lasted").
    public var durationVerbs: Set<String> = []
    /// Nouns of place: an actor after them is where something happens.
    public var territory: Set<String> = []
    /// Day and month names: capitalised, but never part of a name.
    public var notNames: Set<String> = []
    /// Function words, capitalised only at the start of a sentence: never
    /// part of a proper name.
    public var nameBreakers: Set<String> = []
    /// Lower-case particles inside a person's name ("bin", "van").
    public var nameParticles: Set<String> = []
    /// Roots of saying-verbs whose subject is a speaker.
    public var sayingRoots: Set<String> = []
    /// Words after which a capitalised run names the speaker.
    public var speakerCues: Set<String> = []
    /// Third-person pronouns that refer to the last person named.
    public var personalPronouns: Set<String> = []
    /// "We" in a quotation: the speaker.
    public var firstPersonPlural: Set<String> = []
    /// The noun that refers back to the last alliance named, and the words
    /// that may follow it in that reference.
    public var allianceNouns: Set<String> = []
    public var allianceModifiers: Set<String> = []
    /// The noun that refers back to the last country named (with a demonstrative).
    public var countryNouns: Set<String> = []
    /// Nouns for a group that, before a demonstrative ("kelompok
    /// tersebut"), stand for the organisation or armed group named before.
    public var groupNouns: Set<String> = []
    /// Passive forms whose subject is what is fired or dropped ("roket
    /// Hizbullah ditembakkan"): the owner named with it fires, and the
    /// other side is struck.
    public var launchedForms: Set<String> = []
    /// Nouns for a territory that, before a demonstrative ("wilayah
    /// tersebut"), stand for the state whose land was named before.
    public var placeNouns: Set<String> = []
    /// The preposition between a title's country and the body it serves.
    public var beneficiaryMarkers: Set<String> = []
    /// Adverbs between a subject and its verb when actors are recognised.
    public var subjectAdverbs: Set<String> = []
    /// Background cues that, without a time expression, still mark the
    /// day's news when dating ("telah sepakat").
    public var recentPast: Set<String> = []
    /// Words next to an event noun that make it a state going on ("in the
    /// midst of", "ongoing"): undated unless a time expression dates it.
    public var ongoing: Set<String> = []
    /// Nouns for authorities that, before a local marker ("otoritas
    /// setempat"), are the government of the country just named.
    public var localAuthorities: Set<String> = []
    public var localMarkers: Set<String> = []
    /// Prepositions that open a period from a point in time ("sejak 2022").
    public var since: Set<String> = []
    /// Words that order an act against the one the sentence reports, by
    /// the span just before them: the act named after "after" came that
    /// span earlier ("a day after the talks"), the one named after "before"
    /// that span later.
    public var sequenceAfter: Set<String> = []
    public var sequenceBefore: Set<String> = []
    /// Prepositions of place: an actor after one is where, not who ("di").
    public var locatives: Set<String> = []
    /// Words that put a place beside what follows, not in it ("near",
    /// "off", "east of"): an actor after one is where an act happened,
    /// never its target, whatever the act.
    public var proximity: Set<String> = []
    /// Nouns for what a speaker issues ("statement", "communique",
    /// "letter"): opening a sentence as the subject of a saying verb, they
    /// stand for the speaker the article last quoted.
    public var documentNouns: Set<String> = []
    /// The word before a pair's members ("antara X dan Y").
    public var pairOpeners: Set<String> = []
    /// The quantifier of a reference to a pair ("kedua negara").
    public var pairQuantifiers: Set<String> = []
    /// Nouns a reference to a pair counts ("negara", "pihak", "pemimpin").
    public var pairNouns: Set<String> = []
    /// "They": after a complementizer ("X mengatakan bahwa mereka telah
    /// …") the state or body the sentence named first, its speaker.
    public var pluralPronouns: Set<String> = []
    /// Pronouns that, opening a sentence, stand for the first state or
    /// body the sentence before named ("It said …").
    public var bodyPronouns: Set<String> = []

    /// Words that open a purpose clause before its verb ("untuk memprotes"):
    /// the verb's subject is the subject of the verb before them, not that
    /// verb's object.
    public var purposeMarkers: Set<String> = []
    /// Roots of verbs whose object is the doer of the purpose clause after
    /// it ("mendesak Rusia untuk mundur": Russia withdraws).
    public var controlRoots: Set<String> = []
    /// Roots of verbs whose subject undergoes the event noun they hold
    /// ("menerima kunjungan X", "menghadapi sanksi"): the noun's own actor
    /// acts, the subject is its target.
    public var receivingRoots: Set<String> = []
    /// Words that name a news outlet or cite one just before its name
    /// ("kantor berita TASS", "dikutip AFP"): an outlet spoken to or quoted
    /// from reports the act and is never its target.
    public var mediaCues: Set<String> = []

    public init() {}

    /// The classes by their names in a function-word table.
    static var classes: [String: WritableKeyPath<FunctionWords, Set<String>>] { [
        "preverbal": \.preverbal, "prepositions": \.prepositions, "asideOpeners": \.asideOpeners,
        "speakerHeads": \.speakerHeads, "affiliationMarkers": \.affiliationMarkers,
        "targetMarkers": \.targetMarkers, "objectPrepositions": \.objectPrepositions,
        "agentMarkers": \.agentMarkers, "relativizers": \.relativizers, "addresseeMarkers": \.addresseeMarkers,
        "prepositionalVerbs": \.prepositionalVerbs, "copulas": \.copulas,
        "clauseBarriers": \.clauseBarriers, "subjectBarriers": \.subjectBarriers,
        "complementOpeners": \.complementOpeners, "coordinators": \.coordinators,
        "determiners": \.determiners, "demonstratives": \.demonstratives,
        "holdingVerbs": \.holdingVerbs, "lightVerbs": \.lightVerbs, "conditional": \.conditional,
        "possibility": \.possibility, "modalAuxiliaries": \.modalAuxiliaries, "negation": \.negation,
        "future": \.future, "futureAuxiliary": \.futureAuxiliary, "background": \.background,
        "durationOpeners": \.durationOpeners, "durationVerbs": \.durationVerbs, "territory": \.territory,
        "notNames": \.notNames, "nameBreakers": \.nameBreakers, "nameParticles": \.nameParticles, "sayingRoots": \.sayingRoots,
        "speakerCues": \.speakerCues, "personalPronouns": \.personalPronouns,
        "firstPersonPlural": \.firstPersonPlural, "allianceNouns": \.allianceNouns,
        "allianceModifiers": \.allianceModifiers, "countryNouns": \.countryNouns,
        "groupNouns": \.groupNouns, "launchedForms": \.launchedForms, "placeNouns": \.placeNouns,
        "beneficiaryMarkers": \.beneficiaryMarkers, "subjectAdverbs": \.subjectAdverbs,
        "locatives": \.locatives, "proximity": \.proximity, "documentNouns": \.documentNouns, "pairOpeners": \.pairOpeners,
        "pairQuantifiers": \.pairQuantifiers, "pairNouns": \.pairNouns, "recentPast": \.recentPast, "ongoing": \.ongoing,
        "localAuthorities": \.localAuthorities, "localMarkers": \.localMarkers, "since": \.since,
        "sequenceAfter": \.sequenceAfter, "sequenceBefore": \.sequenceBefore,
        "bodyPronouns": \.bodyPronouns, "pluralPronouns": \.pluralPronouns, "purposeMarkers": \.purposeMarkers, "controlRoots": \.controlRoots,
        "receivingRoots": \.receivingRoots, "mediaCues": \.mediaCues,
    ] }

    /// Reads a table of `class<TAB>word word …` rows (a class may take
    /// several rows); throws `LanguageDataError` naming the file and line of
    /// an unknown class.
    public init(table relativePath: String, data: LanguageData) throws {
        for row in try data.table(relativePath) {
            guard let path = FunctionWords.classes[row[0]] else {
                throw LanguageDataError(path: relativePath, line: row.line, reason: "unknown word class \(row[0])")
            }
            self[keyPath: path].formUnion(row[1].split(separator: " ").map { $0.lowercased() })
        }
    }
}
