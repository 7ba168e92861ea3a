/// The three entity types Linimasa's actors are scored against.
public enum NERLabel: String, CaseIterable, Hashable, Sendable, Comparable {
    case PER, ORG, LOC

    /// The label for a gold entity type as the Indonesian NER sets spell it:
    /// PER/ORG/LOC, PERSON/ORGANIZATION/LOCATION, PERSON/ORGANISATION/PLACE,
    /// PPL/IND/PLC. Nil for types that are not scored (EVT, FNB, QUANTITY, TIME, …).
    public init?(goldType: String) {
        switch goldType.uppercased() {
        case "PER", "PERSON", "PPL": self = .PER
        case "ORG", "ORGANIZATION", "ORGANISATION", "IND": self = .ORG
        case "LOC", "LOCATION", "PLACE", "PLC": self = .LOC
        default: return nil
        }
    }

    public static func < (a: NERLabel, b: NERLabel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A labelled entity over tokens `tokens` of one sentence (end exclusive).
public struct EntitySpan: Hashable, Sendable {
    public var tokens: Range<Int>
    public var label: NERLabel

    public init(_ tokens: Range<Int>, _ label: NERLabel) {
        self.tokens = tokens
        self.label = label
    }
}

/// One sentence of a CoNLL file: its tokens and its gold entities.
public struct GoldSentence: Hashable, Sendable {
    public var tokens: [String]
    public var entities: [EntitySpan]

    public init(tokens: [String], entities: [EntitySpan]) {
        self.tokens = tokens
        self.entities = entities
    }
}

/// Reads CoNLL-style BIO files: one token a line, the token in the first
/// column and the tag in the last (columns split on spaces or tabs), a blank
/// line between sentences, CRLF or LF line ends.
///
/// Tags are `O`, `B-TYPE`, `I-TYPE` (also `E-`/`S-` and a bare `TYPE`,
/// read as `I-`). As in conlleval, an `I-` tag that does not continue an
/// entity of the same type starts one. Types that `NERLabel(goldType:)`
/// does not map are read as `O`.
public enum CoNLLReader {
    public static func parse(_ text: String) -> [GoldSentence] {
        var sentences: [GoldSentence] = []
        var tokens: [String] = []
        var tags: [String] = []
        func flush() {
            if !tokens.isEmpty { sentences.append(GoldSentence(tokens: tokens, entities: entities(tags))) }
            tokens.removeAll()
            tags.removeAll()
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty { flush(); continue }
            // "-DOCSTART-" lines separate documents in CoNLL 2003 files.
            if fields[0] == "-DOCSTART-" { flush(); continue }
            tokens.append(String(fields[0]))
            tags.append(fields.count > 1 ? String(fields[fields.count - 1]) : "O")
        }
        flush()
        return sentences
    }

    /// Entities from one sentence's tags.
    static func entities(_ tags: [String]) -> [EntitySpan] {
        var out: [EntitySpan] = []
        var open: (start: Int, label: NERLabel)?
        func close(at end: Int) {
            if let o = open { out.append(EntitySpan(o.start..<end, o.label)) }
            open = nil
        }
        for (i, tag) in tags.enumerated() {
            let (prefix, type) = split(tag)
            guard let type, let label = NERLabel(goldType: type) else { close(at: i); continue }
            switch prefix {
            case "B", "S":
                close(at: i)
                open = (i, label)
            default:
                if open?.label != label { close(at: i); open = (i, label) }
            }
            if prefix == "E" || prefix == "S" { close(at: i + 1) }
        }
        close(at: tags.count)
        return out
    }

    /// "B-PER" → ("B", "PER"); "PERSON" → ("I", "PERSON"); "O" → ("O", nil).
    static func split(_ tag: String) -> (prefix: String, type: String?) {
        if tag == "O" || tag.isEmpty { return ("O", nil) }
        let parts = tag.split(separator: "-", maxSplits: 1)
        if parts.count == 2, parts[0].count == 1, "BIES".contains(parts[0]) {
            return (String(parts[0]), String(parts[1]))
        }
        return ("I", tag)
    }
}
