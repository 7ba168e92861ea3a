import LinimasaGraph
import LinimasaModel
import Testing

@Test func eventCountsOutletsAndArticles() {
    func mention(_ doc: String, _ outlet: String?) -> Mention {
        Mention(documentID: doc, outlet: outlet, url: nil, published: CalendarDate(year: 2022, month: 10, day: 12),
                sentenceIndex: 0, trigger: TextSpan(start: 0, end: 5), clause: TextSpan(start: 0, end: 20),
                triggerText: "invasi", evidenceText: "invasi Rusia", modality: .asserted, cameo: "190", plover: "ASSAULT",
                quadClass: .materialConflict, goldstein: -10, sourceID: "RUS", targetID: "UKR", date: nil,
                precision: nil, confidence: 0.9)
    }
    let e = EventNode(id: "e1", cameo: "190", plover: "ASSAULT", quadClass: .materialConflict, goldstein: -10,
                      sourceID: "RUS", targetID: "UKR", date: nil, precision: nil, modality: .asserted,
                      confidence: 0.9, mentions: [mention("a", "kontan.co.id"), mention("a", "kontan.co.id"), mention("b", "tribunnews.com"), mention("c", nil)])
    #expect(e.mentionCount == 4)
    #expect(e.articleCount == 3)
    #expect(e.sourceCount == 3)
    #expect(e.firstSeen == CalendarDate(year: 2022, month: 10, day: 12))
}
