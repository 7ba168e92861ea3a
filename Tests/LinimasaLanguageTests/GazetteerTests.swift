import Foundation
import LinimasaLanguage
import LinimasaModel
import Testing

/// The bundled gazetteer, loaded once for every test in this file.
private let gazetteer: Gazetteer = {
    do { return try Gazetteer.load(from: .bundled) } catch {
        fatalError("gazetteer failed to load: \(error)")
    }
}()

private func day(_ text: String) -> CalendarDate {
    let bound = DateBound(text)!
    return bound.firstDay
}

private func holderIDs(_ role: Role, _ scope: String, _ date: String) -> [String] {
    gazetteer.roleHolder(role: role, country: scope, on: day(date)).map(\.id)
}

@Suite("Gazetteer data")
struct GazetteerDataTests {
    @Test func everyFileParsesAndEveryKindIsPresent() throws {
        let loaded = try Gazetteer.load(from: .bundled)
        let kinds = Set(loaded.entries.map(\.kind))
        #expect(kinds == Set(ActorKind.allCases))
        #expect(loaded.entries.filter { $0.kind == .country }.count >= 197)
        #expect(loaded.entries.filter { $0.kind == .person }.count >= 300)
    }

    @Test func idsAreUnique() {
        var seen = Set<String>()
        for entry in gazetteer.entries {
            #expect(seen.insert(entry.id).inserted, "duplicate id \(entry.id)")
        }
    }

    @Test func crossReferencesAndDatesAreConsistent() {
        #expect(gazetteer.problems() == [])
    }

    @Test func everyCountryIsAKnownISO3OrTheWest() {
        let countries = Set(gazetteer.entries.filter { $0.kind == .country }.map(\.id))
        for entry in gazetteer.entries {
            if let country = entry.country {
                #expect(countries.contains(country) || country == "WST", "\(entry.id) names \(country)")
            }
            for spell in entry.roles {
                #expect(spell.start.firstDay <= (spell.end?.lastDay ?? spell.start.lastDay),
                        "\(entry.id) \(spell.role) ends before it starts")
            }
        }
    }

    @Test func peopleHaveACountryAndOrganisationsNone() {
        for entry in gazetteer.entries where entry.kind == .person {
            #expect(entry.country != nil, "\(entry.id) has no country")
            #expect(entry.id.hasPrefix("person:"))
        }
        for entry in gazetteer.entries where entry.kind == .country {
            #expect(entry.id.count == 3 && entry.country == entry.id)
        }
    }

    @Test func everyAliasAndMetonymMapsBackToItsEntry() {
        for entry in gazetteer.entries {
            for alias in entry.aliases + entry.metonyms {
                let ids = gazetteer.entries(matchingAlias: alias).map(\.id)
                #expect(ids.contains(entry.id), "\"\(alias)\" does not find \(entry.id)")
            }
            for demonym in entry.demonyms {
                #expect(gazetteer.entries(matchingDemonym: demonym).map(\.id).contains(entry.id))
            }
        }
    }

    @Test func filesAreSortedByID() throws {
        let folder = LanguageData.bundled.url(Gazetteer.folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }
        #expect(names.count >= 5)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let ids = text.split(separator: "\n").map { line -> String in
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                return object?["id"] as? String ?? ""
            }
            #expect(ids == ids.sorted(), "\(name) is not sorted by id")
        }
    }
}

@Suite("Gazetteer lookups")
struct GazetteerLookupTests {
    private func ids(_ alias: String) -> [String] {
        gazetteer.entries(matchingAlias: alias).map(\.id)
    }

    @Test func metonymsResolveToTheirStates() {
        #expect(ids("Moskow") == ["RUS"])
        #expect(ids("Kremlin") == ["RUS"])
        #expect(ids("Gedung Putih") == ["USA"])
        #expect(ids("Kyiv") == ["UKR"])
        #expect(ids("Kiev") == ["UKR"])
        #expect(ids("Beijing") == ["CHN"])
        #expect(ids("Washington") == ["USA"])
        #expect(ids("Istana Élysée") == ["FRA"])
    }

    @Test func organisationsAndGroups() {
        #expect(ids("Pakta Pertahanan Atlantik Utara") == ["NATO"])
        #expect(ids("NATO") == ["NATO"])
        #expect(ids("Bucharest Nine") == ["B9"])
        #expect(ids("B9") == ["B9"])
        #expect(ids("PBB") == ["UN"])
        #expect(ids("Dewan Keamanan PBB") == ["UNSC"])
        #expect(ids("Barat") == ["WST"])
        #expect(ids("negara-negara Barat") == ["WST"])
        #expect(ids("Hizbullah") == ["HEZBOLLAH"])
        #expect(gazetteer.entry(id: "ALLIES")?.contextual == true)
        #expect(gazetteer.entry(id: "B9")?.members.contains("POL") == true)
    }

    @Test func shortCapitalAbbreviationsAreCaseSensitive() {
        #expect(ids("AS") == ["USA"])
        #expect(ids("as") == [])
        #expect(ids("US") == ["USA"])
        #expect(ids("us") == [])
        #expect(ids("barat") == [])
        #expect(ids("it") == [])
    }

    @Test func phrasesThatContainANameButNameNoActor() {
        #expect(gazetteer.isNonActorPhrase("Jawa Barat"))
        #expect(gazetteer.isNonActorPhrase("Tepi Barat"))
        #expect(gazetteer.isNonActorPhrase("Bahasa Inggris"))
        #expect(gazetteer.isNonActorPhrase("Amerika Latin"))
        #expect(gazetteer.isNonActorPhrase("Laut China Selatan"))
        #expect(!gazetteer.isNonActorPhrase("negara-negara Barat"))
        #expect(!gazetteer.isNonActorPhrase("Barat"))
    }

