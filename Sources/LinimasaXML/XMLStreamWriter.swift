internal import CLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes XML as a stream through libxml2's `xmlTextWriter`: each call
/// appends to an output buffer that libxml2 flushes to the destination in
/// small chunks, so a document of any size is never held in memory as one
/// string (unless the in-memory destination was asked for).
///
/// The writer owns its libxml2 handles and frees them in `deinit`, in the
/// right order (the text writer first, which flushes and closes its output
/// buffer; then the file or memory buffer under it). A negative libxml2
/// return code becomes an ``XMLKitError`` with code `.writeFailed` right at
/// the call that hit it.
///
/// Every string is made legal XML 1.0 before libxml2 sees it (see
/// ``xmlSafe(_:)``); libxml2 escapes what remains (`<`, `&`, `>`, quotes,
/// and in attributes also tab, newline and carriage return).
///
/// Not thread-safe: one writer belongs to one task at a time.
public final class XMLStreamWriter {
    /// Where the bytes go. The writer owns whatever the case holds.
    private enum Sink {
        case file(UnsafeMutablePointer<FILE>, path: String)
        case memory(xmlBufferPtr)
    }

    let writer: xmlTextWriterPtr
    private let sink: Sink
    /// Indentation is done here, not by libxml2 (whose indenter writes the
    /// indent string once per level, a buffer call each): one raw write of
    /// a newline and the spaces before each child element.
    let indent: Bool
    /// Per open element: whether it holds a child element (its end tag then
    /// goes on a line of its own) or text (then nothing is indented inside
    /// it, which would change its content).
    var open: [(hasChildren: Bool, hasText: Bool, rawEnd: [UInt8]?)] = []
    /// A newline and then spaces, owned by this writer: an indent is a
    /// prefix of it, and a prepared element's start tag is copied in after
    /// the prefix so that both go out in one call.
    let scratch: UnsafeMutablePointer<CChar>
    /// Reused buffer for one prepared element's line.
    var line: [UInt8] = []
    static let scratchSize = 4096
    static let maxIndent = 255

    /// A writer that streams to the file at `path`, created or truncated.
    ///
    /// The file is opened with `fopen` rather than libxml2's URI-aware
    /// `xmlNewTextWriterFilename`, so a `%` or `?` in a path is taken as is.
    ///
    /// - Parameter indent: indent nested elements by two spaces.
    /// - Throws: `.cannotOpen` when the file cannot be created.
    public init(path: String, indent: Bool = true) throws(XMLKitError) {
        guard let file = fopen(path, "wb") else {
            throw XMLKitError(.cannotOpen, "cannot open \(path) for writing (errno \(errno))")
        }
        guard let output = xmlOutputBufferCreateFile(file, nil) else {
            fclose(file)
            throw XMLKitError(.outOfMemory, "libxml2 could not create an output buffer")
        }
        // The text writer now owns `output`; `file` stays ours to close.
        guard let made = xmlNewTextWriter(output) else {
            xmlOutputBufferClose(output)
            fclose(file)
            throw XMLKitError(.outOfMemory, "libxml2 could not create a text writer")
        }
        writer = made
        sink = .file(file, path: path)
        self.indent = indent
        scratch = Self.makeScratch()
    }

