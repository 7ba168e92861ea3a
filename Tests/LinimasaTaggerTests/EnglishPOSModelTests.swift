import Foundation
import LinimasaLanguage
import LinimasaTagger
import LinimasaTestSupport
import Testing

/// The shipped English part-of-speech model (trained on UD English EWT train).
@Suite struct EnglishPOSModelTests {
    static let tagger: POSTagger? = try? POSTagger(contentsOf: LanguageData.bundled.posModel(language: "en"))

    /// A news sentence written for this test, tagged word by word.
    @Test func tagsANewsSentence() throws {
        let tagger = try #require(EnglishPOSModelTests.tagger)
        let words = ["The", "navy", "attacked", "two", "oil", "platforms", "on", "Monday", "."]
        #expect(tagger.tag(words) == [.det, .noun, .verb, .num, .noun, .noun, .adp, .propn, .punct])
    }

    /// Universal POS accuracy on the unseen EWT test split is at least 0.94
    /// (the target; UDPipe 1.2 reached 0.944), when ../shared is there.
    @Test(.enabled(if: SharedData.available)) func reachesTheTargetOnEWTTest() throws {
        let tagger = try #require(EnglishPOSModelTests.tagger)
        let url = URL(fileURLWithPath: SharedData.path("benchmarks/ud-en/ewt/en_ewt-ud-test.conllu"))
        let test = try TaggedCorpus.read(url) { try TaggedCorpus.conllu($0, input: url.path) }
        #expect(test.count > 2000)
        #expect(tagger.evaluate(test).accuracy >= 0.94)
    }
}
