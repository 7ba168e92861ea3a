internal import CLibXML2

/// Process-wide libxml2 setup, done exactly once and thread-safely (Swift
/// initialises a `static let` under a once-lock): `xmlInitParser`, and an
/// external-entity loader that refuses every request, so no parse can read
/// a file or open a connection whatever the document asks for (external
/// DTDs, `SYSTEM` entities, XInclude). `XML_PARSE_NONET` on every context
/// is the second line of defence.
///
/// The one exception: while ``XMLSchema`` compiles a schema, the `.xsd`
/// files of that schema's own directory may be read (an `xs:include`,
/// `xs:import` or `xs:redefine` is loaded through this same hook in
/// libxml2 2.9); see ``SchemaDirectories``. Never the network.
enum LibXMLSetup {
    static let done: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { url, id, context in
            guard let url, SchemaDirectories.shared.allows(String(cString: url)) else { return nil }
            return xmlNoNetExternalEntityLoader(url, id, context)
        }
    }()

    static func ensure() { _ = done }

    /// libxml2 prints what its structured handler does not take (encoding
    /// failures, "Bytes: 0xFF …", I/O warnings) straight to standard error.
    /// This handler takes them and drops them: each is also recorded on its
    /// parser context, read back by `ParserContext.lastError`, and reported
    /// once, naming the input, by the caller. The handler is per thread in
    /// libxml2, so it is set again for every context.
    static let silence: xmlStructuredErrorFunc = { _, _ in }
}

/// Owns one libxml2 parser context and frees it when released.
final class ParserContext {
    enum Flavor { case html, xml }

    let pointer: xmlParserCtxtPtr
    private let flavor: Flavor

    /// What both parsers refuse before libxml2 sees anything: input that is
    /// empty or only white space, and input beyond libxml2's `int` length.
    static func checkInput(_ bytes: [UInt8]) throws(XMLKitError) {
        guard bytes.contains(where: { !HTMLParser.isSpace($0) }) else {
            throw XMLKitError(.emptyInput, "the input is empty")
        }
        guard bytes.count < Int(Int32.max) else {
            throw XMLKitError(.tooLarge, "the input is larger than 2 GiB")
        }
    }

    init(_ flavor: Flavor) throws(XMLKitError) {
        LibXMLSetup.ensure()
        xmlSetStructuredErrorFunc(nil, LibXMLSetup.silence)
        let made: xmlParserCtxtPtr? = flavor == .html ? htmlNewParserCtxt() : xmlNewParserCtxt()
        guard let made else {
            throw XMLKitError(.outOfMemory, "libxml2 could not create a parser context")
        }
        pointer = made
        self.flavor = flavor
    }

    deinit {
        switch flavor {
        case .html: htmlFreeParserCtxt(pointer)
        case .xml: xmlFreeParserCtxt(pointer)
        }
    }

    /// The last error libxml2 recorded on this context, as a Swift value.
    func lastError(as code: XMLKitError.Code) -> XMLKitError? {
        guard let err = xmlCtxtGetLastError(UnsafeMutableRawPointer(pointer)),
              err.pointee.code != 0 else { return nil }
        let e = err.pointee
        let text = e.message.map { String(cString: $0) } ?? "libxml2 error \(e.code)"
        // Some messages span lines ("…input error\nBytes: 0xFF …"): one line,
        // so that a failed input is reported on one line.
        let message = text.split(whereSeparator: \.isNewline)
            .map { line -> Substring in
                var l = line
                while l.first?.isWhitespace == true { l.removeFirst() }
                while l.last?.isWhitespace == true { l.removeLast() }
                return l
            }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
        return XMLKitError(
            code, message,
            line: e.line > 0 ? Int(e.line) : nil,
            column: e.int2 > 0 ? Int(e.int2) : nil,
            libxml2Code: Int(e.code))
    }
}

/// Owns one libxml2 document and frees it when released.
final class OwnedDocument {
    let pointer: xmlDocPtr

    init(_ pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    /// Walks the document element's subtree into Swift values. The walk
    /// follows libxml2's sibling and parent links, so it needs no recursion.
    func makeTree() -> MarkupTree? {
        guard let root = xmlDocGetRootElement(pointer) else { return nil }
        var builder = MarkupTreeBuilder()
        var node = root
        while true {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                builder.openElement(Self.element(node))
                if node.pointee.children != nil { descend = true } else { builder.closeElement() }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { builder.addText(String(cString: content)) }
            default:
                // Comments, PIs, and above all entity references: never expanded.
                break
            }
            if descend, let child = node.pointee.children {
                node = child
                continue
            }
            // Next sibling, or climb until there is one.
            while true {
                if node == root { return builder.finish() }
                if let next = node.pointee.next { node = next; break }
                guard let up = node.pointee.parent else { return builder.finish() }
                node = UnsafeMutablePointer(OpaquePointer(up))
                builder.closeElement()
            }
        }
    }

    private static func element(_ node: xmlNodePtr) -> MarkupTree.Element {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var prefix: String?
        var uri: String?
        if let ns = node.pointee.ns {
            prefix = ns.pointee.prefix.map { String(cString: $0) }
            uri = ns.pointee.href.map { String(cString: $0) }
        }
        var attributes: [(name: String, value: String)] = []
        var attr = node.pointee.properties
        while let a = attr {
            var attrName = a.pointee.name.map { String(cString: $0) } ?? ""
            if let p = a.pointee.ns?.pointee.prefix { attrName = String(cString: p) + ":" + attrName }
            attributes.append((attrName, attributeValue(a)))
            attr = a.pointee.next
        }
        return MarkupTree.Element(name: name, prefix: prefix, namespaceURI: uri, attributes: attributes)
    }

    /// An attribute's text children only: entity references are skipped,
    /// not expanded (`xmlNodeListGetString` would expand them).
    private static func attributeValue(_ attr: xmlAttrPtr) -> String {
        var out = ""
        var child = attr.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE, let content = c.pointee.content {
                out += String(cString: content)
            }
            child = c.pointee.next
        }
        return out
    }
}
