import Foundation
import LinimasaExport
import LinimasaGraph

/// The NetworkX side of `bench-export`: the same graph as JSON Lines, a
/// Python script that loads it into an `nx.DiGraph` and times only
/// `nx.write_graphml`, and its answer.
enum NetworkXComparison {
    struct Result: Decodable {
        var version: String
        var backend: String
        var nodes: Int
        var edges: Int
        var seconds: Double
        var bytes: Int
        var peakMiB: Double
        var peakBeforeMiB: Double
    }

    static let script = """
        import json, os, resource, sys, time
        try:
            import networkx as nx
        except ImportError:
            print("null"); sys.exit(0)
        try:
            import lxml.etree
            backend = "lxml"
        except ImportError:
            backend = "xml.etree"
        folder = sys.argv[1]
        g = nx.DiGraph()
        with open(os.path.join(folder, "nodes.jsonl"), encoding="utf-8") as f:
            for line in f:
                node, values = json.loads(line)
                g.add_node(node, **values)
        with open(os.path.join(folder, "edges.jsonl"), encoding="utf-8") as f:
            for line in f:
                source, target, values = json.loads(line)
                g.add_edge(source, target, **values)
        def peak_mib():
            return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        before = peak_mib()
        out = os.path.join(folder, "networkx.graphml")
        start = time.perf_counter()
        nx.write_graphml(g, out)
        seconds = time.perf_counter() - start
        print(json.dumps({"version": nx.__version__, "backend": backend,
                          "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                          "seconds": seconds, "bytes": os.path.getsize(out),
                          "peakMiB": peak_mib(), "peakBeforeMiB": before}))
        """

    /// Writes `nodes.jsonl` (`[id, {values}]`) and `edges.jsonl`
    /// (`[source, target, {values}]`) into `dir`: ints and doubles as JSON
    /// numbers, so NetworkX declares the same attr.types Linimasa does.
    static func dump(_ graph: KnowledgeGraph, to dir: String) throws {
        let nodes = try LineFile(path: dir + "/nodes.jsonl")
        let edges = try LineFile(path: dir + "/edges.jsonl")
        try GraphAttributes.visit(graph, node: { id, values in
            nodes.append("[")
            string(id, into: nodes)
            nodes.append(",")
            object(values, into: nodes)
            nodes.append("]\n")
        }, edge: { source, target, values in
            edges.append("[")
            string(source, into: edges)
            edges.append(",")
            string(target, into: edges)
            edges.append(",")
            object(values, into: edges)
            edges.append("]\n")
        })
        try nodes.close()
        try edges.close()
    }

    /// Runs the script on the dump in `dir`; nil when python3 or networkx is missing.
    static func run(in dir: String) throws -> Result? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, dir]
        let out = Pipe()
        process.standardOutput = out
        do { try process.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return try JSONDecoder().decode(Result?.self, from: data)
    }

    private static func object(_ values: [GraphAttributes.Value], into file: LineFile) {
        file.append("{")
        for (i, value) in values.enumerated() {
            if i > 0 { file.append(",") }
            string(value.key.name, into: file)
            file.append(":")
            switch value.key.type {
            case .int, .double: file.append(value.text)
            case .boolean, .string: string(value.text, into: file)
            }
        }
        file.append("}")
    }

    /// A JSON string literal: quotes, backslashes and C0 controls escaped.
    private static func string(_ s: String, into file: LineFile) {
        file.bytes.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: file.bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: file.bytes.append(contentsOf: [0x5C, 0x5C])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                file.bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
            default: file.bytes.append(b)
            }
        }
        file.bytes.append(0x22)
    }
}

/// A file written in 1 MiB chunks.
final class LineFile {
    private let handle: FileHandle
    var bytes: [UInt8] = []

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw ValidationErrorMessage("cannot write \(path)")
        }
        self.handle = handle
        bytes.reserveCapacity(1 << 20 + 4096)
    }

    func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= 1 << 20 { try? drain() }
    }

    private func drain() throws {
        try handle.write(contentsOf: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try drain()
        try handle.close()
    }
}

struct ValidationErrorMessage: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
