/// Quoting text for Graphviz DOT.
///
/// Everything Linimasa puts in a DOT file from the data (names, labels,
/// tooltips) goes through ``quoted(_:)``: a double-quoted DOT string whose
/// content Graphviz shows exactly as the source text.
///
/// - `"` and `\` are backslash-escaped. Because every backslash is doubled,
///   no text can form one of Graphviz's label escapes (`\N`, `\G`, `\l`…).
/// - Line breaks (LF, CR, CRLF, U+2028, U+2029) become `\n`, a centred line
///   break; tabs and other control characters become spaces, which Graphviz
///   would otherwise drop or reject.
/// - `&` becomes `&amp;`: Graphviz decodes HTML entities in ordinary
///   labels, so a literal `&lt;` in a headline would otherwise show as `<`.
/// - Everything else, non-ASCII included, is kept as UTF-8 (the files
///   declare `charset="UTF-8"`, Graphviz's default).
enum DOTEscaping {
    /// `text` as a double-quoted DOT string, quotes included.
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let wasCR = previousWasCR
            previousWasCR = false
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\r": out += "\\n"; previousWasCR = true
            case "\n": if !wasCR { out += "\\n" }
            case "\u{2028}", "\u{2029}": out += "\\n"
            case "\u{00}"..."\u{1F}", "\u{7F}": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// A label made of lines, each escaped, joined by centred breaks.
    static func label(lines: [String]) -> String {
        quoted(lines.joined(separator: "\n"))
    }

    /// `text` on one line: each run of line breaks, tabs and other
    /// whitespace becomes one space (for names inside a label line).
    static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.isWhitespace && $0 != " " }) else { return text }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `text` shortened to at most `limit` characters, ending in `…` when
    /// cut (whole grapheme clusters, so flags and accents survive).
    static func truncated(_ text: String, to limit: Int) -> String {
        guard limit > 0, text.count > limit else { return text }
        return String(text.prefix(max(1, limit - 1))) + "…"
    }

    /// A coordinate in points, rounded to a hundredth and printed without a
    /// trailing `.0`, so that output is identical on every platform.
    static func points(_ v: Double) -> String {
        let h = Int((v * 100).rounded())
        let sign = h < 0 ? "-" : ""
        let whole = abs(h) / 100, frac = abs(h) % 100
        if frac == 0 { return sign + String(whole) }
        if frac % 10 == 0 { return sign + "\(whole).\(frac / 10)" }
        return sign + "\(whole)." + (frac < 10 ? "0" : "") + String(frac)
    }
}
