import LinimasaLanguage
import LinimasaModel
import LinimasaTagger
import LinimasaText

/// What extraction found in one document.
public struct DocumentExtraction: Sendable {
    public var document: Document
    public var sentences: [AnalyzedSentence]
    /// The document's actors, sorted by id.
    public var actors: [Actor]
    public var timexes: [TimeExpression]
    public var events: [Event]
}

/// The extraction pipeline: sentences are tokenised and stemmed, actors
/// recognised, time expressions tagged against the publication date, and
/// events coded.
///
/// An extractor built from several profiles reads each document with the
/// profile of the document's language (`Document.language`), and with the
/// first profile when the language is unknown or has no profile.
public struct Extractor: Sendable {
    let analyzer: SentenceAnalyzer
    let actors: ActorRecognizer
    let temporal: TemporalTagger
    let events: EventExtractor
    /// The language of the profile this extractor was built from.
    public let language: String
    /// Extractors for the other languages, by language code.
    let others: [String: Extractor]

    /// The shipped languages over the data in `data`: Indonesian (the
    /// default for a document of unknown language) and English.
    public init(data: LanguageData = .bundled) throws {
        try self.init(profiles: [.indonesian(data: data), try .english(data: data)])
    }

    /// An extractor for each profile; the first reads documents of unknown language.
    public init(profiles: [LanguageProfile]) throws {
        guard let first = profiles.first else {
            throw LanguageDataError(path: "", reason: "no language profile")
        }
        var main = try Extractor(profile: first)
        var others: [String: Extractor] = [:]
        for p in profiles.dropFirst() where p.code != first.code { others[p.code] = try Extractor(profile: p) }
        main = Extractor(main, others: others)
        self = main
    }

    private init(_ main: Extractor, others: [String: Extractor]) {
        analyzer = main.analyzer
        actors = main.actors
        temporal = main.temporal
        events = main.events
        language = main.language
        self.others = others
    }

    /// The languages this extractor reads, its default first.
    public var languages: [String] { [language] + others.keys.sorted() }

    /// An extractor for the language `profile` describes.
    public init(profile: LanguageProfile) throws {
        language = profile.code
        others = [:]
        let lexicon = try EventLexicon(profile: profile)
        let words = profile.words
        let morphology = try profile.makeMorphology(
            profile.data, lexicon.roots + words.lightVerbs + words.holdingVerbs)
        // The name tagger reads the part-of-speech tags, so it runs only with them.
        let pos = try profile.posModel.map { try POSTagger(contentsOf: profile.url($0)) }
        let nameTagger = pos == nil ? nil : try profile.nameModel.map { try NameTagger(contentsOf: profile.url($0)) }
        let gazetteer = try Gazetteer.load(from: profile.data, folder: profile.gazetteerFolder)
        // Glued words are split by what the name model's corpus table and the gazetteer know.
        let glue = nameTagger.map { tagger in
            var nameWords = Set<String>()
            for e in gazetteer.entries {
                for surface in [e.name] + e.aliases + e.metonyms {
                    for w in surface.split(separator: " ") where w.count >= 2 { nameWords.insert(w.lowercased()) }
                }
            }
            return GlueSplitter(corpus: tagger.lexicon.corpus.capitalisation, nameWords: nameWords)
        }
        analyzer = SentenceAnalyzer(
            morphology: morphology, pos: pos, posConvention: profile.posConvention,
            names: profile.nameActors ? nameTagger : nil, glue: glue)
        var recognizer = try ActorRecognizer(gazetteer: gazetteer, profile: profile, morphology: morphology)
        recognizer.corpusWords = glue
        actors = recognizer
        temporal = try TemporalTagger(profile: profile)
        events = EventExtractor(lexicon: lexicon, functionWords: words, morphology: morphology,
                                modifiersPrecede: profile.modifiersPrecede)
    }

    public func extract(_ document: Document) -> DocumentExtraction {
        if let code = document.language, code != language, let other = others[code] {
            return other.extract(document)
        }
        let dct = document.published?.date
        var sentences = analyzer.analyze(document)
        let found = actors.recognize(&sentences, dct: dct)
        let timexes = temporal.tag(text: document.text, analyzed: sentences, dct: dct)
        attach(timexes, to: &sentences)
        let events = self.events.extract(documentID: document.id, sentences: sentences, actors: found, dct: dct)
        return DocumentExtraction(
            document: document, sentences: sentences,
            actors: found.values.sorted { $0.id < $1.id }, timexes: timexes, events: events)
    }

    /// Gives each sentence the time expressions inside it, as token ranges.
    func attach(_ timexes: [TimeExpression], to sentences: inout [AnalyzedSentence]) {
        var next = 0
        for s in sentences.indices {
            let span = sentences[s].sentence.span
            while next < timexes.count, timexes[next].span.start < span.end {
                let x = timexes[next]
                next += 1
                guard x.span.start >= span.start else { continue }
                let toks = sentences[s].tokens
                guard let first = toks.firstIndex(where: { $0.span.end > x.span.start }),
                      let last = toks.lastIndex(where: { $0.span.start < x.span.end }), first <= last else { continue }
                sentences[s].timexes.append(TimexRef(tokens: first..<(last + 1), timex: x))
            }
        }
    }
}
