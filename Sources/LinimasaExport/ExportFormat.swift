/// The formats Linimasa exports a knowledge graph to.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// GraphML for Gephi, Cytoscape and NetworkX.
    case graphml
    /// GraphML with yEd's `y:ShapeNode` labels and colours.
    case yed
    /// GEXF 1.3 with dynamic spells, for Gephi's timeline.
    case gexf
    /// A Graphviz DOT timeline.
    case dot
    /// The whole graph as JSON (`Schemas/graph.schema.json`).
    case json
    /// Events table (GDELT-style) as CSV.
    case csv
    /// Mentions table as CSV.
    case mentionsCSV = "mentions-csv"
    /// The analyst's page (timeline, network, evidence) as one
    /// self-contained HTML file with the data embedded (LinimasaView).
    case html
}
