import Foundation
import LinimasaExport
import LinimasaGraph

/// The analyst's page: one HTML document with its style sheet and script
/// inlined (all written for Linimasa, shipped as resources in `Page/`),
/// asking no other host for anything.
///
/// Served by `linimasa serve`, the page reads the JSON API of the host it
/// came from. Written by `export --format html`, it carries the selected
/// graph inside it (``ViewJSON/embedded(_:title:)``) and needs no server.
public struct TimelinePage: Sendable {
    let template: String
    let style: String
    let script: String

    /// Loads the page's files from the module's resources.
    public init() throws {
        func resource(_ name: String) throws -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Page") else {
                throw TimelinePageError(message: "the page resource \(name) is missing from this installation")
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
        template = try resource("page.html")
        style = try resource("page.css")
        script = try resource("page.js")
    }

    /// What the page may load: only itself and, when served, its own
    /// host's API. The standalone file carries the same policy in a meta
    /// element, so nothing in it can reach another host.
    public static let contentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
        + "img-src data:; base-uri 'none'; form-action 'none'"

    /// The page for a server: no data inside, the script reads `/api/…`.
    public func served() -> [UInt8] { assemble(title: "Linimasa", data: nil) }

    /// The page with `selection` embedded, for a file.
    public func standalone(_ selection: KnowledgeGraph, title: String = "Linimasa timeline") -> [UInt8] {
        assemble(title: title, data: ViewJSON.embedded(selection, title: title))
    }

    func assemble(title: String, data: [UInt8]?) -> [UInt8] {
        // Data goes in a JSON script element, which the browser never runs;
        // `<` is escaped as \u003c inside it so that no `</script>` or
        // `<!--` in a name or sentence can end or alter the element.
        var json: [UInt8] = []
        if let data {
            json.reserveCapacity(data.count + data.count / 64)
            for b in data {
                if b == UInt8(ascii: "<") { json.append(contentsOf: Array("\\u003c".utf8)) } else { json.append(b) }
            }
        }
        var out: [UInt8] = []
        for part in template.split(separator: "@@", omittingEmptySubsequences: false).enumerated() {
            // Odd pieces are the template's placeholders: @@NAME@@.
            guard part.offset % 2 == 1 else { out.append(contentsOf: part.element.utf8); continue }
            switch part.element {
            case "CSP": out.append(contentsOf: Self.contentSecurityPolicy.utf8)
            case "TITLE": out.append(contentsOf: Self.escapeText(title).utf8)
            case "STYLE": out.append(contentsOf: style.utf8)
            case "SCRIPT": out.append(contentsOf: script.utf8)
            case "DATA": out.append(contentsOf: json)
            default: out.append(contentsOf: "@@\(part.element)@@".utf8)
            }
        }
        return out
    }

    /// Text for an HTML text node.
    static func escapeText(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}

/// The page cannot be built: its resources are missing.
public struct TimelinePageError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
