import Foundation
import LinimasaLanguage
@testable import LinimasaTagger
import LinimasaTestSupport
import Synchronization
import Testing

/// Tagging through the per-thread cache of word scores (`EmissionCache`)
/// gives the very scores and tags of scoring every feature afresh: on
/// sentences written for this test and, where `../shared` exists, on the
/// first sentences of two benchmark test files; with the cache cold and
/// warm, in a cache too small for them, and on several threads at once.
@Suite struct CachedTaggingTests {
    static let pos = Result { try POSTagger(contentsOf: LanguageData.bundled.posModel) }
    static let names = Result { try NameTagger(contentsOf: LanguageData.bundled.nameModel) }

    static let madeUp: [[String]] = [
        ["Gubernur", "Jawa", "Tengah", "meresmikan", "jembatan", "baru", "di", "Semarang", "kemarin", "."],
        ["Menurut", "Kepala", "BMKG", ",", "hujan", "deras", "akan", "turun", "hingga", "Jumat", "."],
        ["Jembatan", "itu", "dibangun", "sejak", "2019", "dengan", "biaya", "Rp", "1,2", "triliun", "."],
        ["Rapat", "DPR", "dan", "PT", "Kereta", "Api", "Indonesia", "membahas", "tarif", "Jakarta", "–", "Bandung"],
        ["Ya"],
        ["Dia", "berkata", ":", "\"", "Kami", "siap", "!", "\""],
    ]

    /// No sentence values for the corpus tables' channels (the cache reads them per word).
    let none = [[UInt64]](repeating: [], count: CorpusTables.channelCount)

    static func sentences() throws -> [[String]] {
        var out = madeUp
        guard SharedData.available else { return out }
        let gsd = URL(fileURLWithPath: SharedData.path("benchmarks/ud/gsd/id_gsd-ud-test.conllu"))
        out += try TaggedCorpus.read(gsd) { try TaggedCorpus.conllu($0, input: gsd.path) }.prefix(300).map(\.words)
        let grit = URL(fileURLWithPath: SharedData.path("benchmarks/ner/indonlu-nergrit/test_preprocess.txt"))
        out += try TaggedCorpus.read(grit, TaggedCorpus.bio).prefix(300).map(\.words)
        return out
    }

    @Test func partOfSpeechScoresAreThoseOfEveryFeature() throws {
        let pos = try CachedTaggingTests.pos.get()
        let model = pos.file.model
        let cache = EmissionCache(model: model, channels: pos.cacheChannels)
        for words in try CachedTaggingTests.sentences() {
            let keys = words.map(WordKeys.init)
            let entries = words.map { cache.entry($0, model: model) }
            let cached = cache.emissions(entries: entries, sentence: pos.sentenceChannels(words.count), model: model)
            #expect(cached == model.emissions(pos.features(keys)), "scores of \(words.joined(separator: " "))")
            // By a treebank's own conventions.
            let gsd = pos.conventionValue("gsd")
            let byGSD = cache.emissions(entries: entries, sentence: pos.sentenceChannels(words.count, convention: gsd), model: model)
            #expect(byGSD == model.emissions(pos.features(keys, convention: gsd)), "scores of \(words.joined(separator: " ")) by GSD's conventions")
        }
    }

    @Test func nameScoresAreThoseOfEveryFeature() throws {
        let pos = try CachedTaggingTests.pos.get()
        let names = try CachedTaggingTests.names.get()
        let lexicon = names.lexicon
        let model = names.file.model
        let cache = EmissionCache(model: model, channels: [.sentence, .sentence] + lexicon.corpus.cacheChannels)
        for words in try CachedTaggingTests.sentences() {
            let keys = words.map(WordKeys.init)
            let tags = pos.tag(words)
            let entries = words.map { cache.entry($0, model: model) }
            let channels = [tags.map { UInt64($0.index + 1) }, lexicon.phrases.channel(keys)] + none
            let cached = cache.emissions(entries: entries, sentence: channels, model: model)
            let fresh = model.emissions(NameTagger.features(keys, pos: tags, lexicon: lexicon, templates: model.templates))
            #expect(cached == fresh, "scores of \(words.joined(separator: " "))")
        }
    }

