/// The seventeen Universal Dependencies part-of-speech tags.
public enum UPOS: String, CaseIterable, Sendable, Hashable, Codable {
    case adj = "ADJ", adp = "ADP", adv = "ADV", aux = "AUX", cconj = "CCONJ", det = "DET"
    case intj = "INTJ", noun = "NOUN", num = "NUM", part = "PART", pron = "PRON", propn = "PROPN"
    case punct = "PUNCT", sconj = "SCONJ", sym = "SYM", verb = "VERB", x = "X"

    /// A stable small number (the position in `allCases`), used as a feature value.
    var index: Int { UPOS.allCases.firstIndex(of: self)! }
}

/// The three kinds of names the name tagger finds.
public enum NameKind: String, CaseIterable, Sendable, Hashable, Codable {
    case person = "PER", organisation = "ORG", location = "LOC"

    /// The kind a gold entity type stands for, as the Indonesian NER sets
    /// spell them: PER/ORG/LOC, PERSON/ORGANIZATION/LOCATION,
    /// PERSON/ORGANISATION/PLACE, PPL/IND/PLC. Nil for types outside the
    /// three (EVT, FNB, QUANTITY, TIME, …).
    public init?(goldType: String) {
        switch goldType.uppercased() {
        case "PER", "PERSON", "PPL": self = .person
        case "ORG", "ORGANIZATION", "ORGANISATION", "IND": self = .organisation
        case "LOC", "LOCATION", "PLACE", "PLC": self = .location
        default: return nil
        }
    }
}

/// A name over words `range` of a sentence (end exclusive).
public struct NameSpan: Hashable, Sendable {
    public var range: Range<Int>
    public var kind: NameKind

    public init(_ range: Range<Int>, _ kind: NameKind) {
        self.range = range
        self.kind = kind
    }
}
