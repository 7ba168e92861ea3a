import Foundation
import Testing
import LinimasaExtract
import LinimasaIngest
import LinimasaModel

/// A transform whose cost varies a lot from input to input, so that worker
/// threads finish out of order: the sum of a SplitMix64 walk of
/// `n % 97 * 500` steps.
private func uneven(_ n: Int) -> UInt64 {
    var z = UInt64(n)
    for _ in 0..<(n % 97 * 500) {
        z &+= 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    }
    return z
}

@Test(arguments: [1, 2, 3, 8])
func orderedWorkersDeliverInInputOrder(jobs: Int) throws {
    let inputs = Array(0..<600)
    var outputs: [UInt64] = []
    try OrderedWorkers.run(jobs: jobs, window: 5, transform: uneven, deliver: { outputs.append($0) }) { submit in
        for n in inputs { try submit(n) }
    }
    #expect(outputs == inputs.map(uneven))
}

@Test func orderedWorkersKeepTheWindowBounded() throws {
    var submitted = 0, delivered = 0, widest = 0
    try OrderedWorkers.run(jobs: 3, window: 4, transform: uneven, deliver: { _ in delivered += 1 }) { submit in
        for n in 0..<400 {
            try submit(n)
            submitted += 1
            widest = max(widest, submitted - delivered)
        }
    }
    #expect(delivered == 400)
    // A submit returns only once its input fits in the window.
    #expect(widest <= 4)
}

private struct Stop: Error {}

@Test func orderedWorkersStopWhenDeliveryThrows() {
    var delivered: [Int] = []
    #expect(throws: Stop.self) {
        try OrderedWorkers.run(jobs: 2, window: 3, transform: { $0 * 2 }, deliver: { (x: Int) in
            if x == 20 { throw Stop() }
            delivered.append(x)
        }) { submit in
            for n in 0..<1000 { try submit(n) }
        }
    }
    #expect(delivered == Array(stride(from: 0, to: 20, by: 2)))
}

/// Made-up news in which the same words recur across documents, so that
/// the per-thread word memo is filled by one document and read by others.
private func madeUpDocuments() -> [Document] {
    let builder = DocumentBuilder(today: CalendarDate(year: 2026, month: 11, day: 23)!)
    let subjects = ["Rusia", "Jepang", "Filipina", "Presiden Indonesia", "Menteri luar negeri Australia"]
    let verbs = ["mengecam", "menyerang", "bertemu dengan", "menuntut", "mengkritik", "menembakkan rudal ke"]
    let objects = ["China", "Ukraina", "Korea Utara", "Malaysia", "Amerika Serikat"]
    let times = ["pada Senin (3/10/2022)", "kemarin", "pekan lalu", "awal Oktober", "dua hari kemudian"]
    return (0..<60).map { i in
        var text = ""
        for k in 0..<(1 + i % 4) {
            let n = i * 7 + k * 3
            text += "\(subjects[n % subjects.count]) \(verbs[n % verbs.count]) \(objects[(n / 2) % objects.count]) "
                + "\(times[(n / 3) % times.count]), kata pejabat-pejabat pemerintah. "
        }
        let raw = RawDocument(id: "buatan-\(i)", published: "2022-10-\(10 + i % 9)", text: text,
                              origin: InputOrigin(path: "test"))
        return builder.build(raw)
    }
}

private func json(_ x: DocumentExtraction) -> [UInt8] {
    var w = JSONWriter()
    ExtractionJSON.write(x, to: &w)
    return w.bytes
}

@Test func parallelExtractionMatchesOneThread() throws {
    let docs = madeUpDocuments()
    let extractor = sharedExtractor
    let sequential = docs.map { json(extractor.extract($0)) }
    #expect(sequential.contains { String(decoding: $0, as: UTF8.self).contains("\"cameo\"") })
    var parallel: [[UInt8]] = []
    try OrderedWorkers.run(jobs: 4, window: 6, transform: { json(extractor.extract($0)) },
                           deliver: { parallel.append($0) }) { submit in
        for d in docs { try submit(d) }
    }
    #expect(parallel == sequential)
}

@Test func wordMemoDoesNotChangeExtraction() throws {
    // A fresh extractor on this thread starts an empty memo; the shared one
    // has remembered words from the other tests. Both must agree, and so
    // must a second pass that reads everything from the memo.
    let docs = madeUpDocuments()
    let fresh = try Extractor()
    let first = docs.map { json(fresh.extract($0)) }
    let again = docs.reversed().map { json(fresh.extract($0)) }.reversed()
    #expect(first == Array(again))
    #expect(first == docs.map { json(sharedExtractor.extract($0)) })
}

@Test(arguments: [1, 3])
func orderedWorkersBarrierDeliversEveryBatchInFull(jobs: Int) throws {
    var delivered: [UInt64] = []
    var atBarriers: [Int] = []
    try OrderedWorkers.run(jobs: jobs, window: 4, transform: uneven, deliver: { delivered.append($0) },
                           produceInBatches: { submit, waitForAll in
        for batch in 0..<5 {
            for n in (batch * 37)..<((batch + 1) * 37) { try submit(n) }
            try waitForAll()
            atBarriers.append(delivered.count)
        }
    })
    #expect(atBarriers == [37, 74, 111, 148, 185])
    #expect(delivered == (0..<185).map(uneven))
}
