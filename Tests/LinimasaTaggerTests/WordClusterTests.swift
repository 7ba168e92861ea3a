import Foundation
import LinimasaModel
@testable import LinimasaTagger
import Testing

/// Word classes from unlabeled text (`WordClusters`): words used in the
/// same places share a class, words used elsewhere do not, and the same
/// text gives the same classes every time.
@Suite struct WordClusterTests {
    static let days = ["Senin", "Selasa", "Rabu", "Kamis"]
    static let fruits = ["mangga", "jeruk", "apel", "pisang"]

    /// A made-up corpus: days after "pada" and before "pagi", fruits after
    /// "membeli" and before "segar", each word six times.
    static let texts: [String] = {
        var out: [String] = []
        for round in 0..<6 {
            for (i, day) in days.enumerated() {
                let fruit = fruits[(i + round) % fruits.count]
                out.append("Kami bertemu pada \(day) pagi. Ibu membeli \(fruit) segar di pasar.")
            }
        }
        return out
    }()

    static func counts() -> NeighbourCounts {
        var counter = ContextCounter()
        for t in texts { counter.add(text: t) }
        return NeighbourCounts(counter, contexts: 20, minimumCount: 5)
    }

    @Test func wordsUsedAlikeShareAClass() {
        let (fine, coarse) = WordClusters.tables(WordClusterTests.counts(), fine: 6, coarse: 2)
        let dayClasses = Set(WordClusterTests.days.map { fine.value(of: $0) })
        let fruitClasses = Set(WordClusterTests.fruits.map { fine.value(of: $0) })
        #expect(dayClasses.count == 1 && fruitClasses.count == 1)
        #expect(dayClasses != fruitClasses)
        #expect(!dayClasses.contains(0) && !fruitClasses.contains(0))
        // Case does not matter; a word the corpus never had has no class.
        #expect(fine.value(of: "senin") == fine.value(of: "Senin"))
        #expect(fine.value(of: "durian") == 0)
        // Coarse classes group the fine ones: a word's coarse class is that of its fine class.
        #expect(Set(WordClusterTests.days.map { coarse.value(of: $0) }).count == 1)
        #expect((1...2).contains(coarse.value(of: "Senin")))
    }

    @Test func theSameTextGivesTheSameClasses() {
        let a = WordClusters.tables(WordClusterTests.counts(), fine: 6, coarse: 2)
        let b = WordClusters.tables(WordClusterTests.counts(), fine: 6, coarse: 2)
        #expect(a.fine == b.fine && a.coarse == b.coarse)
        #expect(a.fine.count > 8)
    }

    @Test func tooFewWordsGiveNoClasses() {
        let (fine, coarse) = WordClusters.tables(WordClusterTests.counts(), fine: 200, coarse: 8)
        #expect(fine.count == 0 && coarse.count == 0)
    }

    /// The corpus tables a tagger is trained with carry the classes, and a
    /// model keeps them through its file.
    @Test func corpusTablesCarryTheClassesIntoTheModel() throws {
        let tables = CorpusTables(texts: WordClusterTests.texts)
        // 255 classes need more words than this corpus has: none.
        #expect(tables.clusters.count == 0)
        var withClasses = tables
        let (fine, coarse) = WordClusters.tables(WordClusterTests.counts(), fine: 6, coarse: 2)
        withClasses.clusters = fine
        withClasses.coarseClusters = coarse
        let tagger = POSTagger.train(TaggerTrainingTests.training, corpus: withClasses, options: TaggerTrainingTests.options)
        let reloaded = try POSTagger(data: tagger.serialized())
        #expect(reloaded.corpus == withClasses)
    }
}

/// Column files with a UPOS tag in the second column (an automatic
/// tagger's output beside names) read as part-of-speech sentences.
@Suite struct POSColumnReaderTests {
    @Test func readsWordsAndTagsAndNamesTheBadLine() throws {
        let text = """
        Rina PROPN B-PER
        pulang VERB O
        . PUNCT O

        Hujan NOUN O
        turun VERB O
        """
        let sentences = try TaggedCorpus.posColumns(text, input: "made-up.txt")
        #expect(sentences == [
            POSSentence(words: ["Rina", "pulang", "."], tags: [.propn, .verb, .punct]),
            POSSentence(words: ["Hujan", "turun"], tags: [.noun, .verb]),
        ])
        #expect(throws: LanguageDataError.self) { try TaggedCorpus.posColumns("Rina NAMA O\n", input: "bad.txt") }
    }
}
