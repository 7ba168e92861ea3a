import ArgumentParser
import Foundation
import LinimasaExport
import LinimasaGraph

struct BenchExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-export",
        abstract: "Time the GraphML export against NetworkX's write_graphml on one synthetic graph.",
        discussion: """
        Builds a seeded synthetic knowledge graph, times Linimasa's GraphML \
        export to a temporary file (the fastest of --runs), then hands the \
        very same nodes, edges and typed attributes to NetworkX (through a \
        JSON Lines dump and a small Python script written at run time) and \
        times only its write_graphml. Prints both times, the ratio and the \
        peak resident memory of each process (getrusage; Python's \
        resource.getrusage). Needs python3 with networkx for the comparison. \
        Build with -c release.

        Example:
          swift run -c release linimasa bench-export \\
              --events 100000 --mentions 500000
        """
    )

    @Option(help: "Events in the synthetic graph.")
    var events = 100_000

    @Option(help: "Mentions, spread over the events.")
    var mentions = 500_000

    @Option(help: "Actors.")
    var actors = 2_000

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 2024

    @Option(help: "Runs of the Linimasa export; the fastest counts.")
    var runs = 3

    @Flag(help: "Write GraphML without indentation.")
    var noIndent = false

    @Flag(help: "Skip the NetworkX comparison.")
    var skipNetworkx = false

    func validate() throws {
        guard events > 0, mentions >= 0, actors >= 2, runs > 0 else {
            throw ValidationError("--events and --runs must be positive, --actors at least 2")
        }
    }

    func run() throws {
        let dir = NSTemporaryDirectory() + "linimasa-bench-export-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }

        var graph = KnowledgeGraph(actors: [], events: [], edges: [])
        let build = try Self.seconds {
            graph = SyntheticGraph.make(events: events, mentions: mentions, actors: actors, seed: seed)
        }
        print("synthetic graph: \(graph.actors.count) actors, \(graph.events.count) events, "
              + "\(graph.events.reduce(0) { $0 + $1.mentionCount }) mentions, \(graph.edges.count) actor edges "
              + "(seed \(seed)); built in \(Self.format(build)) s")
        let before = Bench.peakResidentMiB()
        print("peak RSS after building: \(Self.mib(before))")

        let path = dir + "/linimasa.graphml"
        var summary = ExportSummary()
        var best = Double.infinity
        for _ in 0..<runs {
            best = min(best, try Self.seconds { summary = try GraphMLExporter(indent: !noIndent).write(graph, toFile: path) })
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let after = Bench.peakResidentMiB()
        print("linimasa GraphML: \(Self.format(best)) s (best of \(runs)), \(summary.nodes) nodes, "
              + "\(summary.edges) edges, \(Self.format(Double(size) / 1e6, 1)) MB; "
              + "peak RSS \(Self.mib(after)) (+\(Self.mib(after - before)) over the built graph)")

        let gexfPath = dir + "/linimasa.gexf"
        let gexf = try Self.seconds { try GEXFExporter().write(graph, toFile: gexfPath) }
        print("linimasa GEXF:    \(Self.format(gexf)) s (one run)")

        guard !skipNetworkx else { return }
        try NetworkXComparison.dump(graph, to: dir)
        let nodesAndEdges = (summary.nodes, summary.edges)
        graph = KnowledgeGraph(actors: [], events: [], edges: [])  // free it before Python runs
        guard let nx = try NetworkXComparison.run(in: dir) else {
            print("networkx: not available (python3 -c 'import networkx' failed); no comparison")
            return
        }
        guard (nx.nodes, nx.edges) == nodesAndEdges else {
            printError("linimasa: error: NetworkX built \(nx.nodes) nodes and \(nx.edges) edges, "
                       + "Linimasa wrote \(nodesAndEdges.0) and \(nodesAndEdges.1)")
            throw ExitCode(1)
        }
        print("networkx \(nx.version) write_graphml (\(nx.backend)): \(Self.format(nx.seconds)) s, "
              + "\(Self.format(Double(nx.bytes) / 1e6, 1)) MB; peak RSS \(Self.mib(nx.peakMiB)) "
              + "(+\(Self.mib(nx.peakMiB - nx.peakBeforeMiB)) over its built graph)")
        let ratio = nx.seconds / best
        print("ratio: Linimasa is \(Self.format(ratio, 1))× faster (target ≥ 20×)"
              + (ratio >= 20 ? "" : "  ← below target"))
    }

    static func seconds(_ body: () throws -> Void) throws -> Double {
        let t = try ContinuousClock().measure(body)
        return Double(t.components.seconds) + Double(t.components.attoseconds) / 1e18
    }

    static func format(_ value: Double, _ digits: Int = 3) -> String {
        String(format: "%.\(digits)f", value)
    }

    static func mib(_ value: Double) -> String { format(value, 1) + " MiB" }
}
