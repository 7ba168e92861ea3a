import LinimasaModel
import LinimasaTagger
import LinimasaText

/// A token of a sentence as extraction sees it: where it is, its text, its
/// lowercase form and its root.
public struct WordToken: Hashable, Sendable {
    /// UTF-8 byte range in the document text.
    public var bytes: Range<Int>
    /// Code-point span in the document text.
    public var span: TextSpan
    public var text: String
    public var lower: String
    /// Lowercase without diacritics, for dictionary lookups.
    public var key: String
    /// The root from `IndonesianStemmer`, or `lower` when none is known.
    public var root: String
    public var kind: Token.Kind
    /// Inside a quotation ("…").
    public var inQuote: Bool
    /// The part-of-speech tagger's tag, when the language has a tagger.
    public var pos: UPOS? = nil

    public var isWord: Bool { kind == .word }
    /// Starts with an uppercase letter.
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }
}

/// An actor named or referred to by tokens `tokens` of a sentence.
public struct ActorRef: Hashable, Sendable {
    public var tokens: Range<Int>
    public var actorID: String
    public var rule: String
}

/// A time expression covering tokens `tokens` of a sentence.
public struct TimexRef: Hashable, Sendable {
    public var tokens: Range<Int>
    public var timex: TimeExpression
}

/// One sentence with everything extraction found in it.
public struct AnalyzedSentence: Sendable {
    public var index: Int
    public var sentence: Sentence
    public var tokens: [WordToken]
    public var actors: [ActorRef] = []
    public var timexes: [TimexRef] = []
    /// Names the name tagger found, when the language has one.
    public var names: [NameSpan] = []

    /// The actor whose mention covers token `i`.
    public func actor(at i: Int) -> ActorRef? { actors.first { $0.tokens.contains(i) } }
}
