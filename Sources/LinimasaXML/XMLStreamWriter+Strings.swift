internal import CLibXML2

/// The prepared-element fast path, and the one place Swift strings become
/// libxml2 `xmlChar` strings (after XML 1.0 cleaning).
extension XMLStreamWriter {
    /// Writes `<name attr="value">text</name>` for a prepared element: its
    /// tags were checked once when it was made; the text is cleaned of what
    /// XML 1.0 forbids and escaped here exactly as libxml2 escapes text
    /// (`&`, `<`, `>`, `"`, and CR as `&#13;`), and indent, tags and text go to libxml2's
    /// writer as one raw write: for the many small value elements of a
    /// graph export.
    public func element(_ prepared: PreparedElement, text content: String) throws(XMLKitError) {
        beginLine()
        prepared.startTag.withUnsafeBufferPointer { tag in
            line.append(contentsOf: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: tag.dropLast())))
        }
        var text = content
        if XMLCharacters.needsCleaning(text) { text = XMLCharacters.clean(text) }
        XMLStreamWriter.appendEscaped(text, to: &line)
        prepared.endTag.withUnsafeBufferPointer { tag in
            line.append(contentsOf: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: tag.dropLast())))
        }
        try writeLine("write <\(prepared.name)>")
    }

    /// Opens `<name a="v" …>` with its attributes in one raw write (the
    /// values cleaned and escaped here exactly as libxml2 escapes attribute
    /// values); ``endElement()`` closes it. For the many nodes and edges of
    /// a graph export. `name` and the attribute names must be XML names.
    public func startElement(_ name: String, attributes: [(String, String)]) throws(XMLKitError) {
        beginLine()
        line.append(UInt8(ascii: "<"))
        line.append(contentsOf: name.utf8)
        for (attribute, value) in attributes {
            line.append(0x20)
            line.append(contentsOf: attribute.utf8)
            line.append(contentsOf: "=\"".utf8)
            var v = value
            if XMLCharacters.needsCleaning(v) { v = XMLCharacters.clean(v) }
            XMLStreamWriter.appendEscaped(v, to: &line, attribute: true)
            line.append(UInt8(ascii: "\""))
        }
        line.append(UInt8(ascii: ">"))
        try writeLine("start <\(name)>")
        open.append((false, false, Array("</\(name)>".utf8)))
    }

    /// Starts ``line`` for a new child of the open element: marks the parent
    /// as having children and puts the line break and indentation first.
    private func beginLine() {
        var width = 0
        if let parent = open.last {
            open[open.count - 1].hasChildren = true
            if indent && !parent.hasText { width = 1 + 2 * min(open.count, Self.maxIndent) }
        }
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: UnsafeBufferPointer(start: UnsafeRawPointer(scratch).assumingMemoryBound(to: UInt8.self), count: width))
    }

    /// Hands ``line`` to libxml2's writer in one raw write.
    private func writeLine(_ what: @autoclosure () -> String) throws(XMLKitError) {
        let code = line.withUnsafeBufferPointer { xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32($0.count)) }
        try check(code, what())
    }

    /// Appends `text` escaped for element content, or for an attribute
    /// value (where line breaks and tabs become character references too).
    static func appendEscaped(_ text: String, to out: inout [UInt8], attribute: Bool = false) {
        var text = text
        text.withUTF8 { u in
            var run = 0
            for (k, b) in u.enumerated() {
                let escape: StaticString
                switch b {
                case UInt8(ascii: "&"): escape = "&amp;"
                case UInt8(ascii: "<"): escape = "&lt;"
                case UInt8(ascii: ">"): escape = "&gt;"
                case UInt8(ascii: "\""): escape = "&quot;"
                case 0x0D: escape = "&#13;"
                case 0x0A where attribute: escape = "&#10;"
                case 0x09 where attribute: escape = "&#9;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<k]))
                out.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                run = k + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<u.count]))
        }
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

    /// `xmlChar` is `unsigned char`; Swift's C strings are `CChar`.
    func rebound(_ p: UnsafePointer<CChar>) -> UnsafePointer<xmlChar> {
        UnsafeRawPointer(p).assumingMemoryBound(to: xmlChar.self)
    }

    /// `string` without the characters XML 1.0 does not allow anywhere: the
    /// C0 controls other than tab, newline and carriage return, and the
    /// non-characters U+FFFE and U+FFFF. (A Swift string cannot hold a lone
    /// surrogate, so there is nothing else to remove.)
    public static func xmlSafe(_ string: String) -> String {
        XMLCharacters.needsCleaning(string) ? XMLCharacters.clean(string) : string
    }
}
