import Foundation
import LinimasaExport
import LinimasaGraph
import LinimasaModel
import LinimasaXML
import Testing

/// The GraphML document itself: keys, nodes, edges, order, and strings.
@Suite("GraphML exporter")
struct GraphMLExporterTests {
    static func tree(_ flavor: GraphMLExporter.Flavor = .standard) throws -> MarkupTree {
        try XMLDocumentParser.parse(bytes: GraphMLExporter(flavor: flavor).document(ExportFixtures.graph))
    }

    /// `key → value` of one node or edge's `<data>` children (text only).
    static func values(_ tree: MarkupTree, _ id: MarkupTree.NodeID) -> [String: String] {
        var out: [String: String] = [:]
        for child in tree.elements(named: "data", under: id) {
            if let key = tree.element(child)?.attribute("key") { out[key] = tree.textContent(of: child) }
        }
        return out
    }

    static func node(_ tree: MarkupTree, _ id: String) -> MarkupTree.NodeID? {
        tree.elements(named: "node").first { tree.element($0)?.attribute("id") == id }
    }

    @Test func keysAreTypedAndForNodesOrEdgesOnly() throws {
        let tree = try Self.tree()
        let keys = tree.elements(named: "key").compactMap(tree.element)
        #expect(keys.count == GraphMLKey.all.count)
        #expect(keys.allSatisfy { ["node", "edge"].contains($0.attribute("for") ?? "") })
        #expect(keys.allSatisfy { ["string", "int", "double"].contains($0.attribute("attr.type") ?? "") })
        let declared = Dictionary(uniqueKeysWithValues: keys.map { ($0.attribute("id")!, $0.attribute("attr.type")!) })
        #expect(declared["goldstein"] == "double")
        #expect(declared["quad_class"] == "int")
        #expect(declared["cameo"] == "string", "CAMEO codes keep their leading zero")
        #expect(declared["event_count"] == "int")
    }

