import LinimasaModel

extension Gazetteer {
    /// Records that contradict one another: an id used twice, a name,
    /// abbreviation, alias or metonym that names two entries (so a match
    /// cannot tell them apart), and two people holding the same office of
    /// the same state or organisation at once. Empty for good data.
    ///
    /// An office is a role and its scope; spokespeople are left out (a
    /// ministry has several at a time), and so are acting spells (an acting
    /// president serves while the suspended one still holds the title).
    /// Terms overlap only when they surely do: a handover day shared by the
    /// outgoing and the incoming holder, or bounds too coarse to tell, are no
    /// clash.
    public func clashes() -> [String] {
        var found: [String] = []
        var idCount: [String: Int] = [:]
        for entry in entries { idCount[entry.id, default: 0] += 1 }
        for (id, count) in idCount.sorted(by: { $0.key < $1.key }) where count > 1 {
            found.append("id \(id) is used by \(count) entries")
        }

        // Names as the matcher keys them: exact for case-sensitive forms,
        // folded for the rest.
        var named: [String: [Int]] = [:]
        var written: [String: String] = [:]
        for (index, entry) in entries.enumerated() {
            for surface in entry.aliases + entry.metonyms {
                let key = Gazetteer.isCaseSensitive(surface) || entry.caseSensitiveNames.contains(surface)
                    ? "=" + surface : "~" + Gazetteer.fold(surface)
                if named[key]?.contains(index) != true { named[key, default: []].append(index) }
                written[key] = written[key] ?? surface
            }
        }
        for (key, indices) in named.sorted(by: { $0.key < $1.key }) where indices.count > 1 {
            let ids = indices.map { entries[$0].id }
            let people = indices.map { entries[$0] }.filter { $0.kind == .person }
            let together = people.count > 1 && people.indices.contains { a in
                people.indices.contains { b in
                    a < b && people[a].roles.contains { x in people[b].roles.contains { Gazetteer.overlap(x, $0) } }
                }
            }
            let name = written[key] ?? key
            found.append("name \"\(name)\" names \(ids.joined(separator: ", "))"
                         + (together ? " (people in office at the same time)" : ""))
        }

        // Holders of one office, in file order.
        var offices: [String: [(id: String, spell: RoleSpell)]] = [:]
        for entry in entries {
            for spell in entry.roles where spell.role != .spokesperson && !Gazetteer.isActing(spell) {
                offices["\(spell.role.rawValue)|\(spell.scope)", default: []].append((entry.id, spell))
            }
        }
        for (office, holders) in offices.sorted(by: { $0.key < $1.key }) {
            for (i, a) in holders.enumerated() {
                for b in holders[(i + 1)...] where a.id != b.id && Gazetteer.overlap(a.spell, b.spell) {
                    found.append("\(office): \(a.id) \(a.spell.start)–\(a.spell.end?.description ?? "") "
                                 + "overlaps \(b.id) \(b.spell.start)–\(b.spell.end?.description ?? "")")
                }
            }
        }
        return found
    }

    /// True when both spells surely cover some day beyond a shared handover
    /// day: the later start, read as late as its precision allows, comes
    /// before the earlier end, read as early as its precision allows.
    static func overlap(_ a: RoleSpell, _ b: RoleSpell) -> Bool {
        let start = max(a.start.lastDay, b.start.lastDay)
        switch (a.end, b.end) {
        case (nil, nil): return true
        case let (end?, nil), let (nil, end?): return start < end.firstDay
        case let (x?, y?): return start < min(x.firstDay, y.firstDay)
        }
    }

    /// Acting and interim spells say so in their English title.
    static func isActing(_ spell: RoleSpell) -> Bool {
        let title = (spell.titleEN ?? "").lowercased()
        return title.contains("acting") || title.contains("interim")
    }
}