    @Test func otherNamesIgnoreCaseAndDiacritics() {
        #expect(ids("amerika serikat") == ["USA"])
        #expect(ids("Erdogan") == ["person:recep-tayyip-erdogan"])
        #expect(ids("erdoğan") == ["person:recep-tayyip-erdogan"])
        #expect(ids("  Jepang ") == ["JPN"])
        #expect(gazetteer.entries(matchingDemonym: "Russian").map(\.id) == ["RUS"])
    }

    @Test func peopleByAlias() {
        #expect(ids("Zelenskiy") == ["person:volodymyr-zelensky"])
        #expect(ids("Syoigu") == ["person:sergei-shoigu"])
        #expect(ids("Jokowi") == ["person:joko-widodo"])
        #expect(ids("Retno LP Marsudi") == ["person:retno-marsudi"])
        #expect(ids("Kim Jong-un") == ["person:kim-jong-un"])
        #expect(ids("Xi") == ["person:xi-jinping"])
    }

    @Test func roleHoldersOnADate() {
        #expect(holderIDs(.defenceMinister, "USA", "2022-10-13") == ["person:lloyd-austin"])
        #expect(holderIDs(.secretaryGeneral, "NATO", "2022-10-12") == ["person:jens-stoltenberg"])
        #expect(holderIDs(.secretaryGeneral, "NATO", "2024-10-14") == ["person:mark-rutte"])
        #expect(holderIDs(.foreignMinister, "USA", "2022-01-03") == ["person:antony-blinken"])
        #expect(holderIDs(.headOfState, "RUS", "2022-10-13") == ["person:vladimir-putin"])
        #expect(holderIDs(.headOfGovernment, "RUS", "2010-06-01") == ["person:vladimir-putin"])
        #expect(holderIDs(.headOfState, "RUS", "2010-06-01") == ["person:dmitry-medvedev"])
        #expect(holderIDs(.foreignMinister, "RUS", "2024-01-01") == ["person:sergei-lavrov"])
        #expect(holderIDs(.headOfState, "IDN", "2025-03-01") == ["person:prabowo-subianto"])
        let ukraine = holderIDs(.headOfState, "UKR", "2022-01-02")
        #expect(ukraine == ["person:volodymyr-zelensky"])
        let zelensky = gazetteer.entry(id: "person:volodymyr-zelensky")
        #expect(zelensky?.aliases.contains("Zelenskiy") == true)
    }

    @Test func rolesOfAPersonOnADate() {
        let spells = gazetteer.roles(of: "person:vladimir-putin", on: day("2022-10-13"))
        #expect(spells.map(\.role) == [.headOfState])
        #expect(spells.first?.end == nil)
        #expect(gazetteer.roles(of: "person:lloyd-austin", on: day("2026-01-01")) == [])
    }

    @Test func coarseBoundsAreReadLeniently() {
        let bound = DateBound("2019-05")!
        #expect(bound.precision == .month)
        #expect(bound.firstDay.description == "2019-05-01")
        #expect(bound.lastDay.description == "2019-05-31")
        #expect(DateBound("2019")?.lastDay.description == "2019-12-31")
        #expect(DateBound("2019-02-30") == nil)
        #expect(DateBound("19-02") == nil)
    }
}

@Suite("Gazetteer errors")
struct GazetteerErrorTests {
    private func load(_ lines: [String]) throws -> Gazetteer {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("gazetteer-\(UUID().uuidString)")
        let folder = root.appendingPathComponent(Gazetteer.folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("test.jsonl"),
                                                atomically: true, encoding: .utf8)
        return try Gazetteer.load(from: LanguageData(directory: root))
    }

    @Test func missingFolderIsUnreadableAndNamed() {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("gazetteer-\(UUID().uuidString)")
        do {
            _ = try Gazetteer.load(from: LanguageData(directory: root))
            Issue.record("a missing folder loaded")
        } catch let error as LanguageDataError {
            #expect(error.code == .unreadable)
            #expect(error.path == Gazetteer.folder && error.line == nil)
            #expect(error.description.hasPrefix("id/gazetteer: cannot list folder"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func badRecordsNameFileAndLine() {
        let good = #"{"id":"USA","kind":"country","name":"United States","country":"USA"}"#
        let cases: [(String, String)] = [
            (#"{"id":"X","kind":"planet","name":"X"}"#, "unknown kind"),
            (#"{"id":"person:x","kind":"person","name":"X","roles":[{"role":"king","country":"USA","start":"2020"}]}"#, "unknown role"),
            (#"{"id":"person:x","kind":"person","name":"X","roles":[{"role":"head_of_state","country":"USA","start":"2020-13"}]}"#, "bad start date"),
            (#"{"id":"X","kind":"country"}"#, "missing field \"name\""),
            ("{not json", "bad JSON record"),
            (good, "already used"),
        ]
        for (line, message) in cases {
            do {
                _ = try load([good, "", line])
                Issue.record("no error for \(line)")
            } catch let error as LanguageDataError {
                #expect(error.code == .badRecord)
                #expect(error.path == "id/gazetteer/test.jsonl")
                #expect(error.line == 3)
                #expect(error.reason.contains(message), "\(error)")
                #expect(error.description.hasPrefix("id/gazetteer/test.jsonl:3: "))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }
}
