import Foundation
import LinimasaLanguage
import LinimasaTagger

/// Everything one language gives the extraction engine: the folder of its
/// resource files under the data root (triggers, temporal tables, titles,
/// gazetteer), its closed classes of function words, and its morphology.
///
/// The engine holds no word of any language; what a rule needs to know
/// about words it asks the profile. `LanguageProfile.indonesian` is the
/// shipped profile; a test builds a profile of a made-up language from
/// fixtures to keep the engine honest.
public struct LanguageProfile: Sendable {
    /// Builds the morphology once the lexicons are loaded: `extraRoots` are
    /// the words the trigger lexicon and the function-word classes are keyed by.
    public typealias MorphologyFactory = @Sendable (_ data: LanguageData, _ extraRoots: [String]) throws -> any LanguageMorphology

    /// The language's folder under the data root ("id").
    public let code: String
    /// The data root that holds `code/…`.
    public let data: LanguageData
    /// The closed word classes the event rules read.
    public let words: FunctionWords
    /// The folder of the gazetteer's `*.jsonl` records, relative to the data
    /// root: the language's own (`code/gazetteer`) unless the profile shares
    /// another language's records, whose entries carry names in several
    /// languages (English reads `id/gazetteer`, so actor ids are the same).
    public let gazetteerFolder: String
    /// Whether a country's adjective and other modifiers come before the
    /// noun ("Iranian forces", "the Iranians", "Russian troops"): then a
    /// demonym names its country and a country before an institution noun
    /// is that state's institution. Indonesian puts them after ("pasukan Rusia").
    public var modifiersPrecede = false
    let makeMorphology: MorphologyFactory
    /// The trained part-of-speech model under `code/`, when the language has one.
    public var posModel: String?
    /// The tagging conventions (a treebank the model was trained on) by
    /// which the part-of-speech model tags running text; nil for the
    /// features all its training data share.
    public var posConvention: String?
    /// The trained name model under `code/`, when the language has one
    /// (it needs the part-of-speech model).
    public var nameModel: String?
    /// Whether the people and organisations the name model finds, and no
    /// list knows, are actors (the model also serves to split glued words).
    public var nameActors = true

    public init(code: String, data: LanguageData, words: FunctionWords, gazetteerFolder: String? = nil,
                morphology: @escaping MorphologyFactory) {
        self.code = code
        self.data = data
        self.words = words
        self.gazetteerFolder = gazetteerFolder ?? "\(code)/gazetteer"
        self.makeMorphology = morphology
    }

    /// The path of one of the language's resources, relative to the data
    /// root: `path("events/triggers.tsv")` is `id/events/triggers.tsv`.
    public func path(_ relative: String) -> String { "\(code)/\(relative)" }

    /// The URL of one of the language's resources.
    public func url(_ relative: String) -> URL { data.url(path(relative)) }
}

/// What the engine asks of a language's morphology.
public protocol LanguageMorphology: Sendable {
    /// The root the lexicons are keyed by; the lower-cased word when no root
    /// is known.
    func stem(_ word: String) -> String
    /// What the word's form says about its part of speech.
    func shape(word: String, root: String) -> WordShape
    /// Whether the word's form marks a transitive verb or a copula, which
    /// ends a noun phrase in front of it.
    func isTransitive(_ key: String) -> Bool
    /// Whether the word is its root plus a clitic and nothing else (the
    /// `form=clitic` trigger condition).
    func isRootWithClitic(word: String, root: String) -> Bool
    /// Whether the word carries a clitic that stands for a speaker already
    /// named ("-nya" in Indonesian).
    func hasClitic(_ word: String) -> Bool
    /// The word without its possessive clitic ("militernya" → "militer"),
    /// or nil when it has none.
    func withoutClitic(_ word: String) -> String?
    /// Whether the word starts with a verbal prefix (an actor right before
    /// it is its subject).
    func hasVerbPrefix(_ key: String) -> Bool
    /// The shape of the word at `i` in its sentence, for languages whose
    /// forms say less than their context ("was attacked by", "the attack").
    func shape(of tokens: [WordToken], at i: Int) -> WordShape
}

extension LanguageMorphology {
    /// By default the word's form alone decides.
    public func shape(of tokens: [WordToken], at i: Int) -> WordShape {
        shape(word: tokens[i].lower, root: tokens[i].root)
    }
}

extension WordShape {
    /// A word's shape with its part-of-speech tag, when it has one, as the
    /// judge of verb or not: the morphology's shape where they agree, a
    /// tagged verb the morphology took for a noun or bare root is an active
    /// verb, and a tagged noun or name the morphology took for a verb is a noun.
    public static func of(_ token: WordToken, _ morphology: any LanguageMorphology) -> WordShape {
        let shape = morphology.shape(word: token.lower, root: token.root)
        switch token.pos {
        case .verb?: return shape.isVerb ? shape : .activeVerb
        case .noun?, .propn?: return shape.isVerb ? .noun : shape
        default: return shape
        }
    }
}

/// What a word's form says about its part of speech, which decides how a
/// trigger's roles are read.
public enum WordShape: Sendable {
    /// Active verbs, and bare roots used verbally.
    case activeVerb
    /// Passive verbs.
    case passiveVerb
    /// Derived nouns.
    case noun
    /// The bare root: noun or verb by context.
    case bare

    public var isVerb: Bool { self == .activeVerb || self == .passiveVerb }
}
