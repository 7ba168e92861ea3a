import Foundation

/// Word classes learned from unlabeled text, for words the labeled data
/// never showed: each word seen often enough in a corpus is described by
/// its neighbours (how much more often than chance each of the frequent
/// words, or the sentence boundary, comes just before it and just after
/// it: positive pointwise mutual information, with the context counts
/// smoothed to the power 0.75), and the words are grouped by spherical
/// k-means on those descriptions into `fine` classes, whose centres are
/// grouped again into `coarse` classes. Words used alike ("Senin" and
/// "Kamis", "menteri" and "gubernur", "membeli" and "menjual") share a
/// class, so a word the tagger never saw in training is read like the
/// words of its class that it did see.
///
/// Deterministic: the words are taken in frequency order (ties by key),
/// the first centre is the most frequent word and each next one is drawn
/// by k-means++ from a fixed seed, and every sum runs in a fixed order, so
/// the same corpus gives the same classes. Language-neutral: it reads
/// only the folded word hashes of `ContextCounter`.
enum WordClusters {
    /// A sparse unit vector: dimensions ascending, and their values.
    struct Vector {
        var dimensions: [Int32] = []
        var values: [Float] = []
    }

    /// The fine class (1…`fine`) and the coarse class (1…`coarse`) of
    /// each of the `maximumWords` most frequent targets of `counts`.
    static func tables(
        _ counts: NeighbourCounts, fine: Int = 255, coarse: Int = 32, iterations: Int = 8,
        maximumWords: Int = 50_000, seed: UInt64 = 0x434C_5553_5445_5253
    ) -> (fine: WordTable, coarse: WordTable) {
        precondition(fine > 0 && fine <= 255 && coarse > 0 && coarse <= 255)
        let vectors = descriptions(counts, maximumWords: maximumWords)
        var fineTable = WordTable(), coarseTable = WordTable()
        guard vectors.count > fine else { return (fineTable, coarseTable) }
        var generator = SeededGenerator(seed: seed)
        let (assignment, centres) = kMeans(vectors, k: fine, dimensions: dimensions, iterations: iterations, generator: &generator)
        let centreVectors = (0..<fine).map { j -> Vector in
            var v = Vector()
            for d in 0..<dimensions where centres[d * fine + j] != 0 {
                v.dimensions.append(Int32(d))
                v.values.append(centres[d * fine + j])
            }
            return v
        }
        let groups = coarse < fine
            ? kMeans(centreVectors, k: coarse, dimensions: dimensions, iterations: iterations, generator: &generator).assignment
            : Array(0..<fine)
        for (i, j) in assignment.enumerated() {
            fineTable.values[counts.targets[i]] = UInt8(j + 1)
            coarseTable.values[counts.targets[i]] = UInt8(groups[j] + 1)
        }
        return (fineTable, coarseTable)
    }

    /// Left neighbours are dimensions 0…254, right ones 255…509.
    static let dimensions = 510

