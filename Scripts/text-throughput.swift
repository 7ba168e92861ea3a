// Hand-run throughput check for the sentence splitter and tokenizer (not a
// unit test). It compiles the Text sources directly, so it needs neither
// libxml2 nor a release build of the whole package:
//
//   swiftc -O -wmo -parse-as-library -module-name TextBench \
//     Sources/LinimasaIngest/Text/*.swift Scripts/text-throughput.swift -o /tmp/text-bench
//   /tmp/text-bench ../shared/corpus/indonesian-news.jsonl
//
// Reads the "text" field of every JSON line (Foundation is fine here, outside
// the measured loop), then times SentenceSplitter.split and Tokenizer.tokenize
// over all texts, best of five rounds, and prints MB/s.
import Foundation

@main
struct TextThroughput {
    static func main() throws {
        let path = CommandLine.arguments.dropFirst().first ?? "../shared/corpus/indonesian-news.jsonl"
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var texts: [[UInt8]] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = obj["text"] as? String else { continue }
            texts.append(Array(text.utf8))
        }
        let bytes = texts.reduce(0) { $0 + $1.count }
        print("\(texts.count) texts, \(bytes) bytes")

        func measure(_ name: String, _ body: ([UInt8]) -> Int) {
            var best = Double.infinity
            var items = 0
            for _ in 0..<5 {
                let t0 = DispatchTime.now().uptimeNanoseconds
                items = 0
                for t in texts { items &+= body(t) }
                let dt = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
                best = min(best, dt)
            }
            let mbs = Double(bytes) / 1e6 / best
            print("\(name): \(items) items, \(String(format: "%.3f", best)) s, \(String(format: "%.0f", mbs)) MB/s")
        }
        measure("split") { SentenceSplitter.split($0, regions: [0..<$0.count]).count }
        measure("tokenize") { Tokenizer.tokenize($0, range: 0..<$0.count).count }
        measure("split+tokenize") { t in
            var n = 0
            for s in SentenceSplitter.split(t, regions: [0..<t.count]) { n += Tokenizer.tokenize(t, range: s).count }
            return n
        }
    }
}
