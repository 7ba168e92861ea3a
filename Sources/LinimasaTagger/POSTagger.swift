public import Foundation
import LinimasaModel

/// A Universal POS tagger: an averaged-perceptron linear-chain model over
/// word, affix, shape and context features, plus how often each word is
/// capitalised in unlabeled text. Loads from a model file; safe to share.
///
/// Treebanks tag some words by conventions of their own (one calls a
/// capitalised common noun in a name PROPN, another NOUN; "sebesar" is ADP
/// in one and NOUN in another). A model trained on sentences marked with
/// their convention (`POSSentence.convention`) reads it as one more
/// channel, constant over a sentence: a bias of each tag and the
/// convention with each word's form and flags (Daumé's "frustratingly easy"
/// domain adaptation). Tagging may name a convention the model knows; with
/// none, only the features every convention shares score.
public struct POSTagger: Sendable {
    static let kind = "pos"
    /// The word table naming the conventions (each name's value is its
    /// channel value).
    static let conventionTable = "conventions"

    let file: ModelFile
    let tagOfIndex: [UPOS]
    /// The corpus tables the model was trained with.
    public let corpus: CorpusTables
    /// The known conventions, when the model reads them.
    let conventions: WordTable?

    init(file: ModelFile, input: String) throws {
        guard file.kind == POSTagger.kind else {
            throw LanguageDataError(.wrongKind, path: input, reason: "a \(file.kind) model, not a part-of-speech model")
        }
        let tags = file.model.tags.compactMap(UPOS.init(rawValue:))
        let conventions = file.wordTable(POSTagger.conventionTable)
        let channels = CorpusTables.channelCount + (conventions == nil ? 0 : 1)
        guard tags.count == file.model.tags.count, file.model.templates.channels == channels else {
            throw LanguageDataError(.badModel, path: input, reason: "the model's tags or channels are not those of a part-of-speech model")
        }
        self.file = file
        self.tagOfIndex = tags
        self.corpus = CorpusTables(file)
        self.conventions = conventions
    }

    /// A model just trained from UPOS tags, which needs no checks.
    private init(trained file: ModelFile) {
        self.file = file
        self.tagOfIndex = UPOS.allCases
        self.corpus = CorpusTables(file)
        self.conventions = file.wordTable(POSTagger.conventionTable)
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

    /// Whether the model knows a convention by this name.
    public func knows(convention: String) -> Bool { conventionValue(convention) != 0 }

    /// The channel value of a convention (0: none or unknown).
    func conventionValue(_ convention: String?) -> UInt64 {
        guard let convention, let conventions else { return 0 }
        return UInt64(conventions.value(of: convention))
    }

    /// A tag for each word, by the conventions named (when the model knows
    /// them) or by those all its training data share.
    /// Each word form's scores are summed once a thread and reused
    /// (`EmissionCache`); the tags are those of `tagUncached(_:)`.
    public func tag(_ words: [String], convention: String? = nil) -> [UPOS] {
        let value = conventionValue(convention)
        return file.model.decodeCached(words) { cacheChannels } sentence: { keys in
            sentenceChannels(keys.count, convention: value)
        }.map { tagOfIndex[$0] }
    }

    /// The channels as `EmissionCache` reads them: the corpus tables' by
    /// word, then the convention's, which the sentence gives.
    var cacheChannels: [EmissionCache.Channel] { corpus.cacheChannels + (conventions == nil ? [] : [.sentence]) }

    /// What a sentence of `n` words gives `EmissionCache`'s sentence channels.
    func sentenceChannels(_ n: Int, convention: UInt64 = 0) -> [[UInt64]] {
        Array(repeating: [], count: CorpusTables.channelCount)
            + (conventions == nil ? [] : [Array(repeating: convention, count: n)])
    }

    /// A tag for each word, every feature scored afresh.
    func tagUncached(_ words: [String], convention: String? = nil) -> [UPOS] {
        if words.isEmpty { return [] }
        let keys = words.map(WordKeys.init)
        return file.model.decode(features(keys, convention: conventionValue(convention))).map { tagOfIndex[$0] }
    }

    func features(_ keys: [WordKeys], convention: UInt64 = 0) -> FeatureTemplates.Sentence {
        file.model.templates.extract(keys, extra: POSTagger.channels(keys, corpus: corpus, convention: conventions == nil ? nil : convention))
    }

    /// The corpus tables' channels, then the convention's when the model reads one.
    static func channels(_ keys: [WordKeys], corpus: CorpusTables, convention: UInt64?) -> [[UInt64]] {
        corpus.channels(keys) + (convention.map { [Array(repeating: $0, count: keys.count)] } ?? [])
    }

    /// Trains a tagger. `corpus` holds tables counted from unlabeled text;
    /// they ship inside the model. When any sentence names its convention,
    /// the model reads the conventions as a channel (numbered in the order
    /// of their names) and ships their names.
    public static func train(
        _ sentences: [POSSentence], corpus: CorpusTables, options: TrainingOptions = TrainingOptions(),
        progress: (_ epoch: Int, _ accuracy: Double) -> Void = { _, _ in }
    ) -> POSTagger {
        let names = Set(sentences.compactMap(\.convention)).sorted()
        precondition(names.count < 256, "at most 255 conventions")
        var conventions = WordTable()
        for (i, name) in names.enumerated() { conventions.set(name, UInt8(i + 1)) }
        let readsConventions = !names.isEmpty
        let templates = FeatureTemplates(bits: options.bits, channels: CorpusTables.channelCount + (readsConventions ? 1 : 0))
        let examples = sentences.map { s -> (sentence: FeatureTemplates.Sentence, gold: [Int]) in
            let keys = s.words.map(WordKeys.init)
            let convention: UInt64? = readsConventions ? UInt64(s.convention.map { conventions.value(of: $0) } ?? 0) : nil
            return (templates.extract(keys, extra: channels(keys, corpus: corpus, convention: convention)), s.tags.map(\.index))
        }
        let model = LinearChainModel.train(
            examples, tags: UPOS.allCases.map(\.rawValue), templates: templates, options: options
        ) { epoch, wrong, words in progress(epoch, 1 - Double(wrong) / Double(max(words, 1))) }
        let tables = corpus.named + (readsConventions ? [(name: conventionTable, table: conventions)] : [])
        let file = ModelFile(kind: kind, model: model, wordTables: tables, phraseTables: [])
        return POSTagger(trained: file)
    }
}
