import Foundation
import LinimasaExport
import LinimasaGraph
import LinimasaModel
import Testing

/// Each mention's own code, roles, date and modality reach the JSON,
/// mentions CSV and GraphML exports (issue 10), not only the event's.
@Suite struct MentionReadingTests {
    /// One event, two mentions that read it differently: the second reports
    /// a threat (not an attack), by another source, on another day, planned.
    static func graph() -> KnowledgeGraph {
        func reading(_ doc: String, cameo: CAMEOCode, source: ActorID?, date: DayInterval?, modality: Modality) -> Mention {
            Mention(documentID: doc, outlet: doc + ".test", url: nil, published: day("2024-05-02"), sentenceIndex: 0,
                    trigger: TextSpan(start: 12, end: 20), clause: TextSpan(start: 0, end: 40),
                    triggerText: "menyerang", evidenceText: "bukti", modality: modality, cameo: cameo, plover: "X",
                    quadClass: .materialConflict, goldstein: -9, sourceID: source, targetID: "UKR", date: date,
                    precision: date == nil ? nil : .day, confidence: 0.7)
        }
        let event = EventNode(
            id: "a@12", cameo: "190", plover: "ASSAULT", quadClass: .materialConflict, goldstein: -10,
            sourceID: "RUS", targetID: "UKR", date: DayInterval(day: day("2024-05-01")), precision: .day,
            modality: .asserted, confidence: 0.8,
            mentions: [
                reading("a", cameo: "190", source: "RUS", date: DayInterval(day: day("2024-05-01")), modality: .asserted),
                reading("b", cameo: "138", source: "person:putin", date: DayInterval(start: day("2024-05-03"), end: day("2024-05-04")), modality: .planned),
            ])
        return KnowledgeGraph(actors: [
            ActorNode(id: "RUS", name: "Rusia", kind: .country, country: "RUS"),
            ActorNode(id: "UKR", name: "Ukraina", kind: .country, country: "UKR"),
            ActorNode(id: "person:putin", name: "Vladimir Putin", kind: .person, country: "RUS"),
        ], events: [event], edges: [])
    }

    @Test func jsonCarriesEachMentionsOwnReading() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(GraphJSONExporter().bytes(Self.graph()))) as? [String: Any])
        let event = try #require((json["events"] as? [[String: Any]])?.first)
        let mentions = try #require(event["mentions"] as? [[String: Any]])
        #expect(mentions.map { $0["cameo"] as? String } == ["190", "138"])
        #expect(mentions.map { $0["source"] as? String } == ["RUS", "person:putin"])
        #expect(mentions.map { $0["target"] as? String } == ["UKR", "UKR"])
        #expect(mentions.map { $0["modality"] as? String } == ["asserted", "planned"])
        #expect((mentions[1]["date"] as? [String: String]) == ["start": "2024-05-03", "end": "2024-05-04"])
        #expect(mentions.map { $0["precision"] as? String } == ["day", "day"])
    }

    @Test func mentionsCSVCarriesEachMentionsOwnReading() throws {
        let text = String(decoding: try MentionsCSVExporter().bytes(Self.graph()), as: UTF8.self)
        let rows = text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        func column(_ name: String) -> [String] {
            guard let k = header.firstIndex(of: name) else { return [] }
            return rows.dropFirst().map { $0[k] }
        }
        #expect(column("cameo") == ["190", "138"])
        #expect(column("source") == ["RUS", "person:putin"])
        #expect(column("target") == ["UKR", "UKR"])
        #expect(column("date_start") == ["2024-05-01", "2024-05-03"])
        #expect(column("date_end") == ["2024-05-01", "2024-05-04"])
        #expect(column("modality") == ["asserted", "planned"])
    }

    @Test func graphMLCarriesEachMentionsOwnReading() throws {
        let xml = String(decoding: try GraphMLExporter().document(Self.graph()), as: UTF8.self)
        #expect(xml.contains("attr.name=\"mention_readings\""))
        #expect(xml.contains("a@12: 190 RUS -&gt; UKR 2024-05-01 day asserted | b@12: 138 person:putin -&gt; UKR 2024-05-03..2024-05-04 day planned"))
    }
}
