public import Foundation
import LinimasaModel

/// Words the name tagger knows beyond its training sentences: phrases in
/// named classes (from a gazetteer: people, organisations, places, titles)
/// and tables counted from unlabeled text. Both ship inside the model.
public struct NameLexicon: Sendable {
    public var phrases: PhraseTable
    public var corpus: CorpusTables

    public init(phrases: PhraseTable = PhraseTable(), corpus: CorpusTables = CorpusTables()) {
        self.phrases = phrases
        self.corpus = corpus
    }
}

/// A person / organisation / location name tagger: an averaged-perceptron
/// linear-chain model over BIO tags, with word, affix, shape and context
/// features, the words' part-of-speech tags, gazetteer phrases and corpus
/// capitalisation. Loads from a model file; safe to share.
public struct NameTagger: Sendable {
    static let kind = "names"
    /// Part-of-speech tags, phrase matches, then the corpus tables.
    static let channels = 2 + CorpusTables.channelCount
    static let tags = ["O"] + NameKind.allCases.flatMap { ["B-\($0.rawValue)", "I-\($0.rawValue)"] }

    let file: ModelFile
    /// The phrases and capitalisation table the model was trained with.
    public let lexicon: NameLexicon

    init(file: ModelFile, input: String) throws {
        guard file.kind == NameTagger.kind else {
            throw LanguageDataError(.wrongKind, path: input, reason: "a \(file.kind) model, not a name model")
        }
        guard file.model.tags == NameTagger.tags, file.model.templates.channels == NameTagger.channels else {
            throw LanguageDataError(.badModel, path: input, reason: "the model's tags or channels are not those of a name model")
        }
        self.file = file
        self.lexicon = NameLexicon(phrases: file.phraseTable("phrases") ?? PhraseTable(), corpus: CorpusTables(file))
    }

    /// Loads a model file written by `linimasa train ner`.
    public init(contentsOf url: URL) throws {
        try self.init(file: ModelFile(contentsOf: url), input: url.path)
    }

    /// Loads a model from its bytes; `name` names it in errors.
    public init(data: Data, name: String = "name model") throws {
        try self.init(file: ModelFile(data: data, input: name), input: name)
    }

    /// The model's bytes, as `linimasa train ner` writes them.
    public func serialized() -> Data { file.serialized() }

    /// The names in a sentence, given its words and their part-of-speech
    /// tags (from `POSTagger`; `pos` must have one tag a word).
    public func tag(_ words: [String], pos: [UPOS]) -> [NameSpan] {
        precondition(pos.count == words.count, "one part-of-speech tag a word")
        let lexicon = self.lexicon
        let tags = file.model.decodeCached(words) {
            [.sentence, .sentence] + lexicon.corpus.cacheChannels
        } sentence: { keys in
            [pos.map { UInt64($0.index + 1) }, lexicon.phrases.channel(keys)] + Array(repeating: [], count: CorpusTables.channelCount)
        }
        return NameTagger.spans(tags)
    }

    /// The names in a sentence, every feature scored afresh: what `tag`
    /// gives through its cache.
    func tagUncached(_ words: [String], pos: [UPOS]) -> [NameSpan] {
        precondition(pos.count == words.count, "one part-of-speech tag a word")
        if words.isEmpty { return [] }
        let keys = words.map(WordKeys.init)
        let tags = file.model.decode(NameTagger.features(keys, pos: pos, lexicon: lexicon, templates: file.model.templates))
        return NameTagger.spans(tags)
    }

    static func features(_ keys: [WordKeys], pos: [UPOS], lexicon: NameLexicon, templates: FeatureTemplates) -> FeatureTemplates.Sentence {
        let posChannel = pos.map { UInt64($0.index + 1) }
        return templates.extract(keys, extra: [posChannel, lexicon.phrases.channel(keys)] + lexicon.corpus.channels(keys))
    }

    /// Names from tag indices into `tags`: an I- that does not continue a
    /// name of its kind starts one.
    static func spans(_ tags: [Int]) -> [NameSpan] {
        var out: [NameSpan] = []
        var open: (start: Int, kind: NameKind)?
        for (i, t) in tags.enumerated() {
            if t == 0 {
                if let o = open { out.append(NameSpan(o.start..<i, o.kind)) }
                open = nil
                continue
            }
            let kind = NameKind.allCases[(t - 1) / 2]
            let begins = (t - 1) % 2 == 0
            if begins || open?.kind != kind {
                if let o = open { out.append(NameSpan(o.start..<i, o.kind)) }
                open = (i, kind)
            }
        }
        if let o = open { out.append(NameSpan(o.start..<tags.count, o.kind)) }
        return out
    }

    /// Tag indices of a sentence's names.
    static func tagIndices(_ s: NameSentence) -> [Int] {
        var tags = [Int](repeating: 0, count: s.words.count)
        for name in s.names {
            let k = NameKind.allCases.firstIndex(of: name.kind)!
            for i in name.range { tags[i] = 1 + 2 * k + (i == name.range.lowerBound ? 0 : 1) }
        }
        return tags
    }

    /// Trains a tagger on sentences whose part-of-speech tags come from
    /// `pos` (so that training sees the tags that tagging will see).
    public static func train(
        _ sentences: [NameSentence], pos: POSTagger, lexicon: NameLexicon, options: TrainingOptions = TrainingOptions(),
        progress: (_ epoch: Int, _ accuracy: Double) -> Void = { _, _ in }
    ) -> NameTagger {
        let templates = FeatureTemplates(bits: options.bits, channels: NameTagger.channels)
        let examples = sentences.map { s -> (sentence: FeatureTemplates.Sentence, gold: [Int]) in
            let keys = s.words.map(WordKeys.init)
            let posTags = pos.file.model.decode(pos.features(keys)).map { pos.tagOfIndex[$0] }
            return (features(keys, pos: posTags, lexicon: lexicon, templates: templates), tagIndices(s))
        }
        let model = LinearChainModel.train(examples, tags: tags, templates: templates, options: options) { epoch, wrong, words in
            progress(epoch, 1 - Double(wrong) / Double(max(words, 1)))
        }
        let file = ModelFile(kind: kind, model: model, wordTables: lexicon.corpus.named,
                             phraseTables: [("phrases", lexicon.phrases)])
        return NameTagger(trained: file, lexicon: lexicon)
    }

    private init(trained file: ModelFile, lexicon: NameLexicon) {
        self.file = file
        self.lexicon = lexicon
    }
}
