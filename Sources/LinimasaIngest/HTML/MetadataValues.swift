import Foundation
import LinimasaModel

/// Normalisations shared by the HTML and feed readers.
enum MetadataValues {
    /// The primary language subtag, lowercased: "id-ID", "id_ID", "ID" → "id";
    /// "in" (the withdrawn ISO 639 code for Indonesian) → "id". Nil when
    /// the value is not a language tag.
    static func language(_ tag: String?) -> String? {
        guard let tag else { return nil }
        let primary = tag.trimmingCharacters(in: .whitespacesAndNewlines)
            .split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return nil
        }
        return primary == "in" ? "id" : primary
    }

    /// The host of an absolute URL without a leading "www.".
    static func host(of url: String?) -> String? {
        guard let url, let host = URLComponents(string: url)?.host, !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// Whitespace collapsed; nil when nothing is left.
    static func clean(_ s: String?) -> String? {
        guard let s else { return nil }
        let c = TextBlock.collapseWhitespace(s)
        return c.isEmpty ? nil : c
    }

    /// The first candidate that `PublishedDate.parse` accepts, as written
    /// (trimmed).
    static func firstDate(_ candidates: [String?]) -> String? {
        for candidate in candidates {
            guard let c = clean(candidate) else { continue }
            if PublishedDate.parse(c) != nil { return c }
        }
        return nil
    }
}
