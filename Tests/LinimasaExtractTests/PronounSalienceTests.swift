import LinimasaExtract
import LinimasaModel
import Testing

/// "ia"/"dia" refer to the most salient person — the first subject or
/// speaker of the sentence, else of the last sentence that had one — not to
/// the last name seen.
@Suite struct PronounSalienceTests {
    func pronounActor(_ text: String, sentence: Int, published: String) -> String? {
        let x = extract(text, published: published)
        return x.sentences[sentence].actors.first { $0.rule == "pronoun" }?.actorID
    }

    @Test func aPronounOpeningASentenceIsThePreviousSentencesSubject() {
        let text = "Presiden Prancis Emmanuel Macron menyerukan perundingan baru, setelah Presiden AS Joe Biden "
            + "mengunjungi Kyiv. Ia kemudian mengkritik Rusia."
        #expect(pronounActor(text, sentence: 1, published: "2023-03-01") == "person:emmanuel-macron")
    }

    @Test func aPronounInsideASentenceIsThatSentencesSubject() {
        let text = "Presiden AS Joe Biden bertemu Presiden Prancis Emmanuel Macron di Paris. "
            + "Biden mengatakan dia akan mengirim bantuan."
        #expect(pronounActor(text, sentence: 1, published: "2023-03-01") == "person:joe-biden")
    }

    @Test func aSentenceWithoutAPersonKeepsTheSalientOne() {
        let text = "Presiden Prancis Emmanuel Macron mengecam serangan itu, sesudah Presiden AS Joe Biden menelepon Kyiv. "
            + "Serangan itu menewaskan tiga warga. Dia menuntut penyelidikan."
        #expect(pronounActor(text, sentence: 2, published: "2023-03-01") == "person:emmanuel-macron")
    }
}
