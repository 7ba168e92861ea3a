import LinimasaXML

extension HTMLMetadata {
    /// Meta tags that news sites use for the publication time, after the
    /// Open Graph `article:published_time`.
    static let dateMetaKeys = [
        "og:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date",
        "dc.date.issued", "content_publisheddate", "parsely-pub-date", "sailthru.date",
        "article:published", "publish-date", "release_date",
    ]

    /// The publication time as written in the page, from the first source
    /// whose value `PublishedDate.parse` accepts: `article:published_time`,
    /// JSON-LD `datePublished`, the date meta tags, then `<time datetime>`.
    ///
    /// `<time>` comes last: the first one on a page is often a clock in the
    /// site header or a related article's date, while a meta tag is only
    /// ever about the page. Among `<time>` elements, one marked
    /// `itemprop="datePublished"` or `pubdate` wins, then one inside
    /// `<article>`, then the first.
    var published: String? {
        var candidates: [String?] = [meta["article:published_time"], jsonLD.article("datePublished")]
        candidates += Self.dateMetaKeys.map { meta[$0] }
        candidates += timeElements
        return MetadataValues.firstDate(candidates)
    }

    private var timeElements: [String?] {
        var marked: [String?] = [], inArticle: [String?] = [], other: [String?] = []
        for id in tree.elements(named: "time") {
            guard let e = tree.element(id), let value = e.attribute("datetime") else { continue }
            if e.attribute("itemprop")?.lowercased() == "datepublished" || e.attribute("pubdate") != nil {
                marked.append(value)
            } else if isInsideArticle(id) {
                inArticle.append(value)
            } else {
                other.append(value)
            }
        }
        return marked + inArticle + other
    }

    private func isInsideArticle(_ id: MarkupTree.NodeID) -> Bool {
        var current = tree.parent(of: id)
        while let p = current {
            if tree.element(p)?.name == "article" { return true }
            current = tree.parent(of: p)
        }
        return false
    }
}
