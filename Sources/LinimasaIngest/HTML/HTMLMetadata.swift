import LinimasaXML

/// The metadata of a parsed page: `<meta>` tags, `<title>`, canonical link,
/// `<html lang>`, JSON-LD, looked up the way news sites write them.
struct HTMLMetadata {
    let tree: MarkupTree
    /// `<meta>` name/property/itemprop (lowercased) → content, first wins.
    private(set) var meta: [String: String] = [:]
    /// Parsed `application/ld+json` blocks.
    let jsonLD: JSONLD

    init(tree: MarkupTree) {
        self.tree = tree
        var meta: [String: String] = [:]
        var scripts: [String] = []
        for i in 0..<tree.count {
            guard case .element(let e) = tree.nodes[i] else { continue }
            if e.name == "meta", let content = e.attribute("content") {
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let k = e.attribute(key)?.lowercased(), meta[k] == nil { meta[k] = content }
                }
            } else if e.name == "script", e.attribute("type")?.lowercased().contains("ld+json") == true {
                scripts.append(tree.textContent(of: MarkupTree.NodeID(i)))
            }
        }
        self.meta = meta
        self.jsonLD = JSONLD(scripts: scripts)
    }

    /// The cleaned content of the first of `keys` present.
    func meta(_ keys: String...) -> String? {
        for k in keys { if let v = MetadataValues.clean(meta[k]) { return v } }
        return nil
    }

    var siteName: String? { meta("og:site_name", "application-name") }

    /// og:title, else `<title>` without a " - Outlet" / " | Outlet" suffix
    /// that repeats og:site_name, else the first `<h1>`.
    var title: String? {
        if let t = meta("og:title", "twitter:title") { return t }
        if let id = tree.elements(named: "title").first, let t = MetadataValues.clean(tree.textContent(of: id)) {
            return Self.strip(siteName: siteName, from: t)
        }
        if let id = tree.elements(named: "h1").first { return MetadataValues.clean(tree.textContent(of: id)) }
        return nil
    }

    static func strip(siteName: String?, from title: String) -> String {
        guard let siteName else { return title }
        for separator in [" - ", " | ", " – ", " — ", " :: "] {
            let suffix = separator + siteName
            if title.count > suffix.count, title.lowercased().hasSuffix(suffix.lowercased()) {
                return String(title.dropLast(suffix.count))
            }
        }
        return title
    }

    /// og:url, else `<link rel="canonical">`.
    var url: String? {
        if let u = meta("og:url") { return u }
        for id in tree.elements(named: "link") {
            guard let e = tree.element(id) else { continue }
            let rel = e.attribute("rel")?.lowercased().split(separator: " ") ?? []
            if rel.contains("canonical"), let href = MetadataValues.clean(e.attribute("href")) { return href }
        }
        return nil
    }

    /// `<html lang>`, else og:locale, else content-language, else JSON-LD inLanguage.
    var language: String? {
        let root = tree.element(tree.root)
        return MetadataValues.language(root?.attribute("lang") ?? root?.attribute("xml:lang"))
            ?? MetadataValues.language(meta("og:locale"))
            ?? MetadataValues.language(meta("content-language", "language"))
            ?? MetadataValues.language(jsonLD.article("inLanguage"))
    }

    /// description, author, keywords and section, as far as present.
    var extra: [(String, String)] {
        var out: [(String, String)] = []
        func add(_ key: String, _ value: String?) { if let v = MetadataValues.clean(value) { out.append((key, v)) } }
        add("description", meta("og:description", "description", "twitter:description"))
        add("author", meta("author", "article:author", "dc.creator") ?? jsonLD.authors)
        add("keywords", meta("news_keywords", "keywords") ?? jsonLD.article("keywords"))
        add("section", meta("article:section") ?? jsonLD.article("articleSection"))
        return out
    }
}
