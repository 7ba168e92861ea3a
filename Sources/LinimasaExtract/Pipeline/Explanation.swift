import LinimasaModel

/// The `--explain` view: per sentence, what extraction saw and why.
public enum Explanation {
    public static func text(_ x: DocumentExtraction) -> String {
        var out = "# \(x.document.id)  (published \(x.document.published?.iso8601 ?? "unknown"), \(x.document.dctSource.rawValue))\n"
        let actors = Dictionary(uniqueKeysWithValues: x.actors.map { ($0.id, $0) })
        func name(_ id: String?) -> String {
            guard let id else { return "—" }
            guard let a = actors[id] else { return id }
            return "\(a.name) [\(a.id)\(a.country.map { ", \($0)" } ?? "")]"
        }
        for s in x.sentences {
            out += "\n[\(s.index)] \(s.sentence.span.start)–\(s.sentence.span.end): \(s.sentence.text)\n"
            out += "  tokens: " + s.tokens.map { $0.root != $0.lower && $0.isWord ? "\($0.text)/\($0.root)" : $0.text }
                .joined(separator: " ") + "\n"
            for a in s.actors {
                let words = s.tokens[a.tokens].map(\.text).joined(separator: " ")
                out += "  actor: \"\(words)\" → \(name(a.actorID)) (\(a.rule))\n"
            }
            for t in s.timexes {
                out += "  timex: \"\(t.timex.text)\" \(t.timex.type.rawValue) \(t.timex.value)"
                if let i = t.timex.interval { out += " [\(i.start) … \(i.end)]" }
                out += " (\(t.timex.rule))\n"
            }
            for e in x.events where e.evidence.sentenceIndex == s.index {
                out += "  event \(e.id): \(e.cameo) \(e.plover) \"\(e.evidence.triggerText)\" "
                out += "\(name(e.sourceID)) → \(name(e.targetID)), \(e.modality.rawValue)"
                if let d = e.date { out += ", \(d.start)…\(d.end)" } else { out += ", undated" }
                out += ", confidence \(e.confidence)\n"
                for r in e.rules { out += "      · \(r)\n" }
            }
        }
        return out + "\n"
    }
}
