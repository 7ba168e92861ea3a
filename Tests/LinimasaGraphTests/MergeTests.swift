import LinimasaGraph
import LinimasaModel
import Testing

func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

func mention(_ doc: String, _ at: Int, _ cameo: CAMEOCode, _ src: ActorID?, _ tgt: ActorID?,
             _ date: DayInterval?, _ modality: Modality = .asserted, precision: DatePrecision? = .day,
             sentence: Int = 0) -> Mention {
    let quad: QuadClass = ["01", "02", "03", "04", "05"].contains(cameo.root) ? .verbalCooperation
        : ["10", "11", "12", "13", "14"].contains(cameo.root) ? .verbalConflict : .materialConflict
    return Mention(documentID: doc, outlet: doc + ".example", url: nil, published: date?.end, sentenceIndex: sentence,
                   trigger: TextSpan(start: at, end: at + 5), clause: TextSpan(start: at, end: at + 30),
                   triggerText: "kata", evidenceText: "bukti", modality: modality, cameo: cameo, plover: "X",
                   quadClass: quad, goldstein: -1, sourceID: src, targetID: tgt, date: date,
                   precision: date == nil ? nil : precision, confidence: 0.8)
}

let actors = [
    ActorNode(id: "RUS", name: "Russia", kind: .country, country: "RUS"),
    ActorNode(id: "UKR", name: "Ukraine", kind: .country, country: "UKR"),
    ActorNode(id: "NATO", name: "NATO", kind: .organisation),
    ActorNode(id: "USA", name: "United States", kind: .country, country: "USA"),
    ActorNode(id: "person:putin", name: "Vladimir Putin", kind: .person, country: "RUS"),
    ActorNode(id: "person:austin", name: "Lloyd Austin", kind: .person, country: "USA"),
    ActorNode(id: "person:blinken", name: "Antony Blinken", kind: .person, country: "USA"),
]

/// A canonical summary of a graph: each event as its sorted mention keys.
func shape(_ g: KnowledgeGraph) -> [[MentionKey]] {
    g.events.map { $0.mentions.map(\.key).sorted() }.sorted { $0.first! < $1.first! }
}

@Suite struct MergeTests {
    let feb = DayInterval(start: day(2022, 2, 1), end: day(2022, 2, 28))

    @Test func oneInvasionReportedByTwoOutletsIsOneNode() {
        let g = GraphBuilder().build(actors: actors, mentions: [
            mention("kontan", 100, "190", "person:putin", "UKR", feb, precision: .month),
            mention("tribun", 40, "190", "RUS", "UKR", DayInterval(day: day(2022, 2, 24))),
        ])
        #expect(g.events.count == 1)
        let e = g.events[0]
        #expect(e.articleCount == 2 && e.sourceCount == 2)
        #expect(e.date == DayInterval(day: day(2022, 2, 24)))  // the narrowest common date
        #expect(e.sourceID == "person:putin")  // the person is the more specific actor
    }

    @Test func theSameExerciseInTwoYearsIsTwoNodes() {
        let g = GraphBuilder().build(actors: actors, mentions: [
            mention("a", 10, "150", "NATO", nil, DayInterval(start: day(2022, 10, 17), end: day(2022, 10, 23)), precision: .week),
            mention("b", 10, "150", "NATO", nil, DayInterval(start: day(2024, 10, 14), end: day(2024, 10, 27)), precision: .week),
        ])
        #expect(g.events.count == 2)
    }

    @Test func aPlannedEventAndTheReportThatItHappenedMerge() {
        let week = DayInterval(start: day(2022, 10, 17), end: day(2022, 10, 23))
        let g = GraphBuilder().build(actors: actors, mentions: [
            mention("before", 10, "150", "NATO", nil, week, .planned, precision: .week),
            mention("after", 10, "150", "NATO", nil, DayInterval(day: day(2022, 10, 18)), .asserted),
        ])
        #expect(g.events.count == 1)
        #expect(g.events[0].modality == .asserted)
        // Each mention keeps its own modality.
        #expect(Set(g.events[0].mentions.map(\.modality)) == [.planned, .asserted])
    }

