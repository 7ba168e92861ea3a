import LinimasaXML

/// The namespaces and element names of RSS 2.0, RSS 1.0 (RDF) and Atom,
/// and how to find them in a ``MarkupTree``.
enum FeedVocabulary {
    static let rss1 = "http://purl.org/rss/1.0/"
    static let atom = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dc = "http://purl.org/dc/elements/1.1/"

    /// An element name: a local name in one of some namespaces (nil: none).
    /// A feed that uses a prefix without declaring it still matches by the
    /// conventional prefix (libxml2 then keeps `dc:date` as the whole name).
    struct Name: Sendable {
        var local: String
        var namespaces: [String?]
        var conventionalPrefix: String?

        func matches(_ e: MarkupTree.Element) -> Bool {
            if e.name == local && namespaces.contains(e.namespaceURI) { return true }
            if let p = conventionalPrefix, e.namespaceURI == nil, e.name == p + ":" + local { return true }
            return false
        }
    }

    static func dc(_ local: String) -> Name { Name(local: local, namespaces: [dc], conventionalPrefix: "dc") }
    static let contentEncoded = Name(local: "encoded", namespaces: [content], conventionalPrefix: "content")
}

/// Which of the three formats a feed is written in.
enum FeedDialect: Sendable {
    case rss2, rss1, atom

    /// Namespaces of the format's own elements (`title`, `link`, …).
    var namespaces: [String?] {
        switch self {
        case .rss2: return [nil]
        case .rss1: return [FeedVocabulary.rss1, nil]
        case .atom: return [FeedVocabulary.atom, FeedVocabulary.atom03]
        }
    }

    /// A name of the format's own vocabulary.
    func name(_ local: String) -> FeedVocabulary.Name {
        FeedVocabulary.Name(local: local, namespaces: namespaces, conventionalPrefix: self == .atom ? "atom" : nil)
    }

    /// The dialect of a document element, or nil when it is not a feed.
    init?(root: MarkupTree.Element) {
        switch (root.name, root.namespaceURI) {
        case ("rss", nil): self = .rss2
        case ("RDF", FeedVocabulary.rdf?), ("rdf:RDF", nil): self = .rss1
        case ("feed", FeedVocabulary.atom?), ("feed", FeedVocabulary.atom03?), ("feed", nil): self = .atom
        default: return nil
        }
    }
}

extension MarkupTree {
    /// The element children of `id` that match `name`.
    func children(of id: NodeID, named name: FeedVocabulary.Name) -> [NodeID] {
        children(of: id).filter { element($0).map(name.matches) ?? false }
    }

    /// The first element child of `id` that matches `name`.
    func child(of id: NodeID, named name: FeedVocabulary.Name) -> NodeID? {
        children(of: id).first { element($0).map(name.matches) ?? false }
    }

    /// The cleaned text of the first child matching any of `names`, in the
    /// order of `names`.
    func childText(of id: NodeID, _ names: FeedVocabulary.Name...) -> String? {
        for name in names {
            if let c = child(of: id, named: name), let t = MetadataValues.clean(textContent(of: c)) { return t }
        }
        return nil
    }
}
