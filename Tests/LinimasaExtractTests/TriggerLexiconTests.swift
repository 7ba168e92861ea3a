import Foundation
@testable import LinimasaExtract
import LinimasaLanguage
import LinimasaModel
import Testing

/// Every trigger row's example phrase fires that row (examples are the
/// lexicon's own documentation, so they must stay true).
@Test func everyTriggerExampleFiresItsRule() throws {
    let lexicon = try EventLexicon(profile: .indonesian())
    var failures: [String] = []
    for (key, rules) in lexicon.triggers {
        for rule in rules {
            let x = extract(rule.example.prefix(1).uppercased() + rule.example.dropFirst() + ".", published: "2023-05-05")
            let analysis = x.sentences.first
            let fired = analysis.map { sharedExtractor.events.findTriggers(in: $0, documentKeys: []) } ?? []
            if !fired.contains(where: { $0.rule.key == key }) { failures.append("\(key): \"\(rule.example)\"") }
        }
    }
    #expect(failures.isEmpty, "examples that do not fire: \(failures.sorted())")
}

@Test func everyTriggerCodeIsInTheCodebookTable() throws {
    let lexicon = try EventLexicon(profile: .indonesian())
    for rule in lexicon.triggers.values.joined() {
        #expect(lexicon.cameo[rule.cameo] != nil, "\(rule.key) → \(rule.cameo)")
        for (code, _) in rule.codeWhen { #expect(lexicon.cameo[code] != nil) }
    }
    // The table's QuadClass is the root's grouping.
    for (code, info) in lexicon.cameo {
        #expect(info.quadClass == code.quadClass, "\(code)")
    }
}

/// A code in the trigger table that is not a CAMEO code stops loading with
/// an error that names the file and the line.
@Test func aBadCodeInTheTriggerTableNamesFileAndLine() throws {
    let fixture = try velishProfile().data.url("")
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("linimasa-badcode-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: copy) }
    try FileManager.default.copyItem(at: fixture, to: copy)
    let triggers = copy.appendingPathComponent("vl/events/triggers.tsv")
    var lines = try String(contentsOf: triggers, encoding: .utf8).components(separatedBy: "\n")
    let row = try #require(lines.firstIndex { !$0.hasPrefix("#") && $0.contains("\t") })
    var fields = lines[row].components(separatedBy: "\t")
    fields[1] = "2x0"
    lines[row] = fields.joined(separator: "\t")
    try lines.joined(separator: "\n").write(to: triggers, atomically: true, encoding: .utf8)
    let data = LanguageData(directory: copy)
    let profile = LanguageProfile(code: "vl", data: data, words: try FunctionWords(table: "vl/words.tsv", data: data)) { _, roots in
        VelishMorphology(roots: Set(roots))
    }
    #expect(throws: CAMEOCodeError(text: "2x0", file: "vl/events/triggers.tsv", line: row + 1)) {
        _ = try EventLexicon(profile: profile)
    }
}
