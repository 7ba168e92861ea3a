internal import CLibXML2

/// An HTML page parsed by libxml2's error-recovering HTML parser.
public struct HTMLDocument: Sendable {
    /// The element tree; its root is the `html` element.
    public var tree: MarkupTree
    /// The last problem libxml2 recovered from while parsing (unclosed tags,
    /// bad bytes for the declared charset, excessive depth), for diagnostics.
    /// Its presence does not mean the tree is unusable.
    public var recoveredError: XMLKitError?
}

/// Parses HTML with libxml2 (`htmlCtxtReadMemory`).
///
/// The parser recovers from malformed markup (unclosed tags, stray end
/// tags), never touches the network (`HTML_PARSE_NONET` plus the refusing
/// entity loader) and prints nothing (`HTML_PARSE_NOERROR`,
/// `HTML_PARSE_NOWARNING`); problems are read back from the parser context.
///
/// Whitespace-only text is kept (no `HTML_PARSE_NOBLANKS`): between inline
/// elements it separates words, and the HTML parser's guess of which blanks
/// are ignorable is a heuristic.
///
/// libxml2 stops building the tree at 256 levels of nesting (it reports
/// "Excessive depth in document"); content below that depth is lost, the
/// rest of the document is kept.
public enum HTMLParser {
    static let options: Int32 = {
        let o = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_COMPACT.rawValue
        return Int32(bitPattern: o)
    }()

    /// Parses `bytes` as HTML.
    ///
    /// - Parameters:
    ///   - bytes: the page as fetched.
    ///   - encoding: the charset from outside the document (an HTTP header),
    ///     or nil to detect it: libxml2 reads a byte-order mark or
    ///     `<meta charset>` / `<meta http-equiv="Content-Type">`; a page that
    ///     declares nothing is read as UTF-8 when its bytes are valid UTF-8,
    ///     else as windows-1252 (the HTML standard's fallback).
    /// - Throws: ``XMLKitError`` with code `.emptyInput` for no bytes,
    ///   `.tooLarge` beyond 2 GiB, `.noDocument` when libxml2 produced no
    ///   root element.
    public static func parse(bytes: [UInt8], encoding: String? = nil) throws(XMLKitError) -> HTMLDocument {
        try ParserContext.checkInput(bytes)
        let context = try ParserContext(.html)
        let result: Result<HTMLDocument, XMLKitError> = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else {
                return .failure(XMLKitError(.emptyInput, "the input is empty"))
            }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            let doc = htmlCtxtReadMemory(
                context.pointer, raw, Int32(buffer.count), nil,
                encoding ?? fallbackEncoding(buffer), options)
            let problem = context.lastError(as: .noDocument)
            guard let doc else {
                return .failure(problem ?? XMLKitError(.noDocument, "libxml2 built no document"))
            }
            let owned = OwnedDocument(doc)
            guard let tree = owned.makeTree() else {
                return .failure(problem ?? XMLKitError(.noDocument, "libxml2 found no root element"))
            }
            return .success(HTMLDocument(tree: tree, recoveredError: problem))
        }
        return try result.get()
    }

    /// The encoding to impose on a page that does not declare one, or nil
    /// when it does (a byte-order mark, or "charset" before `<body`) so that
    /// libxml2 honours the declaration. libxml2 2.9 would otherwise read an
    /// undeclared page as ISO-8859-1 even when it is plain UTF-8.
    static func fallbackEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFE, 0xFF])
            || bytes.starts(with: [0xFF, 0xFE]) {
            return nil
        }
        if declaresCharset(bytes) { return nil }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return "UTF-8"
            case .error: return "windows-1252"
            }
        }
    }

    /// Whether "charset" (any case) appears before the first `<body` in the
    /// first 64 KiB.
    static func declaresCharset(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let charset = Array("charset".utf8), body = Array("<body".utf8)
        let end = min(bytes.count, 65_536)
        var i = 0
        func matches(_ word: [UInt8], at i: Int) -> Bool {
            guard i + word.count <= end else { return false }
            for k in 0..<word.count where bytes[i + k] | 0x20 != word[k] | 0x20 { return false }
            return true
        }
        while i < end {
            let b = bytes[i] | 0x20
            if b == 0x63, matches(charset, at: i) { return true }
            if bytes[i] == 0x3C, matches(body, at: i) { return false }
            i += 1
        }
        return false
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
}
