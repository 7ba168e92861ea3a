import Foundation
import LinimasaExtract
import LinimasaIngest
import LinimasaLanguage
import LinimasaModel
import LinimasaTestSupport
import Testing

/// Velish morphology: a verb is a root plus `-ak` ("grivak" → griv).
struct VelishMorphology: LanguageMorphology {
    let roots: Set<String>

    func stem(_ word: String) -> String {
        let w = word.lowercased()
        if w.hasSuffix("ak"), roots.contains(String(w.dropLast(2))) { return String(w.dropLast(2)) }
        return w
    }

    func shape(word: String, root: String) -> WordShape {
        word.lowercased() == root + "ak" ? .activeVerb : .bare
    }

    func isTransitive(_ key: String) -> Bool { key.hasSuffix("ak") }
    func isRootWithClitic(word: String, root: String) -> Bool { false }
    func hasClitic(_ word: String) -> Bool { false }
    func withoutClitic(_ word: String) -> String? { nil }
    func hasVerbPrefix(_ key: String) -> Bool { false }
}

/// The made-up language of `Fixtures/MadeUpLanguage`: everything the engine
/// knows about it comes from those files and the morphology above.
func velishProfile() throws -> LanguageProfile {
    guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
        throw LanguageDataError(path: "Fixtures", reason: "missing from the test bundle")
    }
    let data = LanguageData(directory: root.appendingPathComponent("MadeUpLanguage"))
    let words = try FunctionWords(table: "vl/words.tsv", data: data)
    return LanguageProfile(code: "vl", data: data, words: words) { _, extraRoots in
        VelishMorphology(roots: Set(extraRoots))
    }
}

/// Reads `text` as a Velish article published on `published` and extracts it.
func extractVelish(_ text: String, published: String) throws -> DocumentExtraction {
    let extractor = try Extractor(profile: try velishProfile())
    let raw = RawDocument(id: "vl", published: published, text: text, origin: InputOrigin(path: "test"))
    let builder = DocumentBuilder(today: CalendarDate(year: 2026, month: 11, day: 23)!)
    return extractor.extract(builder.build(raw))
}

@Suite struct MadeUpLanguageTests {
    /// "Zorbania attacks Kelmoria on 12 March 2024": a dated assault with
    /// both sides, from the Velish trigger, calendar and gazetteer files.
    @Test func codesADatedEventWithBothActors() throws {
        let x = try extractVelish("Zorbania grivak Kelmoria do 12 frunil 2024.", published: "2024-03-14")
        let event = try #require(x.events.first)
        #expect(x.events.count == 1)
        #expect(event.cameo == "190")
        #expect(event.plover == "ASSAULT")
        #expect(event.sourceID == "ZRB")
        #expect(event.targetID == "KLM")
        #expect(event.date?.start == CalendarDate(year: 2024, month: 3, day: 12))
        #expect(event.modality == .asserted)
        #expect(x.timexes.map(\.value) == ["2024-03-12"])
    }

    /// The profile's function words decide modality: Velish "nek" negates,
    /// "vor" makes an act planned; Indonesian cue words mean nothing here.
    @Test func readsModalityFromTheProfilesWords() throws {
        let negated = try extractVelish("Kelmoria nek lumak Zorbania.", published: "2024-03-14")
        #expect(negated.events.map(\.cameo) == ["040"])
        #expect(negated.events.first?.modality == .negated)
        let planned = try extractVelish("Kelmoria vor lumak Zorbania.", published: "2024-03-14")
        #expect(planned.events.first?.modality == .planned)
        let indonesianCue = try extractVelish("Kelmoria tidak lumak Zorbania.", published: "2024-03-14")
        #expect(indonesianCue.events.first?.modality == .asserted)
    }

    /// Indonesian text means nothing to the Velish profile: no trigger, no
    /// month name; only the digits of a year are read in any language.
    @Test func knowsNoIndonesian() throws {
        let x = try extractVelish("Rusia menyerang Ukraina pada 12 Maret 2024.", published: "2024-03-14")
        #expect(x.events.isEmpty)
        #expect(x.timexes.map(\.text) == ["2024"])
    }

    /// A function-word table with an unknown class names the file and line.
    @Test func unknownWordClassIsNamed() throws {
        let dir = try TemporaryDirectory(prefix: "velish")
        try dir.write("words.tsv", "# classes\npreverbal\tju\nadverbs\tsoon\n")
        #expect {
            _ = try FunctionWords(table: "words.tsv", data: LanguageData(directory: URL(fileURLWithPath: dir.path)))
        } throws: { error in
            "\(error)" == "words.tsv:3: unknown word class adverbs"
        }
    }
}
