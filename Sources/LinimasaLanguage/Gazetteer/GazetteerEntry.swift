import LinimasaModel

/// What sort of actor a gazetteer entry names. Each kind has its own file
/// under `id/gazetteer/`, but the kind is carried by the entry itself.
public enum ActorKind: String, Sendable, Hashable, CaseIterable, Codable {
    case country, organisation, group, military, government, person
}

/// The offices a `RoleSpell` can record. The raw values are the strings
/// used in `people.jsonl`; `Resources/id/gazetteer/README.md` defines each.
public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
    case headOfState = "head_of_state"
    case headOfGovernment = "head_of_government"
    case vicePresident = "vice_president"
    case foreignMinister = "foreign_minister"
    case defenceMinister = "defence_minister"
    case secretaryGeneral = "secretary_general"
    case orgLeader = "org_leader"
    case nationalSecurityAdviser = "national_security_adviser"
    case spokesperson
    case militaryChief = "military_chief"
}

/// A date as precise as the record behind it: a year ("2019"), a month
/// ("2019-05") or a day ("2019-05-20").
public struct DateBound: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Hashable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or
    /// for a day that does not exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]) else { return nil }
        year = y
        month = parts.count > 1 ? Int(parts[1]) : nil
        day = parts.count > 2 ? Int(parts[2]) : nil
        if let m = month, !(1...12).contains(m) { return nil }
        if let m = month, let d = day, CalendarDate(year: y, month: m, day: d) == nil { return nil }
    }

    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// The earliest day the bound can mean.
    public var firstDay: CalendarDate {
        CalendarDate(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The latest day the bound can mean.
    public var lastDay: CalendarDate {
        let m = month ?? 12
        return CalendarDate(year: year, month: m, day: day ?? CalendarDate.daysIn(month: m, year: year))!
    }

    /// Orders by first day, then coarser before finer.
    public static func < (a: DateBound, b: DateBound) -> Bool {
        a.firstDay != b.firstDay ? a.firstDay < b.firstDay : a.precision < b.precision
    }

    public var description: String {
        let y = String(year)
        guard let m = month else { return y }
        let mm = m < 10 ? "0\(m)" : "\(m)"
        guard let d = day else { return "\(y)-\(mm)" }
        return "\(y)-\(mm)-\(d < 10 ? "0\(d)" : "\(d)")"
    }
}

/// One spell of one person in one office.
public struct RoleSpell: Hashable, Sendable {
    public let role: Role
    /// The title as Indonesian news writes it ("Menteri Pertahanan").
    public let titleID: String?
    /// The official English title ("Secretary of Defense").
    public let titleEN: String?
    /// Whom the office serves: an ISO 3166-1 alpha-3 country id ("USA") or
    /// the id of an organisation or group ("NATO", "HAMAS").
    public let scope: String
    public let start: DateBound
    /// Nil while the person still held the office when the data was compiled.
    public let end: DateBound?

    /// True when the spell may cover `date` given the precision of its
    /// bounds: a start of "2019-05" may mean any day of May 2019.
    public func mayCover(_ date: CalendarDate) -> Bool {
        start.firstDay <= date && (end.map { date <= $0.lastDay } ?? true)
    }

    /// True when the spell covers `date` whatever day its bounds mean.
    public func surelyCovers(_ date: CalendarDate) -> Bool {
        start.lastDay <= date && (end.map { date <= $0.firstDay } ?? true)
    }
}

/// One actor: a state, organisation, group, military or government body,
/// or a person.
public struct GazetteerEntry: Hashable, Sendable, Identifiable {
    /// ISO 3166-1 alpha-3 for countries, "WST" for the West, an upper-case
    /// code for organisations and bodies, `person:<slug>` for people.
    public let id: String
    public let kind: ActorKind
    /// The canonical name (English for countries and organisations).
    public let name: String
    /// Every name the entry goes by, flattened in file order from `name`,
    /// `names.id`, `names.en`, `abbreviations` and `aliases`; no duplicates.
    public let aliases: [String]
    /// Adjectives and nouns for the people ("American", "Amerika").
    public let demonyms: [String]
    /// Places and buildings standing for the actor ("Kremlin", "Moskow").
    public let metonyms: [String]
    /// The state the actor belongs to or serves; nil for international
    /// organisations and for groups with no one state.
    public let country: String?
    public let roles: [RoleSpell]
    /// Member states (ISO3) of an alliance or organisation, where listed.
    public let members: [String]
    /// True when the name only identifies an actor from context ("sekutu").
    public let contextual: Bool
    /// Names that match case-sensitively although they have lower-case
    /// letters, because their lower-case form is a common word: "Barat"
    /// (the West) against "barat" (west).
    public let caseSensitiveNames: [String]
    /// Longer phrases that contain one of the entry's names but do not name
    /// it: "Jawa Barat" (a province, not the West), "bahasa Inggris" (the
    /// language), "Laut China Selatan" (a sea). See `Gazetteer.isNonActorPhrase`.
    public let notWithin: [String]
    /// The public reference the record was compiled from (a cabinet decree,
    /// an institution's list of its leaders); nil where the folder's
    /// provenance note in `README.md` covers it.
    public let source: String?

    /// The spells covering `date` (bounds read leniently, see `RoleSpell.mayCover`).
    public func roles(on date: CalendarDate) -> [RoleSpell] {
        roles.filter { $0.mayCover(date) }
    }
}
