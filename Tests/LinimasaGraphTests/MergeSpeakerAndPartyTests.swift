import LinimasaGraph
import LinimasaModel
import Testing

/// Who speaks, who meets whom, and what is only supposed: the merge rules
/// that keep one speaker's words, one meeting and one agreement together
/// and different ones apart (issue 8).
@Suite struct MergeSpeakerAndPartyTests {
    let people = actors + [
        ActorNode(id: "RUS-GOV", name: "Russia government", kind: .government, country: "RUS"),
        ActorNode(id: "IDN", name: "Indonesia", kind: .country, country: "IDN"),
        ActorNode(id: "THA", name: "Thailand", kind: .country, country: "THA"),
        ActorNode(id: "person:lavrov", name: "Sergei Lavrov", kind: .person, country: "RUS"),
        ActorNode(id: "person:peskov", name: "Dmitry Peskov", kind: .person, country: "RUS"),
        ActorNode(id: "person:widodo", name: "Joko Widodo", kind: .person, country: "IDN"),
        ActorNode(id: "person:prayut", name: "Prayut Chan-o-cha", kind: .person, country: "THA"),
        ActorNode(id: "person:vajiralongkorn", name: "Maha Vajiralongkorn", kind: .person, country: "THA"),
        ActorNode(id: "person:stoltenberg", name: "Jens Stoltenberg", kind: .person, affiliation: "NATO"),
    ]
    let today = DayInterval(start: day(2023, 3, 8), end: day(2023, 3, 9))

    func docs(_ g: KnowledgeGraph) -> [[String]] {
        g.events.map { $0.mentions.map { "\($0.documentID)@\($0.trigger.start)" }.sorted() }.sorted { $0.first! < $1.first! }
    }

    // "Rusia mengatakan …" twice in an article where Lavrov and Peskov also
    // speak: either of them, or someone else, may be meant, so the state's
    // sentences stay apart from each other and from the people's own words.
    @Test func aStateNamedAsSpeakerBesideItsPeopleSwallowsNoOne() {
        let g = GraphBuilder().build(actors: people, mentions: [
            mention("harian", 10, "010", "RUS", "UKR", today, sentence: 1),
            mention("harian", 90, "010", "person:lavrov", nil, today, sentence: 3),
            mention("harian", 170, "010", "RUS", "UKR", today, sentence: 5),
            mention("harian", 200, "010", "RUS-GOV", "UKR", today, sentence: 6),
            mention("harian", 250, "010", "person:peskov", nil, today, sentence: 7),
            mention("harian", 330, "010", "RUS", nil, today, sentence: 9),
            mention("harian", 360, "010", "RUS", nil, today, sentence: 9),  // one sentence, one statement
        ])
        #expect(g.events.count == 6)
        #expect(g.events.contains { Set($0.mentions.map(\.trigger.start)) == [330, 360] })
        // Where no Russian person speaks, the state's words on one day are one statement.
        let h = GraphBuilder().build(actors: people, mentions: [
            mention("warta", 10, "010", "RUS", "UKR", today, sentence: 1),
            mention("warta", 170, "010", "RUS", "UKR", today, sentence: 5),
            mention("warta", 250, "010", "person:austin", nil, today, sentence: 7),  // another state's man
        ])
        #expect(h.events.count == 2)
        // Another outlet's "Russia" that day is still Russia speaking.
        let k = GraphBuilder().build(actors: people, mentions: [
            mention("harian", 10, "010", "RUS", "UKR", today, sentence: 1),
            mention("harian", 90, "010", "person:lavrov", nil, today, sentence: 3),
            mention("warta", 10, "010", "RUS", "UKR", today, sentence: 1),
        ])
        #expect(docs(k) == [["harian@10", "warta@10"], ["harian@90"]])
    }

    // A named state agency ("kantor berita negara Rusia") speaks for itself,
    // not as the state: the minister's words beside it do not split it.
    @Test func aNamedStateAgencyIsItsOwnSpeaker() {
        let agency = people + [ActorNode(id: "RUS-NEWS", name: "Russian state news agency", kind: .government, country: "RUS")]
        let g = GraphBuilder().build(actors: agency, mentions: [
            mention("harian", 10, "010", "RUS-NEWS", nil, today, sentence: 1),
            mention("harian", 90, "010", "person:lavrov", nil, today, sentence: 3),
            mention("harian", 170, "010", "RUS-NEWS", nil, today, sentence: 5),
        ])
        #expect(docs(g) == [["harian@10", "harian@170"], ["harian@90"]])
    }

