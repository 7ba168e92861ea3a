import Foundation

/// The objects of a page's `<script type="application/ld+json">` blocks,
/// flattened: top-level objects, arrays of objects and `@graph` members.
/// Blocks that are not valid JSON are skipped.
struct JSONLD {
    /// Every object found, in page order.
    private(set) var objects: [[String: Any]] = []

    /// Schema.org types that describe the article itself.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "blogposting", "webpage", "liveblogposting", "report",
    ]

    init(scripts: [String]) {
        for script in scripts {
            var body = script.trimmingCharacters(in: .whitespacesAndNewlines)
            // Some CMSs wrap the JSON in a CDATA or comment guard.
            for (open, close) in [("<![CDATA[", "]]>"), ("<!--", "-->")]
            where body.hasPrefix(open) && body.hasSuffix(close) {
                body = String(body.dropFirst(open.count).dropLast(close.count))
            }
            guard let data = body.data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            collect(value)
        }
    }

    /// Breadth-first over arrays and `@graph`, without recursion and with a
    /// bound on the work a hostile page can ask for.
    private mutating func collect(_ root: Any) {
        var queue: [Any] = [root]
        var head = 0
        while head < queue.count && head < 1_000 {
            let value = queue[head]
            head += 1
            if let array = value as? [Any] {
                queue.append(contentsOf: array)
            } else if let object = value as? [String: Any] {
                objects.append(object)
                if let graph = object["@graph"] { queue.append(graph) }
            }
        }
    }

    /// Whether the object's `@type` (a string or an array) is article-like.
    static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String]
        if let t = object["@type"] as? String { types = [t] } else { types = object["@type"] as? [String] ?? [] }
        return types.contains { articleTypes.contains($0.lowercased()) }
    }

    /// The objects to read article fields from: article-like ones first.
    private var ordered: [[String: Any]] {
        objects.filter(Self.isArticle) + objects.filter { !Self.isArticle($0) }
    }

    /// A string field of the article (`datePublished`, `articleSection`):
    /// strings as they are, arrays of strings joined with ", ".
    func article(_ key: String) -> String? {
        for object in ordered {
            if let s = Self.string(object[key]) { return s }
        }
        return nil
    }

    /// The names in the article's `author` field, joined with ", ".
    var authors: String? {
        for object in ordered {
            guard let author = object["author"] else { continue }
            let list = (author as? [Any]) ?? [author]
            let names = list.compactMap { item -> String? in
                if let s = item as? String { return s }
                return Self.string((item as? [String: Any])?["name"])
            }
            if !names.isEmpty { return names.joined(separator: ", ") }
        }
        return nil
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String, !s.isEmpty { return s }
        if let list = value as? [String], !list.isEmpty { return list.joined(separator: ", ") }
        return nil
    }
}
