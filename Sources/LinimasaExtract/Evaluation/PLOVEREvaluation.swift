import Foundation
import LinimasaModel

/// One coded event of a PLOVER gold-standard file: the sentence, the
/// PLOVER type and the country codes of its source and target actors.
public struct PLOVERRecord: Sendable, Equatable {
    public var id: String
    public var text: String
    /// The type in the current ontology (older names mapped, see `currentType`).
    public var type: String
    public var sourceCountries: Set<String>
    public var targetCountries: Set<String>

    public init(id: String, text: String, type: String, sourceCountries: Set<String>, targetCountries: Set<String>) {
        self.id = id
        self.text = text
        self.type = type
        self.sourceCountries = sourceCountries
        self.targetCountries = targetCountries
    }

    /// The gold-standard file's four older category names, as the PLOVER
    /// manual translates them; every other name is kept.
    public static func currentType(_ name: String) -> String {
        switch name {
        case "DEMAND": return "REQUEST"
        case "DISAPPROVE", "INVESTIGATE": return "ACCUSE"
        case "FIGHT": return "ASSAULT"
        default: return name
        }
    }

    /// Reads the gold-standard file (one JSON array of records); the
    /// `DOCUMENT` header record is skipped. Throws an error naming the file
    /// and the record of a bad entry.
    public static func read(_ data: Data, input: String) throws -> [PLOVERRecord] {
        guard let array = (try? JSONSerialization.jsonObject(with: data)) as? [Any] else {
            throw PLOVERFileError(input: input, message: "not a JSON array of records")
        }
        var out: [PLOVERRecord] = []
        for (n, item) in array.enumerated() {
            guard let r = item as? [String: Any], let event = r["event"] as? String else {
                throw PLOVERFileError(input: input, message: "record \(n + 1) has no event type")
            }
            if event == "DOCUMENT" { continue }
            guard let text = r["text"] as? String else {
                throw PLOVERFileError(input: input, message: "record \(n + 1) has no text")
            }
            func codes(_ key: String) -> Set<String> {
                Set(((r[key] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String })
            }
            out.append(PLOVERRecord(id: r["id"] as? String ?? "record \(n + 1)", text: text, type: currentType(event),
                                    sourceCountries: codes("source"), targetCountries: codes("target")))
        }
        return out
    }
}

public struct PLOVERFileError: Error, CustomStringConvertible, Sendable {
    public var input: String
    public var message: String
    public var description: String { "\(input): \(message)" }
}

/// What the extractor found in one record's sentence: each event's PLOVER
/// type and the countries of its source and target.
public struct PLOVERPrediction: Sendable {
    public var type: String
    public var sourceCountry: String?
    public var targetCountry: String?

    /// `type` is Linimasa's PLOVER type; its APPEAL (CAMEO 02, which PLOVER
    /// folds into REQUEST together with CAMEO 10) is scored as REQUEST.
    public init(type: String, sourceCountry: String?, targetCountry: String?) {
        self.type = type == "APPEAL" ? "REQUEST" : type
        self.sourceCountry = sourceCountry
        self.targetCountry = targetCountry
    }
}

/// Per-record scores against a PLOVER gold-standard file.
///
/// Recall of type: the share of records for which an event of the record's
/// type is found in its sentence. Recall of type with actors: the same, with
/// the event's source country among the record's source codes and, when the
/// record has a target, its target country among the target codes.
/// Precision of type: of the events predicted in the file's distinct
/// sentences (statements aside, since PLOVER has no statement type), the
/// share whose type is the type of a record of that sentence; the file codes
/// every event its authors saw in a sentence, so an event of another type is
/// counted wrong.
public struct PLOVERScore: Sendable {
    public var records = 0
    public var typeFound = 0
    public var typeAndActorsFound = 0
    public var predicted = 0
    public var predictedCorrect = 0
    /// Per gold type: records and records whose type was found.
    public var byType: [String: (records: Int, found: Int)] = [:]

    public init() {}

    public var typeRecall: Double { records == 0 ? 0 : Double(typeFound) / Double(records) }
    public var typeAndActorsRecall: Double { records == 0 ? 0 : Double(typeAndActorsFound) / Double(records) }
    public var typePrecision: Double { predicted == 0 ? 0 : Double(predictedCorrect) / Double(predicted) }

    /// Scores the records of one sentence against what was predicted for it.
    public mutating func add(sentence records: [PLOVERRecord], predictions: [PLOVERPrediction]) {
        let coded = predictions.filter { $0.type != "STATEMENT" }
        let types = Set(records.map(\.type))
        predicted += coded.count
        predictedCorrect += coded.filter { types.contains($0.type) }.count
        for r in records {
            self.records += 1
            let sameType = coded.filter { $0.type == r.type }
            let found = !sameType.isEmpty
            if found { typeFound += 1 }
            byType[r.type, default: (0, 0)].records += 1
            if found { byType[r.type, default: (0, 0)].found += 1 }
            if sameType.contains(where: { p in
                p.sourceCountry.map(r.sourceCountries.contains) == true
                    && (r.targetCountries.isEmpty || p.targetCountry.map(r.targetCountries.contains) == true)
            }) {
                typeAndActorsFound += 1
            }
        }
    }
}