    // An organisation's spokesperson and the organisation: "NATO menyatakan"
    // in an article where Stoltenberg speaks for NATO may be his words or
    // another official's.
    @Test func anOrganisationNamedAsSpeakerBesideItsSpokespersonStaysApart() {
        let g = GraphBuilder().build(actors: people, mentions: [
            mention("pos", 10, "010", "NATO", nil, today, sentence: 0),
            mention("pos", 90, "010", "person:stoltenberg", "RUS", today, sentence: 3),
            mention("pos", 170, "010", "NATO", nil, today, sentence: 5),
            mention("pos", 250, "010", "person:stoltenberg", nil, today, sentence: 8),
        ])
        #expect(docs(g) == [["pos@10"], ["pos@170"], ["pos@250", "pos@90"]])
    }

    // "Jokowi bertemu PM Prayut" and "Jokowi diterima Raja Vajiralongkorn"
    // on one trip are two meetings: both name two participants and one differs.
    @Test func twoMeetingsOfOnePersonWithDifferentCounterpartsStayApart() {
        let g = GraphBuilder().build(actors: people, mentions: [
            mention("a", 10, "040", "person:widodo", "person:prayut", today, sentence: 1),
            mention("a", 90, "040", "person:widodo", "person:vajiralongkorn", today, sentence: 4),
            mention("b", 30, "040", "person:prayut", "person:widodo", today, sentence: 2),  // either way round
            mention("b", 60, "042", "person:widodo", nil, today, sentence: 3),              // one named: overlap
        ])
        #expect(g.events.count == 2)
        #expect(g.events.contains { Set($0.mentions.map(\.trigger.start)) == [10, 30, 60] })
    }

    // An undated "pernah bertemu" of the same man with someone else, and a
    // phone call, are not the state visit.
    @Test func anUndatedMeetingOrACallIsNotAVisit() {
        let g = GraphBuilder().build(actors: people, mentions: [
            mention("a", 10, "042", "person:widodo", "THA", today, sentence: 1),
            mention("a", 90, "040", "person:widodo", "RUS", nil, .planned, sentence: 4),
            mention("b", 30, "041", "person:widodo", "THA", today, sentence: 2),
            mention("c", 30, "040", "IDN", nil, nil, sentence: 2),
        ])
        #expect(g.events.count == 4)
    }

    // "Pertemuan Putin dan Biden masih mungkin" beside the talks that did
    // happen; "Rusia membantah menyerang" beside the attack reported.
    @Test func whatIsOnlySupposedOrDeniedIsNotWhatHappened() {
        let g = GraphBuilder().build(actors: people, mentions: [
            mention("a", 10, "040", "RUS", "USA", today, sentence: 1),
            mention("a", 90, "040", "person:putin", "USA", today, .hypothetical, sentence: 4),
            mention("a", 150, "190", "RUS", "UKR", today, sentence: 6),
            mention("b", 150, "190", "RUS", "UKR", today, .negated, sentence: 6),
            // A plan and the report that it happened are still one event.
            mention("c", 40, "040", "RUS", "USA", today, .planned, sentence: 2),
        ])
        #expect(docs(g) == [["a@10", "c@40"], ["a@150"], ["a@90"], ["b@150"]])
    }

    // "Rusia dan Ukraina sepakat bertukar tahanan", "Ukraina sepakat …",
    // "kesepakatan Ukraina dengan Rusia": one agreement, however each report names it.
    @Test func anAgreementNamedWithOneOrBothPartiesInEitherOrderIsOneNode() {
        let g = GraphBuilder().build(actors: people, mentions: [
            mention("a", 10, "057", "RUS-GOV", "UKR", today, sentence: 1),
            mention("a", 90, "057", "UKR", nil, today, sentence: 3),
            mention("b", 20, "057", "UKR", "RUS", today, sentence: 1),
            mention("c", 20, "057", "RUS", "UKR", today, sentence: 1),
            mention("d", 20, "057", "USA", "UKR", today, sentence: 1),  // another party
        ])
        #expect(docs(g) == [["a@10", "a@90", "b@20", "c@20"], ["d@20"]])
    }

    // "Rusia sepakat …" in one paragraph, "Ukraina juga sepakat …" in the
    // next: an agreement takes two, so one article's two halves are one act;
    // praise from each side is two acts.
    @Test func anAgreementReportedHalfByHalfInOneArticleIsOneNode() {
        let g = GraphBuilder().build(actors: people, mentions: [
            mention("a", 10, "057", "RUS", nil, today, sentence: 2),
            mention("a", 90, "057", "UKR", nil, today, sentence: 5),
            mention("a", 150, "051", "RUS", nil, today, sentence: 7),
            mention("a", 210, "051", "UKR", nil, today, sentence: 8),
            mention("b", 20, "057", "USA", nil, today, sentence: 1),  // another article, another party
        ])
        #expect(docs(g) == [["a@10", "a@90"], ["a@150"], ["a@210"], ["b@20"]])
    }

