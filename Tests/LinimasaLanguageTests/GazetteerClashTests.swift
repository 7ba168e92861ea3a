import Foundation
import LinimasaLanguage
import LinimasaModel
import Testing

/// Loads records (one JSON object a line) from a temporary data folder.
private func gazetteer(_ lines: [String]) throws -> Gazetteer {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("clashes-\(UUID().uuidString)")
    let folder = root.appendingPathComponent(Gazetteer.folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("people.jsonl"),
                                            atomically: true, encoding: .utf8)
    return try Gazetteer.load(from: LanguageData(directory: root))
}

/// A person record holding one office.
private func person(_ slug: String, _ name: String, aliases: [String] = [],
                    role: String = "head_of_state", scope: String = "IDN", title: String = "President",
                    _ start: String, _ end: String?) -> String {
    let aliasJSON = aliases.map { "\"\($0)\"" }.joined(separator: ",")
    let endJSON = end.map { "\"\($0)\"" } ?? "null"
    return #"{"id":"person:\#(slug)","kind":"person","name":"\#(name)","aliases":[\#(aliasJSON)],"country":"IDN","roles":[{"role":"\#(role)","title":{"en":"\#(title)"},"country":"\#(scope)","start":"\#(start)","end":\#(endJSON)}]}"#
}

private let indonesia = #"{"id":"IDN","kind":"country","name":"Indonesia","country":"IDN"}"#

@Suite("Gazetteer clashes")
struct GazetteerClashTests {
    @Test func theBundledDataHasNoClashes() throws {
        let bundled = try Gazetteer.load(from: .bundled)
        #expect(bundled.clashes() == [])
        #expect(bundled.problems() == [])
    }

    @Test func successiveHoldersSharingAHandoverDayDoNotClash() throws {
        let g = try gazetteer([
            indonesia,
            person("budi-santosa", "Budi Santosa", "2014-10-20", "2019-10-20"),
            person("wati-lestari", "Wati Lestari", "2019-10-20", nil),
        ])
        #expect(g.clashes() == [])
    }

    @Test func overlappingTermsOfOneOfficeClash() throws {
        let g = try gazetteer([
            indonesia,
            person("budi-santosa", "Budi Santosa", "2014-10-20", "2019-10-20"),
            person("wati-lestari", "Wati Lestari", "2019-03", nil),
        ])
        let found = g.clashes()
        #expect(found.count == 1)
        #expect(found.first?.contains("head_of_state|IDN") == true, "\(found)")
        #expect(found.first?.contains("person:budi-santosa") == true && found.first?.contains("person:wati-lestari") == true)
    }

    @Test func coarseBoundsThatMayNotOverlapDoNotClash() throws {
        // Ends some day of 2019, the other starts some day of 2019: not surely together.
        let g = try gazetteer([
            indonesia,
            person("budi-santosa", "Budi Santosa", "2014", "2019"),
            person("wati-lestari", "Wati Lestari", "2019", nil),
        ])
        #expect(g.clashes() == [])
    }

    @Test func spokespeopleAndActingSpellsMayOverlap() throws {
        let g = try gazetteer([
            indonesia,
            person("ani-rahma", "Ani Rahma", role: "spokesperson", title: "Foreign Ministry Spokesperson", "2020", nil),
            person("dedi-kurnia", "Dedi Kurnia", role: "spokesperson", title: "Foreign Ministry Spokesperson", "2021", nil),
            person("budi-santosa", "Budi Santosa", "2014-10-20", nil),
            person("wati-lestari", "Wati Lestari", title: "Acting President", "2020-01-05", "2020-02-01"),
        ])
        #expect(g.clashes() == [])
    }

    @Test func oneNameOnTwoEntriesClashes() throws {
        let g = try gazetteer([
            indonesia,
            person("budi-santosa", "Budi Santosa", aliases: ["Pak Budi"], role: "foreign_minister",
                   title: "Foreign Minister", "2014-10-27", "2019-10-20"),
            person("budi-hartono", "Budi Hartono", aliases: ["Pak Budi"], role: "defence_minister",
                   title: "Defence Minister", "2016-01-01", nil),
            person("wati-lestari", "Wati Lestari", aliases: ["Bu Wati"], "2001", "2004"),
            person("wati-susanti", "Wati Susanti", aliases: ["bu wati"], "2010", "2012"),
        ])
        let found = g.clashes()
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.contains("\"Pak Budi\"") && $0.contains("same time") })
        // Folded alike ("Bu Wati" = "bu wati"), but never in office together.
        #expect(found.contains { $0.contains("person:wati-lestari") && !$0.contains("same time") })
    }

    @Test func anIDUsedTwiceClashes() throws {
        let a = try gazetteer([indonesia, person("budi-santosa", "Budi Santosa", "2014", "2015")])
        let b = try gazetteer([person("budi-santosa", "Budi Santosa", role: "vice_president",
                                      title: "Vice President", "2016", "2017")])
        let both = Gazetteer(entries: a.entries + b.entries)
        #expect(both.clashes().contains("id person:budi-santosa is used by 2 entries"))
    }
}
