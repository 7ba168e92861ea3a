internal import CLibXML2

/// The prepared-element fast path, and the one place Swift strings become
/// libxml2 `xmlChar` strings (after XML 1.0 cleaning).
extension XMLStreamWriter {
    /// Writes `<name attr="value">text</name>` for a prepared element: its
    /// tags were checked once when it was made and go out as they are; the
    /// text is escaped by libxml2 like ``text(_:)``. Three libxml2 calls
    /// instead of four, and no per-call name handling: for the many small
    /// value elements of a graph export.
    public func element(_ prepared: PreparedElement, text content: String) throws(XMLKitError) {
        var width = 0
        if let parent = open.last {
            open[open.count - 1].hasChildren = true
            if indent && !parent.hasText { width = 1 + 2 * min(open.count, Self.maxIndent) }
        }
        try prepared.startTag.withUnsafeBufferPointer { tag throws(XMLKitError) in
            let length = tag.count - 1
            if width + length <= Self.scratchSize {
                // Indent and start tag in one write; the spaces after the
                // indent are restored below.
                (scratch + width).update(from: tag.baseAddress!, count: length)
                let code = xmlTextWriterWriteRawLen(writer, rebound(scratch), Int32(width + length))
                (scratch + width).update(repeating: 0x20, count: length)
                try check(code, "start <\(prepared.name)>")
            } else {
                if width > 0 { try writeIndent(open.count) }
                try check(xmlTextWriterWriteRawLen(writer, rebound(tag.baseAddress!), Int32(length)), "start <\(prepared.name)>")
            }
        }
        try Self.withXMLChars(content) { t throws(XMLKitError) in
            try check(xmlTextWriterWriteString(writer, t), "write text")
        }
        try prepared.endTag.withUnsafeBufferPointer { tag throws(XMLKitError) in
            try check(xmlTextWriterWriteRawLen(writer, rebound(tag.baseAddress!), Int32(tag.count - 1)), "end <\(prepared.name)>")
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
