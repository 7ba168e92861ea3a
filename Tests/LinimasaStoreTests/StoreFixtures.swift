import Foundation
import LinimasaGraph
import LinimasaModel
import LinimasaStore

/// Small hand-made articles with every optional field both set and unset.
enum Fixtures {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static let idn = ActorNode(id: "IDN", name: "Indonesia", kind: .country, country: "IDN",
                               aliases: ["RI", "Jakarta"])
    static let chn = ActorNode(id: "CHN", name: "China", kind: .country, country: "CHN", aliases: ["Tiongkok"])
    static let retno = ActorNode(id: "person:retno-marsudi", name: "Retno Marsudi", kind: .person, country: "IDN",
                                 roles: [RoleSpan(role: "Menteri Luar Negeri", start: day(2024, 10, 14), end: day(2024, 10, 14))],
                                 aliases: ["Retno"])

    static func mention(_ doc: String, at start: Int, cameo: CAMEOCode, source: ActorID?, target: ActorID?,
                        published: CalendarDate? = nil, date: DayInterval? = nil, precision: DatePrecision? = nil,
                        modality: Modality = .asserted, outlet: String? = "warta", url: String? = nil) -> Mention {
        Mention(documentID: doc, outlet: outlet, url: url, published: published, sentenceIndex: start / 100,
                trigger: TextSpan(start: start, end: start + 8), clause: TextSpan(start: start - 10, end: start + 30),
                triggerText: "mengecam", evidenceText: "Indonesia mengecam kapal China di Natuna",
                modality: modality, cameo: cameo, plover: "ACCUSE", quadClass: .verbalConflict,
                goldstein: -2.0, sourceID: source, targetID: target, date: date, precision: precision,
                confidence: 0.75)
    }

    /// Two articles: one fully dated with a person actor, one bare.
    static func articles() -> [StoreDocument] {
        let published = PublishedDate(date: day(2024, 10, 14), secondsOfDay: 8 * 3600 + 15 * 60, utcOffsetMinutes: 420)
        let a = StoreDocument(
            id: "warta-001", outlet: "warta", url: "https://warta.example/001", title: "Kapal di Natuna",
            published: published, language: "id",
            textHash: StoreDocument.fingerprint(text: "teks satu", published: published),
            actors: [idn, chn, retno],
            mentions: [
                mention("warta-001", at: 120, cameo: "111", source: "IDN", target: "CHN",
                        published: published.date, date: DayInterval(day: day(2024, 10, 13)), precision: .day,
                        url: "https://warta.example/001"),
                mention("warta-001", at: 120, cameo: "172", source: "person:retno-marsudi", target: "CHN",
                        published: published.date, url: "https://warta.example/001"),
                mention("warta-001", at: 340, cameo: "036", source: "IDN", target: "IDN", published: published.date,
                        date: DayInterval(start: day(2024, 11, 1), end: day(2024, 11, 30)), precision: .month,
                        modality: .planned, url: "https://warta.example/001"),
            ])
        let b = StoreDocument(
            id: "bare-002", textHash: StoreDocument.fingerprint(text: "teks dua", published: nil),
            actors: [chn],
            mentions: [mention("bare-002", at: 15, cameo: "190", source: "CHN", target: nil, outlet: nil)])
        return [a, b]
    }

    /// The actors `graphInputs()` should give back for `articles()`.
    static func expectedActors(_ docs: [StoreDocument]) -> [ActorNode] {
        var byID: [ActorID: ActorNode] = [:]
        for d in docs { for a in d.actors where byID[a.id] == nil { byID[a.id] = a } }
        let mentions = docs.flatMap(\.mentions)
        return byID.values.sorted { $0.id < $1.id }.map { a in
            var a = a
            a.mentionCount = mentions.filter { $0.sourceID == a.id || $0.targetID == a.id }.count
            return a
        }
    }
}
