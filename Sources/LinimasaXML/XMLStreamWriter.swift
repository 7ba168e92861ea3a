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

    private let writer: xmlTextWriterPtr
    private let sink: Sink

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
        try configure(indent: indent)
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
        try configure(indent: indent)
    }

    deinit {
        xmlFreeTextWriter(writer)
        switch sink {
        case .file(let file, _): fclose(file)
        case .memory(let buffer): xmlBufferFree(buffer)
        }
    }

    private func configure(indent: Bool) throws(XMLKitError) {
        guard indent else { return }
        try check(xmlTextWriterSetIndent(writer, 1), "set indentation")
        try Self.withXMLChars("  ") { spaces throws(XMLKitError) in
            try check(xmlTextWriterSetIndentString(writer, spaces), "set the indent string")
        }
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
        try Self.withXMLChars(content) { t throws(XMLKitError) in
            try check(xmlTextWriterWriteString(writer, t), "write text")
        }
    }

    /// Closes the innermost open element (`<a/>` when it has no content).
    public func endElement() throws(XMLKitError) {
        try check(xmlTextWriterEndElement(writer), "end an element")
    }

    /// Closes every open element, ends the document and flushes.
    public func endDocument() throws(XMLKitError) {
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
    private func check(_ code: Int32, _ what: @autoclosure () -> String) throws(XMLKitError) {
        guard code < 0 else { return }
        throw XMLKitError(.writeFailed, "libxml2 could not \(what())", libxml2Code: Int(code))
    }

    /// Calls `body` with `string` as a NUL-terminated `xmlChar` string, after
    /// removing what XML 1.0 forbids.
    static func withXMLChars<R>(
        _ string: String, _ body: (UnsafePointer<xmlChar>) throws(XMLKitError) -> R
    ) throws(XMLKitError) -> R {
        var safe = string
        if XMLCharacters.needsCleaning(string) { safe = XMLCharacters.clean(string) }
        let result: Result<R, XMLKitError> = safe.withCString { chars in
            let p = UnsafeRawPointer(chars).assumingMemoryBound(to: xmlChar.self)
            do throws(XMLKitError) { return .success(try body(p)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// `string` without the characters XML 1.0 does not allow anywhere: the
    /// C0 controls other than tab, newline and carriage return, and the
    /// non-characters U+FFFE and U+FFFF. (A Swift string cannot hold a lone
    /// surrogate, so there is nothing else to remove.)
    public static func xmlSafe(_ string: String) -> String {
        XMLCharacters.needsCleaning(string) ? XMLCharacters.clean(string) : string
    }
}
