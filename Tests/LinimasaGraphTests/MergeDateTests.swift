import LinimasaGraph
import LinimasaModel
import Testing

/// What dates allow two reports to be one event (issue 8).
@Suite struct MergeDateTests {
    // Two outlets dating one man's words by their own publication days
    // (the day before each) still report one statement.
    @Test func oneStatementDatedByTwoOutletsOnConsecutiveDaysIsOne() {
        let first = DayInterval(start: day(2024, 2, 11), end: day(2024, 2, 12))
        let second = DayInterval(start: day(2024, 2, 12), end: day(2024, 2, 13))
        let g = GraphBuilder().build(actors: actors, mentions: [
            mention("harian", 10, "010", "person:putin", "UKR", first, sentence: 1),
            mention("warta", 40, "010", "person:putin", nil, second, sentence: 4),
        ])
        #expect(g.events.count == 1)
    }

    // "Then he will speak with Putin", with no date: any later meeting of
    // the two may be meant, so it joins no other article's meeting. In its
    // own article it is still the call the article dates.
    @Test func anUndatedPlannedMeetingJoinsOnlyItsOwnArticle() {
        let later = DayInterval(start: day(2024, 9, 2), end: day(2024, 9, 3))
        let g = GraphBuilder().build(actors: actors, mentions: [
            mention("harian", 10, "040", "person:austin", "person:putin", nil, .planned, precision: nil, sentence: 3),
            mention("warta", 40, "040", "person:austin", "person:putin", later, sentence: 1),
        ])
        #expect(g.events.count == 2)
        let h = GraphBuilder().build(actors: actors, mentions: [
            mention("harian", 10, "040", "person:austin", "person:putin", nil, .planned, precision: nil, sentence: 3),
            mention("harian", 40, "040", "person:austin", "person:putin", later, .planned, sentence: 1),
        ])
        #expect(h.events.count == 1)
    }
}