    @Test func oneBodysStatementReportedByTwoOutletsOnOneDayIsOneNode() {
        let oct12 = DayInterval(start: day(2022, 10, 11), end: day(2022, 10, 12))
        let oct13 = DayInterval(start: day(2022, 10, 12), end: day(2022, 10, 13))
        let g = GraphBuilder().build(actors: actors, mentions: [
            mention("antara", 10, "010", "NATO", nil, oct12),
            mention("detik", 30, "012", "NATO", "RUS", oct13),
            mention("kompas", 30, "010", "NATO", nil, DayInterval(day: day(2022, 10, 20))),  // another day
            mention("tempo", 30, "010", "RUS", nil, oct12),                                    // another body
        ])
        #expect(g.events.count == 3)
        #expect(g.events.contains { Set($0.mentions.map(\.documentID)) == ["antara", "detik"] })
    }

    @Test func oneBodysStatementQuotedTwiceInOneArticleIsOneNode() {
        let oct13 = DayInterval(start: day(2022, 10, 12), end: day(2022, 10, 13))
        let g = GraphBuilder().build(actors: actors, mentions: [
            mention("antara", 10, "010", "NATO", nil, oct13),
            mention("antara", 90, "010", "NATO", nil, oct13, sentence: 4),
            mention("antara", 150, "010", "NATO", nil, DayInterval(day: day(2022, 10, 2)), sentence: 7),  // an earlier day
        ])
        #expect(g.events.count == 2)
    }

    @Test func oneAgreementNamedEitherWayRoundIsOneNode() {
        let may16 = DayInterval(day: day(2025, 5, 16))
        let g = GraphBuilder().build(actors: actors, mentions: [
            mention("kompas", 10, "057", "RUS", "UKR", may16),
            mention("detik", 20, "057", "UKR", "RUS", may16),
            mention("tempo", 20, "057", "UKR", "RUS", DayInterval(day: day(2025, 6, 2))),  // another day
            mention("antara", 20, "057", "UKR", "USA", may16),                             // another party
        ])
        #expect(g.events.count == 3)
        #expect(g.events.contains { Set($0.mentions.map(\.documentID)) == ["kompas", "detik"] })
    }

    @Test func differentActsAndDifferentSpeakersStayApart() {
        let oct = DayInterval(start: day(2022, 10, 12), end: day(2022, 10, 13))
        let g = GraphBuilder().build(actors: actors, mentions: [
            mention("a", 10, "190", "RUS", "UKR", nil),            // fighting
            mention("a", 50, "192", "RUS", "UKR", nil),            // annexation
            mention("b", 10, "010", "person:austin", nil, oct),   // two people speaking
            mention("b", 90, "010", "person:blinken", nil, oct, sentence: 2),
            mention("c", 10, "010", "NATO", nil, oct),            // an organisation speaks through many mouths:
            mention("c", 90, "012", "NATO", "RUS", oct, sentence: 3),  // another act in the same article
        ])
        #expect(g.events.count == 6)
    }

    @Test func aSpokespersonAndTheStateTheySpeakForOnOneDayAreOneStatement() {
        // One outlet names the Kremlin's spokesman, the other "Russia": the same words, the same day.
        let may17 = DayInterval(start: day(2025, 5, 16), end: day(2025, 5, 17))
        let g = GraphBuilder().build(actors: actors, mentions: [
            mention("first", 10, "010", "person:putin", "UKR", may17),
            mention("second", 30, "010", "RUS", "UKR", DayInterval(day: day(2025, 5, 17))),
            // A week later the state speaks again: another statement.
            mention("third", 30, "010", "RUS", "UKR", DayInterval(day: day(2025, 5, 24))),
            // Another state's words that day stay apart.
            mention("fourth", 30, "010", "USA", "UKR", DayInterval(day: day(2025, 5, 17))),
        ])
        #expect(g.events.count == 3)
        #expect(g.events.contains { Set($0.mentions.map(\.documentID)) == ["first", "second"] })
    }

