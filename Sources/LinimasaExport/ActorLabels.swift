import LinimasaGraph
import LinimasaModel

extension ActorNode {
    /// The name to label the actor with where room is short (timeline
    /// lanes, network nodes): the name when it is short; for a body (not a
    /// person or a country) with a long name, its id when that is an
    /// acronym (`NATO` for the North Atlantic Treaty Organization); else
    /// the name, for the caller to wrap.
    public var shortName: String {
        if name.count <= ActorNode.shortNameLength || kind == .person || kind == .country { return name }
        let code = id.text
        let acronym = !code.isEmpty && code.count <= 10
            && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        return acronym ? code : name
    }

    /// Names up to this many characters are short enough as they are.
    public static let shortNameLength = 20
}

/// Breaks `text` into lines of at most `width` characters at spaces (a
/// word longer than `width` gets a line of its own, uncut), for labels
/// that are wrapped rather than truncated.
public func wrapLabel(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        if line.isEmpty {
            line = String(word)
        } else if line.count + 1 + word.count <= width {
            line += " " + word
        } else {
            lines.append(line)
            line = String(word)
        }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
}
