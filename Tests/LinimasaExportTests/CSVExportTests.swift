import Foundation
import LinimasaExport
import LinimasaGraph
import LinimasaModel
import Testing
import LinimasaTestSupport

/// Reads a CSV file with Python's csv module and prints its rows as JSON.
private let readCSVScript = """
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f, strict=True))
print(json.dumps(rows))
"""

/// Reads a CSV file with pandas (every column as text) and prints shape,
/// header and rows as JSON.
private let readPandasScript = """
import json, sys, pandas
df = pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False, encoding="utf-8-sig")
print(json.dumps({"shape": list(df.shape), "columns": list(df.columns), "rows": df.values.tolist()}))
"""

private func pythonRows(_ path: String) throws -> [[String]] {
    let r = try runPython(readCSVScript, [path])
    #expect(r.status == 0, "\(r.stderr)")
    return try JSONDecoder().decode([[String]].self, from: Data(r.stdout))
}

@Suite struct CSVExportTests {
    @Test func eventsTableLayout() throws {
        let text = String(decoding: try EventsCSVExporter().bytes(hostileGraph()), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == EventsCSVExporter.columns.joined(separator: ","))
        #expect(text.hasSuffix("\r\n"))
        // Unquoted plain fields, quoted names with commas, doubled quotes.
        #expect(lines[1].hasPrefix("doc-1@120,2022-10-10,2022-10-10,day,RUS,\"Rusia, Federasi\",RUS,UKR,Ukraina 🇺🇦,UKR,190,ASSAULT,4,-10.0,asserted,0.9,2,2,2,2022-10-10,"))
        #expect(text.contains("\"Rusia \"\"menyerang\"\", kata dia,\r\nlalu pergi 🚀\""))
        #expect(!text.hasPrefix("\u{FEFF}"))
    }

    @Test func byteOrderMarkIsOptional() throws {
        let bytes = try MentionsCSVExporter(options: CSVOptions(byteOrderMark: true)).bytes(hostileGraph())
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(bytes.dropFirst(3).prefix(9)) == Array("event_id,".utf8))
    }

    @Test func everyLineEndIsCRLFOutsideQuotes() throws {
        let bytes = try MentionsCSVExporter().bytes(hostileGraph())
        var quoted = false
        for (i, b) in bytes.enumerated() {
            if b == UInt8(ascii: "\"") { quoted.toggle() }
            if b == 0x0A && !quoted { #expect(i > 0 && bytes[i - 1] == 0x0D) }
        }
        #expect(!quoted)
    }

    @Test(.enabled(if: pythonAvailable, "needs python3"))
    func pythonReadsTheEventsTableBack() throws {
        let dir = try TemporaryDirectory()
        let graph = hostileGraph()
        let path = try dir.write("events.csv", try EventsCSVExporter(options: CSVOptions(byteOrderMark: true)).bytes(graph))
        let rows = try pythonRows(path)
        #expect(rows.count == 1 + graph.events.count)
        #expect(rows.allSatisfy { $0.count == EventsCSVExporter.columns.count })
        #expect(rows[0] == EventsCSVExporter.columns)
        let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
        let first = try #require(byID["doc-1@120"])
        #expect(first[5] == "Rusia, Federasi")
        #expect(first[8] == "Ukraina 🇺🇦")
        #expect(first[20] == "https://x.test/a?b=1,2")
        #expect(first[21] == "Rusia \"menyerang\", kata dia,\r\nlalu pergi 🚀")
        let planned = try #require(byID["doc-3@7"])
        #expect(planned[4] == "person:jokowi" && planned[5] == "Joko \\ Widodo")
        #expect(planned[1] == "2022-10-12" && planned[2] == "2022-10-14" && planned[14] == "planned")
        #expect(planned[21] == "back\\slash, \"quoted\"")
        let undated = try #require(byID["doc-5@3"])
        #expect(undated[1] == "" && undated[3] == "" && undated[4] == "" && undated[12] == "2")
        #expect(rows.last?[0] == "doc-5@3")  // undated last
        #expect(byID["doc-4@0"]?[21] == " leading space")
    }

    @Test(.enabled(if: pythonAvailable, "needs python3"))
    func pythonReadsTheMentionsTableBack() throws {
        let dir = try TemporaryDirectory()
        let graph = hostileGraph()
        let path = try dir.write("mentions.csv", try MentionsCSVExporter().bytes(graph))
        let rows = try pythonRows(path)
        #expect(rows.count == 1 + graph.events.reduce(0) { $0 + $1.mentionCount })
        #expect(rows[0] == MentionsCSVExporter.columns)
        #expect(rows.allSatisfy { $0.count == MentionsCSVExporter.columns.count })
        let second = rows[2]
        #expect(second[0] == "doc-1@120" && second[1] == "doc-2" && second[2] == "detik.com")
        #expect(second[18] == "serangan\nbaris kedua")
        #expect(second[11] == "190" && second[12] == "RUS" && second[13] == "UKR")
        #expect(second[6] == "40" && second[7] == "48" && second[8] == "30" && second[9] == "80")
        #expect(rows[3][3] == "https://x.test/\"q\"" && rows[3][4] == "" && rows[3][17] == "planned")
    }

    @Test(.enabled(if: pythonAvailable && pandasAvailable, "needs python3 with pandas"))
    func pandasReadsBothTables() throws {
        let dir = try TemporaryDirectory()
        let graph = hostileGraph()
        for (name, bytes, width) in [
            ("e.csv", try EventsCSVExporter(options: CSVOptions(byteOrderMark: true)).bytes(graph), EventsCSVExporter.columns.count),
            ("m.csv", try MentionsCSVExporter().bytes(graph), MentionsCSVExporter.columns.count),
        ] {
            let path = try dir.write(name, bytes)
            let r = try runPython(readPandasScript, [path])
            #expect(r.status == 0, "\(r.stderr)")
            let obj = try JSONSerialization.jsonObject(with: Data(r.stdout)) as? [String: Any]
            let shape = obj?["shape"] as? [Int]
            #expect(shape?[1] == width)
            #expect(shape?[0] == (name == "e.csv" ? graph.events.count : 5))
            let rows = obj?["rows"] as? [[String]] ?? []
            #expect(rows.joined().contains("Rusia \"menyerang\", kata dia,\r\nlalu pergi 🚀"))
        }
    }

    @Test func filterAppliesToRows() throws {
        var options = CSVOptions()
        options.filter.cameoPrefixes = ["19"]
        let text = String(decoding: try EventsCSVExporter(options: options).bytes(hostileGraph()), as: UTF8.self)
        #expect(text.components(separatedBy: "\r\n").filter { $0.hasPrefix("doc-") }.count == 1)
    }

    @Test(.enabled(if: pythonAvailable, "needs python3"))
    func largeTableStreamsAndReadsBack() throws {
        struct CountingSink: ExportSink {
            var writes = 0, bytes = 0, largest = 0
            mutating func write(_ b: [UInt8]) { writes += 1; bytes += b.count; largest = max(largest, b.count) }
        }
        let graph = syntheticTimeline(events: 3000)
        var counter = CountingSink()
        try EventsCSVExporter().write(graph, to: &counter)
        #expect(counter.writes == 3001)  // header + one write per row
        #expect(counter.largest < 1024)
        let dir = try TemporaryDirectory()
        let rows = try pythonRows(try dir.write("big.csv", try EventsCSVExporter().bytes(graph)))
        #expect(rows.count == 3001)
    }
}
