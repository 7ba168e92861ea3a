@testable import LinimasaTagger
import Testing

/// `Viterbi.decode` picks the same path as a plain search over each tag's
/// predecessors (the order it used before it was rearranged for speed),
/// ties included: on random scores, on scores with many ties, and on the
/// edge sizes.
@Suite struct ViterbiTests {
    /// For each word and tag, the best predecessor by a search over the
    /// previous tags, the first of equals kept.
    static func reference(words n: Int, tags: Int, emit: [Int], transitions: [Int]) -> [Int] {
        if n == 0 { return [] }
        var score = [Int](repeating: 0, count: n * tags)
        var back = [Int](repeating: 0, count: n * tags)
        for t in 0..<tags { score[t] = emit[t] + transitions[t] }
        for i in stride(from: 1, to: n, by: 1) {
            for t in 0..<tags {
                var best = Int.min, arg = 0
                for p in 0..<tags {
                    let s = score[(i - 1) * tags + p] + transitions[(p + 1) * tags + t]
                    if s > best { best = s; arg = p }
                }
                score[i * tags + t] = best + emit[i * tags + t]
                back[i * tags + t] = arg
            }
        }
        var path = [Int](repeating: 0, count: n)
        var best = Int.min
        for t in 0..<tags where score[(n - 1) * tags + t] > best { best = score[(n - 1) * tags + t]; path[n - 1] = t }
        var i = n - 1
        while i > 0 { path[i - 1] = back[i * tags + path[i]]; i -= 1 }
        return path
    }

    @Test func pathsAreThoseOfASearchOverPredecessors() {
        var generator = SeededGenerator(seed: 0x5649_5445_5242_4931)
        for round in 0..<400 {
            let n = round % 23, tags = 1 + round % 17
            // Every third round draws from few values, so that ties are common.
            let spread = round % 3 == 0 ? 3 : 20_000
            let emit = (0..<(n * tags)).map { _ in Int.random(in: -spread...spread, using: &generator) }
            let transitions = (0..<((tags + 1) * tags)).map { _ in Int.random(in: -spread...spread, using: &generator) }
            let expected = ViterbiTests.reference(words: n, tags: tags, emit: emit, transitions: transitions)
            #expect(Viterbi.decode(words: n, tags: tags, emit: emit, transitions: transitions) == expected,
                    "\(n) words, \(tags) tags")
        }
    }

    @Test func allEqualScoresGiveTheFirstTag() {
        let n = 6, tags = 5
        let path = Viterbi.decode(words: n, tags: tags, emit: Array(repeating: 7, count: n * tags),
                                  transitions: Array(repeating: -1, count: (tags + 1) * tags))
        #expect(path == Array(repeating: 0, count: n))
    }
}
