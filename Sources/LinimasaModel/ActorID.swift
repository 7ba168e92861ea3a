/// An actor's stable id, as the graph, the exports and the store write it:
/// a bare code for states and bodies the gazetteer knows (`RUS`, `NATO`,
/// `UN`), or a kind and a slug for actors found in the text
/// (`person:lloyd-austin`, `org:bank-indonesia`).
///
/// Ids compare and hash as their text; `kind`, `slug` and `stateBody`
/// replace hand comparisons such as `id.hasPrefix("person:")` or
/// `id == country + "-GOV"`. Graphs, stores and exports hold ids as this
/// type and write `text`.
public struct ActorID: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The namespace before the colon of a kind-and-slug id.
    public enum Kind: String, Sendable, CaseIterable {
        case person, org
    }

    /// The id as written.
    public let text: String

    public init(_ text: String) { self.text = text }

    public init(stringLiteral value: String) { text = value }

    /// The id of an actor of `kind` named by `slug` ("person:" + slug).
    public init(kind: Kind, slug: String) { text = kind.rawValue + ":" + slug }

    public var description: String { text }

    /// The namespace of a kind-and-slug id; nil for a gazetteer code (`RUS`).
    public var kind: Kind? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        return Kind(rawValue: String(text[..<colon]))
    }

    /// The part after the namespace ("lloyd-austin"), or the whole code.
    public var slug: String {
        guard kind != nil, let colon = text.firstIndex(of: ":") else { return text }
        return String(text[text.index(after: colon)...])
    }

    /// A person found in the text or listed as one (`person:…`).
    public var isPerson: Bool { kind == .person }

    /// A state's own body that the text names only by its state ("the
    /// Russian government", "pasukan Rusia"): the suffix of its id.
    public enum StateBody: String, Sendable, CaseIterable {
        case government = "GOV", military = "MIL"
    }

    /// The id of a state's government or military: `RUS-GOV`, `RUS-MIL`.
    public init(_ body: StateBody, of state: ActorID) { text = state.text + "-" + body.rawValue }

    /// For the id of a state's body (`RUS-MIL`), the state's id (`RUS`)
    /// and which body it is; nil for any other id.
    public var stateBody: (state: ActorID, body: StateBody)? {
        guard kind == nil, let dash = text.lastIndex(of: "-"), dash != text.startIndex,
              let body = StateBody(rawValue: String(text[text.index(after: dash)...])) else { return nil }
        return (ActorID(String(text[..<dash])), body)
    }

    public static func < (a: ActorID, b: ActorID) -> Bool { a.text < b.text }
}
