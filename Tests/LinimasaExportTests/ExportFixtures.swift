import Foundation
import LinimasaGraph
import LinimasaModel

/// A small knowledge graph built by hand, with the strings that break
/// careless XML writers: markup characters, C0 controls, emoji, Arabic
/// (right-to-left) text, an actor id that is not an XML name, an undated
/// event, an event without target, and references to an unknown actor.
enum ExportFixtures {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    /// The raw hostile label; writers must drop U+0001 and U+FFFF and keep the rest.
    static let hostileName = "Kelompok \"<Aksi & Reaksi>\" 'Teluk'\u{1} \u{FFFF}🌊"
    static let hostileNameClean = "Kelompok \"<Aksi & Reaksi>\" 'Teluk' 🌊"
    static let hostileActorID: ActorID = "org:aksi&reaksi"
    static let rtlName = "جماعة الفجر"
    static let evidence = "Menlu bertemu <mitra> & \"sahabat\" di Kuala Lumpur 🤝\u{0}\u{B} عاجل"
    static let evidenceClean = "Menlu bertemu <mitra> & \"sahabat\" di Kuala Lumpur 🤝 عاجل"

    static func mention(_ doc: String, outlet: String?, published: CalendarDate?, evidence: String,
                        cameo: CAMEOCode, source: ActorID?, target: ActorID?) -> Mention {
        Mention(documentID: doc, outlet: outlet, url: "https://contoh.test/\(doc)", published: published,
                sentenceIndex: 2, trigger: TextSpan(start: 10, end: 16), clause: TextSpan(start: 0, end: 40),
                triggerText: "bertemu", evidenceText: evidence, modality: .asserted, cameo: cameo,
                plover: "CONSULT", quadClass: .verbalCooperation, goldstein: 1.0, sourceID: source,
                targetID: target, date: nil, precision: nil, confidence: 0.8)
    }

    static let actors: [ActorNode] = [
        // Deliberately out of order: the exporter sorts actors by id.
        ActorNode(id: "MYS", name: "Malaysia", kind: .country, country: "MYS", mentionCount: 3),
        ActorNode(id: "IDN", name: "Indonesia", kind: .country, country: "IDN",
                  aliases: ["RI", "Republik Indonesia", "RI"], mentionCount: 4),
        ActorNode(id: "person:sari-wulandari", name: "Sari Wulandari", kind: .person, country: "IDN",
                  roles: [RoleSpan(role: "Menteri Kelautan", start: day(2023, 1, 2)), RoleSpan(role: "Juru bicara")],
                  aliases: ["Bu Sari"], mentionCount: 2),
        ActorNode(id: hostileActorID, name: hostileName, kind: .group, mentionCount: 1),
        ActorNode(id: "group:fajr", name: rtlName, kind: .group, country: nil, mentionCount: 1),
    ]

    static let events: [EventNode] = [
        EventNode(id: "kompas-0412@118", cameo: "042", plover: "CONSULT", quadClass: .verbalCooperation,
                  goldstein: 1.9, sourceID: "IDN", targetID: "MYS", date: DayInterval(day: day(2024, 3, 5)),
                  precision: .day, modality: .asserted, confidence: 0.91,
                  mentions: [
                      mention("kompas-0412", outlet: "kompas.test", published: day(2024, 3, 6), evidence: evidence,
                              cameo: "042", source: "IDN", target: "MYS"),
                      mention("tempo-77", outlet: "tempo.test", published: day(2024, 3, 5), evidence: "Kedua menteri bertemu.",
                              cameo: "042", source: "IDN", target: "MYS"),
                  ]),
        EventNode(id: "antara-9@3", cameo: "190", plover: "ASSAULT", quadClass: .materialConflict,
                  goldstein: -10, sourceID: hostileActorID, targetID: "person:sari-wulandari",
                  date: DayInterval(start: day(2024, 3, 1), end: day(2024, 3, 31)), precision: .month,
                  modality: .planned, confidence: 0.55,
                  mentions: [mention("antara-9", outlet: nil, published: nil, evidence: "Serangan <direncanakan> 💥",
                                     cameo: "190", source: hostileActorID, target: "person:sari-wulandari")]),
        EventNode(id: "detik-5@40", cameo: "112", plover: "ACCUSE", quadClass: .verbalConflict,
                  goldstein: -2, sourceID: "group:fajr", targetID: "IDN", date: DayInterval(day: day(2024, 4, 2)),
                  precision: .day, modality: .negated, confidence: 0.7,
                  mentions: [mention("detik-5", outlet: "detik.test", published: day(2024, 4, 2),
                                     evidence: rtlName + " menuduh pemerintah", cameo: "112", source: "group:fajr",
                                     target: "IDN")]),
        // Undated, no target: one role edge, no spell.
        EventNode(id: "bisnis-3@7", cameo: "010", plover: "COMMENT", quadClass: .verbalCooperation,
                  goldstein: 0, sourceID: "MYS", targetID: nil, date: nil, precision: nil,
                  modality: .hypothetical, confidence: 0.4, mentions: []),
        // Its source is unknown to the graph: no edge for it.
        EventNode(id: "liputan-1@2", cameo: "036", plover: "CONSULT", quadClass: .verbalCooperation,
                  goldstein: 4, sourceID: "XYZ", targetID: "IDN", date: DayInterval(day: day(2024, 5, 1)),
                  precision: .day, modality: .asserted, confidence: 0.6, mentions: []),
    ]

    static let edges: [ActorEdge] = [
        ActorEdge(sourceID: hostileActorID, targetID: "person:sari-wulandari", quadClassCounts: [0, 0, 0, 1],
                  firstDate: day(2024, 3, 1), lastDate: day(2024, 3, 31), meanGoldstein: -10),
        ActorEdge(sourceID: "IDN", targetID: "MYS", quadClassCounts: [1, 0, 0, 0],
                  firstDate: day(2024, 3, 5), lastDate: day(2024, 3, 5), meanGoldstein: 1.9),
        ActorEdge(sourceID: "group:fajr", targetID: "IDN", quadClassCounts: [0, 0, 2, 0],
                  firstDate: nil, lastDate: nil, meanGoldstein: -2.5),
        ActorEdge(sourceID: "IDN", targetID: "XYZ", quadClassCounts: [1, 0, 0, 0],
                  firstDate: nil, lastDate: nil, meanGoldstein: 1),
    ]

    static let graph = KnowledgeGraph(actors: actors, events: events, edges: edges)

    /// Nodes: 5 actors + 5 events. Role edges: 2 + 2 + 2 + 1 + 1 (the
    /// unknown source is skipped) = 8; interactions: 3 (one dangling).
    static let nodeCount = 10
    static let edgeCount = 11
    static let danglingCount = 2

    // MARK: Paths and tools

    /// The package root, found from this file's path.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var projectSchema: String { packageRoot + "/Schemas/linimasa-graphml.xsd" }

    /// The reference GraphML schema in the shared directory beside the
    /// package's worktree, if that directory exists on this machine.
    static var standardSchema: String? {
        let candidates = [packageRoot + "/../shared/schemas/graphml/graphml.xsd",
                          "/work/shared/schemas/graphml/graphml.xsd"]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    static func temporaryPath(_ ext: String) -> String {
        NSTemporaryDirectory() + "linimasa-export-\(UInt32.random(in: 1...UInt32.max)).\(ext)"
    }

    /// Runs `python3 -c script args…`; returns its stdout, or nil when
    /// python3 is not there. Throws when the script fails.
    static func python(_ script: String, _ arguments: [String]) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return nil }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PythonFailure(message: String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }

    struct PythonFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
