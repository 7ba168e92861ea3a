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
}
