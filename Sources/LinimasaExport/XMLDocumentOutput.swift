import LinimasaGraph
import LinimasaXML

/// An export written as one XML document (GraphML, GEXF): to a file, or
/// into memory.
public protocol XMLGraphExporter: Sendable {
    /// Writes `graph` to the file at `path` (created or truncated).
    @discardableResult
    func write(_ graph: KnowledgeGraph, toFile path: String) throws(ExportError) -> ExportSummary
    /// The document for `graph`, in memory.
    func document(_ graph: KnowledgeGraph) throws(ExportError) -> [UInt8]
}

extension GraphMLExporter: XMLGraphExporter {}
extension GEXFExporter: XMLGraphExporter {}

/// Where an XML export goes: a file or memory. One place turns the
/// writer's errors into `ExportError` for both GraphML and GEXF.
enum XMLDocumentOutput {
    static func toFile(_ path: String, indent: Bool,
                       _ body: (XMLStreamWriter) throws(XMLKitError) -> ExportSummary) throws(ExportError) -> ExportSummary {
        do {
            return try body(try XMLStreamWriter(path: path, indent: indent))
        } catch {
            throw ExportError(error)
        }
    }

    static func inMemory(indent: Bool,
                         _ body: (XMLStreamWriter) throws(XMLKitError) -> ExportSummary) throws(ExportError) -> [UInt8] {
        do {
            let writer = try XMLStreamWriter(indent: indent)
            _ = try body(writer)
            return writer.bytes
        } catch {
            throw ExportError(error)
        }
    }
}
