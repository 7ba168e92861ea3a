import Foundation
import LinimasaExport
import LinimasaXML
import Testing

/// Every exported GraphML file against the reference GraphML 1.0 schema
/// (when the shared directory is present) and against the project's own,
/// stricter `Schemas/linimasa-graphml.xsd`, through libxml2 in-process.
@Suite("GraphML validation")
struct GraphMLValidationTests {
    static func messages(_ problems: [XMLKitError]) -> String {
        problems.map(\.description).joined(separator: "\n")
    }

    @Test(arguments: GraphMLExporter.Flavor.allCases, [true, false])
    func exportsPassTheProjectSchema(flavor: GraphMLExporter.Flavor, indent: Bool) throws {
        let schema = try XMLSchema(path: ExportFixtures.projectSchema)
        let bytes = try GraphMLExporter(flavor: flavor, indent: indent).document(ExportFixtures.graph)
        let problems = try schema.violations(in: bytes)
        #expect(problems.isEmpty, "\(Self.messages(problems))")
    }

    @Test(arguments: [true, false])
    func plainExportPassesTheReferenceSchema(indent: Bool) throws {
        guard let path = ExportFixtures.standardSchema else { return }  // no shared directory here
        let schema = try XMLSchema(path: path)
        let bytes = try GraphMLExporter(indent: indent).document(ExportFixtures.graph)
        let problems = try schema.violations(in: bytes)
        #expect(problems.isEmpty, "\(Self.messages(problems))")
    }

    /// yEd's extension is outside standard GraphML: the reference schema
    /// allows neither `yfiles.type` on `<key>` nor elements in `<data>`.
    /// Those must be its only complaints.
    @Test func yEdExportBreaksTheReferenceSchemaOnlyByYEdsExtension() throws {
        guard let path = ExportFixtures.standardSchema else { return }
        let schema = try XMLSchema(path: path)
        let bytes = try GraphMLExporter(flavor: .yEd).document(ExportFixtures.graph)
        let problems = try schema.violations(in: bytes, limit: 1000)
        #expect(!problems.isEmpty)
        let unexpected = problems.filter {
            !$0.message.contains("yfiles.type") && !$0.message.contains(GraphMLExporter.yEdNamespace)
        }
        #expect(unexpected.isEmpty, "\(Self.messages(unexpected))")
    }

    /// The project schema catches what the reference schema lets through.
    @Test(arguments: [
        ("dangling edge end", #"target="MYS""#, #"target="NOWHERE""#),
        ("undeclared key", #"<data key="cameo">"#, #"<data key="camoe">"#),
        ("graph-level key", #"for="edge" attr.name="weight""#, #"for="graph" attr.name="weight""#),
        ("missing key", #"<key id="evidence" for="node" attr.name="evidence" attr.type="string"/>"#, ""),
        ("repeated edge id", #"<edge id="e1" "#, #"<edge id="e0" "#),
        ("list-valued type", #"attr.type="double"/>"#, #"attr.type="list"/>"#),
    ])
    func projectSchemaRejects(_ what: String, _ original: String, _ broken: String) throws {
        let schema = try XMLSchema(path: ExportFixtures.projectSchema)
        let text = String(decoding: try GraphMLExporter().document(ExportFixtures.graph), as: UTF8.self)
        #expect(text.contains(original), "fixture for \(what)")
        let bad = text.replacingOccurrences(of: original, with: broken)
        #expect(try !schema.violations(in: Array(bad.utf8)).isEmpty, "\(what) should be rejected")
    }

    /// The schema's key table (its enumeration, annotated `for, type`) and
    /// what the exporter declares are the same list.
    @Test func schemaKeyTableMatchesTheExporter() throws {
        let xsd = try XMLDocumentParser.parse(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: ExportFixtures.projectSchema))))
        var table: [String: String] = [:]
        for id in xsd.elements(named: "enumeration") {
            guard let value = xsd.element(id)?.attribute("value"),
                  let doc = xsd.elements(named: "documentation", under: id).first else { continue }
            table[value] = xsd.textContent(of: doc)
        }
        for key in GraphMLKey.all {
            #expect(table[key.id] == "\(key.domain.rawValue), \(key.type.rawValue)", "key \(key.id)")
        }
        #expect(table.count == GraphMLKey.all.count + 1, "plus yEd's node_graphics")

        let tree = try XMLDocumentParser.parse(bytes: GraphMLExporter().document(ExportFixtures.graph))
        for key in tree.elements(named: "key").compactMap(tree.element) {
            let id = key.attribute("id") ?? ""
            #expect(table[id] == "\(key.attribute("for") ?? ""), \(key.attribute("attr.type") ?? "")")
            #expect(key.attribute("attr.name") == id)
        }
    }
}
