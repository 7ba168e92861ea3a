import Foundation
import LinimasaExport
import LinimasaModel
import LinimasaXML
import Testing

/// GEXF 1.3: a structural check (no GEXF 1.3 schema is vendored), and
/// NetworkX's GEXF reader where it is installed.
@Suite("GEXF exporter")
struct GEXFExporterTests {
    static func tree() throws -> MarkupTree {
        try XMLDocumentParser.parse(bytes: GEXFExporter().document(ExportFixtures.graph))
    }

    static func isDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let m = Int(parts[1]), let d = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(m) && (1...31).contains(d)
    }

    @Test func rootAndGraphDeclareDynamicDates() throws {
        let tree = try Self.tree()
        let root = try #require(tree.element(tree.root))
        #expect(root.name == "gexf")
        #expect(root.namespaceURI == GEXFExporter.namespace)
        #expect(root.attribute("version") == "1.3")
        let graph = try #require(tree.elements(named: "graph").first.flatMap(tree.element))
        #expect(graph.attribute("mode") == "dynamic")
        #expect(graph.attribute("timeformat") == "date")
        #expect(graph.attribute("defaultedgetype") == "directed")
        let allInNamespace = tree.nodes.allSatisfy {
            if case .element(let e) = $0 { e.namespaceURI == GEXFExporter.namespace } else { true }
        }
        #expect(allInNamespace)
    }

    @Test func structureIsConsistent() throws {
        let tree = try Self.tree()
        // Declared attributes, by class.
        var declared: [String: [String: String]] = [:]
        for block in tree.elements(named: "attributes") {
            let cls = tree.element(block)?.attribute("class") ?? "?"
            #expect(tree.element(block)?.attribute("mode") == "static")
            for a in tree.elements(named: "attribute", under: block).compactMap(tree.element) {
                declared[cls, default: [:]][a.attribute("id")!] = a.attribute("type")
            }
        }
        #expect(declared["node"]?["goldstein"] == "double")
        #expect(declared["node"]?["mention_count"] == "integer")
        #expect(declared["edge"]?["event_count"] == "integer")
        #expect(declared["node"]?["label"] == nil, "the label is GEXF's own attribute")

        let nodes = tree.elements(named: "node").compactMap(tree.element)
        let nodeIDs = Set(nodes.compactMap { $0.attribute("id") })
        #expect(nodes.count == ExportFixtures.nodeCount && nodeIDs.count == nodes.count)
        #expect(nodeIDs.contains(ExportFixtures.hostileActorID.text), "GEXF ids are Linimasa's own")
        let edges = tree.elements(named: "edge").compactMap(tree.element)
        #expect(edges.count == ExportFixtures.edgeCount)
        #expect(Set(edges.compactMap { $0.attribute("id") }).count == edges.count)
        for edge in edges {
            #expect(nodeIDs.contains(edge.attribute("source") ?? ""), "source of \(edge.attribute("id") ?? "")")
            #expect(nodeIDs.contains(edge.attribute("target") ?? ""), "target of \(edge.attribute("id") ?? "")")
            #expect(Double(edge.attribute("weight") ?? "") != nil)
        }

        // Every attvalue refers to a declared attribute of its class and parses as its type.
        for (cls, elements) in [("node", tree.elements(named: "node")), ("edge", tree.elements(named: "edge"))] {
            for element in elements {
                for v in tree.elements(named: "attvalue", under: element).compactMap(tree.element) {
                    let key = v.attribute("for") ?? "", value = v.attribute("value") ?? ""
                    let type = declared[cls]?[key]
                    #expect(type != nil, "\(cls) attribute \(key) is declared")
                    if type == "integer" { #expect(Int(value) != nil, "\(key)=\(value)") }
                    if type == "double" { #expect(Double(value) != nil, "\(key)=\(value)") }
                }
            }
        }

        // Spells: well-formed dates, start ≤ end.
        let spells = tree.elements(named: "spell").compactMap(tree.element)
        #expect(!spells.isEmpty)
        for spell in spells {
            let start = spell.attribute("start") ?? "", end = spell.attribute("end") ?? ""
            #expect(Self.isDate(start) && Self.isDate(end) && start <= end, "\(start)…\(end)")
        }
    }

    @Test func spellsFollowTheEvents() throws {
        let tree = try Self.tree()
        func spell(ofNode id: String) -> (String, String)? {
            guard let node = tree.elements(named: "node").first(where: { tree.element($0)?.attribute("id") == id }),
                  let s = tree.elements(named: "spell", under: node).first.flatMap(tree.element) else { return nil }
            return (s.attribute("start")!, s.attribute("end")!)
        }
        #expect(spell(ofNode: "antara-9@3")! == ("2024-03-01", "2024-03-31"))
        // Indonesia: the meeting (03-05), the accusation (04-02); the event
        // with an unknown source (05-01) still counts for its known target.
        #expect(spell(ofNode: "IDN")! == ("2024-03-05", "2024-05-01"))
        #expect(spell(ofNode: "bisnis-3@7") == nil, "undated")
        #expect(spell(ofNode: "MYS")! == ("2024-03-05", "2024-03-05"), "its undated event adds nothing")
        let text = String(decoding: try GEXFExporter().document(ExportFixtures.graph), as: UTF8.self)
        #expect(text.contains(#"label="Kelompok &quot;&lt;Aksi &amp; Reaksi&gt;&quot; 'Teluk' 🌊""#))
    }

    @Test func networkXReadsTheGEXF() throws {
        let path = ExportFixtures.temporaryPath("gexf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let summary = try GEXFExporter().write(ExportFixtures.graph, toFile: path)
        #expect(summary.nodes == ExportFixtures.nodeCount && summary.edges == ExportFixtures.edgeCount)
        let script = """
            import sys
            try:
                import networkx as nx
            except ImportError:
                print("skip"); sys.exit(0)
            g = nx.read_gexf(sys.argv[1], version="1.3")
            n = g.nodes["kompas-0412@118"]
            print(g.number_of_nodes(), g.number_of_edges(), n["cameo"], n["goldstein"], n["label"])
            """
        guard let out = try ExportFixtures.python(script, [path]), out != "skip\n" else { return }
        #expect(out == "10 11 042 1.9 2024-03-05 · Indonesia → Malaysia · 042\n")
    }
}
