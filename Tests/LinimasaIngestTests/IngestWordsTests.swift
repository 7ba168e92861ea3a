import Foundation
@testable import LinimasaIngest
import LinimasaLanguage
import LinimasaModel
import LinimasaTestSupport
import Testing

/// Ingestion's words come from each language folder's `ingest/` tables, so a
/// third language is a folder of data, not code.
@Suite struct IngestWordsTests {
    /// Writes a data folder with the shipped languages' ingestion tables and
    /// a made-up language "zz" whose cues are invented words.
    func dataWithMadeUpLanguage() throws -> (TemporaryDirectory, LanguageData) {
        let dir = try TemporaryDirectory(prefix: "ingest-words")
        let shipped = LanguageData.bundled
        for language in IngestWords.languages(in: shipped) {
            for file in ["words.tsv", "lines.tsv"] {
                let text = try String(contentsOf: shipped.url("\(language)/ingest/\(file)"), encoding: .utf8)
                try dir.write("\(language)/ingest/\(file)", text)
            }
        }
        try dir.write("zz/ingest/words.tsv", """
            # a made-up language for the test
            prose\tvo ka mi
            cue\tvo ka mi torr
            tag\tzz zzz zedish
            """)
        try dir.write("zz/ingest/lines.tsv", """
            mira torr\tline\tsee-also\tmax=80 colon
            kil\tcredit-opening\tcaption\tspace
            zorbox\tclass-word\t\t
            LOOK HERE\tinline-prompt\tadvertisement\t
            """)
        return (dir, LanguageData(directory: URL(fileURLWithPath: dir.path)))
    }

    @Test func shippedTablesHoldEveryRuleKind() {
        let words = IngestWords.shipped
        #expect(IngestWords.languages(in: LanguageData.bundled) == ["en", "id"])
        #expect(words.cues.map(\.language) == ["en", "id"])
        #expect(words.prose.contains("the") && words.prose.contains("yang"))
        #expect(!words.lineRules.isEmpty && !words.tails.isEmpty && !words.tailVerbs.isEmpty)
        #expect(!words.creditOpenings.isEmpty && !words.creditLines.isEmpty && !words.pipeCredits.isEmpty)
        #expect(!words.gluedBylines.isEmpty && !words.leadingMarkers.isEmpty && !words.portalBlurbs.isEmpty)
        #expect(!words.classWords.isEmpty && !words.classPrefixes.isEmpty && !words.classParts.isEmpty)
        #expect(!words.inlinePrompts.isEmpty && words.inlineEmbeds.allSatisfy { $0.phrase.first == 0x5B })
        // A tail that names a page is page debris, a "read more" link is not.
        #expect(Set(words.tails.map(\.reason)) == [.seeAlso, .scraperDebris])
        #expect(words.tailVerbs.allSatisfy { $0.last == 0x20 })
        #expect(words.portalBlurbs.allSatisfy { $0.first == 0x20 })
    }

    @Test func aThirdLanguageIsGuessedFromItsDataAlone() throws {
        let (dir, data) = try dataWithMadeUpLanguage()
        _ = dir
        let words = try IngestWords.load(data)
        #expect(words.cues.map(\.language) == ["en", "id", "zz"])
        #expect(words.tags["zedish"] == "zz")
        let made = Array("vo torr ka mi vo, ka torr mi vo".utf8)
        #expect(LanguageGuesser.guess(made, cues: words.cues) == "zz")
        let english = Array("The talks that were held in the capital ended with a statement.".utf8)
        #expect(LanguageGuesser.guess(english, cues: words.cues) == "en")
        // As many cues of two languages: no language is said.
        let mixed = Array("vo ka mi the of and".utf8)
        #expect(LanguageGuesser.guess(mixed, cues: words.cues) == nil)

        let rule = try #require(words.lineRules.first { $0.lit == Array("mira torr".utf8) })
        #expect(rule.reason == .seeAlso && rule.maxLen == 80 && rule.needsColon && !rule.exact)
        #expect(words.creditOpenings.contains(Array("kil ".utf8)))
        #expect(words.classWords.contains("zorbox"))
        #expect(words.inlinePrompts.contains { $0.phrase == Array("LOOK HERE".utf8) && $0.reason == .advertisement })
    }

    @Test func aMalformedRowIsReportedWithItsFileAndLine() throws {
        let dir = try TemporaryDirectory(prefix: "ingest-words-bad")
        try dir.write("zz/ingest/words.tsv", "cue\tvo ka\n")
        try dir.write("zz/ingest/lines.tsv", "# header\nmira\tline\tsee-also\tmax=80\nkil\tline\tnot-a-reason\t\n")
        let data = LanguageData(directory: URL(fileURLWithPath: dir.path))
        do {
            _ = try IngestWords.load(data)
            Issue.record("a row with an unknown reason was accepted")
        } catch let error as LanguageDataError {
            #expect(error.path == "zz/ingest/lines.tsv")
            #expect(error.line == 3)
            #expect(error.description.contains("not-a-reason"))
        }
        try dir.write("zz/ingest/lines.tsv", "mira\tline\tsee-also\tmax=none\n")
        #expect(throws: LanguageDataError.self) { try IngestWords.load(data) }
        try dir.write("zz/ingest/lines.tsv", "mira\tfloating\tsee-also\t\n")
        #expect(throws: LanguageDataError.self) { try IngestWords.load(data) }
        // An embed must open with a bracket, or the scan would never reach it.
        try dir.write("zz/ingest/lines.tsv", "gambit:\tinline-embed\tscraper-debris\t\n")
        #expect(throws: LanguageDataError.self) { try IngestWords.load(data) }
    }
}
