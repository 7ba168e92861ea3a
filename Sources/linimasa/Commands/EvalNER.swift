import ArgumentParser
import Foundation
import LinimasaExtract
import LinimasaIngest
import LinimasaModel

/// `linimasa eval-ner`: actor recognition scored as PER/ORG/LOC named-entity
/// recognition on CoNLL/BIO gold files.
struct EvalNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-ner",
        abstract: "Score actor recognition against CoNLL/BIO named-entity gold files.",
        discussion: """
        Each FILE holds one token a line (token first, tag last, split on \
        spaces or tabs) and a blank line between sentences. Tags are BIO \
        (B-/I-); the types PER/ORG/LOC, PERSON/ORGANIZATION/LOCATION, \
        PERSON/ORGANISATION/PLACE and PPL/IND/PLC are scored as PER, ORG and \
        LOC, and every other type (EVT, FNB, QUANTITY, TIME, ...) is ignored.

        Each sentence is rebuilt by joining its tokens with spaces and read as \
        a one-sentence document with no publication date. Actor mentions \
        become names: people -> PER; states, capitals and other metonyms \
        ("Kremlin") -> LOC; organisations, groups and state bodies -> ORG; \
        titles are left out ("Menlu China Wang Yi" gives LOC "China" and PER \
        "Wang Yi"); "pasukan Rusia" gives LOC "Rusia" but "Kementerian \
        Pertahanan Rusia" is one ORG; pronouns and other references are not \
        names and are not counted.

        Prints precision, recall and F1 per label and micro-averaged over \
        labels for each file: exact (CoNLL: same tokens and label) and \
        relaxed (overlapping tokens, same label). With several files, a last \
        table pools their counts and gives the mean of the per-file exact F1.

        Examples:
          linimasa eval-ner ../shared/benchmarks/ner/idner-news-2k/test.txt
          linimasa eval-ner ../shared/benchmarks/ner/indolem-nerui/test.0{1,2,3,4,5}.tsv --json
          linimasa eval-ner gold.conll --errors | sort | uniq -c | sort -rn | head
        """
    )

    @Argument(help: ArgumentHelp("CoNLL/BIO gold files.", valueName: "file"))
    var files: [String]

    @Flag(name: .long, help: "Print one JSON object per file (and one for all files) instead of tables.")
    var json = false

    @Flag(name: .long, help: "Print each missed gold entity and each spurious prediction (file, miss|spurious, label, text) instead of scores.")
    var errors = false

    mutating func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one gold file.") }
    }

    func run() throws {
        let evaluator = try NEREvaluator()
        var total = NERScore()
        var f1s: [Double] = []
        for path in files {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                printError("linimasa: error: \(path): cannot read the file as UTF-8")
                throw ExitCode(1)
            }
            let sentences = CoNLLReader.parse(text)
            if errors {
                for s in sentences {
                    for e in evaluator.errors(s) { print("\(path)\t\(e.kind)\t\(e.label.rawValue)\t\(e.text)") }
                }
                continue
            }
            let score = evaluator.evaluate(sentences)
            total.merge(score)
            f1s.append(score.exactMicro.f1)
            emit(path, score)
        }
        if files.count > 1, !errors {
            emit("all \(files.count) files (pooled counts)", total, meanF1: f1s.reduce(0, +) / Double(f1s.count))
        }
    }

    func emit(_ name: String, _ score: NERScore, meanF1: Double? = nil) {
        if json {
            var w = JSONWriter()
            EvalNER.write(name, score, meanF1: meanF1, to: &w)
            print(String(decoding: w.bytes, as: UTF8.self))
        } else {
            print(EvalNER.table(name, score, meanF1: meanF1))
        }
    }

    static func pct(_ x: Double) -> String { String(format: "%5.1f", x * 100) }

    /// A plain-text table: one row per label and one for the micro average.
    static func table(_ name: String, _ score: NERScore, meanF1: Double?) -> String {
        var lines = ["\(name): \(score.sentences) sentences",
                     "label   gold  pred | exact P     R    F1 | relaxed P     R    F1"]
        let rows = NERLabel.allCases.map { ($0.rawValue, score.exact[$0] ?? NERCounts(), score.relaxed[$0] ?? NERCounts()) }
            + [("micro", score.exactMicro, score.relaxedMicro)]
        for (label, e, r) in rows {
            let head = label.padding(toLength: 5, withPad: " ", startingAt: 0)
            lines.append("\(head) \(String(format: "%6d %5d", e.gold, e.predicted)) |   "
                + "\(pct(e.precision)) \(pct(e.recall)) \(pct(e.f1)) |     "
                + "\(pct(r.precision)) \(pct(r.recall)) \(pct(r.f1))")
        }
        if let meanF1 { lines.append("mean of per-file exact micro F1: \(pct(meanF1))") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func write(_ name: String, _ score: NERScore, meanF1: Double?, to w: inout JSONWriter) {
        func counts(_ c: NERCounts) {
            w.beginObject()
            w.key("gold"); w.int(c.gold)
            w.key("predicted"); w.int(c.predicted)
            w.key("matched_gold"); w.int(c.matchedGold)
            w.key("matched_predicted"); w.int(c.matchedPredicted)
            w.key("precision"); w.value(.number(String(format: "%.4f", c.precision)))
            w.key("recall"); w.value(.number(String(format: "%.4f", c.recall)))
            w.key("f1"); w.value(.number(String(format: "%.4f", c.f1)))
            w.endObject()
        }
        w.beginObject()
        w.key("file"); w.string(name)
        w.key("sentences"); w.int(score.sentences)
        for (key, table, micro) in [("exact", score.exact, score.exactMicro), ("relaxed", score.relaxed, score.relaxedMicro)] {
            w.key(key)
            w.beginObject()
            for label in NERLabel.allCases { w.key(label.rawValue); counts(table[label] ?? NERCounts()) }
            w.key("micro"); counts(micro)
            w.endObject()
        }
        if let meanF1 { w.key("mean_exact_f1"); w.value(.number(String(format: "%.4f", meanF1))) }
        w.endObject()
    }
}
