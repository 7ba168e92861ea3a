import LinimasaModel
import Testing

@Suite struct CAMEOCodeTests {
    @Test(arguments: [
        ("01", QuadClass.verbalCooperation), ("057", .verbalCooperation), ("0831", .materialCooperation),
        ("062", .materialCooperation), ("09", .materialCooperation), ("112", .verbalConflict),
        ("138", .verbalConflict), ("14", .verbalConflict), ("15", .materialConflict), ("193", .materialConflict),
        ("204", .materialConflict),
    ])
    func quadClassFollowsTheRoot(_ text: String, _ quad: QuadClass) throws {
        #expect(try CAMEOCode(parsing: text).quadClass == quad)
    }

    @Test func rootAndRootCode() {
        let c: CAMEOCode = "1723"
        #expect(c.root == "17")
        #expect(c.rootNumber == 17)
        #expect(c.rootCode == "170")
        #expect(!c.isRoot)
        let rootCode = "170", bareRoot = "17"
        #expect(CAMEOCode(rootCode)!.isRoot && CAMEOCode(bareRoot)!.isRoot)
        #expect(c.isWithin("17") && c.isWithin("172") && !c.isWithin("18"))
        #expect(c.description == "1723")
    }

    @Test(arguments: ["", "1", "00", "21", "99", "0a1", "12345", " 19", "١٩"])
    func rejectsWhatIsNotACode(_ text: String) {
        #expect(CAMEOCode(text) == nil)
    }

    @Test func aParsingErrorNamesFileAndLine() {
        #expect(throws: CAMEOCodeError(text: "2x1", file: "xx/events/triggers.tsv", line: 12)) {
            try CAMEOCode(parsing: "2x1", file: "xx/events/triggers.tsv", line: 12)
        }
        let e = CAMEOCodeError(text: "25", file: "xx/events/cameo.tsv", line: 7)
        #expect(e.description.hasPrefix("xx/events/cameo.tsv:7: "))
        #expect(e.description.contains("'25'"))
    }

    @Test func ordersAndHashesAsText() {
        let codes: [CAMEOCode] = ["193", "04", "0311", "190"]
        #expect(codes.sorted().map(\.code) == ["0311", "04", "190", "193"])
        #expect(Set(codes + ["193"]).count == 4)
    }
}

@Suite struct ActorIDTests {
    @Test func kindAndSlug() {
        let p = ActorID(kind: .person, slug: "sri-mulyani")
        #expect(p.text == "person:sri-mulyani")
        #expect(p.kind == .person && p.isPerson)
        #expect(p.slug == "sri-mulyani")
        let o: ActorID = "org:bank-dunia"
        #expect(o.kind == .org && !o.isPerson && o.slug == "bank-dunia")
    }

    @Test func aGazetteerCodeHasNoKind() {
        for code in ["IDN", "NATO", "UN"] {
            let id = ActorID(code)
            #expect(id.kind == nil && !id.isPerson && id.slug == code && id.description == code)
        }
        // An unknown namespace is not a kind.
        #expect(ActorID("place:ambon").kind == nil)
    }

    @Test func stateBodies() {
        let army = ActorID(.military, of: "MYS")
        #expect(army == "MYS-MIL")
        #expect(army.stateBody?.state == "MYS" && army.stateBody?.body == .military)
        let cabinet: ActorID = "NZL-GOV"
        #expect(cabinet.stateBody?.state == "NZL" && cabinet.stateBody?.body == .government)
        #expect(cabinet == ActorID(.government, of: "NZL") && cabinet != ActorID(.government, of: "NZ"))
        // A state, an organisation, a slug with a hyphen or another suffix is no state body.
        for id: ActorID in ["NZL", "NATO", "org:tim-gov", "person:budi-mil", "NZL-POL", "-GOV"] {
            #expect(id.stateBody == nil)
        }
    }

    @Test func ordersAsText() {
        let ids: [ActorID] = ["person:b", "IDN", "org:a"]
        #expect(ids.sorted().map(\.text) == ["IDN", "org:a", "person:b"])
    }
}
