internal import CLibXML2

/// Parses well-formed XML (feeds) with libxml2 (`xmlCtxtReadMemory`),
/// configured for untrusted input.
///
/// - `XML_PARSE_NONET`, and a process-wide entity loader that refuses every
///   external resource: no file is read and no connection is opened, even
///   for `<!ENTITY x SYSTEM "file:///etc/passwd">` or an external DTD.
/// - No `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDATTR`: entities
///   are not substituted and DTDs are not loaded. The tree conversion skips
///   entity-reference nodes, so a "billion laughs" document never expands.
/// - No `XML_PARSE_HUGE`: libxml2's limits on depth (256), text node size
///   and entity amplification stay on.
/// - Not `XML_PARSE_RECOVER`: a document that is not well-formed is an error
///   naming libxml2's reason, line and column.
///
/// Named `XMLDocumentParser` so it cannot clash with Foundation's `XMLParser`.
public enum XMLDocumentParser {
    static let options: Int32 = {
        let o = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_COMPACT.rawValue
        return Int32(bitPattern: o)
    }()

    /// Parses `bytes` as an XML document. The encoding comes from the
    /// byte-order mark or the XML declaration (UTF-8 by default).
    ///
    /// - Throws: ``XMLKitError``: `.emptyInput`, `.tooLarge`,
    ///   `.notWellFormed` with libxml2's message, line and column.
    public static func parse(bytes: [UInt8]) throws(XMLKitError) -> MarkupTree {
        try ParserContext.checkInput(bytes)
        let context = try ParserContext(.xml)
        let result: Result<MarkupTree, XMLKitError> = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else {
                return .failure(XMLKitError(.emptyInput, "the input is empty"))
            }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            let doc = xmlCtxtReadMemory(context.pointer, raw, Int32(buffer.count), nil, nil, options)
            let problem = context.lastError(as: .notWellFormed)
            guard let doc else {
                return .failure(problem ?? XMLKitError(.notWellFormed, "libxml2 built no document"))
            }
            let owned = OwnedDocument(doc)
            guard context.pointer.pointee.wellFormed != 0 else {
                return .failure(problem ?? XMLKitError(.notWellFormed, "the document is not well-formed"))
            }
            guard let tree = owned.makeTree() else {
                return .failure(problem ?? XMLKitError(.noDocument, "the document has no root element"))
            }
            return .success(tree)
        }
        return try result.get()
    }
}
