import Foundation
import LinimasaLanguage
import Testing

@Test func bundledDataHasItsProvenance() throws {
    let url = LanguageData.bundled.url("SOURCES.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains("compiled by the Linimasa team"))
}
