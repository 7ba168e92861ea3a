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
