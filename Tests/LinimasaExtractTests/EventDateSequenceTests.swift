import LinimasaExtract
import LinimasaModel
import Testing

/// Dates and modality that come from the words around an act rather than
/// from a time expression of its own (issue 8).
@Suite struct EventDateSequenceTests {
    // "sehari setelah perundingan": the talks came a day before the news
    // the sentence reports, not on its day.
    @Test func anActADayBeforeTheNewsIsDatedADayEarlier() throws {
        let x = extract("Seruan itu datang sehari setelah perundingan antara Armenia dan Azerbaijan di Wina.", published: "2024-03-14")
        let talks = try event(x, root: "04")
        #expect(talks.date == DayInterval(start: day("2024-03-12"), end: day("2024-03-13")))
    }

    // The same in English news: "a day after talks".
    @Test func anEnglishActADayBeforeTheNewsIsDatedADayEarlier() throws {
        let x = extract("The statement came a day after talks between Armenia and Azerbaijan in Vienna.", published: "2024-03-14")
        let talks = try event(x, root: "04")
        #expect(talks.date == DayInterval(start: day("2024-03-12"), end: day("2024-03-13")))
    }

    // With a day of its own before the span, the act is counted from that day.
    @Test func anActTwoDaysBeforeANamedDayIsCountedFromIt() throws {
        let x = extract("Menlu Armenia mengatakan pada Senin (11/3) bahwa ia tiba dua hari sebelum perundingan dengan Azerbaijan.",
                        published: "2024-03-14")
        let talks = try event(x, root: "04")
        #expect(talks.date == DayInterval(start: day("2024-03-13"), end: day("2024-03-13")))
    }

    // The aside "yang telah … selama sebulan" tells about the speaker, not
    // the saying: the saying is the day's news.
    @Test func anAsideAboutTheSpeakerDoesNotMakeTheSayingBackground() throws {
        let x = extract("Presiden Armenia, yang telah menyerukan gencatan senjata selama sebulan, mengatakan ia akan menemui Presiden Azerbaijan.",
                        published: "2024-03-14")
        let said = try event(x, root: "01")
        #expect(said.date == DayInterval(start: day("2024-03-13"), end: day("2024-03-14")))
        #expect(said.modality == .asserted)
    }

    // A date in an aside about what was fired ("…, yang terbaru tahun ini")
    // is not the firing's: the sentence's day is.
    @Test func aDateInAnAsideAfterTheActIsNotItsDate() throws {
        let x = extract("Jepang mengatakan pada Rabu (13/3) bahwa Korea Utara menembakkan dua rudal balistik, yang terbaru dalam rangkaian uji coba tahun ini.",
                        published: "2024-03-14")
        let fired = try #require(x.events.first { $0.evidence.triggerText == "menembakkan" }, "\(x.events.map(\.evidence.triggerText))")
        #expect(fired.date == DayInterval(start: day("2024-03-13"), end: day("2024-03-13")))
    }

    // "berpendapat" with an "akan" in what is thought: the thinking is asserted.
    @Test func anOpinionIsAssertedWhatEverItForesees() throws {
        let x = extract("Kanselir Jerman berpendapat 'tidak akan ada kesepakatan' tanpa Amerika Serikat.", published: "2024-03-14")
        let said = try event(x, root: "01", trigger: "berpendapat")
        #expect(said.modality == .asserted)
    }

    // The purpose of a planned trip is planned: "akan … ke Baku untuk menemui".
    @Test func thePurposeOfAPlannedTripIsPlanned() throws {
        let x = extract("Presiden Armenia akan melanjutkan lawatannya ke Baku untuk menemui Presiden Azerbaijan Ilham Aliyev.",
                        published: "2024-03-14")
        let meeting = try #require(x.events.first { $0.evidence.triggerText == "menemui" }, "\(x.events.map(\.evidence.triggerText))")
        #expect(meeting.modality == .planned)
    }

    // A weekday that does not fit the written year but fits the year of
    // publication: the year is a slip ("Kamis (14/3/2025)" in 2024 news;
    // 14 March 2024 is a Thursday, 14 March 2025 a Friday). The meeting
    // happened, on that day.
    @Test func aYearThatContradictsItsWeekdayIsASlip() throws {
        let x = extract("Presiden Armenia ditemui Presiden Azerbaijan di Baku, Kamis (14/3/2025).", published: "2024-03-14")
        let meeting = try event(x, root: "04")
        #expect(meeting.date == DayInterval(start: day("2024-03-14"), end: day("2024-03-14")))
        #expect(meeting.modality == .asserted)
    }
}
