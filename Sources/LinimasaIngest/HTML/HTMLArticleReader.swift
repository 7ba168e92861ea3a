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
