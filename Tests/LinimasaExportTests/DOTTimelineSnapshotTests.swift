import Foundation
import LinimasaExport
import LinimasaGraph
import LinimasaModel
import Testing

/// Golden files in `Snapshots/` beside this file. Run with
/// `RECORD_SNAPSHOTS=1` to rewrite them; recording fails the test so a
/// re-recorded snapshot is never mistaken for a passing one.
private let snapshotDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

private let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"

/// Compares `bytes` with the snapshot `name`, or records it; returns the
/// snapshot's path.
@discardableResult
func assertSnapshot(_ bytes: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let url = snapshotDirectory.appendingPathComponent(name)
    if recording {
        try FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        Issue.record("Recorded snapshot \(name); run again without RECORD_SNAPSHOTS=1.", sourceLocation: sourceLocation)
        return url.path
    }
    guard let stored = FileManager.default.contents(atPath: url.path) else {
        Issue.record("No snapshot \(name); record it with RECORD_SNAPSHOTS=1.", sourceLocation: sourceLocation)
        return url.path
    }
    if Array(stored) != bytes {
        let old = String(decoding: stored, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        let was = line < old.count ? String(old[line]) : "<end>"
        let now = line < new.count ? String(new[line]) : "<end>"
        Issue.record("Snapshot \(name) differs at line \(line + 1):\n  stored: \(was)\n  now:    \(now)", sourceLocation: sourceLocation)
    }
    return url.path
}

@Suite struct DOTTimelineSnapshotTests {
    @Test func smallRankedTimeline() throws {
        let options = DOTTimelineOptions(layout: .ranked, title: "Linimasa: snapshot")
        let path = try assertSnapshot(try DOTTimelineExporter(options: options).bytes(dotHostileGraph()),
                                      named: "timeline-small.dot")
        if graphvizAvailable {
            let r = try runTool(["dot", "-Tsvg", path])
            #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        }
    }

    @Test func smallPinnedTimelineWithLanes() throws {
        let options = DOTTimelineOptions(swimlanes: .source, layout: .pinned(TimelineLayout.Metrics()))
        let path = try assertSnapshot(try DOTTimelineExporter(options: options).bytes(dotHostileGraph()),
                                      named: "timeline-small-pinned.dot")
        if graphvizAvailable {
            let r = try runTool(["neato", "-n2", "-Tsvg", path])
            #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
            let d = try runTool(["dot", "-Tsvg", path])  // dot reads it too (ignoring the pins)
            #expect(d.status == 0, "\(d.stderr)")
        }
    }
}
