internal import CLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A compiled W3C XML Schema (XSD 1.0, as libxml2 implements it) that
/// documents can be validated against, without any external tool.
///
/// Owns the compiled `xmlSchemaPtr` and frees it in `deinit`. A schema that
/// includes, imports or redefines other schema files may read the `.xsd`
/// files of its own directory while it compiles, and nothing else: no other
/// file, and never the network (see ``SchemaDirectories``).
///
/// Problems are collected through libxml2's structured-error callbacks on
/// the schema's own contexts, never from the process-wide last error.
public final class XMLSchema {
    private let schema: xmlSchemaPtr

    /// Reads and compiles the schema at `path`.
    ///
    /// - Throws: ``XMLKitError`` with code `.invalidSchema` and libxml2's
    ///   first complaint when the file is missing or is not a valid schema.
    public init(path relativePath: String) throws(XMLKitError) {
        LibXMLSetup.ensure()
        let path = SchemaDirectories.absolute(relativePath)
        let directory = SchemaDirectories.directory(of: path)
        SchemaDirectories.shared.open(directory)
        defer { SchemaDirectories.shared.close(directory) }

        guard let parser = xmlSchemaNewParserCtxt(path) else {
            throw XMLKitError(.outOfMemory, "libxml2 could not create a schema parser")
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let collector = ErrorCollector(code: .invalidSchema)
        let compiled = withExtendedLifetime(collector) { () -> xmlSchemaPtr? in
            xmlSchemaSetParserStructuredErrors(parser, ErrorCollector.callback, collector.context)
            return xmlSchemaParse(parser)
        }
        guard let compiled, collector.errors.isEmpty else {
            if let compiled { xmlSchemaFree(compiled) }
            throw collector.errors.first ?? XMLKitError(.invalidSchema, "libxml2 could not compile \(path)")
        }
        schema = compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// Every way the XML document in `bytes` breaks the schema; empty when
    /// it is valid. At most `limit` problems are kept.
    ///
    /// The document is parsed as ``XMLDocumentParser`` parses feeds: no
    /// network, no entity substitution, no DTD loading.
    ///
    /// - Throws: ``XMLKitError`` `.notWellFormed` (or `.emptyInput`,
    ///   `.tooLarge`) when the bytes are not a well-formed document at all.
    public func violations(in bytes: [UInt8], limit: Int = 100) throws(XMLKitError) -> [XMLKitError] {
        guard !bytes.isEmpty else { throw XMLKitError(.emptyInput, "the input is empty") }
        guard bytes.count < Int(Int32.max) else {
            throw XMLKitError(.tooLarge, "the input is larger than 2 GiB")
        }
        let context = try ParserContext(.xml)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            let raw = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            return xmlCtxtReadMemory(
                context.pointer, raw, Int32(buffer.count), nil, nil, XMLDocumentParser.options)
        }
        guard let parsed else {
            throw context.lastError(as: .notWellFormed)
                ?? XMLKitError(.notWellFormed, "libxml2 built no document")
        }
        let document = OwnedDocument(parsed)
        guard let validator = xmlSchemaNewValidCtxt(schema) else {
            throw XMLKitError(.outOfMemory, "libxml2 could not create a schema validator")
        }
        defer { xmlSchemaFreeValidCtxt(validator) }
        let collector = ErrorCollector(code: .schemaViolation, limit: limit)
        let status = withExtendedLifetime(collector) { () -> Int32 in
            xmlSchemaSetValidStructuredErrors(validator, ErrorCollector.callback, collector.context)
            return xmlSchemaValidateDoc(validator, document.pointer)
        }
        if status != 0 && collector.errors.isEmpty {
            return [XMLKitError(.schemaViolation, "libxml2 reported failure \(status) without a message",
                                libxml2Code: Int(status))]
        }
        return collector.errors
    }

    /// Throws the first violation, if any (see ``violations(in:limit:)``).
    public func validate(_ bytes: [UInt8]) throws(XMLKitError) {
        if let first = try violations(in: bytes, limit: 1).first { throw first }
    }
}

/// Gathers the errors libxml2 reports through a structured-error callback.
/// Passed to C as an unretained pointer; the caller keeps it alive with
/// `withExtendedLifetime` for as long as libxml2 may call back.
private final class ErrorCollector {
    let code: XMLKitError.Code
    let limit: Int
    var errors: [XMLKitError] = []

    init(code: XMLKitError.Code, limit: Int = 100) {
        self.code = code
        self.limit = limit
    }

    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
        guard collector.errors.count < collector.limit else { return }
        let e = error.pointee
        // Warnings (level 1) do not make a document invalid.
        guard e.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = e.message.map { String(cString: $0) } ?? "libxml2 error \(e.code)"
        while let last = message.last, last.isWhitespace { message.removeLast() }
        collector.errors.append(XMLKitError(
            collector.code, message, line: e.line > 0 ? Int(e.line) : nil, libxml2Code: Int(e.code)))
    }
}
