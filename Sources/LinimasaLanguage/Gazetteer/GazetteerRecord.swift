import Foundation
import LinimasaModel

/// The on-disk shape of one JSON Lines record, shared by every gazetteer
/// file. Only the loader sees it; callers get `GazetteerEntry`.
struct GazetteerRecord: Decodable {
    struct Localised: Decodable {
        var id: [String]?
        var en: [String]?
        var all: [String] { (id ?? []) + (en ?? []) }
    }

    struct Title: Decodable {
        var id: String?
        var en: String?
    }

    struct Spell: Decodable {
        var role: String
        var title: Title?
        var country: String?
        var organisation: String?
        var start: String
        var end: String?
    }

    var id: String
    var kind: String
    var name: String
    var country: String?
    var names: Localised?
    var abbreviations: [String]?
    var aliases: [String]?
    var demonyms: Localised?
    var metonyms: [String]?
    var members: [String]?
    var contextual: Bool?
    var caseSensitive: [String]?
    var notWithin: [String]?
    var roles: [Spell]?
    var source: String?
}

extension GazetteerRecord {
    /// Checks the record's own values and builds the public entry; the
    /// thrown message is wrapped with file and line by the loader.
    func entry() throws(GazetteerProblem) -> GazetteerEntry {
        guard !id.isEmpty else { throw .init("empty id") }
        guard let kind = ActorKind(rawValue: kind) else {
            throw .init("unknown kind \"\(kind)\" for \(id)")
        }
        if kind == .person, !ActorID(id).isPerson {
            throw .init("person id \(id) does not start with \"person:\"")
        }
        var spells: [RoleSpell] = []
        for spell in roles ?? [] {
            guard let role = Role(rawValue: spell.role) else {
                throw .init("unknown role \"\(spell.role)\" in \(id)")
            }
            guard let scope = spell.organisation ?? spell.country else {
                throw .init("role \(spell.role) of \(id) names neither country nor organisation")
            }
            guard let start = DateBound(spell.start) else {
                throw .init("bad start date \"\(spell.start)\" in \(id)")
            }
            var end: DateBound?
            if let text = spell.end {
                guard let bound = DateBound(text) else {
                    throw .init("bad end date \"\(text)\" in \(id)")
                }
                end = bound
            }
            spells.append(RoleSpell(
                role: role, titleID: spell.title?.id, titleEN: spell.title?.en,
                scope: scope, start: start, end: end))
        }
        let exact = caseSensitive ?? []
        let surfaces = Set([name] + (names?.all ?? []) + (abbreviations ?? []) + (aliases ?? [])
                           + (metonyms ?? []) + (demonyms?.all ?? []))
        for surface in exact where !surfaces.contains(surface) {
            throw .init("caseSensitive \"\(surface)\" of \(id) is none of its names")
        }
        var seen = Set<String>()
        var flat: [String] = []
        for alias in [name] + (names?.all ?? []) + (abbreviations ?? []) + (aliases ?? [])
        where !alias.isEmpty && seen.insert(alias).inserted {
            flat.append(alias)
        }
        return GazetteerEntry(
            id: id, kind: kind, name: name, aliases: flat,
            demonyms: demonyms?.all ?? [], metonyms: metonyms ?? [],
            country: country, roles: spells, members: members ?? [],
            contextual: contextual ?? false, caseSensitiveNames: exact,
            notWithin: notWithin ?? [], source: source)
    }
}
