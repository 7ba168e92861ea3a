import Foundation
import LinimasaLanguage
import LinimasaTagger
import LinimasaTestSupport
import Testing

/// The models in `Resources/id/models/` load, tag sentences written for
/// this test, and score on the held-out benchmark files what the models'
/// README and the project README say (to three decimals). The scores need
/// `../shared` and are skipped without it.
@Suite struct ShippedModelTests {
    static let pos = Result { try POSTagger(contentsOf: LanguageData.bundled.posModel) }
    static let names = Result { try NameTagger(contentsOf: LanguageData.bundled.nameModel) }

    @Test func tagsAMadeUpNewsSentence() throws {
        let pos = try ShippedModelTests.pos.get()
        let names = try ShippedModelTests.names.get()
        let words = ["Menteri", "Kesehatan", "Budi", "Gunadi", "Sadikin", "meninjau", "rumah", "sakit", "di", "Surabaya", "pada", "Senin", "."]
        let tags = pos.tag(words)
        #expect(tags.count == words.count)
        #expect(tags[2] == .propn)
        #expect(tags[5] == .verb)
        #expect(tags[8] == .adp)
        #expect(tags[12] == .punct)
        let found = names.tag(words, pos: tags)
        #expect(found.contains(NameSpan(2..<5, .person)))
        #expect(found.contains(NameSpan(9..<10, .location)))
    }

    /// Each test set tagged by its own treebank's conventions, as `eval-pos` does.
    static let posFigures: [(String, String, Double)] = [
        ("benchmarks/ud/gsd/id_gsd-ud-test.conllu", "gsd", 0.929),
        ("benchmarks/ud/csui/id_csui-ud-test.conllu", "csui", 0.960),
    ]

    @Test(.enabled(if: SharedData.available), arguments: posFigures)
    func partOfSpeechAccuracy(file: String, convention: String, figure: Double) throws {
        let url = URL(fileURLWithPath: SharedData.path(file))
        let sentences = try TaggedCorpus.read(url) { try TaggedCorpus.conllu($0, input: url.path) }
        let accuracy = try ShippedModelTests.pos.get().evaluate(sentences, convention: convention).accuracy
        #expect((accuracy * 1000).rounded() / 1000 == figure, "UPOS accuracy \(accuracy) on \(file)")
    }

    static let nameFigures: [(String, Double)] = [
        ("benchmarks/ner/idner-news-2k/test.txt", 0.917),
        ("benchmarks/ner/indonlu-nergrit/test_preprocess.txt", 0.719),
        ("benchmarks/ner/indolem-nerui/test.01.tsv", 0.883),
    ]

    @Test(.enabled(if: SharedData.available), arguments: nameFigures)
    func nameF1(file: String, figure: Double) throws {
        let sentences = try TaggedCorpus.read(URL(fileURLWithPath: SharedData.path(file)), TaggedCorpus.bio)
        let f1 = try ShippedModelTests.names.get().evaluate(sentences, pos: ShippedModelTests.pos.get()).f1
        #expect((f1 * 1000).rounded() / 1000 == figure, "exact F1 \(f1) on \(file)")
    }
}
