import Foundation
import Testing
import LinimasaTestSupport

@Test func theBundledGazetteerChecksClean() throws {
    let r = try CLIRunner.run(["gazetteer", "check"])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("no problems"))
}

@Test func overlappingTermsAndSharedNamesAreReportedWithStatusOne() throws {
    let dir = try TemporaryDirectory()
    try dir.write("id/gazetteer/people.jsonl", """
    {"id":"IDN","kind":"country","name":"Indonesia","country":"IDN"}
    {"id":"person:budi-santosa","kind":"person","name":"Budi Santosa","aliases":["Pak Menteri"],"country":"IDN","roles":[{"role":"foreign_minister","country":"IDN","start":"2015-01-01","end":"2019-10-20"}]}
    {"id":"person:wati-lestari","kind":"person","name":"Wati Lestari","aliases":["Pak Menteri"],"country":"IDN","roles":[{"role":"foreign_minister","country":"IDN","start":"2019-02","end":null}]}
    """)
    let r = try CLIRunner.run(["gazetteer", "check", "--data", dir.path])
    #expect(r.status == 1)
    #expect(r.stdoutLines.count == 2, "\(r.stdout)")
    #expect(r.stdout.contains("foreign_minister|IDN: person:budi-santosa"))
    #expect(r.stdout.contains("name \"Pak Menteri\" names person:budi-santosa, person:wati-lestari"))
    #expect(r.stderr.contains("3 entries (2 people): 2 problems"))
}

@Test func aBadRecordNamesTheFolderFileAndLine() throws {
    let dir = try TemporaryDirectory()
    try dir.write("id/gazetteer/people.jsonl", """
    {"id":"IDN","kind":"country","name":"Indonesia","country":"IDN"}
    {"id":"person:x","kind":"person","name":"X","roles":[{"role":"head_of_state","country":"IDN","start":"2020-13"}]}
    """)
    let r = try CLIRunner.run(["gazetteer", "check", "--data", dir.path])
    #expect(r.status != 0)
    #expect(r.stderr.contains("under \(dir.path)"))
    #expect(r.stderr.contains("id/gazetteer/people.jsonl:2: bad start date"), "\(r.stderr)")
}
