import LinimasaXML

/// Elements removed with everything inside them before the page is cut
/// into blocks: non-content tags, and containers whose class or id names a
/// comment box, share bar, related-links box, sidebar, menu and the like
/// (Readability's "unlikely candidates", with the class words of each
/// language's `ingest/lines.tsv`).
enum BoilerplateElements {
    /// Tags that never hold article text.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "iframe", "svg", "form", "nav", "footer", "aside",
        "header", "button", "select", "input", "textarea", "template", "object", "embed",
        "canvas", "video", "audio", "map", "head", "title", "dialog", "menu",
    ]

    /// Tags whose class or id is not trusted to drop them: on many sites the
    /// `body` or article wrapper carries classes like "has-sidebar".
    static let protectedTags: Set<String> = ["html", "body", "main", "article"]

    /// Class/id words (split on non-letters, lowercased) that mark
    /// boilerplate: rule "class-word" of the ingestion phrases.
    static let badWords: Set<String> = Set(IngestWords.shipped.classWords)

    /// Prefixes of class/id words that mark boilerplate (`relatedNews`,
    /// `commentlist`, `sharebar`, `advertorial-box`): rule "class-prefix".
    static let badPrefixes: [String] = IngestWords.shipped.classPrefixes

    /// Parts of a class or id value, across its separators, that mark
    /// boilerplate ("baca-juga"): rule "class-part".
    static let badParts: [String] = IngestWords.shipped.classParts

    /// Whether the element at `id` and its subtree are boilerplate.
    static func isBoilerplate(_ id: MarkupTree.NodeID, in tree: MarkupTree) -> Bool {
        guard let element = tree.element(id) else { return false }
        let name = element.name.lowercased()
        if name == "form" {
            // Some sites wrap the whole page in one <form> (ASP.NET); a form
            // holding paragraphs is judged like any container, others go.
            if !containsParagraph(id, in: tree) { return true }
        } else if droppedTags.contains(name) {
            return true
        }
        if element.attribute("hidden") != nil { return true }
        if element.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = element.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if protectedTags.contains(name) { return false }
        for value in [element.attribute("class"), element.attribute("id")] {
            if let value, hasBadWord(value) { return true }
        }
        return false
    }

    private static func containsParagraph(_ id: MarkupTree.NodeID, in tree: MarkupTree) -> Bool {
        for i in tree.subtreeRange(of: id) {
            if case .element(let e) = tree.nodes[i], e.name == "p" || e.name == "article" { return true }
        }
        return false
    }

    /// Checks each word of a class or id attribute ("baca-juga box_related").
    static func hasBadWord(_ value: String) -> Bool {
        let lower = value.lowercased()
        if badParts.contains(where: { lower.contains($0) }) { return true }
        var word = ""
        func check(_ w: String) -> Bool {
            guard !w.isEmpty else { return false }
            return badWords.contains(w) || badPrefixes.contains(where: { w.hasPrefix($0) })
        }
        for ch in lower {
            if ch.isLetter {
                word.append(ch)
            } else {
                if check(word) { return true }
                word = ""
            }
        }
        return check(word)
    }
}