    @Test func nodesInOrderWithTheirAttributes() throws {
        let tree = try Self.tree()
        let ids = tree.elements(named: "node").compactMap { tree.element($0)?.attribute("id") }
        #expect(ids == ["IDN", "MYS", "group:fajr", "org:aksi_26reaksi", "person:sari-wulandari",
                        "kompas-0412_40118", "antara-9_403", "detik-5_4040", "bisnis-3_407", "liputan-1_402"])

        let indonesia = Self.values(tree, try #require(Self.node(tree, "IDN")))
        #expect(indonesia["node_type"] == "actor")
        #expect(indonesia["aliases"] == "RI; Republik Indonesia")
        #expect(indonesia["mention_count"] == "4")
        let sari = Self.values(tree, try #require(Self.node(tree, "person:sari-wulandari")))
        #expect(sari["roles"] == "Menteri Kelautan; Juru bicara")
        #expect(sari["country"] == "IDN")
        let fajr = Self.values(tree, try #require(Self.node(tree, "group:fajr")))
        #expect(fajr["country"] == nil, "absent values are left out")
        #expect(fajr["label"] == ExportFixtures.rtlName)

        let meeting = Self.values(tree, try #require(Self.node(tree, "kompas-0412_40118")))
        #expect(meeting["label"] == "2024-03-05 · Indonesia → Malaysia · 042")
        #expect(meeting["linimasa_id"] == "kompas-0412@118")
        #expect(meeting["cameo"] == "042")
        #expect(meeting["quad_class"] == "1")
        #expect(meeting["goldstein"] == "1.9")
        #expect(meeting["mentions"] == "2")
        #expect(meeting["sources"] == "2")
        #expect(meeting["articles"] == "2")
        #expect(meeting["first_seen"] == "2024-03-05")
        #expect(meeting["evidence"] == ExportFixtures.evidenceClean)
        let attack = Self.values(tree, try #require(Self.node(tree, "antara-9_403")))
        #expect(attack["date_start"] == "2024-03-01")
        #expect(attack["date_end"] == "2024-03-31")
        #expect(attack["precision"] == "month")
        #expect(attack["modality"] == "planned")
        #expect(attack["label"] == "2024-03-01/2024-03-31 · \(ExportFixtures.hostileNameClean) → Sari Wulandari · 190")
        let undated = Self.values(tree, try #require(Self.node(tree, "bisnis-3_407")))
        #expect(undated["date_start"] == nil)
        #expect(undated["evidence"] == nil)
        #expect(undated["label"] == "undated · Malaysia → ? · 010")
    }

    @Test func edgesHaveUniqueIDsAndKnownEnds() throws {
        let tree = try Self.tree()
        let edges = tree.elements(named: "edge").compactMap(tree.element)
        #expect(edges.count == ExportFixtures.edgeCount)
        #expect(Set(edges.compactMap { $0.attribute("id") }).count == edges.count)
        let nodeIDs = Set(tree.elements(named: "node").compactMap { tree.element($0)?.attribute("id") })
        #expect(edges.allSatisfy { nodeIDs.contains($0.attribute("source")!) && nodeIDs.contains($0.attribute("target")!) })
        let first = tree.elements(named: "edge")[0]
        #expect(tree.element(first)?.attribute("source") == "IDN")
        #expect(tree.element(first)?.attribute("target") == "kompas-0412_40118")
        #expect(Self.values(tree, first)["role"] == "source")

        let interactions = tree.elements(named: "edge").filter { Self.values(tree, $0)["edge_type"] == "interaction" }
        let pairs = interactions.map { (tree.element($0)!.attribute("source")!, tree.element($0)!.attribute("target")!) }
        #expect(pairs.map(\.0) == ["IDN", "group:fajr", "org:aksi_26reaksi"], "sorted by source id")
        let accusation = Self.values(tree, interactions[1])
        #expect(accusation["verbal_conflict"] == "2")
        #expect(accusation["event_count"] == "2")
        #expect(accusation["mean_goldstein"] == "-2.5")
        #expect(accusation["first_date"] == nil)
    }

    @Test func outputIsDeterministicAndSummarised() throws {
        let exporter = GraphMLExporter()
        let a = try exporter.document(ExportFixtures.graph)
        var shuffled = ExportFixtures.graph
        shuffled.actors.reverse()
        shuffled.edges.reverse()
        let b = try exporter.document(shuffled)
        #expect(a == b)

        let path = ExportFixtures.temporaryPath("graphml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let summary = try exporter.write(ExportFixtures.graph, toFile: path)
        #expect(summary.nodes == ExportFixtures.nodeCount)
        #expect(summary.edges == ExportFixtures.edgeCount)
        #expect(summary.danglingReferences == ExportFixtures.danglingCount)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == a)
    }

    @Test func collidingIDsAreRefused() {
        let graph = KnowledgeGraph(
            actors: [ActorNode(id: "IDN", name: "Indonesia", kind: .country)],
            events: [EventNode(id: "IDN", cameo: "010", plover: "COMMENT", quadClass: .verbalCooperation,
                               goldstein: 0, sourceID: nil, targetID: nil, date: nil, precision: nil,
                               modality: .asserted, confidence: 1, mentions: [])],
            edges: [])
        do {
            _ = try GraphMLExporter().document(graph)
            Issue.record("expected a duplicate-id error")
        } catch {
            #expect(error.code == .duplicateID)
        }
    }

    @Test func yEdFlavourDrawsEveryNode() throws {
        let tree = try Self.tree(.yEd)
        let graphicsKey = tree.elements(named: "key").compactMap(tree.element).last
        #expect(graphicsKey?.attribute("yfiles.type") == "nodegraphics")
        let shapes = tree.elements(named: "ShapeNode")
        #expect(shapes.count == ExportFixtures.nodeCount)
        #expect(shapes.allSatisfy { tree.element($0)?.namespaceURI == GraphMLExporter.yEdNamespace })
        let fills = tree.elements(named: "Fill").compactMap { tree.element($0)?.attribute("color") }
        #expect(Set(fills).count == 4, "actors, and events by three QuadClasses present")
        let labels = tree.elements(named: "NodeLabel").map { tree.textContent(of: $0) }
        #expect(labels.contains(ExportFixtures.hostileNameClean))
    }
}
