import Foundation

/// Made-up Indonesian-style news for load and crash tests: short articles
/// in which one country criticises, meets or attacks another, so that
/// extraction finds actors and events in each. Deterministic for a count.
enum SyntheticCorpus {
    static let countries = [
        "Indonesia", "Malaysia", "Singapura", "Australia", "Jepang",
        "China", "Rusia", "Filipina", "Vietnam", "Thailand",
    ]
    static let clauses = [
        "%@ mengecam %@ atas pelanggaran wilayah perairan",
        "Menteri luar negeri %@ bertemu dengan duta besar %@ di Jakarta",
        "Pasukan %@ menyerang pos perbatasan %@",
        "%@ mengkritik kebijakan tarif %@",
        "Presiden %@ bertemu Perdana Menteri %@ untuk membahas perdagangan",
    ]
    static let closers = [
        "Pertemuan itu berlangsung selama dua jam.",
        "Para pejabat belum memberikan keterangan lebih lanjut.",
        "Juru bicara kementerian menyampaikan hal itu kepada wartawan.",
        "Situasi di kawasan itu dilaporkan tetap tenang.",
    ]

    /// `count` articles as JSON Lines, ids `sintetis-00000`… .
    static func jsonl(count: Int, seed: UInt64 = 0x5EED) -> String {
        var rng = seed
        func next(_ n: Int) -> Int {
            // SplitMix64: enough to vary the sentences reproducibly.
            rng &+= 0x9E37_79B9_7F4A_7C15
            var z = rng
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
        var lines: [String] = []
        lines.reserveCapacity(count)
        for i in 0..<count {
            var sentences: [String] = []
            for _ in 0..<(2 + next(3)) {
                let a = countries[next(countries.count)]
                var b = countries[next(countries.count)]
                if b == a { b = countries[(countries.firstIndex(of: a)! + 1) % countries.count] }
                sentences.append(String(format: clauses[next(clauses.count)], a, b) + " pada Senin.")
            }
            sentences.append(closers[next(closers.count)])
            let id = "sintetis-" + String(format: "%05d", i)
            let object: [String: Any] = [
                "id": id,
                "outlet": "warta-sintetis",
                "url": "https://warta.example/\(id)",
                "published": "2024-03-\(String(format: "%02d", 1 + i % 28))",
                "language": "id",
                "title": "Berita sintetis \(i)",
                "text": sentences.joined(separator: " "),
            ]
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
