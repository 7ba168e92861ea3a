import Foundation
import LinimasaExport
import LinimasaGraph
import LinimasaModel
import Testing
import LinimasaTestSupport

/// Validates JSON files against Schemas/graph.schema.json (draft 2020-12,
/// with format checks); prints one line per complaint.
private let validateScript = """
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
bad = 0
for path in sys.argv[2:]:
    for e in v.iter_errors(json.load(open(path, encoding="utf-8"))):
        bad += 1
        print(f"{path}: {e.json_path}: {e.message}")
sys.exit(1 if bad else 0)
"""

private func validate(_ paths: [String]) throws -> ProcessOutcome {
    try runPython(validateScript, [exportRepositoryRoot.appendingPathComponent("Schemas/graph.schema.json").path] + paths)
}

/// The evaluation scorer beside the repository (`../shared/eval/score.py`).
private let scorerPath: String? = {
    let p = exportRepositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py").path
    return FileManager.default.fileExists(atPath: p) ? p : nil
}()

@Suite struct GraphJSONExportTests {
    private func object(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func documentShape() throws {
        let bytes = try GraphJSONExporter().bytes(hostileGraph())
        #expect(bytes.last == 0x0A)
        #expect(!bytes.dropLast().contains(0x0A))  // compact: one line
        let doc = try object(bytes)
        #expect(Set(doc.keys) == ["actors", "events", "edges"])
        let actors = try #require(doc["actors"] as? [[String: Any]])
        #expect(actors.map { $0["id"] as? String } == ["IDN", "RUS", "UKR", "person:jokowi"])
        let idn = actors[0]
        #expect((idn["aliases"] as? [String]) == ["RI", "Republik \"Indonesia\""])
        let role = try #require((idn["roles"] as? [[String: Any]])?.first)
        #expect(role["role"] as? String == "tuan rumah" && role["start"] as? String == "2022-11-15")
        #expect(actors[3]["name"] as? String == "Joko \\ Widodo")
        #expect((actors[3]["roles"] as? [[String: Any]])?.first?["end"] is NSNull)

        let events = try #require(doc["events"] as? [[String: Any]])
        #expect(events.count == 4)
        let e = events[0]
        #expect(e["quad_class"] as? Int == 4 && e["goldstein"] as? Double == -10)
        #expect((e["date"] as? [String: String]) == ["start": "2022-10-10", "end": "2022-10-10"])
        #expect(e["sources"] as? Int == 2 && e["articles"] as? Int == 2 && e["first_seen"] as? String == "2022-10-10")
        let m = try #require((e["mentions"] as? [[String: Any]])?.first)
        #expect(m["doc"] as? String == "doc-1" && m["start"] as? Int == 120 && m["end"] as? Int == 129)
        #expect(m["evidence"] as? String == "Rusia \"menyerang\", kata dia,\r\nlalu pergi 🚀")
        #expect((m["clause"] as? [String: Int]) == ["start": 110, "end": 160])
        #expect(events[3]["date"] is NSNull && events[3]["source"] is NSNull)

        let edges = try #require(doc["edges"] as? [[String: Any]])
        #expect(edges.count == 2)
        #expect((edges[0]["counts"] as? [String: Int])?["material_conflict"] == 1)
        #expect(edges[0]["event_count"] as? Int == 1 && edges[1]["mean_goldstein"] as? Double == 1.9)
    }

    @Test func nonASCIIStaysRawAndControlsAreEscaped() throws {
        var g = hostileGraph()
        g.actors[0].aliases = ["tab\there", "bell\u{07}", "line\u{2028}sep", "é"]
        let text = String(decoding: try GraphJSONExporter().bytes(g), as: UTF8.self)
        #expect(text.contains("\"Ukraina 🇺🇦\""))
        #expect(text.contains("[\"tab\\there\",\"bell\\u0007\",\"line\\u2028sep\",\"é\"]"))
        #expect(text.contains("\\r\\n"))
    }

    @Test func filteredExportRecomputesEdges() throws {
        let filter = ExportFilter(actorIDs: ["IDN"])
        let doc = try object(try GraphJSONExporter(filter: filter).bytes(hostileGraph()))
        #expect((doc["events"] as? [[String: Any]])?.map { $0["id"] as? String } == ["doc-3@7"])
        #expect((doc["actors"] as? [[String: Any]])?.map { $0["id"] as? String } == ["IDN", "person:jokowi"])
        let edges = try #require(doc["edges"] as? [[String: Any]])
        #expect(edges.count == 1 && edges[0]["source"] as? String == "person:jokowi")
        #expect(edges[0]["first_date"] as? String == "2022-10-12" && edges[0]["last_date"] as? String == "2022-10-14")
    }

    @Test func streamsOneItemAtATime() throws {
        struct Counting: ExportSink {
            var writes = 0, largest = 0
            mutating func write(_ b: [UInt8]) { writes += 1; largest = max(largest, b.count) }
        }
        let graph = syntheticTimeline(events: 2000)
        var sink = Counting()
        try GraphJSONExporter().write(graph, to: &sink)
        #expect(sink.largest < 4096)
        #expect(sink.writes > 2 * graph.events.count)
    }

    @Test(.enabled(if: jsonSchemaAvailable, "needs python3 with jsonschema"))
    func exportsMatchTheSchema() throws {
        let dir = try TemporaryDirectory()
        let synthetic = syntheticTimeline(events: 500)
        let withEdges = KnowledgeGraph(actors: synthetic.actors, events: synthetic.events,
                                       edges: ExportFilter(minSources: 1).apply(to: synthetic).edges)
        let paths = [
            try dir.write("hostile.json", try GraphJSONExporter().bytes(hostileGraph())),
            try dir.write("synthetic.json", try GraphJSONExporter(filter: ExportFilter(minSources: 2)).bytes(synthetic)),
            try dir.write("edges.json", try GraphJSONExporter().bytes(withEdges)),
            try dir.write("empty.json", try GraphJSONExporter().bytes(KnowledgeGraph(actors: [], events: [], edges: []))),
        ]
        let r = try validate(paths)
        #expect(r.status == 0, "\(r.output)\(r.stderr)")
    }

    @Test(.enabled(if: jsonSchemaAvailable, "needs python3 with jsonschema"))
    func schemaRejectsBrokenDocuments() throws {
        let dir = try TemporaryDirectory()
        let good = String(decoding: try GraphJSONExporter().bytes(hostileGraph()), as: UTF8.self)
        let breakages: [(String, String, String)] = [
            ("extra-key", "{\"actors\":[", "{\"version\":1,\"actors\":["),
            ("bad-month", "\"start\":\"2022-10-10\"", "\"start\":\"2022-13-10\""),
            ("quad-class", "\"quad_class\":4", "\"quad_class\":5"),
            ("modality", "\"modality\":\"planned\"", "\"modality\":\"maybe\""),
            ("actor-extra", "\"mention_count\":2}", "\"mention_count\":2,\"role\":\"x\"}"),
            ("country", "\"country\":\"RUS\"", "\"country\":\"Russia\""),
            ("cameo", "\"cameo\":\"190\"", "\"cameo\":\"19a\""),
            ("no-mentions", "\"first_seen\":null}", "\"first_seen\":null,\"mentions2\":[]}"),
            ("date-time", "\"published\":\"2022-10-11\"", "\"published\":\"2022-10-11T08:00:00Z\""),
        ]
        var paths: [String] = []
        for (name, from, to) in breakages {
            #expect(good.contains(from), "\(name): fixture lacks \(from)")
            paths.append(try dir.write(name + ".json", Array(good.replacingOccurrences(of: from, with: to).utf8)))
        }
        // Each broken file on its own must fail validation.
        for path in paths {
            let r = try validate([path])
            #expect(r.status == 1, "\(path) was accepted")
        }
        let missing = try dir.write("missing.json", Array("{\"actors\":[],\"events\":[]}".utf8))
        #expect(try validate([missing]).status == 1)
    }

    @Test(.enabled(if: pythonAvailable && scorerPath != nil, "needs python3 and ../shared/eval/score.py"))
    func evaluationScorerReadsTheExport() throws {
        let dir = try TemporaryDirectory()
        let pred = try dir.write("pred.json", try GraphJSONExporter().bytes(hostileGraph()))
        // Load the scorer as a module and flatten our export with it.
        let script = """
        import importlib.util, json, sys
        spec = importlib.util.spec_from_file_location("scorer", sys.argv[1])
        scorer = importlib.util.module_from_spec(spec); spec.loader.exec_module(scorer)
        rows = scorer.flatten(json.load(open(sys.argv[2], encoding="utf-8")))
        print(json.dumps([[r["doc"], r["root"], sorted(r["src"]), sorted(r["tgt"]), str(r["start"]), r["modality"], r["pos"]] for r in rows]))
        """
        let r = try runPython(script, [scorerPath!, pred])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout)) as? [[Any]])
        #expect(rows.count == 5)
        #expect(rows[0][0] as? String == "doc-1" && rows[0][1] as? String == "19")
        #expect((rows[0][2] as? [String])?.contains("russia") == true)  // alias reaches the scorer
        #expect(rows[0][4] as? String == "2022-10-10" && rows[0][6] as? Int == 120)
        #expect(rows[2][5] as? String == "planned")
    }
}
