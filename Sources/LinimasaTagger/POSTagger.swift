public import Foundation
import LinimasaModel

/// A Universal POS tagger: an averaged-perceptron linear-chain model over
/// word, affix, shape and context features, plus how often each word is
/// capitalised in unlabeled text. Loads from a model file; safe to share.
public struct POSTagger: Sendable {
    static let kind = "pos"

    let file: ModelFile
    let tagOfIndex: [UPOS]
    /// The corpus tables the model was trained with.
    public let corpus: CorpusTables

    init(file: ModelFile, input: String) throws {
        guard file.kind == POSTagger.kind else {
            throw LanguageDataError(.wrongKind, path: input, reason: "a \(file.kind) model, not a part-of-speech model")
        }
        let tags = file.model.tags.compactMap(UPOS.init(rawValue:))
        guard tags.count == file.model.tags.count, file.model.templates.channels == CorpusTables.channelCount else {
            throw LanguageDataError(.badModel, path: input, reason: "the model's tags or channels are not those of a part-of-speech model")
        }
        self.file = file
        self.tagOfIndex = tags
        self.corpus = CorpusTables(file)
    }

    /// A model just trained from UPOS tags, which needs no checks.
    private init(trained file: ModelFile) {
        self.file = file
        self.tagOfIndex = UPOS.allCases
        self.corpus = CorpusTables(file)
    }

    /// Loads a model file written by `linimasa train pos`.
    public init(contentsOf url: URL) throws {
        try self.init(file: ModelFile(contentsOf: url), input: url.path)
    }

    /// Loads a model from its bytes; `name` names it in errors.
    public init(data: Data, name: String = "part-of-speech model") throws {
        try self.init(file: ModelFile(data: data, input: name), input: name)
    }

    /// The model's bytes, as `linimasa train pos` writes them.
    public func serialized() -> Data { file.serialized() }

    /// A tag for each word.
    /// Each word form's scores are summed once a thread and reused
    /// (`EmissionCache`); the tags are those of `tagUncached(_:)`.
    public func tag(_ words: [String]) -> [UPOS] {
        let corpus = self.corpus
        return file.model.decodeCached(words) {
            corpus.cacheChannels
        } sentence: { _ in Array(repeating: [], count: CorpusTables.channelCount) }.map { tagOfIndex[$0] }
    }

    /// A tag for each word, every feature scored afresh.
    func tagUncached(_ words: [String]) -> [UPOS] {
        if words.isEmpty { return [] }
        let keys = words.map(WordKeys.init)
        return file.model.decode(features(keys)).map { tagOfIndex[$0] }
    }

    func features(_ keys: [WordKeys]) -> FeatureTemplates.Sentence {
        file.model.templates.extract(keys, extra: corpus.channels(keys))
    }

    /// Trains a tagger. `corpus` holds tables counted from unlabeled text;
    /// they ship inside the model.
    public static func train(
        _ sentences: [POSSentence], corpus: CorpusTables, options: TrainingOptions = TrainingOptions(),
        progress: (_ epoch: Int, _ accuracy: Double) -> Void = { _, _ in }
    ) -> POSTagger {
        let templates = FeatureTemplates(bits: options.bits, channels: CorpusTables.channelCount)
        let examples = sentences.map { s -> (sentence: FeatureTemplates.Sentence, gold: [Int]) in
            let keys = s.words.map(WordKeys.init)
            return (templates.extract(keys, extra: corpus.channels(keys)), s.tags.map(\.index))
        }
        let model = LinearChainModel.train(
            examples, tags: UPOS.allCases.map(\.rawValue), templates: templates, options: options
        ) { epoch, wrong, words in progress(epoch, 1 - Double(wrong) / Double(max(words, 1))) }
        let file = ModelFile(kind: kind, model: model, wordTables: corpus.named, phraseTables: [])
        return POSTagger(trained: file)
    }
}
