import Foundation
@testable import LinimasaTagger
import Testing

/// Two made-up treebanks that tag one word differently: a model trained on
/// sentences marked with their treebank's conventions tags that word by
/// the conventions asked for, ships the conventions' names, gives the same
/// bytes every time, and scores alike through its cache and afresh.
@Suite struct TaggingConventionTests {
    /// "sekitar" before a number: ADP in treebank "alpha", ADV in "beta";
    /// the other words are tagged alike in both.
    static let training: [POSSentence] = {
        let alpha: [[(String, UPOS)]] = [
            [("Harga", .noun), ("naik", .verb), ("sekitar", .adp), ("lima", .num), ("persen", .noun), (".", .punct)],
            [("Panen", .noun), ("turun", .verb), ("sekitar", .adp), ("tiga", .num), ("ton", .noun), (".", .punct)],
            [("Warga", .noun), ("menunggu", .verb), ("sekitar", .adp), ("dua", .num), ("jam", .noun), (".", .punct)],
        ]
        let beta: [[(String, UPOS)]] = [
            [("Gaji", .noun), ("naik", .verb), ("sekitar", .adv), ("enam", .num), ("persen", .noun), (".", .punct)],
            [("Stok", .noun), ("turun", .verb), ("sekitar", .adv), ("empat", .num), ("ton", .noun), (".", .punct)],
            [("Tamu", .noun), ("menunggu", .verb), ("sekitar", .adv), ("satu", .num), ("jam", .noun), (".", .punct)],
        ]
        return alpha.map { POSSentence(words: $0.map(\.0), tags: $0.map(\.1), convention: "alpha") }
            + beta.map { POSSentence(words: $0.map(\.0), tags: $0.map(\.1), convention: "beta") }
    }()

    static let options = TrainingOptions(epochs: 8, bits: 16, pruneBelow: 0)

    @Test func tagsByTheConventionsAskedFor() throws {
        let tagger = POSTagger.train(Self.training, corpus: CorpusTables(), options: Self.options)
        #expect(tagger.knows(convention: "alpha") && tagger.knows(convention: "beta"))
        #expect(!tagger.knows(convention: "gamma"))
        let words = ["Ongkos", "naik", "sekitar", "tujuh", "persen", "."]
        #expect(tagger.tag(words, convention: "alpha")[2] == .adp)
        #expect(tagger.tag(words, convention: "beta")[2] == .adv)
        // The words both treebanks tag alike are tagged alike by either.
        for convention in ["alpha", "beta", nil] as [String?] {
            let tags = tagger.tag(words, convention: convention)
            #expect(tags[1] == .verb && tags[5] == .punct, "by \(convention ?? "shared") conventions")
            #expect(tags == tagger.tagUncached(words, convention: convention))
        }
        // The conventions ship in the model, and the bytes are the same every time.
        let reloaded = try POSTagger(data: tagger.serialized())
        #expect(reloaded.knows(convention: "beta"))
        #expect(reloaded.tag(words, convention: "beta") == tagger.tag(words, convention: "beta"))
        #expect(POSTagger.train(Self.training, corpus: CorpusTables(), options: Self.options).serialized() == tagger.serialized())
    }

    @Test func withoutConventionsTheModelReadsNoConventionChannel() throws {
        let plain = Self.training.map { POSSentence(words: $0.words, tags: $0.tags) }
        let tagger = POSTagger.train(plain, corpus: CorpusTables(), options: Self.options)
        #expect(tagger.file.model.templates.channels == CorpusTables.channelCount)
        #expect(!tagger.knows(convention: "alpha"))
        let words = ["Ongkos", "naik", "sekitar", "tujuh", "persen", "."]
        #expect(tagger.tag(words, convention: "alpha") == tagger.tag(words))
    }
}
