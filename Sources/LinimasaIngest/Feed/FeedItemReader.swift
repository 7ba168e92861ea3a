import LinimasaModel
import LinimasaXML

/// Turns one RSS item or Atom entry into a ``RawDocument``.
struct FeedItemReader {
    let tree: MarkupTree
    let dialect: FeedDialect
    let channel: FeedChannel

    func read(_ item: MarkupTree.NodeID, origin: InputOrigin) throws(IngestError) -> RawDocument {
        let n = dialect.name
        let link = dialect == .atom ? Self.atomLink(tree, item, dialect) : tree.childText(of: item, n("link"))
        let title = dialect == .atom
            ? tree.child(of: item, named: n("title")).flatMap { Self.atomText(tree, $0) }
            : tree.childText(of: item, n("title"))
        let about = dialect == .rss1 ? MetadataValues.clean(tree.element(item)?.attribute("rdf:about")) : nil
        let id = tree.childText(of: item, n(dialect == .atom ? "id" : "guid")) ?? about ?? link
            ?? "\(origin.path)#\(origin.item ?? 0)"
        let published = MetadataValues.firstDate([
            tree.childText(of: item, n("pubDate")), tree.childText(of: item, FeedVocabulary.dc("date")),
            tree.childText(of: item, n("published")), tree.childText(of: item, n("issued")),
            tree.childText(of: item, n("updated")), tree.childText(of: item, n("modified")),
        ])
        let text = body(of: item)
        guard !text.isEmpty else {
            throw IngestError(.noArticleText, origin, "the feed item \(title.map { "\"\($0)\" " } ?? "")has no text")
        }
        return RawDocument(
            id: id, title: title, url: link, outlet: channel.outlet(itemLink: link),
            published: published,
            language: MetadataValues.language(tree.childText(of: item, FeedVocabulary.dc("language")))
                ?? MetadataValues.language(tree.element(item)?.attribute("xml:lang")) ?? channel.language,
            text: text, metadata: metadata(of: item), origin: origin)
    }

    /// The item's text: the fullest HTML body it has, through the block
    /// extraction in fragment mode; the summary when the full body is empty.
    private func body(of item: MarkupTree.NodeID) -> String {
        let n = dialect.name
        let candidates = [
            tree.child(of: item, named: FeedVocabulary.contentEncoded), tree.child(of: item, named: n("content")),
            tree.child(of: item, named: n("description")), tree.child(of: item, named: n("summary")),
        ]
        for case let node? in candidates {
            let text = dialect == .atom ? Self.atomBody(tree, node) : Self.htmlText(tree.textContent(of: node))
            if !text.isEmpty { return text }
        }
        return ""
    }

    /// Author and categories, as far as present.
    private func metadata(of item: MarkupTree.NodeID) -> [(String, JSONValue)] {
        var out: [(String, JSONValue)] = []
        let n = dialect.name
        let author = tree.childText(of: item, FeedVocabulary.dc("creator"))
            ?? tree.child(of: item, named: n("author")).flatMap { a in
                dialect == .atom ? tree.childText(of: a, n("name")) : MetadataValues.clean(tree.textContent(of: a))
            }
        if let author { out.append(("author", .string(author))) }
        let categories = tree.children(of: item, named: n("category")).compactMap { id in
            MetadataValues.clean(tree.element(id)?.attribute("term")) ?? MetadataValues.clean(tree.textContent(of: id))
        } + tree.children(of: item, named: FeedVocabulary.dc("subject")).compactMap {
            MetadataValues.clean(tree.textContent(of: $0))
        }
        if !categories.isEmpty { out.append(("categories", .array(categories.map(JSONValue.string)))) }
        return out
    }

    /// Text of an HTML fragment, one block per line.
    static func htmlText(_ html: String) -> String {
        guard html.contains(where: { !$0.isWhitespace }),
              let doc = try? HTMLParser.parse(bytes: Array(html.utf8), encoding: "UTF-8") else { return "" }
        return ArticleTextExtractor.text(in: doc.tree, mode: .fragment)
    }

    /// An Atom text construct's body: `type="xhtml"` is markup already in
    /// the tree, `html` is escaped HTML, `text` (the default) is plain text.
    static func atomBody(_ tree: MarkupTree, _ node: MarkupTree.NodeID) -> String {
        switch tree.element(node)?.attribute("type")?.lowercased() ?? "text" {
        case "xhtml", "application/xhtml+xml":
            return ArticleTextExtractor.text(in: tree, under: node, mode: .fragment)
        case "html", "text/html":
            return htmlText(tree.textContent(of: node))
        default:
            return tree.textContent(of: node).split(whereSeparator: \.isNewline)
                .compactMap { MetadataValues.clean(String($0)) }.joined(separator: "\n")
        }
    }

    /// An Atom text construct on one line (titles).
    static func atomText(_ tree: MarkupTree, _ node: MarkupTree.NodeID) -> String? {
        MetadataValues.clean(atomBody(tree, node).replacingNewlines())
    }

    /// The `rel="alternate"` link (rel defaults to alternate), else the first.
    static func atomLink(_ tree: MarkupTree, _ parent: MarkupTree.NodeID, _ dialect: FeedDialect) -> String? {
        let links = tree.children(of: parent, named: dialect.name("link")).compactMap(tree.element)
        let alternate = links.first { ($0.attribute("rel") ?? "alternate").lowercased() == "alternate" }
        return MetadataValues.clean((alternate ?? links.first)?.attribute("href"))
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
