import LinimasaGraph
import LinimasaModel
import LinimasaStore
import Testing
import LinimasaTestSupport

@Suite struct IngestTests {
    @Test func readsBackWhatWentIn() throws {
        let dir = try TemporaryDirectory()
        let store = try EventStore(path: dir.file("round.sqlite"))
        let docs = Fixtures.articles()
        let counts = try store.ingest(docs)
        #expect(counts == IngestCounts(added: 2, skipped: 0, replaced: 0, mentions: 4))

        let back = try store.graphInputs()
        let expected = docs.flatMap(\.mentions).sorted { $0.key < $1.key }
        #expect(back.mentions.count == expected.count)
        for (got, want) in zip(back.mentions, expected) {
            // Field by field, so a failure names the field.
            #expect(got.documentID == want.documentID)
            #expect(got.outlet == want.outlet)
            #expect(got.url == want.url)
            #expect(got.published == want.published)
            #expect(got.sentenceIndex == want.sentenceIndex)
            #expect(got.trigger == want.trigger)
            #expect(got.clause == want.clause)
            #expect(got.triggerText == want.triggerText)
            #expect(got.evidenceText == want.evidenceText)
            #expect(got.modality == want.modality)
            #expect(got.cameo == want.cameo)
            #expect(got.plover == want.plover)
            #expect(got.quadClass == want.quadClass)
            #expect(got.goldstein == want.goldstein)
            #expect(got.sourceID == want.sourceID)
            #expect(got.targetID == want.targetID)
            #expect(got.date == want.date)
            #expect(got.precision == want.precision)
            #expect(got.confidence == want.confidence)
            #expect(got == want)
        }
        #expect(back.actors == Fixtures.expectedActors(docs))
        #expect(try store.counts() == StoreCounts(documents: 2, actors: 3, actorRoles: 1, mentions: 4))
    }

    @Test func ingestingTwiceChangesNothing() throws {
        let dir = try TemporaryDirectory()
        let store = try EventStore(path: dir.file("twice.sqlite"))
        let docs = Fixtures.articles()
        try store.ingest(docs)
        let rows = try store.counts()
        let graph = try store.graph()

        let again = try store.ingest(docs)
        #expect(again == IngestCounts(added: 0, skipped: 2, replaced: 0, mentions: 0))
        #expect(try store.counts() == rows)
        let graph2 = try store.graph()
        #expect(graph2.actors == graph.actors)
        #expect(graph2.events == graph.events)
        #expect(graph2.edges == graph.edges)
    }

    @Test func textHashesAnswerForStoredArticlesOnly() throws {
        let dir = try TemporaryDirectory()
        let store = try EventStore(path: dir.file("hashes.sqlite"))
        let docs = Fixtures.articles()
        try store.ingest(docs)
        let ids = docs.map(\.id) + (0..<1_200).map { "absent-\($0)" }
        #expect(try store.textHashes(of: ids) == [docs[0].id: docs[0].textHash, docs[1].id: docs[1].textHash])
    }

    @Test func aChangedHashReplacesTheArticlesMentionsAndRoles() throws {
        let dir = try TemporaryDirectory()
        let store = try EventStore(path: dir.file("fix.sqlite"))
        let docs = Fixtures.articles()
        try store.ingest(docs)

        var corrected = docs[0]
        corrected.textHash = StoreDocument.fingerprint(text: "teks satu, diralat", published: corrected.published)
        corrected.actors = [Fixtures.idn, Fixtures.chn]
        corrected.mentions = [Fixtures.mention("warta-001", at: 200, cameo: "042", source: "IDN", target: "CHN")]
        let counts = try store.ingest([corrected])
        #expect(counts == IngestCounts(added: 0, skipped: 0, replaced: 1, mentions: 1))

        let back = try store.graphInputs()
        #expect(back.mentions.filter { $0.documentID == "warta-001" } == corrected.mentions)
        #expect(back.mentions.filter { $0.documentID == "bare-002" } == docs[1].mentions)
        // The role came only from the old text: it went with it.
        #expect(back.actors.first { $0.id == "person:retno-marsudi" }?.roles == [])
        #expect(try store.counts() == StoreCounts(documents: 2, actors: 3, actorRoles: 0, mentions: 2))
    }

    @Test func actorsMergeAliasesAndRolesAcrossArticles() throws {
        let dir = try TemporaryDirectory()
        let store = try EventStore(path: dir.file("merge.sqlite"))
        var later = Fixtures.retno
        later.aliases = ["Menlu Retno", "Retno"]
        later.roles = [RoleSpan(role: "Menteri Luar Negeri", start: Fixtures.day(2024, 10, 20), end: Fixtures.day(2024, 10, 20))]
        try store.ingest([
            StoreDocument(id: "a", textHash: "1", actors: [Fixtures.retno]),
            StoreDocument(id: "b", textHash: "2", actors: [later]),
        ])
        let retno = try #require(try store.graphInputs().actors.first)
        #expect(retno.aliases == ["Retno", "Menlu Retno"])
        #expect(retno.roles == [RoleSpan(role: "Menteri Luar Negeri", start: Fixtures.day(2024, 10, 14),
                                         end: Fixtures.day(2024, 10, 20))])
    }

    @Test func duplicateMentionKeysCollapseLastWins() throws {
        let dir = try TemporaryDirectory()
        let store = try EventStore(path: dir.file("dup.sqlite"))
        let first = Fixtures.mention("d", at: 10, cameo: "111", source: "IDN", target: nil)
        var second = first
        second.confidence = 0.5
        let counts = try store.ingest([StoreDocument(id: "d", textHash: "h", mentions: [first, second])])
        #expect(counts.mentions == 1)
        #expect(try store.graphInputs().mentions == [second])
    }

    @Test func aStrayMentionRollsBackTheWholeBatch() throws {
        let dir = try TemporaryDirectory()
        let store = try EventStore(path: dir.file("stray.sqlite"))
        var docs = Fixtures.articles()
        docs[1].mentions.append(Fixtures.mention("elsewhere", at: 1, cameo: "010", source: nil, target: nil))
        #expect(throws: StoreError.self) { try store.ingest(docs) }
        #expect(try store.counts() == StoreCounts(documents: 0, actors: 0, actorRoles: 0, mentions: 0))
    }
}
