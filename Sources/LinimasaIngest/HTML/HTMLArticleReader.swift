import LinimasaModel
import LinimasaXML

/// Reads one news article from an HTML page: its metadata (title, URL,
/// outlet, publication time, language, description, author, keywords,
/// section) and its body text with the page chrome removed.
///
/// The body is found jusText-style: boilerplate elements are removed (nav,
/// footer, comment boxes, share bars, "baca juga" boxes, …), the rest is cut
/// into blocks, and each block is judged by its length, link density and
/// density of Indonesian and English function words, then by its
/// neighbours. Kept blocks become lines of ``RawDocument/text`` (one
/// paragraph per line); captions stay on their own line for the cleaner.
public enum HTMLArticleReader {
    /// Reads the article in `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: the page as fetched or stored.
    ///   - origin: where the page came from, for errors.
    ///   - defaultID: the document id to use (the page's own URL is kept
    ///     in `url`).
    ///   - encoding: the charset from outside the page (an HTTP header), or
    ///     nil to detect it from the page itself.
    /// - Throws: `IngestError` `.malformedMarkup` when libxml2 cannot make a
    ///   document of the bytes (empty input, binary data), naming libxml2's
    ///   reason; `.noArticleText` when no body text is found.
    public static func read(
        bytes: [UInt8], origin: InputOrigin, defaultID: String, encoding: String? = nil
    ) throws(IngestError) -> RawDocument {
        if encoding == nil, let bad = UTF8Validation.firstInvalidByte(bytes), isOtherwiseUTF8(bytes) {
            let (line, column) = UTF8Validation.lineAndColumn(of: bad, in: bytes)
            throw IngestError(.invalidUTF8, origin,
                "invalid UTF-8 at line \(line), column \(column) (byte \(bad + 1)) of a page that is otherwise UTF-8; convert or repair the page first")
        }
        let document: HTMLDocument
        do {
            document = try HTMLParser.parse(bytes: bytes, encoding: encoding)
        } catch {
            throw IngestError(.malformedMarkup, origin, "libxml2 could not read the page as HTML: \(error)")
        }
        if let problem = junkProblem(document) {
            throw IngestError(.malformedMarkup, origin, "not an HTML page: libxml2 reported \(problem)")
        }
        let tree = document.tree
        let meta = HTMLMetadata(tree: tree)
        let title = meta.title
        var blocks = ArticleTextExtractor.blocks(in: tree, mode: .page)
        // The headline is in `title`; as a body line it would be counted twice.
        if let title {
            let key = TextBlock.collapseWhitespace(title).lowercased()
            blocks.removeAll { $0.isHeading && $0.text.lowercased() == key }
        }
        guard !blocks.isEmpty else {
            throw IngestError(.noArticleText, origin, "no article text found in the page")
        }
        let url = meta.url
        return RawDocument(
            id: defaultID,
            title: title,
            url: url,
            outlet: meta.siteName ?? MetadataValues.host(of: url),
            published: meta.published,
            language: meta.language,
            text: blocks.map(\.text).joined(separator: "\n"),
            metadata: meta.extra.map { ($0.0, JSONValue.string($0.1)) },
            origin: origin)
    }

    /// Whether a page with a byte that is not UTF-8 is meant to be UTF-8:
    /// it starts with the UTF-8 byte-order mark, declares `charset=utf-8`,
    /// or declares no charset and holds well-formed multi-byte UTF-8
    /// elsewhere. (A page in an 8-bit charset rarely forms one by chance; an
    /// undeclared page of plain ASCII plus a few high bytes is windows-1252.)
    static func isOtherwiseUTF8(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return true }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return false }
        if let charset = declaredCharset(bytes) { return charset == "utf-8" || charset == "utf8" }
        var i = 0
        while i + 1 < bytes.count {
            let b = bytes[i]
            let need = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : 0
            if need > 0, i + need < bytes.count,
               UTF8Validation.firstInvalidByte(Array(bytes[i...(i + need)])) == nil {
                return true
            }
            i += 1
        }
        return false
    }

    /// The value after the first `charset=` in the first 64 KiB, lower
    /// case, without quotes; nil when there is none.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let key = Array("charset".utf8)
        let end = min(bytes.count, 65_536)
        var i = 0
        while i + key.count < end {
            if (0..<key.count).allSatisfy({ bytes[i + $0] | 0x20 == key[$0] }) {
                var k = i + key.count
                while k < end, bytes[k] == 0x20 { k += 1 }
                guard k < end, bytes[k] == UInt8(ascii: "=") else { i += 1; continue }
                k += 1
                while k < end, bytes[k] == 0x20 || bytes[k] == 0x22 || bytes[k] == 0x27 { k += 1 }
                var value: [UInt8] = []
                while k < end, value.count < 40,
                      bytes[k] == 0x2D || bytes[k] == 0x5F || (bytes[k] | 0x20 >= 0x61 && bytes[k] | 0x20 <= 0x7A) || (bytes[k] >= 0x30 && bytes[k] <= 0x39) {
                    value.append(bytes[k] | (bytes[k] >= 0x41 && bytes[k] <= 0x5A ? 0x20 : 0))
                    k += 1
                }
                return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
            }
            i += 1
        }
        return nil
    }

    /// libxml2 builds a document from anything, binary data included; a
    /// tree holding nothing but the elements libxml2 implies (`html`,
    /// `body`, `p`) around text it had to complain about is not a page.
    static func junkProblem(_ document: HTMLDocument) -> XMLKitError? {
        guard let problem = document.recoveredError else { return nil }
        for node in document.tree.nodes {
            if case .element(let e) = node, !["html", "head", "body", "p"].contains(e.name) { return nil }
        }
        let text = document.tree.textContent(of: document.tree.root)
        var control = 0, total = 0
        for scalar in text.unicodeScalars {
            total += 1
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" { control += 1 }
            if scalar == "\u{FFFD}" { control += 1 }
        }
        // libxml2 turns a NUL into a space, so look at its complaint as well.
        let invalidChar = problem.libxml2Code == 9  // XML_ERR_INVALID_CHAR
        return invalidChar || (total > 0 && control * 20 > total) || total == 0 ? problem : nil
    }
}
