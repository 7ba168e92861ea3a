import Foundation
import LinimasaModel

/// A problem found inside one gazetteer record, before file and line are
/// known; the loader wraps it in a `LanguageDataError`.
struct GazetteerProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Linimasa's actor gazetteer: states, organisations, groups, military and
/// government bodies and people, with the names news uses for them and the
/// offices people held when.
///
/// Surface-form matching follows one rule, applied to every alias:
/// an alias written without any lower-case letter ("AS", "U.S.", "PBB",
/// "NATO") matches only exactly that spelling, because the lower-case
/// forms are often ordinary words ("as" in English); every other alias
/// matches regardless of case and diacritics ("Erdoğan" = "erdogan"),
/// unless its entry lists it under `caseSensitive` ("Barat", the West, is
/// not "barat", west).
public struct Gazetteer: Sendable {
    /// The folder under the data root that holds the gazetteer files.
    public static let folder = "id/gazetteer"

    /// Every entry, ordered by file name and then file order.
    public let entries: [GazetteerEntry]
    private let byID: [String: Int]
    /// Case-sensitive surface forms (no lower-case letters) → entry indices.
    private let exactNames: [String: [Int]]
    /// Folded surface forms → entry indices.
    private let foldedNames: [String: [Int]]
    private let exactDemonyms: [String: [Int]]
    private let foldedDemonyms: [String: [Int]]
    /// Folded `notWithin` phrases of every entry.
    private let nonActorPhrases: Set<String>
    /// "role|scope" → (entry index, spell) pairs.
    private let holders: [String: [(Int, RoleSpell)]]

    public init(entries: [GazetteerEntry]) {
        self.entries = entries
        var byID: [String: Int] = [:]
        var exactNames: [String: [Int]] = [:], foldedNames: [String: [Int]] = [:]
        var exactDemonyms: [String: [Int]] = [:], foldedDemonyms: [String: [Int]] = [:]
        var holders: [String: [(Int, RoleSpell)]] = [:]
        var nonActorPhrases = Set<String>()
        func add(_ surface: String, _ index: Int,
                 _ exact: inout [String: [Int]], _ folded: inout [String: [Int]]) {
            if Gazetteer.isCaseSensitive(surface) || entries[index].caseSensitiveNames.contains(surface) {
                if exact[surface]?.contains(index) != true { exact[surface, default: []].append(index) }
            } else {
                let key = Gazetteer.fold(surface)
                if folded[key]?.contains(index) != true { folded[key, default: []].append(index) }
            }
        }
        for (index, entry) in entries.enumerated() {
            byID[entry.id] = byID[entry.id] ?? index
            for surface in entry.aliases + entry.metonyms {
                add(surface, index, &exactNames, &foldedNames)
            }
            for surface in entry.demonyms { add(surface, index, &exactDemonyms, &foldedDemonyms) }
            for phrase in entry.notWithin { nonActorPhrases.insert(Gazetteer.fold(phrase)) }
            for spell in entry.roles {
                holders["\(spell.role.rawValue)|\(spell.scope)", default: []].append((index, spell))
            }
        }
        self.byID = byID
        self.exactNames = exactNames
        self.foldedNames = foldedNames
        self.exactDemonyms = exactDemonyms
        self.foldedDemonyms = foldedDemonyms
        self.holders = holders
        self.nonActorPhrases = nonActorPhrases
    }

    // MARK: Loading

