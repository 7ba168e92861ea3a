/// Exact first-order decoding: the tag sequence with the highest sum of
/// word scores and tag-transition scores.
enum Viterbi {
    /// `emit[i * tags + t]`: score of tag `t` at word `i`.
    /// `transitions[(p + 1) * tags + t]`: score of `t` after `p`; row 0 is
    /// the score of `t` at the start of the sentence.
    /// Ties go to the lower tag index, so decoding is deterministic.
    static func decode(words n: Int, tags: Int, emit: [Int], transitions: [Int]) -> [Int] {
        if n == 0 { return [] }
        var score = [Int](repeating: 0, count: n * tags)
        var back = [Int32](repeating: 0, count: n * tags)
        score.withUnsafeMutableBufferPointer { score in
            back.withUnsafeMutableBufferPointer { back in
                emit.withUnsafeBufferPointer { emit in
                    transitions.withUnsafeBufferPointer { transitions in
                        for t in 0..<tags { score[t] = emit[t] + transitions[t] }
                        for i in 1..<max(n, 1) {
                            let row = i * tags, prevRow = (i - 1) * tags
                            for t in 0..<tags {
                                var best = Int.min, arg = 0
                                for p in 0..<tags {
                                    let s = score[prevRow + p] + transitions[(p + 1) * tags + t]
                                    if s > best { best = s; arg = p }
                                }
                                score[row + t] = best + emit[row + t]
                                back[row + t] = Int32(arg)
                            }
                        }
                    }
                }
            }
        }
        var path = [Int](repeating: 0, count: n)
        var best = Int.min
        let lastRow = (n - 1) * tags
        for t in 0..<tags where score[lastRow + t] > best { best = score[lastRow + t]; path[n - 1] = t }
        var i = n - 1
        while i > 0 {
            path[i - 1] = Int(back[i * tags + path[i]])
            i -= 1
        }
        return path
    }
}