    /// Each target's neighbours as a PPMI unit vector.
    static func descriptions(_ counts: NeighbourCounts, maximumWords: Int) -> [Vector] {
        let n = min(counts.targets.count, maximumWords)
        // Smoothed context totals of each side over the words described.
        var contextTotals = [Double](repeating: 0, count: dimensions)
        for i in 0..<n {
            for c in 1..<256 {
                contextTotals[c - 1] += Double(counts.left[i * 256 + c])
                contextTotals[255 + c - 1] += Double(counts.right[i * 256 + c])
            }
        }
        let smoothed = contextTotals.map { $0 > 0 ? pow($0, 0.75) : 0 }
        let leftSum = smoothed[0..<255].reduce(0, +), rightSum = smoothed[255...].reduce(0, +)
        var out: [Vector] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            var v = Vector()
            for (side, table, sum) in [(0, counts.left, leftSum), (255, counts.right, rightSum)] {
                var wordTotal = 0.0
                for c in 1..<256 { wordTotal += Double(table[i * 256 + c]) }
                guard wordTotal > 0 else { continue }
                for c in 1..<256 {
                    let x = Double(table[i * 256 + c])
                    guard x > 0 else { continue }
                    let pmi = log(x * sum / (wordTotal * smoothed[side + c - 1]))
                    if pmi > 0 {
                        v.dimensions.append(Int32(side + c - 1))
                        v.values.append(Float(pmi))
                    }
                }
            }
            normalise(&v.values)
            out.append(v)
        }
        return out
    }

    static func normalise(_ values: inout [Float]) {
        var norm: Float = 0
        for x in values { norm += x * x }
        guard norm > 0 else { return }
        let scale = 1 / norm.squareRoot()
        for i in values.indices { values[i] *= scale }
    }

    /// Spherical k-means: each vector joins the centre it has the largest
    /// dot product with; centres are the normalised sums of their members
    /// (a centre left with none keeps its place). Centres are stored
    /// dimension-major: `centres[d * k + j]`.
    static func kMeans(
        _ vectors: [Vector], k: Int, dimensions: Int, iterations: Int, generator: inout SeededGenerator
    ) -> (assignment: [Int], centres: [Float]) {
        var centres = [Float](repeating: 0, count: dimensions * k)
        func place(_ j: Int, _ v: Vector) {
            for d in 0..<dimensions { centres[d * k + j] = 0 }
            for (d, x) in zip(v.dimensions, v.values) { centres[Int(d) * k + j] = x }
        }
        // k-means++ seeding on the cosine distance 1 - similarity.
        place(0, vectors[0])
        var best = vectors.map { dot($0, centres, k: k, j: 0) }
        for j in 1..<k {
            var weights = best.map { Double(max(0, 1 - $0)) }
            for (i, w) in weights.enumerated() { weights[i] = w * w }
            let total = weights.reduce(0, +)
            var chosen = j % vectors.count
            if total > 0 {
                var r = Double(generator.next() >> 11) / Double(1 << 53) * total
                for (i, w) in weights.enumerated() {
                    r -= w
                    if r <= 0, w > 0 { chosen = i; break }
                }
            }
            place(j, vectors[chosen])
            for i in vectors.indices { best[i] = max(best[i], dot(vectors[i], centres, k: k, j: j)) }
        }
        var assignment = [Int](repeating: -1, count: vectors.count)
        var scores = [Float](repeating: 0, count: k)
        for _ in 0..<max(1, iterations) {
            var changed = false
            centres.withUnsafeBufferPointer { c in
                scores.withUnsafeMutableBufferPointer { s in
                    for (i, v) in vectors.enumerated() {
                        for j in 0..<k { s[j] = 0 }
                        for (d, x) in zip(v.dimensions, v.values) {
                            let row = c.baseAddress! + Int(d) * k
                            for j in 0..<k { s[j] += x * row[j] }
                        }
                        var arg = 0
                        for j in 1..<k where s[j] > s[arg] { arg = j }
                        if assignment[i] != arg { assignment[i] = arg; changed = true }
                    }
                }
            }
            if !changed { break }
            var sums = [Float](repeating: 0, count: dimensions * k)
            var members = [Int](repeating: 0, count: k)
            for (i, v) in vectors.enumerated() {
                let j = assignment[i]
                members[j] += 1
                for (d, x) in zip(v.dimensions, v.values) { sums[Int(d) * k + j] += x }
            }
            for j in 0..<k where members[j] > 0 {
                var norm: Float = 0
                for d in 0..<dimensions { norm += sums[d * k + j] * sums[d * k + j] }
                let scale = norm > 0 ? 1 / norm.squareRoot() : 0
                for d in 0..<dimensions { centres[d * k + j] = sums[d * k + j] * scale }
            }
        }
        return (assignment, centres)
    }

    @inline(__always)
    static func dot(_ v: Vector, _ centres: [Float], k: Int, j: Int) -> Float {
        var s: Float = 0
        for (d, x) in zip(v.dimensions, v.values) { s += x * centres[Int(d) * k + j] }
        return s
    }
}
