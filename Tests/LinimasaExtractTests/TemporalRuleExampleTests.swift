import Foundation
import LinimasaExtract
import LinimasaLanguage
import LinimasaModel
import Testing

/// Runs the EXAMPLE rows of `id/temporal/rules.tsv` and the EXAMPLE lines
/// in the headers of the normalisation tables.
@Suite struct TemporalRuleExampleTests {
    static let ruleRows: [TableRow] = (try? LanguageData.bundled.table("id/temporal/rules.tsv", minimumFields: 6)) ?? []

    static let tables = ["months", "weekdays", "numbers", "units", "parts", "dayparts",
                         "relative", "shifts", "tense", "seasons", "quarters", "ordinals", "anchors"]

    @Test func everyRuleFileRowParses() {
        #expect(Self.ruleRows.count >= 60)
    }

    @Test(arguments: ruleRows)
    func ruleExample(_ row: TableRow) throws {
        let found = sharedTagger.tag(text: row[1], dct: day(row[2]))
        let x = try #require(found.first { $0.text == row[3] },
                             "rules.tsv:\(row.line) found \(found.map { "\($0.text)=\($0.value)" })")
        #expect(x.type.rawValue == row[4], "rules.tsv:\(row.line)")
        #expect(x.value == row[5], "rules.tsv:\(row.line)")
        #expect(x.rule.hasPrefix(row[0]), "rules.tsv:\(row.line) rule \(x.rule)")
    }

    @Test(arguments: tables)
    func tableExamples(_ name: String) throws {
        let path = "id/temporal/\(name).tsv"
        _ = try LanguageData.bundled.table(path)
        let examples = try LanguageData.bundled.examples(path)
        #expect(!examples.isEmpty, "\(path) has no EXAMPLE line")
        for example in examples {
            let parts = example.components(separatedBy: " => ")
            try #require(parts.count == 2, "\(path): EXAMPLE must read 'phrase => value'")
            let found = sharedTagger.tag(text: parts[0], dct: day("2022-10-13"))
            #expect(found.contains { $0.value == parts[1] }, "\(path): \(example) found \(found.map(\.value))")
        }
    }
}
