@testable import LinimasaIngest
import Testing

@Test(arguments: [
    ("Menteri itu mengatakan bahwa pemerintah akan segera mengirim bantuan ke daerah yang terdampak banjir.", "id"),
    ("The minister said that the government will send aid to the areas that were hit by the floods.", "en"),
    ("NATO 2022", nil as String?),
])
func guessesTheLanguageFromFunctionWords(text: String, language: String?) {
    #expect(LanguageGuesser.guess(Array(text.utf8)) == language)
}

@Test(arguments: [("id-ID", "id"), ("id_ID", "id"), ("ind", "id"), ("en-US", "en"), ("EN", "en"), ("ms", "ms")])
func normalisesLanguageTags(tag: String, language: String) {
    #expect(LanguageGuesser.normalise(tag) == language)
}
