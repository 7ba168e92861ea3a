import ArgumentParser
import Foundation
import LinimasaExtract
import LinimasaIngest
import LinimasaModel
import LinimasaText

/// `linimasa eval-plover`: per-record scores against the PLOVER
/// gold-standard records (English sentences coded by the PLOVER authors).
struct EvalPLOVER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-plover",
        abstract: "Score English event coding against the PLOVER gold-standard records.",
        discussion: """
        Reads the PLOVER gold-standard file (one JSON array of records, each \
        one coded event in one English sentence), extracts each distinct \
        sentence as an English document, and prints: recall of the PLOVER \
        type (an event of the record's type is found in its sentence), \
        recall of type with actors (and its source and target countries \
        match the record's codes), precision of type (of the non-statement \
        events predicted, the share whose type some record of that sentence \
        has), and recall per type. Linimasa's APPEAL (CAMEO 02) counts as \
        REQUEST, as PLOVER folds appeals and demands together. The file's older names DEMAND, \
        DISAPPROVE, INVESTIGATE and FIGHT are read as REQUEST, ACCUSE, ACCUSE \
        and ASSAULT.

        Examples:
          linimasa eval-plover
          linimasa eval-plover --json \\
              ../shared/benchmarks/events/plover-gsr/PLOVER_GSR_CAMEO.txt
        """
    )

    @Argument(help: ArgumentHelp("The gold-standard file.", valueName: "file"))
    var file = "../shared/benchmarks/events/plover-gsr/PLOVER_GSR_CAMEO.txt"

    @Flag(name: .long, help: "Print one JSON object with the scores.")
    var json = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("\(file): cannot read the file")
        }
        let records = try PLOVERRecord.read(data, input: file)
        var sentences: [String: [PLOVERRecord]] = [:]
        var order: [String] = []
        for r in records {
            if sentences[r.text] == nil { order.append(r.text) }
            sentences[r.text, default: []].append(r)
        }
        let extractor = try Extractor()
        let builder = DocumentBuilder(today: CalendarDate(year: 2000, month: 1, day: 1)!)
        var score = PLOVERScore()
        for (n, text) in order.enumerated() {
            let raw = RawDocument(id: "plover-\(n + 1)", published: "2000-01-01", language: "en", text: text,
                                  origin: InputOrigin(path: file))
            let x = extractor.extract(builder.build(raw))
            let countries = Dictionary(x.actors.map { ($0.id, $0.country ?? $0.id) }, uniquingKeysWith: { a, _ in a })
            let predictions = x.events.map { e in
                PLOVERPrediction(type: e.plover, sourceCountry: e.sourceID.flatMap { countries[$0] ?? $0 },
                                 targetCountry: e.targetID.flatMap { countries[$0] ?? $0 })
            }
            score.add(sentence: sentences[text] ?? [], predictions: predictions)
        }
        let f = { (v: Double) in String(format: "%.3f", v) }
        if json {
            var w = JSONWriter()
            w.beginObject()
            w.key("records"); w.int(score.records)
            w.key("sentences"); w.int(order.count)
            w.key("type_recall"); w.value(.number(f(score.typeRecall)))
            w.key("type_actors_recall"); w.value(.number(f(score.typeAndActorsRecall)))
            w.key("type_precision"); w.value(.number(f(score.typePrecision)))
            w.endObject()
            print(String(decoding: w.bytes, as: UTF8.self))
            return
        }
        print("\(score.records) records in \(order.count) sentences")
        print("type recall            \(f(score.typeRecall))  (\(score.typeFound)/\(score.records))")
        print("type + actors recall   \(f(score.typeAndActorsRecall))  (\(score.typeAndActorsFound)/\(score.records))")
        print("type precision         \(f(score.typePrecision))  (\(score.predictedCorrect)/\(score.predicted) predicted events)")
        for (type, t) in score.byType.sorted(by: { $0.key < $1.key }) {
            print("  \(type.padding(toLength: 12, withPad: " ", startingAt: 0)) \(t.found)/\(t.records)")
        }
    }
}
