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

private func holders(_ role: Role, _ scope: String, _ date: String) -> [String] {
    gazetteer.roleHolder(role: role, country: scope, on: DateBound(date)!.firstDay).map(\.id)
}

private func ids(_ alias: String) -> [String] {
    gazetteer.entries(matchingAlias: alias).map(\.id)
}

@Suite("Gazetteer: Indonesian public life")
struct GazetteerIndonesiaTests {
    @Test func institutionsByNameAndShortForm() {
        #expect(ids("Kementerian Dalam Negeri") == ["KEMENDAGRI"])
        #expect(ids("Kemendagri") == ["KEMENDAGRI"])
        #expect(ids("kemenkeu") == ["KEMENKEU"])
        #expect(ids("Kemenko Polhukam") == ["KEMENKO-POLHUKAM"])
        #expect(ids("Komisi Pemberantasan Korupsi") == ["KPK"])
        #expect(ids("Mahkamah Konstitusi") == ["MK"])
        #expect(ids("Partai Gerindra") == ["GERINDRA"])
        #expect(ids("Pemprov Jabar") == ["PEMPROV-JAWA-BARAT"])
        #expect(ids("Pemprov DKI Jakarta") == ["PEMPROV-DKI-JAKARTA"])
        // Short capital forms match only as written: "ma" and "mk" are no court.
        #expect(ids("MA") == ["MA"])
        #expect(ids("ma").isEmpty)
        #expect(ids("mk").isEmpty)
    }

    @Test func everyIndonesianBodyAndPersonNamesItsSource() {
        for entry in gazetteer.entries where entry.country == "IDN" && [.government, .military, .person].contains(entry.kind) {
            #expect(entry.source?.isEmpty == false, "\(entry.id) has no source")
        }
    }

    @Test func cabinetPostsOnADate() {
        #expect(holders(.orgLeader, "KEMENKEU", "2015-06-01") == ["person:bambang-brodjonegoro"])
        #expect(holders(.orgLeader, "KEMENKEU", "2020-06-01") == ["person:sri-mulyani-indrawati"])
        #expect(holders(.orgLeader, "KEMENDAGRI", "2017-03-01") == ["person:tjahjo-kumolo"])
        #expect(holders(.orgLeader, "KEMENDAGRI", "2025-03-01") == ["person:tito-karnavian"])
        #expect(holders(.orgLeader, "SESKAB", "2025-06-16") == ["person:teddy-indra-wijaya"])
        #expect(holders(.orgLeader, "KEMENKO-POLHUKAM", "2022-01-10") == ["person:mahfud-md"])
        #expect(holders(.foreignMinister, "IDN", "2017-08-09") == ["person:retno-marsudi"])
        #expect(holders(.vicePresident, "IDN", "2021-05-05") == ["person:maruf-amin"])
    }

    @Test func headsOfInstitutionsOnADate() {
        #expect(holders(.orgLeader, "POLRI", "2018-01-01") == ["person:tito-karnavian"])
        #expect(holders(.orgLeader, "POLRI", "2022-01-01") == ["person:listyo-sigit-prabowo"])
        #expect(holders(.orgLeader, "DPR", "2016-06-01") == ["person:ade-komarudin"])
        #expect(holders(.orgLeader, "DPR", "2017-06-01") == ["person:setya-novanto"])
        #expect(holders(.orgLeader, "MPR", "2021-01-01") == ["person:bambang-soesatyo"])
        #expect(holders(.orgLeader, "KPK", "2021-01-01") == ["person:firli-bahuri"])
        #expect(holders(.orgLeader, "MK", "2020-01-01") == ["person:anwar-usman"])
        #expect(holders(.orgLeader, "BIN", "2020-01-01") == ["person:budi-gunawan"])
        #expect(holders(.militaryChief, "IDN", "2019-01-01") == ["person:hadi-tjahjanto"])
        #expect(holders(.militaryChief, "TNI-AD", "2020-01-01") == ["person:andika-perkasa"])
    }

    @Test func partyChairsAndGovernorsOnADate() {
        #expect(holders(.orgLeader, "PDIP", "2020-01-01") == ["person:megawati-soekarnoputri"])
        #expect(holders(.orgLeader, "GOLKAR", "2017-01-01") == ["person:setya-novanto"])
        #expect(holders(.orgLeader, "GOLKAR", "2019-01-01") == ["person:airlangga-hartarto"])
        #expect(holders(.orgLeader, "PARTAI-DEMOKRAT", "2021-01-01") == ["person:agus-harimurti-yudhoyono"])
        #expect(holders(.orgLeader, "PEMPROV-DKI-JAKARTA", "2016-01-01") == ["person:basuki-tjahaja-purnama"])
        #expect(ids("Ahok") == ["person:basuki-tjahaja-purnama"])
    }

    @Test func onePersonThroughSeveralOffices() {
        let hadi = gazetteer.entry(id: "person:hadi-tjahjanto")!
        #expect(hadi.roles(on: DateBound("2017-06-01")!.firstDay).map(\.scope) == ["TNI-AU"])
        #expect(hadi.roles(on: DateBound("2023-01-01")!.firstDay).map(\.scope) == ["KEMENTERIAN-ATR"])
        #expect(hadi.roles(on: DateBound("2024-06-01")!.firstDay).map(\.scope) == ["KEMENKO-POLHUKAM"])
        #expect(hadi.roles(on: DateBound("2025-06-01")!.firstDay).isEmpty)
    }
}

@Suite("Titles table")
struct TitleTableTests {
    private let rows: [TableRow] = {
        do { return try LanguageData.bundled.table("id/gazetteer/titles.tsv") } catch {
            fatalError("titles.tsv failed to load: \(error)")
        }
    }()

    private func row(_ title: String) -> TableRow? { rows.first { $0[0] == title } }

    @Test func everyRoleIsKnownAndEveryOfficeHasHolders() {
        var seen = Set<String>()
        for r in rows {
            #expect(seen.insert(r[0].lowercased()).inserted, "titles.tsv:\(r.line): \(r[0]) twice")
            #expect(r[1] == "-" || Role(rawValue: r[1]) != nil, "titles.tsv:\(r.line): unknown role \(r[1])")
            let office = r[2]
            guard !office.isEmpty else { continue }
            #expect(gazetteer.entry(id: office) != nil, "titles.tsv:\(r.line): unknown office \(office)")
            guard let role = Role(rawValue: r[1]) else {
                Issue.record("titles.tsv:\(r.line): an office without a role")
                continue
            }
            let held = gazetteer.entries.contains { $0.roles.contains { $0.role == role && $0.scope == office } }
            #expect(held, "titles.tsv:\(r.line): nobody ever held \(role.rawValue) of \(office)")
        }
    }

    @Test func indonesianShortTitlesNameTheirOffice() throws {
        let kapolri = try #require(row("Kapolri"))
        #expect(kapolri[1] == "org_leader" && kapolri[2] == "POLRI")
        let seskab = try #require(row("Seskab"))
        let day = DateBound("2025-06-16")!.firstDay
        let holder = gazetteer.roleHolder(role: Role(rawValue: seskab[1])!, country: seskab[2], on: day)
        #expect(holder.map(\.id) == ["person:teddy-indra-wijaya"])
        #expect(row("Wapres")?[1] == "vice_president")
        #expect(row("Menlu")?[1] == "foreign_minister")
        #expect(row("Jubir")?[1] == "spokesperson")
    }
}
