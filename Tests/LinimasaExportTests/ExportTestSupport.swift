import Foundation
import LinimasaExport
import LinimasaGraph
import LinimasaModel

// MARK: - Subprocesses

/// What a finished subprocess left behind.
struct ProcessOutcome {
    var status: Int32
    var stdout: [UInt8]
    var stderr: String
    var seconds: Double
    var output: String { String(decoding: stdout, as: UTF8.self) }
}

/// Runs a program found on PATH, reading both pipes concurrently enough for
/// large outputs (stdout is drained on a background thread).
func runTool(_ arguments: [String], stdin: String? = nil) throws -> ProcessOutcome {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = arguments
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    if stdin == nil { p.standardInput = FileHandle.nullDevice }
    let clock = ContinuousClock()
    let started = clock.now
    try p.run()
    let box = OutputBox()
    let reader = Thread { box.data = out.fileHandleForReading.readDataToEndOfFile(); box.done.signal() }
    reader.start()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    box.done.wait()
    p.waitUntilExit()
    let elapsed = clock.now - started
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return ProcessOutcome(status: p.terminationStatus, stdout: Array(box.data), stderr: String(decoding: errData, as: UTF8.self), seconds: seconds)
}

private final class OutputBox: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}

/// Whether `command` runs and exits 0 (probing for tools and modules).
func toolWorks(_ arguments: [String]) -> Bool {
    (try? runTool(arguments))?.status == 0
}

let graphvizAvailable = toolWorks(["dot", "-V"]) && toolWorks(["neato", "-V"])
let pythonAvailable = toolWorks(["python3", "-c", "import csv, json"])
let pandasAvailable = toolWorks(["python3", "-c", "import pandas"])
let jsonSchemaAvailable = toolWorks(["python3", "-c", "import jsonschema"])

/// Runs a Python script with arguments; returns its outcome.
func runPython(_ script: String, _ arguments: [String]) throws -> ProcessOutcome {
    try runTool(["python3", "-c", script] + arguments)
}

let exportRepositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

// MARK: - Fixture graphs

func day(_ s: String) -> CalendarDate {
    let p = s.split(separator: "-").map { Int($0)! }
    return CalendarDate(year: p[0], month: p[1], day: p[2])!
}

/// A small graph with every awkward value an export must survive: commas,
/// quotes, backslashes, newlines, CR, emoji, non-ASCII names, an unknown
/// actor, an undated event and a multi-day interval.
func hostileGraph() -> KnowledgeGraph {
    let actors = [
        ActorNode(id: "IDN", name: "Indonesia", kind: .country, country: "IDN",
                  roles: [RoleSpan(role: "tuan rumah", start: day("2022-11-15"), end: day("2022-11-16"))],
                  aliases: ["RI", "Republik \"Indonesia\""], mentionCount: 2),
        ActorNode(id: "RUS", name: "Rusia, Federasi", kind: .country, country: "RUS", aliases: ["Russia"], mentionCount: 3),
        ActorNode(id: "UKR", name: "Ukraina 🇺🇦", kind: .country, country: "UKR", mentionCount: 3),
        ActorNode(id: "person:jokowi", name: "Joko \\ Widodo", kind: .person, country: "IDN",
                  roles: [RoleSpan(role: "Presiden")], mentionCount: 1),
    ]
    func mention(_ doc: String, _ at: Int, outlet: String?, url: String?, published: String?,
                 evidence: String, trigger: String, cameo: CAMEOCode, modality: Modality = .asserted) -> Mention {
        Mention(documentID: doc, outlet: outlet, url: url, published: published.map(day), sentenceIndex: at / 100,
                trigger: TextSpan(start: at, end: at + trigger.count), clause: TextSpan(start: max(0, at - 10), end: at + 40),
                triggerText: trigger, evidenceText: evidence, modality: modality, cameo: cameo, plover: "X",
                quadClass: .materialConflict, goldstein: -10, sourceID: "RUS", targetID: "UKR", date: nil,
                precision: nil, confidence: 0.9)
    }
    let e1 = EventNode(
        id: "doc-1@120", cameo: "190", plover: "ASSAULT", quadClass: .materialConflict, goldstein: -10,
        sourceID: "RUS", targetID: "UKR", date: DayInterval(day: day("2022-10-10")), precision: .day,
        modality: .asserted, confidence: 0.9,
        mentions: [
            mention("doc-1", 120, outlet: "kompas.com", url: "https://x.test/a?b=1,2", published: "2022-10-10",
                    evidence: "Rusia \"menyerang\", kata dia,\r\nlalu pergi 🚀", trigger: "menyerang", cameo: "190"),
            mention("doc-2", 40, outlet: "detik.com", url: nil, published: "2022-10-11",
                    evidence: "serangan\nbaris kedua", trigger: "serangan", cameo: "190"),
        ])
    let e2 = EventNode(
        id: "doc-3@7", cameo: "042", plover: "CONSULT", quadClass: .verbalCooperation, goldstein: 1.9,
        sourceID: "person:jokowi", targetID: "IDN", date: DayInterval(start: day("2022-10-12"), end: day("2022-10-14")),
        precision: .week, modality: .planned, confidence: 0.75,
        mentions: [mention("doc-3", 7, outlet: nil, url: "https://x.test/\"q\"", published: nil,
                           evidence: "back\\slash, \"quoted\"", trigger: "berkunjung", cameo: "042", modality: .planned)])
    let e3 = EventNode(
        id: "doc-4@0", cameo: "111", plover: "ACCUSE", quadClass: .verbalConflict, goldstein: -2,
        sourceID: "UKR", targetID: nil, date: DayInterval(day: day("2022-11-02")), precision: .day,
        modality: .negated, confidence: 0.5,
        mentions: [mention("doc-4", 0, outlet: "tempo.co", url: nil, published: "2022-11-02",
                           evidence: " leading space", trigger: "mengecam", cameo: "111", modality: .negated)])
    let e4 = EventNode(
        id: "doc-5@3", cameo: "057", plover: "AGREE", quadClass: .materialCooperation, goldstein: 8,
        sourceID: nil, targetID: "RUS", date: nil, precision: nil, modality: .hypothetical, confidence: 0.4,
        mentions: [mention("doc-5", 3, outlet: "antaranews.com", url: nil, published: "2022-10-20",
                           evidence: "", trigger: "sepakat", cameo: "057", modality: .hypothetical)])
    let events = [e1, e2, e3, e4]
    return KnowledgeGraph(actors: actors, events: events, edges: [
        ActorEdge(sourceID: "RUS", targetID: "UKR", quadClassCounts: [0, 0, 0, 1], firstDate: day("2022-10-10"),
                  lastDate: day("2022-10-10"), meanGoldstein: -10),
        ActorEdge(sourceID: "person:jokowi", targetID: "IDN", quadClassCounts: [1, 0, 0, 0], firstDate: day("2022-10-12"),
                  lastDate: day("2022-10-14"), meanGoldstein: 1.9),
    ])
}