    // "Thailand dan Indonesia menandatangani nota kesepahaman", then "Prayut
    // mengatakan nota itu …": one agreement, and the node's source is the
    // person; his own state is not what he acts on, so the node names the
    // other party or none, never Thailand.
    @Test func anAgreementNodeNeverTargetsItsSourcesOwnState() {
        let g = GraphBuilder().build(actors: people, mentions: [
            mention("a", 10, "057", "IDN", "THA", today, sentence: 1),
            mention("a", 90, "057", "person:prayut", nil, today, sentence: 2),
        ])
        let node = try! #require(g.events.first)
        #expect(g.events.count == 1)
        #expect(node.sourceID == "person:prayut")
        #expect(node.targetID == nil)
        // Where a report names the other party, that is the target.
        let h = GraphBuilder().build(actors: people, mentions: [
            mention("a", 10, "057", "IDN", "THA", today, sentence: 1),
            mention("a", 90, "057", "person:prayut", "IDN", today, sentence: 2),
        ])
        #expect(h.events.first?.sourceID == "person:prayut")
        #expect(h.events.first?.targetID == "IDN")
    }
}

/// One speaker's words on one day are one statement, but the thanks, the
/// criticism or the threat he voices the same day are acts of their own
/// (issue 8): they join only mentions of the same act.
@Suite struct SpeakerActsTests {
    let people = actors + [
        ActorNode(id: "IDN", name: "Indonesia", kind: .country, country: "IDN"),
        ActorNode(id: "person:widodo", name: "Joko Widodo", kind: .person, country: "IDN"),
        ActorNode(id: "person:lavrov", name: "Sergei Lavrov", kind: .person, country: "RUS"),
        ActorNode(id: "person:peskov", name: "Dmitry Peskov", kind: .person, country: "RUS"),
    ]
    let today = DayInterval(start: day(2023, 3, 8), end: day(2023, 3, 9))

    // "Rusia mengatakan …" in an article where Peskov speaks means Peskov or
    // another of its own mouths: another outlet's Lavrov that day is not it.
    @Test func aStateBesideItsPeopleIsNotAnotherArticlesPerson() {
        let g = GraphBuilder().build(actors: people, mentions: [
            mention("harian", 10, "010", "RUS", "UKR", today, sentence: 1),
            mention("harian", 90, "010", "person:peskov", nil, today, sentence: 3),
            mention("warta", 20, "010", "person:lavrov", "UKR", today, sentence: 2),
        ])
        let nodes = g.events.map { Set($0.mentions.map(\.trigger.start)) }
        #expect(nodes.contains([20]), "\(nodes)")
        #expect(!nodes.contains { $0.contains(10) && $0.contains(20) })
        // Where its article quotes Lavrov too, the state may mean him.
        let h = GraphBuilder().build(actors: people, mentions: [
            mention("harian", 10, "010", "RUS", "UKR", today, sentence: 1),
            mention("harian", 90, "010", "person:peskov", nil, today, sentence: 3),
            mention("harian", 130, "010", "person:lavrov", nil, today, sentence: 4),
            mention("warta", 20, "010", "person:lavrov", "UKR", today, sentence: 2),
        ])
        #expect(h.events.contains { Set($0.mentions.map(\.trigger.start)).isSuperset(of: [10, 20]) },
                "\(h.events.map { $0.mentions.map(\.trigger.start) })")
    }

    @Test func oneSpeakersStatementsThanksAndThreatAreThreeNodes() {
        let g = GraphBuilder().build(actors: people, mentions: [
            mention("a", 10, "010", "person:widodo", nil, today, sentence: 1),
            mention("a", 60, "010", "person:widodo", "UKR", today, sentence: 2),
            mention("a", 110, "051", "person:widodo", "UKR", today, sentence: 3),
            mention("a", 160, "010", "person:widodo", nil, today, sentence: 4),
            mention("a", 210, "051", "person:widodo", nil, today, sentence: 5),
            mention("a", 260, "130", "person:widodo", "RUS", today, sentence: 6),
        ])
        let nodes = g.events.map { Set($0.mentions.map(\.trigger.start)) }
        #expect(nodes.count == 3, "\(nodes)")
        #expect(nodes.contains([10, 60, 160]))
        #expect(nodes.contains([110, 210]))
        #expect(nodes.contains([260]))
    }
}
