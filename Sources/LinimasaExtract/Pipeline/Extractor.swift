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
public struct Extractor: Sendable {
    let analyzer: SentenceAnalyzer
    let actors: ActorRecognizer
    let temporal: TemporalTagger
    let events: EventExtractor

    /// The Indonesian extractor over the data in `data`.
    public init(data: LanguageData = .bundled) throws {
        try self.init(profile: .indonesian(data: data))
    }

    /// An extractor for the language `profile` describes.
    public init(profile: LanguageProfile) throws {
        let lexicon = try EventLexicon(profile: profile)
        let words = profile.words
        let morphology = try profile.makeMorphology(
            profile.data, lexicon.roots + words.lightVerbs + words.holdingVerbs)
        // The name tagger reads the part-of-speech tags, so it runs only with them.
        let pos = try profile.posModel.map { try POSTagger(contentsOf: profile.url($0)) }
        analyzer = SentenceAnalyzer(
            morphology: morphology, pos: pos,
            names: pos == nil ? nil : try profile.nameModel.map { try NameTagger(contentsOf: profile.url($0)) })
        actors = try ActorRecognizer(
            gazetteer: try Gazetteer.load(from: profile.data, folder: profile.path("gazetteer")), profile: profile,
            morphology: morphology)
        temporal = try TemporalTagger(profile: profile)
        events = EventExtractor(lexicon: lexicon, functionWords: words, morphology: morphology)
    }

    public func extract(_ document: Document) -> DocumentExtraction {
        let dct = document.published?.date
        var sentences = analyzer.analyze(document)
        let found = actors.recognize(&sentences, dct: dct)
        let timexes = temporal.tag(text: document.text, sentences: document.sentences.map(\.span), dct: dct)
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
