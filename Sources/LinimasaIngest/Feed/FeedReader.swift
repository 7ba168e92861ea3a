import LinimasaModel
import LinimasaXML

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one ``RawDocument`` per
/// item or entry.
///
/// Each item's body (`content:encoded`, Atom `content`, else `description`
/// / `summary`) is HTML and goes through the same block extraction as a web
/// page, in the lenient fragment mode: the publisher already chose this
/// text, so all of it is kept except link lists and boilerplate elements.
///
/// The XML is parsed with ``XMLDocumentParser``: no network, no file
/// access, no entity expansion.
public enum FeedReader {
    /// Whether `bytes` look like a feed: the first element (after a BOM, an
    /// XML declaration, comments, processing instructions and a DOCTYPE) is
    /// `rss`, `rdf:RDF` or `feed`. A cheap sniff, not a parse.
    public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
        guard let name = FeedSniffer.firstElementName(bytes) else { return false }
        let local = name.split(separator: ":").last.map(String.init) ?? name
        return local == "rss" || local == "RDF" || local == "feed"
    }

    /// Reads every item of the feed in `bytes`.
    ///
    /// - Returns: one result per item, in feed order, each with
    ///   `origin.item` set to its 1-based position: the document, or an
    ///   `IngestError` (`.noArticleText`) for an item without any text.
    /// - Throws: `IngestError` `.notAFeed` when the bytes are not well-formed
    ///   XML (naming libxml2's reason, line and column) or the root element
    ///   is not `rss`, `rdf:RDF` or `feed`; `.empty` for empty input or a
    ///   feed with no item.
    public static func read(bytes: [UInt8], origin: InputOrigin) throws(IngestError) -> [Result<RawDocument, IngestError>] {
        let tree: MarkupTree
        do {
            tree = try XMLDocumentParser.parse(bytes: bytes)
        } catch {
            if error.code == .emptyInput { throw IngestError(.empty, origin, "the feed is empty") }
            let at = error.line.map { "line \($0)" + (error.column.map { ", column \($0)" } ?? "") + ": " } ?? ""
            throw IngestError(.notAFeed, origin, "not well-formed XML at \(at)\(error.message)")
        }
        guard let rootElement = tree.element(tree.root), let dialect = FeedDialect(root: rootElement) else {
            let name = tree.element(tree.root)?.qualifiedName ?? "?"
            throw IngestError(.notAFeed, origin, "the root element <\(name)> is not rss, rdf:RDF or feed")
        }
        let channel = FeedChannel(tree: tree, dialect: dialect)
        // A feed without items would otherwise vanish without a word.
        guard !channel.items.isEmpty else {
            let item = dialect == .atom ? "<entry>" : "<item>"
            throw IngestError(.empty, origin, "the feed holds no \(item) in the namespaces its \(rootElement.qualifiedName) root uses")
        }
        return channel.items.enumerated().map { index, item in
            let itemOrigin = InputOrigin(path: origin.path, item: index + 1)
            return Result { () throws(IngestError) in
                try FeedItemReader(tree: tree, dialect: dialect, channel: channel)
                    .read(item, origin: itemOrigin)
            }
        }
    }
}

/// The feed-level facts items inherit: outlet, language, link.
struct FeedChannel {
    let items: [MarkupTree.NodeID]
    let title: String?
    let link: String?
    let language: String?

    init(tree: MarkupTree, dialect: FeedDialect) {
        let root = tree.root
        switch dialect {
        case .rss2:
            let channel = tree.child(of: root, named: dialect.name("channel")) ?? root
            items = tree.children(of: channel, named: dialect.name("item"))
            title = tree.childText(of: channel, dialect.name("title"))
            link = tree.childText(of: channel, dialect.name("link"))
            language = MetadataValues.language(
                tree.childText(of: channel, dialect.name("language"), FeedVocabulary.dc("language")))
        case .rss1:
            let channel = tree.child(of: root, named: dialect.name("channel"))
            // RSS 1.0 items are siblings of the channel, under rdf:RDF.
            items = tree.children(of: root, named: dialect.name("item"))
            title = channel.flatMap { tree.childText(of: $0, dialect.name("title")) }
            link = channel.flatMap { tree.childText(of: $0, dialect.name("link")) }
            language = MetadataValues.language(channel.flatMap { tree.childText(of: $0, FeedVocabulary.dc("language")) })
        case .atom:
            items = tree.children(of: root, named: dialect.name("entry"))
            title = tree.child(of: root, named: dialect.name("title")).flatMap {
                FeedItemReader.atomText(tree, $0)
            }
            link = FeedItemReader.atomLink(tree, root, dialect)
            language = MetadataValues.language(tree.element(root)?.attribute("xml:lang"))
        }
    }

    /// The channel title, else the host of the channel (or item) link.
    func outlet(itemLink: String?) -> String? {
        title ?? MetadataValues.host(of: link) ?? MetadataValues.host(of: itemLink)
    }
}
