import Foundation
import LinimasaExport
import Testing

/// NetworkX reads what Linimasa writes: counts, typed values, strings.
/// Skipped (passes without checking) where python3 with networkx is absent.
@Suite("GraphML read by NetworkX")
struct GraphMLNetworkXTests {
    /// Loads the file and prints one JSON summary of what NetworkX saw.
    static let script = """
        import json, sys
        try:
            import networkx as nx
        except ImportError:
            print("null"); sys.exit(0)
        g = nx.read_graphml(sys.argv[1])
        meet = g.nodes["kompas-0412_40118"]
        pair = g.edges["IDN", "MYS"]
        print(json.dumps({
            "directed": g.is_directed(),
            "multigraph": g.is_multigraph(),
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "actors": sum(1 for _, d in g.nodes(data=True) if d.get("node_type") == "actor"),
            "goldstein": meet["goldstein"],
            "goldstein_is_float": isinstance(meet["goldstein"], float),
            "quad_class_is_int": isinstance(meet["quad_class"], int),
            "cameo": meet["cameo"],
            "evidence": meet["evidence"],
            "hostile": g.nodes["org:aksi_26reaksi"]["label"],
            "rtl": g.nodes["group:fajr"]["label"],
            "pair_events": pair["event_count"],
            "pair_weight": pair["weight"],
            "none_values": sum(1 for _, d in g.nodes(data=True) for v in d.values() if v is None),
            "graphics": sum(1 for _, d in g.nodes(data=True) if "nodegraphics" in d),
        }, ensure_ascii=False))
        """

    struct Seen: Decodable {
        var directed: Bool
        var multigraph: Bool
        var nodes: Int
        var edges: Int
        var actors: Int
        var goldstein: Double
        var goldstein_is_float: Bool
        var quad_class_is_int: Bool
        var cameo: String
        var evidence: String
        var hostile: String
        var rtl: String
        var pair_events: Int
        var pair_weight: Double
        var none_values: Int
        var graphics: Int
    }

    @Test(arguments: GraphMLExporter.Flavor.allCases)
    func networkXReadsTheExport(flavor: GraphMLExporter.Flavor) throws {
        let path = ExportFixtures.temporaryPath("graphml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try GraphMLExporter(flavor: flavor).write(ExportFixtures.graph, toFile: path)
        guard let output = try ExportFixtures.python(Self.script, [path]),
              let seen = try JSONDecoder().decode(Seen?.self, from: Data(output.utf8)) else {
            return  // no python3 or no networkx on this machine
        }
        #expect(seen.directed)
        #expect(!seen.multigraph, "no parallel edges")
        #expect(seen.nodes == ExportFixtures.nodeCount)
        #expect(seen.edges == ExportFixtures.edgeCount)
        #expect(seen.actors == 5)
        #expect(seen.goldstein == 1.9 && seen.goldstein_is_float)
        #expect(seen.quad_class_is_int)
        #expect(seen.cameo == "042")
        #expect(seen.evidence == ExportFixtures.evidenceClean)
        #expect(seen.hostile == ExportFixtures.hostileNameClean)
        #expect(seen.rtl == ExportFixtures.rtlName)
        #expect(seen.pair_events == 1 && seen.pair_weight == 1.0)
        #expect(seen.none_values == 0)
        // NetworkX keeps yEd's graphics key as a node attribute it cannot fill.
        #expect(seen.graphics == 0)
    }
}
