import Foundation
import LinimasaExport
import LinimasaGraph
import LinimasaModel
import LinimasaXML
import Testing

/// The seeded synthetic graph: deterministic, shaped as asked, and its
/// exports valid at a size the hand-built fixture does not reach.
@Suite("GraphML synthetic graph")
struct GraphMLSyntheticTests {
    static let graph = SyntheticGraph.make(events: 400, mentions: 1_300, actors: 60, seed: 7)

    @Test func sameSeedSameGraph() throws {
        let again = SyntheticGraph.make(events: 400, mentions: 1_300, actors: 60, seed: 7)
        let other = SyntheticGraph.make(events: 400, mentions: 1_300, actors: 60, seed: 8)
        let exporter = GraphMLExporter()
        #expect(try exporter.document(Self.graph) == exporter.document(again))
        #expect(try exporter.document(Self.graph) != exporter.document(other))
    }

    @Test func shapeFollowsTheArguments() {
        let g = Self.graph
        #expect(g.actors.count == 60)
        #expect(g.events.count == 400)
        #expect(g.events.reduce(0) { $0 + $1.mentionCount } == 1_300)
        #expect(g.events.allSatisfy { $0.mentionCount >= 3 })
        #expect(Set(g.events.map(\.id)).count == 400)
        #expect(g.actors.map(\.id) == g.actors.map(\.id).sorted())
        #expect(g.edges.reduce(0) { $0 + $1.eventCount } == g.events.filter { $0.targetID != nil }.count)
        // Dated events first, in order.
        let dated = g.events.prefix { $0.date != nil }
        #expect(zip(dated, dated.dropFirst()).allSatisfy { $0.date!.start <= $1.date!.start })
        #expect(g.events.dropFirst(dated.count).allSatisfy { $0.date == nil })
    }

    @Test func exportsValidate() throws {
        let project = try XMLSchema(path: ExportFixtures.projectSchema)
        let plain = try GraphMLExporter().document(Self.graph)
        #expect(try project.violations(in: plain).isEmpty)
        #expect(try project.violations(in: GraphMLExporter(flavor: .yEd).document(Self.graph)).isEmpty)
        if let standard = ExportFixtures.standardSchema {
            #expect(try XMLSchema(path: standard).violations(in: plain).isEmpty)
        }
        let gexf = try XMLDocumentParser.parse(bytes: GEXFExporter().document(Self.graph))
        #expect(gexf.elements(named: "node").count == 460)
    }

    @Test func attributeTableMatchesTheGraphML() throws {
        var nodes = 0, edges = 0, values = 0
        try GraphAttributes.visit(Self.graph, node: { _, v in nodes += 1; values += v.count },
                                  edge: { _, _, v in edges += 1; values += v.count })
        let tree = try XMLDocumentParser.parse(bytes: GraphMLExporter().document(Self.graph))
        #expect(nodes == tree.elements(named: "node").count)
        #expect(edges == tree.elements(named: "edge").count)
        #expect(values == tree.elements(named: "data").count)
    }
}
