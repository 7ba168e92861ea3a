import Foundation
import LinimasaIngest
import LinimasaModel
import Testing
import LinimasaTestSupport

/// The seed articles in ../shared, read at run time (never copied here).
@Suite(.enabled(if: SharedData.available, "needs ../shared"))
struct SeedDocumentsTests {
    let builder = DocumentBuilder(today: CalendarDate(year: 2026, month: 11, day: 23)!)

    func documents(_ paths: [String]) throws -> [Document] {
        let out = try readAll(paths)
        #expect(out.errors.isEmpty, "\(out.errors)")
        return out.documents.map(builder.build)
    }

    func seedFile(_ prefix: String) throws -> String {
        let dir = SharedData.path("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir).first { $0.hasPrefix(prefix) })
        return dir + "/" + name
    }

    /// Both forms of each seed: the JSON Lines record and the .txt file.
    func seedForms(_ id: String, _ prefix: String) throws -> [Document] {
        let fromJSONL = try documents([SharedData.path("eval/seeds.jsonl")]).filter { $0.id == id }
        return fromJSONL + (try documents([try seedFile(prefix)]))
    }

    @Test func seed004DropsItsCaptionAndBothSeeAlsoLines() throws {
        let forms = try seedForms("seed-004", "004_")
        #expect(forms.count == 2)
        for doc in forms {
            let captions = doc.dropped.filter { $0.reason == .caption }
            #expect(captions.count == 1)
            #expect(captions.first?.text.contains("(Foto:") == true)
            let seeAlso = doc.dropped.filter { $0.reason == .seeAlso }
            #expect(seeAlso.count == 2)
            #expect(seeAlso.allSatisfy { $0.text.hasPrefix("BACA JUGA") })
            #expect(!doc.sentences.contains { $0.text.contains("BACA JUGA") || $0.text.contains("(Foto:") })
            // "[mg/rs]" at the end is editors' initials, not text.
            #expect(!doc.sentences.contains { $0.text.contains("[mg/rs]") })
        }
    }

    @Test func seed004HeadlineIsItsTitleInTheTextFile() throws {
        let doc = try #require(try documents([try seedFile("004_")]).first)
        #expect(doc.title?.hasPrefix("Blinken Serukan NATO") == true)
        #expect(doc.sentences.first?.text == doc.title)
        // No metadata: "Senin (3/1)" is dated by its weekday (2022 is the only recent year where 3 January is a Monday).
        #expect(doc.dctSource == .textWeekday)
        #expect(doc.published?.date == CalendarDate(year: 2022, month: 1, day: 3))
    }

    @Test func seed000DropsTheCreditLineAndKeepsTheBrusselsDateline() throws {
        for doc in try seedForms("seed-000", "000_") {
            let credit = doc.dropped.filter { $0.reason == .sourceCredit }
            #expect(credit.count == 1)
            #expect(credit.first?.text.hasPrefix("Sumber:") == true)
            let dateline = try #require(doc.dateline)
            #expect(dateline.place == "BRUSSELS")
            #expect(dateline.outlet == "KONTAN.CO.ID")
            let first = try #require(doc.sentences.first)
            #expect(first.text.hasPrefix("Amerika Serikat (AS)"))
            #expect(!doc.sentences.contains { $0.text.contains("Baca Juga") })
        }
    }

    @Test func seed003DatelineNamesTheOutlet() throws {
        for doc in try seedForms("seed-003", "003_") {
            #expect(doc.dateline?.outlet == "TRIBUNNEWS.COM")
            #expect(doc.sentences.first?.text.hasPrefix("Sekretaris Jenderal") == true)
        }
    }

    @Test func metadataDatesWinForTheJSONLinesSeeds() throws {
        let docs = try documents([SharedData.path("eval/seeds.jsonl")])
        #expect(docs.map(\.id) == ["seed-000", "seed-003", "seed-004"])
        #expect(docs.map { $0.published?.iso8601 } == ["2022-10-13", "2022-10-12", "2022-01-04"])
        #expect(docs.allSatisfy { $0.dctSource == .metadata && $0.language == "id" })
    }

    @Test func noKeptSentenceStartsOrEndsInsideAWord() throws {
        var paths = [SharedData.path("eval/seeds.jsonl")]
        for p in ["000_", "003_", "004_"] { paths.append(try seedFile(p)) }
        for doc in try documents(paths) {
            assertSentenceInvariants(doc)
        }
    }
}

/// Sentences are sorted, non-empty, trimmed, match the text at their offsets,
/// and neither start nor end inside a word.
func assertSentenceInvariants(_ doc: Document, sourceLocation: SourceLocation = #_sourceLocation) {
    let scalars = Array(doc.text.unicodeScalars)
    func isWordChar(_ i: Int) -> Bool {
        i >= 0 && i < scalars.count && (scalars[i].properties.isAlphabetic || scalars[i].properties.numericType != nil)
    }
    var previousEnd = 0
    for s in doc.sentences {
        #expect(s.span.start >= previousEnd, "overlap in \(doc.id)", sourceLocation: sourceLocation)
        #expect(s.span.length > 0, sourceLocation: sourceLocation)
        let slice = String(String.UnicodeScalarView(scalars[s.span.start..<s.span.end]))
        #expect(slice == s.text, "offsets disagree with text in \(doc.id)", sourceLocation: sourceLocation)
        #expect(s.text.unicodeScalars.first?.properties.isWhitespace == false, sourceLocation: sourceLocation)
        #expect(s.text.unicodeScalars.last?.properties.isWhitespace == false, sourceLocation: sourceLocation)
        if isWordChar(s.span.start) {
            #expect(!isWordChar(s.span.start - 1), "\(doc.id): starts inside a word: \(s.text.prefix(30))", sourceLocation: sourceLocation)
        }
        if isWordChar(s.span.end - 1) {
            #expect(!isWordChar(s.span.end), "\(doc.id): ends inside a word: \(s.text.suffix(30))", sourceLocation: sourceLocation)
        }
        previousEnd = s.span.end
    }
}
