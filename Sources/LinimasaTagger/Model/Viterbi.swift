/// Exact first-order decoding: the tag sequence with the highest sum of
/// word scores and tag-transition scores.
enum Viterbi {
    /// `emit[i * tags + t]`: score of tag `t` at word `i`.
    /// `transitions[(p + 1) * tags + t]`: score of `t` after `p`; row 0 is
    /// the score of `t` at the start of the sentence.
    /// Ties go to the lower tag index, so decoding is deterministic.
    ///
    /// Each word's best predecessors are found with the previous tag in
    /// the outer loop and the tag in the inner one, so that the inner loop
    /// reads one transition row straight through and keeps no running
    /// maximum in registers across tags; a later predecessor replaces an
    /// earlier one only when it scores strictly more, which gives the
    /// lower index on ties as a search over predecessors would.
    static func decode(words n: Int, tags: Int, emit: [Int], transitions: [Int]) -> [Int] {
        if n == 0 || tags == 0 { return [Int](repeating: 0, count: n) }
        var score = [Int](repeating: 0, count: n * tags)
        var back = [Int32](repeating: 0, count: n * tags)
        score.withUnsafeMutableBufferPointer { score in
            back.withUnsafeMutableBufferPointer { back in
                emit.withUnsafeBufferPointer { emit in
                    transitions.withUnsafeBufferPointer { transitions in
                        let score = score.baseAddress!, back = back.baseAddress!
                        let emit = emit.baseAddress!, transitions = transitions.baseAddress!
                        for t in 0..<tags { score[t] = emit[t] + transitions[t] }
                        for i in stride(from: 1, to: n, by: 1) {
                            let current = score + i * tags, previous = score + (i - 1) * tags
                            let from = back + i * tags
                            let first = previous[0], row = transitions + tags
                            for t in 0..<tags {
                                current[t] = first + row[t]
                                from[t] = 0
                            }
                            for p in stride(from: 1, to: tags, by: 1) {
                                let before = previous[p], row = transitions + (p + 1) * tags
                                let index = Int32(p)
                                for t in 0..<tags {
                                    let s = before + row[t]
                                    if s > current[t] {
                                        current[t] = s
                                        from[t] = index
                                    }
                                }
                            }
                            let e = emit + i * tags
                            for t in 0..<tags { current[t] += e[t] }
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
