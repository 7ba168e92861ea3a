import Foundation
import Hummingbird
import HummingbirdTesting
import LinimasaExport
import LinimasaGraph
import LinimasaModel
import LinimasaServe
import LinimasaStore
import LinimasaTestSupport
import LinimasaView
import Testing

/// The API through Hummingbird's test client, on a store ingested from
/// the sample articles; every JSON answer is checked against the OpenAPI
/// document, and counts against the graph the store itself builds.
@Suite struct APITests {
    let store: EventStore
    let graph: KnowledgeGraph
    let document: OpenAPIDocument

    init() throws {
        store = try SampleStore.store()
        graph = try store.graph()
        document = try OpenAPIDocument()
    }

    struct Answer {
        var status: Int
        var mediaType: String
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
        func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) }
        func object() throws -> [String: Any] { try json() as? [String: Any] ?? [:] }
    }

    /// GETs each of `uris` from a server over the sample store.
    func get(_ uris: [String]) async throws -> [Answer] {
        let server = ViewServer(source: StoreSnapshots(store: store), page: try TimelinePage())
        let app = server.application(host: "127.0.0.1", port: 0)
        return try await app.test(.router) { client in
            var answers: [Answer] = []
            for uri in uris {
                let answer = try await client.execute(uri: uri, method: .get) { response in
                    let body = response.body.getBytes(at: response.body.readerIndex, length: response.body.readableBytes) ?? []
                    return Answer(status: Int(response.status.code), mediaType: response.headers[.contentType] ?? "", body: body)
                }
                answers.append(answer)
            }
            return answers
        }
    }

    func get(_ uri: String) async throws -> Answer { try await get([uri])[0] }

    func conforms(_ a: Answer, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(a.mediaType.hasPrefix("application/json"), sourceLocation: sourceLocation)
        let problems = try document.problems(try a.json(), path: path, status: a.status)
        #expect(problems.isEmpty, "\(path) \(a.status): \(problems.prefix(5))", sourceLocation: sourceLocation)
    }

    @Test func eventsListsTheStoreGraphInPagesAndMatchesTheDocument() async throws {
        #expect(graph.events.count >= 5, "the samples should give several events")
        let all = try await get("/api/events?limit=50000")
        #expect(all.status == 200)
        try conforms(all, "/api/events")
        let body = try all.object()
        #expect(body["total"] as? Int == graph.events.count)
        let ids = (body["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids == graph.events.map(\.id))

        let page = try await get("/api/events?offset=2&limit=3").object()
        let pageIDs = (page["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(pageIDs == Array(graph.events.map(\.id)[2..<min(5, graph.events.count)]))
        #expect(page["total"] as? Int == graph.events.count)
    }

    @Test func filtersSelectWhatTheExportFilterSelects() async throws {
        // An actor and a CAMEO root that the samples contain, read from the graph itself.
        let actor = try #require(graph.events.compactMap(\.sourceID).first)
        let root = String(try #require(graph.events.first).cameo.root)
        let dated = graph.events.compactMap(\.date).map(\.start).sorted()
        let from = try #require(dated.dropFirst(dated.count / 2).first)
        let cases: [(String, ExportFilter)] = [
            ("actor=\(actor)", ExportFilter(actorIDs: [actor])),
            ("cameo=\(root)", ExportFilter(cameoPrefixes: [root])),
            ("from=\(from)", ExportFilter(from: from)),
            ("to=\(from)&cameo=\(root)", ExportFilter(to: from, cameoPrefixes: [root])),
            ("min_sources=2", ExportFilter(minSources: 2)),
        ]
        for (query, filter) in cases {
            let a = try await get("/api/events?limit=50000&" + query)
            #expect(a.status == 200, "\(query): \(a.text)")
            try conforms(a, "/api/events")
            let ids = (try a.object()["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(ids == filter.apply(to: graph).events.map(\.id), "\(query)")
            #expect(ids.count < graph.events.count || filter.minSources > 1, "\(query) should narrow the samples")
        }
    }

    @Test func oneEventCarriesEveryMentionWithItsEvidence() async throws {
        let event = try #require(graph.events.max { $0.mentions.count < $1.mentions.count })
        let a = try await get("/api/events/\(event.id)")
        #expect(a.status == 200)
        try conforms(a, "/api/events/{id}")
        let body = try a.object()
        let mentions = body["mentions"] as? [[String: Any]] ?? []
        #expect(mentions.count == event.mentions.count)
        #expect(mentions.compactMap { $0["evidence"] as? String } == event.mentions.map(\.evidenceText))
        #expect(mentions.compactMap { $0["trigger"] as? String } == event.mentions.map(\.triggerText))
    }

    @Test func actorsAndNetworkDescribeTheSelection() async throws {
        let answers = try await get(["/api/actors?limit=50000", "/api/network"])
        try conforms(answers[0], "/api/actors")
        try conforms(answers[1], "/api/network")
        let actors = try answers[0].object()["actors"] as? [[String: Any]] ?? []
        #expect(Set(actors.compactMap { $0["id"] as? String }) == Set(graph.actors.map(\.id.text)))
        let counts = actors.compactMap { $0["event_count"] as? Int }
        #expect(counts == counts.sorted(by: >), "most active first")
        let edges = try answers[1].object()["edges"] as? [[String: Any]] ?? []
        #expect(edges.count == graph.edges.count)
        #expect(edges.compactMap { $0["event_count"] as? Int } == graph.edges.map(\.eventCount))
        // NATO's short name is its id, not the long name cut off.
        if let nato = actors.first(where: { $0["id"] as? String == "NATO" }) {
            #expect(nato["short_name"] as? String == "NATO")
        }
    }

    @Test func oneActorListsItsEvents() async throws {
        let actor = try #require(graph.events.compactMap(\.sourceID).first)
        let a = try await get("/api/actors/\(actor)?limit=50000")
        #expect(a.status == 200)
        try conforms(a, "/api/actors/{id}")
        let ids = (try a.object()["events"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids == ExportFilter(actorIDs: [actor]).apply(to: graph).events.map(\.id))
        #expect(!ids.isEmpty)
    }

    @Test func exportGoesThroughTheExporters() async throws {
        let root = String(try #require(graph.events.first).cameo.root)
        let filter = ExportFilter(cameoPrefixes: [root])
        let json = try await get("/api/export?format=json&cameo=\(root)")
        #expect(json.status == 200)
        #expect(json.body == (try GraphJSONExporter(filter: filter).bytes(graph)))
        let csv = try await get("/api/export?format=csv&cameo=\(root)")
        #expect(csv.mediaType.hasPrefix("text/csv"))
        #expect(csv.body == (try EventsCSVExporter(options: CSVOptions(filter: filter)).bytes(graph)))
        for format in ExportFormat.allCases {
            let a = try await get("/api/export?format=\(format.rawValue)")
            #expect(a.status == 200, "\(format): \(a.text.prefix(200))")
            #expect(!a.body.isEmpty)
        }
    }

    @Test(arguments: [
        ("/api/events?from=2024-13-01", "from"),
        ("/api/events?to=yesterday", "to"),
        ("/api/events?from=2024-10-10&to=2024-10-01", "to"),
        ("/api/events?cameo=1a", "cameo"),
        ("/api/events?cameo=", "cameo"),
        ("/api/events?min_sources=-1", "min_sources"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=99999999999999999999", "limit"),
        ("/api/events?offset=x", "offset"),
        ("/api/events?limit=5&limit=6", "limit"),
        ("/api/events?colour=red", "colour"),
        ("/api/events?actor=%ZZ", "actor"),
        ("/api/actors?min_sources=many", "min_sources"),
        ("/api/network?limit=5", "limit"),
        ("/api/export", "format"),
        ("/api/export?format=pdf", "format"),
        ("/api/events/ev-1?from=2024-01-01", "from"),
    ])
    func badParametersAre400NamingTheParameter(uri: String, parameter: String) async throws {
        let a = try await get(uri)
        #expect(a.status == 400, "\(uri): \(a.status) \(a.text)")
        let body = try a.object()
        #expect(body["parameter"] as? String == parameter, "\(uri): \(a.text)")
        #expect((body["error"] as? String ?? "").isEmpty == false)
        let path = uri.hasPrefix("/api/events/") ? "/api/events/{id}" : String(uri.prefix { $0 != "?" })
        if path != "/api/export" { try conforms(a, path) }
    }

    @Test func unknownIdsAndPathsAre404() async throws {
        let answers = try await get(["/api/events/ev-does-not-exist", "/api/actors/NOBODY",
                                     "/api/actors/%3Cscript%3E", "/api/nothing-here"])
        for a in answers {
            #expect(a.status == 404, "\(a.text)")
            #expect(try a.object()["error"] is String)
        }
        try conforms(answers[0], "/api/events/{id}")
        try conforms(answers[1], "/api/actors/{id}")
    }

    @Test func thePageIsServedWithAPolicyThatKeepsItOnItsHost() async throws {
        let server = ViewServer(source: StoreSnapshots(store: store), page: try TimelinePage())
        let app = server.application(host: "127.0.0.1", port: 0)
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                let csp = response.headers[ViewServer.policyHeader] ?? ""
                #expect(csp.contains("default-src 'none'"))
                #expect(csp.contains("connect-src 'self'"))
                let page = String(decoding: response.body.getBytes(at: 0, length: response.body.readableBytes) ?? [], as: UTF8.self)
                #expect(page.contains("id=\"timeline\""))
                #expect(!page.contains("http://") || !page.contains("src=\"http"), "no resource from another host")
                #expect(!page.contains("@@"), "every placeholder is filled")
            }
        }
    }

    @Test func aNewIngestIsSeenByTheNextRequest() async throws {
        let dir = try TemporaryDirectory(prefix: "linimasa-serve")
        let db = dir.file("grow.sqlite")
        let article = try dir.write("a.txt", "Jakarta, 3 Maret 2025 — Indonesia mengecam serangan Rusia terhadap Ukraina pada Senin.\n")
        var r = try Tool.run(["ingest", article, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let snapshots = StoreSnapshots(store: try EventStore(path: db))
        let before = try snapshots.graph().events.count
        r = try Tool.run(["ingest", SampleStore.samples, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let after = try snapshots.graph().events.count
        #expect(after > before)
        #expect(after == (try EventStore(path: db).graph().events.count))
    }
}

