import Foundation
import LinimasaExtract
import LinimasaTestSupport
import Testing

/// The PLOVER gold-standard reader and per-record scoring, on records
/// written for this test in the file's format.
@Suite struct PLOVEREvaluationTests {
    static let file = """
        [
        {"id": "DOC", "event": "DOCUMENT", "eventText": "header"},
        {"id": "T-1", "event": "FIGHT", "text": "Ruritania shelled Freedonia.", \
        "source": [{"actorText": "Ruritania", "code": "RUR"}], "target": [{"actorText": "Freedonia", "code": "FRE"}]},
        {"id": "T-2", "event": "DEMAND", "text": "Ruritania shelled Freedonia.", \
        "source": [{"actorText": "Ruritania", "code": "RUR"}]},
        {"id": "T-3", "event": "AGREE", "text": "Freedonia agreed to talks.", \
        "source": [{"actorText": "Freedonia", "code": "FRE"}], "target": []}
        ]
        """

    @Test func readsRecordsAndMapsOlderNames() throws {
        let records = try PLOVERRecord.read(Data(PLOVEREvaluationTests.file.utf8), input: "gold.json")
        #expect(records.map(\.type) == ["ASSAULT", "REQUEST", "AGREE"])
        #expect(records[0].sourceCountries == ["RUR"])
        #expect(records[0].targetCountries == ["FRE"])
        #expect(records[2].targetCountries.isEmpty)
    }

    @Test func scoresTypeActorsAndPrecisionPerSentence() throws {
        let records = try PLOVERRecord.read(Data(PLOVEREvaluationTests.file.utf8), input: "gold.json")
        var score = PLOVERScore()
        // First sentence: the assault with both sides, plus a statement (not scored)
        // and an appeal, which counts as PLOVER's REQUEST.
        score.add(sentence: Array(records[0...1]), predictions: [
            PLOVERPrediction(type: "ASSAULT", sourceCountry: "RUR", targetCountry: "FRE"),
            PLOVERPrediction(type: "STATEMENT", sourceCountry: "RUR", targetCountry: nil),
            PLOVERPrediction(type: "APPEAL", sourceCountry: "FRE", targetCountry: nil),
        ])
        // Second sentence: the right type from the wrong side, and a wrong type.
        score.add(sentence: [records[2]], predictions: [
            PLOVERPrediction(type: "AGREE", sourceCountry: "RUR", targetCountry: nil),
            PLOVERPrediction(type: "ASSAULT", sourceCountry: "FRE", targetCountry: nil),
        ])
        #expect(score.records == 3)
        #expect(score.typeFound == 3)
        #expect(score.typeAndActorsFound == 1)
        #expect(score.predicted == 4)
        #expect(score.predictedCorrect == 3)
        #expect(score.byType["REQUEST"]?.found == 1)
    }

    @Test func badFileNamesTheInput() {
        #expect {
            _ = try PLOVERRecord.read(Data("{\"not\": \"an array\"}".utf8), input: "gold.json")
        } throws: { error in
            "\(error)" == "gold.json: not a JSON array of records"
        }
        #expect {
            _ = try PLOVERRecord.read(Data("[{\"event\": \"AGREE\"}]".utf8), input: "gold.json")
        } throws: { error in
            "\(error)" == "gold.json: record 1 has no text"
        }
    }

    /// The shipped gold-standard file, when ../shared is there: every record read.
    @Test(.enabled(if: SharedData.available)) func readsTheSharedFile() throws {
        let path = SharedData.path("benchmarks/events/plover-gsr/PLOVER_GSR_CAMEO.txt")
        let records = try PLOVERRecord.read(try Data(contentsOf: URL(fileURLWithPath: path)), input: path)
        #expect(records.count == 322)
        #expect(!records.contains { ["DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"].contains($0.type) })
    }
}
