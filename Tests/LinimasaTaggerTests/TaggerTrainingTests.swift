import Foundation
@testable import LinimasaTagger
import Testing

/// Training on a handful of made-up sentences: the tagger learns the
/// patterns, generalises to words it has not seen, and gives the same
/// bytes every time.
@Suite struct TaggerTrainingTests {
    /// Small sentences in a regular pattern: a name, a verb with the
    /// prefix "me", a noun, sometimes "di" and a place.
    static let training: [POSSentence] = {
        let rows: [[(String, UPOS)]] = [
            [("Andi", .propn), ("membeli", .verb), ("buku", .noun), ("di", .adp), ("Bandung", .propn), (".", .punct)],
            [("Siti", .propn), ("membaca", .verb), ("koran", .noun), (".", .punct)],
            [("Budi", .propn), ("menulis", .verb), ("surat", .noun), ("di", .adp), ("Medan", .propn), (".", .punct)],
            [("Rina", .propn), ("memasak", .verb), ("nasi", .noun), ("di", .adp), ("Solo", .propn), (".", .punct)],
            [("Joko", .propn), ("menjual", .verb), ("sepeda", .noun), ("dan", .cconj), ("buku", .noun), (".", .punct)],
            [("Dewi", .propn), ("membawa", .verb), ("tas", .noun), ("ke", .adp), ("Bogor", .propn), (".", .punct)],
            [("Tono", .propn), ("mencari", .verb), ("kunci", .noun), ("di", .adp), ("Garut", .propn), ("!", .punct)],
            [("Ani", .propn), ("menanam", .verb), ("pohon", .noun), ("dan", .cconj), ("bunga", .noun), (".", .punct)],
        ]
        return rows.map { POSSentence(words: $0.map(\.0), tags: $0.map(\.1)) }
    }()

    static let options = TrainingOptions(epochs: 8, bits: 16, pruneBelow: 0)

    @Test func learnsThePatternAndTagsUnseenWords() {
        let tagger = POSTagger.train(TaggerTrainingTests.training, corpus: CorpusTables(), options: TaggerTrainingTests.options)
        #expect(tagger.tag(TaggerTrainingTests.training[1].words) == TaggerTrainingTests.training[1].tags)
        // "Wati", "memotong", "roti" and "Depok" never occur in training.
        #expect(tagger.tag(["Wati", "memotong", "roti", "di", "Depok", "."]) == [.propn, .verb, .noun, .adp, .propn, .punct])
        #expect(tagger.tag([]) == [])
    }

    @Test func trainingIsDeterministicAndModelsRoundTrip() throws {
        let a = POSTagger.train(TaggerTrainingTests.training, corpus: CorpusTables(), options: TaggerTrainingTests.options)
        let b = POSTagger.train(TaggerTrainingTests.training, corpus: CorpusTables(), options: TaggerTrainingTests.options)
        #expect(a.serialized() == b.serialized())
        let reloaded = try POSTagger(data: a.serialized())
        #expect(reloaded.file == a.file)
        #expect(reloaded.serialized() == a.serialized())
        let words = ["Tono", "membeli", "nasi", "dan", "roti", "."]
        #expect(reloaded.tag(words) == a.tag(words))
        // Another seed visits the sentences in another order.
        var other = TaggerTrainingTests.options
        other.seed = 7
        #expect(POSTagger.train(TaggerTrainingTests.training, corpus: CorpusTables(), options: other).serialized() != a.serialized())
    }

    /// Names: people after a verb of saying, places after "di", and a
    /// gazetteer that knows one organisation the sentences never show.
    @Test func nameTaggerLearnsNamesAndUsesThePhraseTable() throws {
        let pos = POSTagger.train(TaggerTrainingTests.training, corpus: CorpusTables(), options: TaggerTrainingTests.options)
        let text = """
        Kata O
        Andi B-PER
        Wijaya I-PER
        di O
        Bandung B-LOC
        . O

        Bank B-ORG
        Sentosa I-ORG
        membuka O
        kantor O
        di O
        Medan B-LOC
        . O

        Siti B-PER
        Rahayu I-PER
        tiba O
        di O
        Solo B-LOC
        . O

        Koperasi B-ORG
        Maju I-ORG
        Jaya I-ORG
        menjual O
        beras O
        di O
        Garut B-LOC
        . O

        Budi B-PER
        Santoso I-PER
        membeli O
        buku O
        di O
        Bogor B-LOC
        . O

        Dewi B-PER
        Sartika I-PER
        tiba O
        di O
        Garut B-LOC
        . O

        Joko B-PER
        Susilo I-PER
        pulang O
        ke O
        Medan B-LOC
        . O
        """
        let sentences = TaggedCorpus.bio(text)
        #expect(sentences.count == 7)
        #expect(sentences[2].names == [NameSpan(0..<2, .person), NameSpan(4..<5, .location)])
        var phrases = PhraseTable()
        phrases.add(["Lembaga", "Pangan", "Dunia"], to: "organisation")
        var lexicon = NameLexicon(phrases: phrases)
        lexicon.corpus.capitalisation.set("membuka", 1)
        // Word classes as a corpus would give them: given names, family
        // names and towns each a class, the unseen "Rina", "Lestari" and
        // "Depok" among them.
        for w in ["Andi", "Siti", "Budi", "Dewi", "Joko", "Rina"] { lexicon.corpus.clusters.set(w, 7) }
        for w in ["Wijaya", "Rahayu", "Santoso", "Sartika", "Susilo", "Lestari"] { lexicon.corpus.clusters.set(w, 8) }
        for w in ["Bandung", "Medan", "Solo", "Garut", "Bogor", "Depok"] { lexicon.corpus.clusters.set(w, 9) }
        let options = TrainingOptions(epochs: 12, bits: 18, pruneBelow: 0)
        let tagger = NameTagger.train(sentences, pos: pos, lexicon: lexicon, options: options)
        let reloaded = try NameTagger(data: tagger.serialized())
        #expect(reloaded.serialized() == tagger.serialized())
        let unseen = ["Rina", "Lestari", "tiba", "di", "Depok", "."]
        #expect(reloaded.tag(unseen, pos: pos.tag(unseen)) == [NameSpan(0..<2, .person), NameSpan(4..<5, .location)])
        let score = reloaded.evaluate(sentences, pos: pos)
        #expect(score.gold == 14)
        #expect(score.f1 > 0.9)
    }
}