    /// A writer that collects the document in memory; read it with
    /// ``bytes`` after ``endDocument()``. For tests and small documents.
    public init(indent: Bool = true) throws(XMLKitError) {
        guard let buffer = xmlBufferCreate() else {
            throw XMLKitError(.outOfMemory, "libxml2 could not create a buffer")
        }
        guard let made = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLKitError(.outOfMemory, "libxml2 could not create a text writer")
        }
        writer = made
        sink = .memory(buffer)
        self.indent = indent
        scratch = Self.makeScratch()
    }

    private static func makeScratch() -> UnsafeMutablePointer<CChar> {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: scratchSize)
        p.initialize(repeating: 0x20, count: scratchSize)
        p[0] = 0x0A
        return p
    }

    deinit {
        scratch.deallocate()
        xmlFreeTextWriter(writer)
        switch sink {
        case .file(let file, _): fclose(file)
        case .memory(let buffer): xmlBufferFree(buffer)
        }
    }

    /// Before a child element: a line break and indentation, unless the
    /// parent holds text. Marks the parent as having children.
    func breakLine() throws(XMLKitError) {
        guard let parent = open.last else { return }
        open[open.count - 1].hasChildren = true
        guard indent, !parent.hasText else { return }
        try writeIndent(open.count)
    }

    func writeIndent(_ level: Int) throws(XMLKitError) {
        let width = 1 + 2 * min(level, Self.maxIndent)
        try check(xmlTextWriterWriteRawLen(writer, rebound(scratch), Int32(width)), "indent")
    }

    // MARK: Writing

    /// Writes the XML declaration: version 1.0, encoding UTF-8.
    public func startDocument() throws(XMLKitError) {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    /// Opens an element. With a `namespace`, the element also declares it as
    /// the default namespace (`xmlns="…"`). A prefixed `name` such as
    /// `y:ShapeNode` is written as given; declare its prefix with an
    /// `xmlns:y` ``attribute(_:_:)`` on an ancestor.
    public func startElement(_ name: String, namespace: String? = nil) throws(XMLKitError) {
        try breakLine()
        open.append((false, false, nil))
        try Self.withXMLChars(name) { n throws(XMLKitError) in
            try check(xmlTextWriterStartElement(writer, n), "start <\(name)>")
        }
        // Written as the first attribute (libxml2's StartElementNS would put
        // the declaration after any attributes added later).
        if let namespace { try attribute("xmlns", namespace) }
    }

    /// Adds an attribute to the element just opened.
    public func attribute(_ name: String, _ value: String) throws(XMLKitError) {
        try Self.withXMLChars(name) { n throws(XMLKitError) in
            try Self.withXMLChars(value) { v throws(XMLKitError) in
                try check(xmlTextWriterWriteAttribute(writer, n, v), "write attribute \(name)")
            }
        }
    }

    /// Writes character data inside the open element.
    public func text(_ content: String) throws(XMLKitError) {
        if !open.isEmpty { open[open.count - 1].hasText = true }
        try Self.withXMLChars(content) { t throws(XMLKitError) in
            try check(xmlTextWriterWriteString(writer, t), "write text")
        }
    }

    /// Closes the innermost open element (`<a/>` when it has no content).
    public func endElement() throws(XMLKitError) {
        let closing = open.popLast()
        if let closing, indent, closing.hasChildren, !closing.hasText {
            try writeIndent(open.count)
        }
        if let end = closing?.rawEnd {
            let code = end.withUnsafeBufferPointer { xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32($0.count)) }
            try check(code, "end an element")
        } else {
            try check(xmlTextWriterEndElement(writer), "end an element")
        }
    }

    /// Closes every open element, ends the document and flushes.
    public func endDocument() throws(XMLKitError) {
        while !open.isEmpty { try endElement() }
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try flush()
    }

    /// Hands everything written so far to the destination (for a file, down
    /// to the operating system), reporting a failed write.
    public func flush() throws(XMLKitError) {
        try check(xmlTextWriterFlush(writer), "flush")
        if case .file(let file, let path) = sink, fflush(file) != 0 || ferror(file) != 0 {
            throw XMLKitError(.writeFailed, "cannot write \(path) (errno \(errno))")
        }
    }

    /// The document written so far, for a writer made with ``init(indent:)``;
    /// empty for a file writer. Call ``endDocument()`` first.
    public var bytes: [UInt8] {
        guard case .memory(let buffer) = sink, let content = xmlBufferContent(buffer) else { return [] }
        let count = Int(xmlBufferLength(buffer))
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    // MARK: The boundary

    /// Turns a libxml2 return code into a Swift error.
    func check(_ code: Int32, _ what: @autoclosure () -> String) throws(XMLKitError) {
        guard code < 0 else { return }
        throw XMLKitError(.writeFailed, "libxml2 could not \(what())", libxml2Code: Int(code))
    }
}