    @Test func ameetingMergesWhoeverIsNamedFirst() {
        let oct = DayInterval(start: day(2022, 10, 12), end: day(2022, 10, 13))
        let g = GraphBuilder().build(actors: actors, mentions: [
            mention("a", 10, "040", "person:austin", "NATO", oct),
            mention("b", 10, "040", "NATO", nil, oct),
        ])
        #expect(g.events.count == 1)
    }

    @Test func edgesAggregateByQuadClass() {
        let g = GraphBuilder().build(actors: actors, mentions: [
            mention("a", 10, "190", "RUS", "UKR", feb, precision: .month),
            mention("b", 10, "130", "RUS", "UKR", DayInterval(day: day(2022, 3, 5))),
        ])
        let edge = try! #require(g.edges.first { $0.sourceID == "RUS" && $0.targetID == "UKR" })
        #expect(edge.quadClassCounts == [0, 0, 1, 1])
        #expect(edge.firstDate == day(2022, 2, 1) && edge.lastDate == day(2022, 3, 5))
        #expect(g.actors.first { $0.id == "RUS" }?.mentionCount == 2)
    }

    /// Random article sets: any order, and any article added twice, give the same graph.
    @Test(arguments: 1...20)
    func mergeIsOrderIndependentAndIdempotent(seed: UInt64) {
        var rng = SyntheticGraph.Generator(seed: seed)
        let codes: [CAMEOCode] = ["190", "192", "150", "040", "010", "130"]
        let ids: [ActorID?] = ["RUS", "UKR", "NATO", "USA", "person:putin", "person:austin", nil]
        var mentions: [Mention] = []
        for doc in 0..<8 {
            for k in 0..<Int.random(in: 2...8, using: &rng) {
                let date: DayInterval? = Bool.random(using: &rng) ? nil
                    : DayInterval(day: day(2022, 10, Int.random(in: 1...20, using: &rng)))
                mentions.append(mention("doc\(doc)", k * 40, codes.randomElement(using: &rng)!,
                                        ids.randomElement(using: &rng)!, ids.randomElement(using: &rng)!, date,
                                        sentence: k / 2))
            }
        }
        let reference = GraphBuilder().build(actors: actors, mentions: mentions)
        let shuffled = GraphBuilder().build(actors: actors.shuffled(using: &rng), mentions: mentions.shuffled(using: &rng))
        #expect(shape(shuffled) == shape(reference))
        #expect(shuffled.events.map(\.id) == reference.events.map(\.id))
        let twice = GraphBuilder().build(actors: actors + actors, mentions: mentions + mentions.shuffled(using: &rng))
        #expect(shape(twice) == shape(reference))
        #expect(twice.edges == reference.edges)
        #expect(twice.actors == reference.actors)
    }
}

/// `graph` (built from articles) and `export --db` (read from the store)
/// must state an actor's roles alike: one span per role, the widest the
/// articles give (issue 10).
@Test func rolesFromManyArticlesAreOneSpanPerRole() {
    let perArticle = [day(2022, 3, 2), day(2022, 1, 4), day(2022, 2, 9)].map { d in
        ActorNode(id: "person:blinken", name: "Antony Blinken", kind: .person, country: "USA",
                  roles: [RoleSpan(role: "Menteri Luar Negeri", start: d, end: d)])
    } + [ActorNode(id: "person:blinken", name: "Antony Blinken", kind: .person, country: "USA",
                   roles: [RoleSpan(role: "Diplomat")])]
    let g = GraphBuilder().build(actors: perArticle, mentions: [
        mention("a", 0, "042", "person:blinken", "RUS", DayInterval(day: day(2022, 1, 4))),
    ])
    let blinken = g.actors.first { $0.id == "person:blinken" }
    #expect(blinken?.roles == [
        RoleSpan(role: "Menteri Luar Negeri", start: day(2022, 1, 4), end: day(2022, 3, 2)),
        RoleSpan(role: "Diplomat"),
    ])
    #expect(RoleSpan.merged(perArticle.flatMap(\.roles)) == blinken?.roles)
}