    /// Reads every `*.jsonl` file in `folder` (`id/gazetteer/` unless a
    /// language profile names another), in file-name order.
    /// Throws `LanguageDataError` naming the file and line of the first bad
    /// record, or of the second use of an id.
    public static func load(from data: LanguageData = .bundled, folder: String = folder) throws -> Gazetteer {
        let folderURL = data.url(folder)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folderURL.path)
                .filter { $0.hasSuffix(".jsonl") }.sorted()
        } catch {
            throw LanguageDataError(.unreadable, path: folder, reason: "cannot list folder: \(error)")
        }
        if names.isEmpty {
            throw LanguageDataError(.unreadable, path: folder, reason: "no .jsonl files")
        }
        let decoder = JSONDecoder()
        var entries: [GazetteerEntry] = []
        var firstSeen: [String: String] = [:]
        for name in names {
            let file = "\(folder)/\(name)"
            let bytes: Data
            do {
                bytes = try Data(contentsOf: folderURL.appendingPathComponent(name))
            } catch {
                throw LanguageDataError(.unreadable, path: file, reason: "cannot read: \(error)")
            }
            // Decode the file as one JSON array (fast); only when that fails,
            // decode line by line to name the bad line.
            let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let numbered = lines.enumerated().filter { _, line in
                !line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            }
            var array = Data("[".utf8)
            for (index, (_, line)) in numbered.enumerated() {
                if index > 0 { array.append(UInt8(ascii: ",")) }
                array.append(contentsOf: line)
            }
            array.append(UInt8(ascii: "]"))
            let records: [GazetteerRecord]
            if let all = try? decoder.decode([GazetteerRecord].self, from: array) {
                records = all
            } else {
                var decoded: [GazetteerRecord] = []
                for (offset, line) in numbered {
                    do {
                        decoded.append(try decoder.decode(GazetteerRecord.self, from: Data(line)))
                    } catch {
                        throw LanguageDataError(path: file, line: offset + 1,
                                                reason: "bad JSON record: \(describe(error))")
                    }
                }
                records = decoded
            }
            for ((offset, _), record) in zip(numbered, records) {
                let lineNumber = offset + 1
                let entry: GazetteerEntry
                do {
                    entry = try record.entry()
                } catch {
                    throw LanguageDataError(path: file, line: lineNumber, reason: error.message)
                }
                if let earlier = firstSeen[entry.id] {
                    throw LanguageDataError(path: file, line: lineNumber,
                                            reason: "id \(entry.id) already used at \(earlier)")
                }
                firstSeen[entry.id] = "\(file):\(lineNumber)"
                entries.append(entry)
            }
        }
        return Gazetteer(entries: entries)
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?: return "missing field \"\(key.stringValue)\""
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "wrong type at \(path)"
        case .dataCorrupted(let context)?: return context.debugDescription
        default: return "\(error)"
        }
    }

    // MARK: Lookups

    public func entry(id: String) -> GazetteerEntry? {
        byID[id].map { entries[$0] }
    }

    /// Entries one of whose names, abbreviations, aliases or metonyms is
    /// `surface` (see the type's note on case). Metonyms count as names
    /// because they stand for the actor itself: "Kremlin" → RUS.
    public func entries(matchingAlias surface: String) -> [GazetteerEntry] {
        lookup(surface, exactNames, foldedNames)
    }

    /// Entries whose people or adjective is `surface` ("Russian" → RUS).
    public func entries(matchingDemonym surface: String) -> [GazetteerEntry] {
        lookup(surface, exactDemonyms, foldedDemonyms)
    }

    private func lookup(_ surface: String, _ exact: [String: [Int]],
                        _ folded: [String: [Int]]) -> [GazetteerEntry] {
        let trimmed = Gazetteer.tidy(surface)
        var indices = exact[trimmed] ?? []
        for index in folded[Gazetteer.fold(trimmed)] ?? [] where !indices.contains(index) {
            indices.append(index)
        }
        return indices.map { entries[$0] }
    }

    /// True when `surface` is a phrase that contains an actor's name but
    /// names no actor ("Jawa Barat", "bahasa Inggris", "Washington Post").
    /// A longest-match scanner should treat such a phrase as a span that
    /// resolves to nothing, so that "Barat" inside it is not the West.
    /// Matched regardless of case and diacritics.
    public func isNonActorPhrase(_ surface: String) -> Bool {
        nonActorPhrases.contains(Gazetteer.fold(surface))
    }

    /// The people holding `role` for `country` (an ISO3 id, or the id of an
    /// organisation or group such as "NATO") on `date`. Spells whose dates
    /// surely cover the day come first; spells that only may cover it
    /// (a month- or year-precise bound on a handover) follow.
    public func roleHolder(role: Role, country: String, on date: CalendarDate) -> [GazetteerEntry] {
        let candidates = (holders["\(role.rawValue)|\(country)"] ?? []).filter { $0.1.mayCover(date) }
        let sure = candidates.filter { $0.1.surelyCovers(date) }.map(\.0)
        let maybe = candidates.map(\.0).filter { !sure.contains($0) }
        var seen = Set<Int>()
        return (sure + maybe).filter { seen.insert($0).inserted }.map { entries[$0] }
    }

    /// The spells of entry `id` that may cover `date`.
    public func roles(of id: String, on date: CalendarDate) -> [RoleSpell] {
        entry(id: id)?.roles(on: date) ?? []
    }

    // MARK: Consistency

    /// Cross-record problems the loader does not reject: references to
    /// unknown countries or organisations, spells ending before they start,
    /// names that are empty or padded. Empty for good data.
    public func problems() -> [String] {
        var found: [String] = []
        let countries = Set(entries.filter { $0.kind == .country }.map(\.id))
        let knownCountry = { (id: String) in countries.contains(id) || id == "WST" }
        for entry in entries {
            if let c = entry.country, !knownCountry(c) {
                found.append("\(entry.id): unknown country \(c)")
            }
            for member in entry.members where !countries.contains(member) {
                found.append("\(entry.id): unknown member \(member)")
            }
            for spell in entry.roles {
                if !knownCountry(spell.scope) && byID[spell.scope] == nil {
                    found.append("\(entry.id): role \(spell.role.rawValue) of unknown \(spell.scope)")
                }
                if let end = spell.end, end.lastDay < spell.start.firstDay {
                    found.append("\(entry.id): role \(spell.role.rawValue) ends \(end) before it starts \(spell.start)")
                }
            }
            let names = (entry.aliases + entry.metonyms + entry.demonyms).map(Gazetteer.fold)
            for phrase in entry.notWithin
            where !names.contains(where: { Gazetteer.fold(phrase).contains($0) }) {
                found.append("\(entry.id): notWithin \"\(phrase)\" contains none of its names")
            }
            for surface in entry.aliases + entry.metonyms + entry.demonyms
            where surface.isEmpty || Gazetteer.tidy(surface) != surface {
                found.append("\(entry.id): badly spaced name \"\(surface)\"")
            }
        }
        return found
    }

    // MARK: Normalisation

    /// True for surface forms without lower-case letters, which match
    /// case-sensitively.
    public static func isCaseSensitive(_ surface: String) -> Bool {
        surface.contains(where: \.isUppercase) && !surface.contains(where: \.isLowercase)
    }

    /// Trims, collapses runs of white space and straightens apostrophes.
    static func tidy(_ surface: String) -> String {
        surface.replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The key for case- and diacritic-insensitive matching.
    static func fold(_ surface: String) -> String {
        tidy(surface).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
