import LinimasaExtract
import LinimasaIngest
import LinimasaModel
import LinimasaTagger
import Testing

/// Words a scraper glued together are split where the parts are known
/// words or names, so a name is not swallowed by its neighbours.
@Suite struct GlueSplitterTests {
    /// A small corpus table: names capitalised nearly always, frequent
    /// lower-case words, and one glued brand the corpus knows as it stands.
    static let splitter: GlueSplitter = {
        var table = WordTable()
        for name in ["Rusia", "Ukraina", "Putin", "Subianto", "Jakarta"] { table.set(name, 12) }
        for word in ["untuk", "dan", "membahas", "sepakat", "akan", "melaporkan"] { table.set(word, 7) }
        table.set("YouTube", 12)
        return GlueSplitter(corpus: table, nameWords: ["vladimir", "prabowo", "ri"])
    }()

    func parts(_ word: String) -> [String] { Self.splitter.split(word).map(String.init) }

    @Test func aCaseChangeInsideAWordIsABoundaryBetweenKnownParts() {
        #expect(parts("RusiaVladimir") == ["Rusia", "Vladimir"])
        #expect(parts("RIPrabowo") == ["RI", "Prabowo"])
        #expect(parts("BBCmelaporkan") == ["BBC", "melaporkan"])
    }

    @Test func aKnownNameFollowedByAFrequentLowerCaseWordIsTwoWords() {
        #expect(parts("Putinuntuk") == ["Putin", "untuk"])
        #expect(parts("Subiantomembahas") == ["Subianto", "membahas"])
    }

    @Test func bothKindsOfGlueInOneWord() {
        #expect(parts("RusiadanUkrainasepakat") == ["Rusia", "dan", "Ukraina", "sepakat"])
    }

    @Test func wordsTheCorpusKnowsOrWithUnknownPartsStayWhole() {
        #expect(parts("YouTube") == ["YouTube"])
        #expect(parts("McDonald") == ["McDonald"])
        #expect(parts("Jakarta") == ["Jakarta"])
        #expect(parts("Kartosuwiryo") == ["Kartosuwiryo"])
        #expect(parts("untuk") == ["untuk"])
    }

    /// Each distinct word is split once a thread and the parts remembered
    /// (`WordMemo`): a fresh extractor's first reading, its second reading
    /// from the memo, and the shared extractor's all give the same tokens,
    /// with each glued word split.
    @Test func aRememberedSplitGivesTheSameTokens() throws {
        let text = "Menteri Luar Negeri RIPrabowo menelepon RusiaVladimir Putinuntuk membahas pangan. "
            + "Setelah itu RusiaVladimir Putinuntuk kembali menelepon Menteri Luar Negeri RIPrabowo."
        let raw = RawDocument(id: "lem", published: "2024-03-05", text: text, origin: InputOrigin(path: "test"))
        let doc = DocumentBuilder(today: CalendarDate(year: 2026, month: 11, day: 23)!).build(raw)
        let fresh = try Extractor()
        func tokens(_ x: DocumentExtraction) -> [[String]] { x.sentences.map { $0.tokens.map(\.text) } }
        let cold = tokens(fresh.extract(doc)), warm = tokens(fresh.extract(doc))
        #expect(cold == warm)
        #expect(cold == tokens(sharedExtractor.extract(doc)))
        #expect(cold.count == 2)
        for sentence in cold {
            #expect(sentence.contains("Putin") && sentence.contains("untuk") && sentence.contains("Rusia"))
            #expect(!sentence.contains("Putinuntuk") && !sentence.contains("RusiaVladimir"))
        }
    }

    /// On the shipped Indonesian data: the glued name is found as an actor,
    /// with the right offsets.
    @Test func aGluedNameIsFoundInAnArticle() {
        let text = "Presiden AS Joe Biden menelepon Presiden RusiaVladimir Putinuntuk membahas gencatan senjata."
        let x = extract(text, published: "2021-06-01")
        let ids = x.sentences.flatMap { $0.actors.map(\.actorID) }
        #expect(ids.contains("person:vladimir-putin"))
        #expect(!ids.contains { $0.contains("putinuntuk") })
        let tokens = x.sentences[0].tokens
        let putin = tokens.first { $0.text == "Putin" }
        #expect(putin.map { Array(text.unicodeScalars)[$0.span.start..<$0.span.end].map(String.init).joined() } == "Putin")
    }
}