    @Test func tagsAreThoseOfEveryFeatureColdWarmAndFull() throws {
        let pos = try CachedTaggingTests.pos.get()
        let names = try CachedTaggingTests.names.get()
        let sentences = try CachedTaggingTests.sentences()
        for _ in 0..<2 {
            for words in sentences {
                let tags = pos.tag(words)
                #expect(tags == pos.tagUncached(words))
                #expect(pos.tag(words, convention: "gsd") == pos.tagUncached(words, convention: "gsd"))
                #expect(names.tag(words, pos: tags) == names.tagUncached(words, pos: tags))
            }
        }
        // A cache too small for a sentence: its scores are still those of
        // every feature, and it keeps only what fits.
        let model = pos.file.model
        let small = EmissionCache(model: model, channels: pos.cacheChannels, capacity: 3, pairCapacity: 2)
        for words in sentences.prefix(40) {
            small.beginSentence()
            let entries = words.map { small.entry($0, model: model) }
            let cached = small.emissions(entries: entries, sentence: pos.sentenceChannels(words.count), model: model)
            #expect(cached == model.emissions(pos.features(words.map(WordKeys.init))))
        }
        small.beginSentence()
        #expect(small.keys.count == 3)
        #expect(small.slots.count == 3 && small.pairSlots.count == 2)
    }

    @Test func threadsTagAlike() throws {
        let pos = try CachedTaggingTests.pos.get()
        let names = try CachedTaggingTests.names.get()
        let sentences = try CachedTaggingTests.sentences()
        let expected = sentences.map { words -> [NameSpan] in
            names.tagUncached(words, pos: pos.tagUncached(words))
        }
        let results = Mutex(Array(repeating: [[NameSpan]](), count: 4))
        DispatchQueue.concurrentPerform(iterations: 4) { k in
            let order = k % 2 == 0 ? Array(sentences.indices) : sentences.indices.reversed()
            var found = [[NameSpan]](repeating: [], count: sentences.count)
            for i in order { found[i] = names.tag(sentences[i], pos: pos.tag(sentences[i])) }
            results.withLock { $0[k] = found }
        }
        for k in 0..<4 { #expect(results.withLock { $0[k] } == expected, "thread \(k)") }
    }
}

/// The compact bucket → row index (`BucketRows`) gives every bucket the row
/// a plain array of row numbers gives it: on made-up bucket sets with the
/// block edges, and on every bucket of both shipped models.
@Suite struct BucketRowsTests {
    /// The row of each bucket as an array of one row number a bucket.
    static func dense(_ buckets: [UInt32], bits: Int) -> [Int] {
        var rows = [Int](repeating: -1, count: 1 << bits)
        for (r, b) in buckets.enumerated() { rows[Int(b)] = r }
        return rows
    }

    @Test func madeUpBucketsKeepTheirRows() {
        let sets: [(buckets: [UInt32], bits: Int)] = [
            ([], 8),
            ([0], 8),
            ([255], 8),
            ([0, 1, 2, 62, 63, 64, 65, 127, 128, 200, 255], 8),
            (Array(0..<256), 8),
            ([3], 4),
            (Array(stride(from: 1, to: 4096, by: 7)), 12),
        ]
        for (buckets, bits) in sets {
            let rows = BucketRows(buckets: buckets, bits: bits)
            let expected = BucketRowsTests.dense(buckets, bits: bits)
            #expect((0..<(1 << bits)).map { rows.row($0) } == expected, "buckets \(buckets.prefix(12)) of \(bits) bits")
        }
    }

    @Test func shippedModelsKeepTheirRows() throws {
        let pos = try CachedTaggingTests.pos.get().file.model
        let names = try CachedTaggingTests.names.get().file.model
        for model in [pos, names] {
            let bits = model.templates.bits
            let expected = BucketRowsTests.dense(model.buckets, bits: bits)
            var wrong = 0
            for b in 0..<(1 << bits) where model.rows.row(b) != expected[b] { wrong += 1 }
            #expect(wrong == 0)
        }
    }
}
