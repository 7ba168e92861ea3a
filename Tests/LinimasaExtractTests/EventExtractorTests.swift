import LinimasaExtract
import LinimasaModel
import Testing

/// Sentences written for these tests, each with the event an analyst would code.
@Suite struct EventExtractorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var published: String
        var root: String
        var source: String?
        var target: String?
        var modality: Modality
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Rusia menginvasi Ukraina pada Februari 2022.", published: "2022-10-13",
             root: "19", source: "RUS", target: "UKR", modality: .asserted),
        Case(text: "China akan menggelar latihan militer di dekat Taiwan pekan depan.", published: "2023-04-05",
             root: "15", source: "CHN", target: "TWN", modality: .planned),
        Case(text: "Korea Utara mengancam Korea Selatan dengan senjata nuklir.", published: "2023-01-10",
             root: "13", source: "PRK", target: "KOR", modality: .asserted),
        Case(text: "Jika Iran menyerang Israel, Amerika Serikat akan bereaksi.", published: "2024-04-10",
             root: "19", source: "IRN", target: "ISR", modality: .hypothetical),
        Case(text: "Uni Eropa menjatuhkan sanksi baru terhadap Rusia pada Senin.", published: "2024-06-25",
             root: "16", source: "EU", target: "RUS", modality: .asserted),
        Case(text: "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo pada Rabu (20/12).", published: "2023-12-21",
             root: "04", source: "IDN", target: "JPN", modality: .asserted),
        Case(text: "Amerika Serikat tidak mengirim senjata ke Taiwan.", published: "2023-08-01",
             root: "07", source: "USA", target: "TWN", modality: .negated),
        Case(text: "Kapal nelayan Vietnam ditangkap oleh penjaga pantai China.", published: "2023-03-14",
             root: "17", source: "CHN", target: "VNM", modality: .asserted),
        Case(text: "Filipina menuntut China menghentikan patroli di perairan itu.", published: "2024-02-02",
             root: "10", source: "PHL", target: "CHN", modality: .asserted),
        Case(text: "Menlu Retno Marsudi mengecam serangan Israel terhadap Gaza.", published: "2023-11-02",
             root: "11", source: "IDN", target: "ISR", modality: .asserted),
    ]

    @Test(arguments: cases)
    func codesTheEvent(c: Case) throws {
        let x = extract(c.text, published: c.published)
        let e = try #require(x.events.first { $0.cameo.isWithin(c.root) }, "no \(c.root) event in \(x.events.map(\.cameo))")
        #expect(x.country(e.sourceID) == c.source)
        #expect(x.country(e.targetID) == c.target)
        #expect(e.modality == c.modality)
        // The evidence points at the trigger in the text.
        let trigger = String(String.UnicodeScalarView(Array(c.text.unicodeScalars)[e.evidence.trigger.start..<e.evidence.trigger.end]))
        #expect(trigger == e.evidence.triggerText)
        #expect(e.evidence.clause.start <= e.evidence.trigger.start && e.evidence.trigger.end <= e.evidence.clause.end)
    }

    @Test func datesComeFromTheClauseOrTheDayOfTheNews() throws {
        let x = extract("Rusia menginvasi Ukraina pada Februari 2022. Menlu Rusia mengatakan pihaknya siap berunding.", published: "2022-10-13")
        let invasion = try #require(x.events.first { $0.cameo.isWithin("19") })
        #expect(invasion.date?.start == CalendarDate(year: 2022, month: 2, day: 1))
        #expect(invasion.date?.end == CalendarDate(year: 2022, month: 2, day: 28))
        #expect(invasion.precision == .month)
        // The minister's statement of readiness to negotiate is an intent (03).
        let statement = try #require(x.events.first { $0.cameo.isWithin("03") })
        #expect(statement.date == DayInterval(start: CalendarDate(year: 2022, month: 10, day: 12)!, end: CalendarDate(year: 2022, month: 10, day: 13)!))
    }

    @Test func aLongSpanIsNoDate() throws {
        let x = extract("Rusia menyerang wilayah yang sudah dihuni selama 7.100 tahun.", published: "2023-01-10")
        let e = try #require(x.events.first { $0.cameo.isWithin("19") })
        #expect(e.date.map { (1000...2999).contains($0.start.year) } ?? true)
    }

    @Test func backgroundStaysUndated() throws {
        let x = extract("Korea Utara telah berulang kali mengancam Jepang.", published: "2023-01-10")
        let e = try #require(x.events.first)
        #expect(e.cameo.isWithin("13"))
        #expect(e.date == nil)
    }

    @Test func coordinatedVerbsShareTheirSubject() {
        let x = extract("Rusia mendeklarasikan mobilisasi, menembaki kota-kota Ukraina dan mengancam Barat.", published: "2022-10-01")
        #expect(x.events.map { $0.cameo.root } == ["15", "19", "13"])
        #expect(x.events.allSatisfy { x.country($0.sourceID) == "RUS" })
        #expect(x.events.last.flatMap { x.country($0.targetID) } == "WST")
    }

    @Test func reportedSpeechIsOneStatementByTheSpeaker() throws {
        let x = extract("\"Kami siap berunding kapan saja,\" kata juru bicara Kremlin Dmitry Peskov.", published: "2023-05-05")
        #expect(x.events.count == 1)
        let e = try #require(x.events.first)
        // What it says is a readiness to negotiate: the statement is that intent (03).
        #expect(e.cameo.isWithin("03"))
        #expect(x.actor(e.sourceID)?.name.contains("Peskov") == true)
    }

    @Test func aPhraseMayStandBetweenSpeakerAndVerb() throws {
        let x = extract("Sumber di pemerintah Thailand kepada kantor berita Reuters mengatakan kapal itu ditahan.", published: "2024-03-01")
        let statement = try #require(x.events.first { $0.cameo.isWithin("01") })
        #expect(x.country(statement.sourceID) == "THA")
    }

    @Test func aStatementOfCommitmentIsTheCommitment() throws {
        let x = extract("Menlu Inggris mengatakan Inggris berkomitmen membantu Ukraina.", published: "2023-05-05")
        #expect(x.events.count == 1)
        #expect(x.events.first?.cameo.isWithin("03") == true)
    }

    @Test(arguments: [
        "Tim nasional menggelar latihan sepak bola di Jakarta.",
        "Latihan itu melibatkan jet tempur dari tiga negara.",
        "Pelatih itu memimpin latihan pagi bersama para pemain.",
    ])
    func wordsThatAreNotEvents(text: String) {
        let x = extract(text, published: "2023-05-05")
        #expect(!x.events.contains { $0.cameo.isWithin("15") }, "\(x.events.map(\.cameo))")
    }

    @Test func everyEventCarriesItsCodebookFacts() throws {
        let x = extract("Rusia menginvasi Ukraina. Amerika Serikat menyerukan gencatan senjata.", published: "2022-03-01")
        let attack = try #require(x.events.first { $0.cameo.isWithin("19") })
        #expect(attack.quadClass == .materialConflict)
        #expect(attack.plover == "ASSAULT")
        #expect(attack.goldstein == -10)
        let appeal = try #require(x.events.first { $0.cameo.isWithin("02") })
        #expect(appeal.plover == "APPEAL")
        #expect(appeal.quadClass == .verbalCooperation)
    }
}
