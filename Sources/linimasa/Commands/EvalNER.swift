import ArgumentParser
import Foundation
import LinimasaExtract
import LinimasaIngest
import LinimasaLanguage
import LinimasaModel
import LinimasaTagger

/// `linimasa eval-ner`: the name tagger (or, with `--rules`, the rule-based
/// actor recognition) scored as PER/ORG/LOC named-entity recognition on
/// CoNLL/BIO gold files.
struct EvalNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-ner",
        abstract: "Score the name tagger against CoNLL/BIO named-entity gold files.",
        discussion: """
        Each FILE holds one token a line (token first, tag last, split on \
        spaces or tabs) and a blank line between sentences. Tags are BIO \
        (B-/I-); the types PER/ORG/LOC, PERSON/ORGANIZATION/LOCATION, \
        PERSON/ORGANISATION/PLACE and PPL/IND/PLC are scored as PER, ORG and \
        LOC, and every other type (EVT, FNB, QUANTITY, TIME, ...) is ignored.

        By default the learned name tagger (the shipped model, or --model) \
        tags each sentence's tokens, with part-of-speech tags from the \
        shipped part-of-speech model (or --pos-model).

        The shipped model saw the training splits of idner-news-2k, NERGrit \
        and NER-UI fold 1. The published figures come from a model trained on \
        each benchmark's own training split: --own-split does the same, \
        training a model for each FILE on the file beside it whose name has \
        "train" for "test" (test.03.tsv -> train.03.tsv, test_preprocess.txt \
        -> train_preprocess.txt), with the shipped model's gazetteer and \
        capitalisation tables. --train FILE... trains one model on the files \
        named instead.

        --rules scores the rule-based actor recognition of `extract` instead: \
        each sentence is rebuilt by joining its tokens with spaces and read \
        as a one-sentence document, and actor mentions become names (people \
        -> PER; states, capitals and metonyms -> LOC; organisations, groups \
        and state bodies -> ORG; titles left out).

        Prints precision, recall and F1 per label and micro-averaged over \
        labels for each file: exact (CoNLL: same tokens and label) and \
        relaxed (overlapping tokens, same label), and the published figures \
        for the benchmark where known (NER-UI: IndoLEM BiLSTM-CRF 0.822, \
        IndoBERT 0.901; NERGrit: XLM-R 0.791). With several files, a last \
        table pools their counts and gives the mean of the per-file exact F1.

        Examples:
          linimasa eval-ner ../shared/benchmarks/ner/idner-news-2k/test.txt
          linimasa eval-ner --own-split \\
              ../shared/benchmarks/ner/indolem-nerui/test.0{1,2,3,4,5}.tsv
          linimasa eval-ner --train my-train.txt my-test.txt --json
          linimasa eval-ner gold.conll --errors | sort | uniq -c | sort -rn | head
        """
    )

    @Argument(help: ArgumentHelp("CoNLL/BIO gold files.", valueName: "file"))
    var files: [String]

    @Flag(name: .long, help: "Print one JSON object per file (and one for all files) instead of tables.")
    var json = false

    @Flag(name: .long, help: "Print each missed gold entity and each spurious prediction (file, miss|spurious, label, text) instead of scores.")
    var errors = false

    @Option(help: ArgumentHelp("The name model to score (default: the shipped one).", valueName: "file"))
    var model: String?

    @Option(help: ArgumentHelp("The part-of-speech model whose tags the name model reads (default: the shipped one).", valueName: "file"))
    var posModel: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Train a name model on these BIO files and score it.", valueName: "file"))
    var train: [String] = []

    @Flag(help: "For each file, train a model on its benchmark's own training split (\"train\" for \"test\" in its name) and score that.")
    var ownSplit = false

    @Option(help: "Passes over the training data with --train or --own-split.")
    var epochs: Int?

    @Flag(help: "Score the rule-based actor recognition of `extract` instead of the name tagger.")
    var rules = false

    mutating func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one gold file.") }
        if ownSplit && !train.isEmpty { throw ValidationError("Give --own-split or --train, not both.") }
        if rules && (ownSplit || !train.isEmpty || model != nil) {
            throw ValidationError("--rules scores the rules: it takes no model and trains none.")
        }
    }

    /// Published exact F1, by benchmark folder.
    static let published = [
        ("indolem-nerui", "IndoLEM BiLSTM-CRF 0.822, IndoBERT 0.901 (mean of 5 folds)"),
        ("indonlu-nergrit", "XLM-R large 0.791"),
    ]

    func run() throws {
        let predict = try predictor()
        var total = NERScore()
        var f1s: [Double] = []
        for path in files {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                printError("linimasa: error: \(path): cannot read the file as UTF-8")
                throw ExitCode(1)
            }
            let sentences = CoNLLReader.parse(text)
            let tag = try predict(path)
            if errors {
                for s in sentences {
                    let predicted = Set(tag(s.tokens)), gold = Set(s.entities)
                    func words(_ e: EntitySpan) -> String { s.tokens[e.tokens].joined(separator: " ") }
                    for e in s.entities where !predicted.contains(e) { print("\(path)\tmiss\t\(e.label.rawValue)\t\(words(e))") }
                    for e in predicted.subtracting(gold).sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                        print("\(path)\tspurious\t\(e.label.rawValue)\t\(words(e))")
                    }
                }
                continue
            }
            var score = NERScore()
            for s in sentences { score.add(gold: s.entities, predicted: tag(s.tokens)) }
            total.merge(score)
            f1s.append(score.exactMicro.f1)
            emit(path, score)
            if !json, let reference = EvalNER.published.first(where: { path.contains($0.0) }) {
                print("published exact F1: \(reference.1)\n")
            }
        }
        if files.count > 1, !errors {
            emit("all \(files.count) files (pooled counts)", total, meanF1: f1s.reduce(0, +) / Double(f1s.count))
        }
    }

    /// For each file, a function from a sentence's tokens to its names.
    func predictor() throws -> (String) throws -> ([String]) -> [EntitySpan] {
        if rules {
            let evaluator = try NEREvaluator()
            return { _ in evaluator.predict }
        }
        let data = LanguageData.bundled
        let pos = try POSTagger(contentsOf: posModel.map { URL(fileURLWithPath: $0) } ?? data.posModel)
        let shipped = try NameTagger(contentsOf: model.map { URL(fileURLWithPath: $0) } ?? data.nameModel)
        func entities(_ tagger: NameTagger) -> ([String]) -> [EntitySpan] {
            { tokens in tagger.tag(tokens, pos: pos.tag(tokens)).map { EntitySpan($0.range, EvalNER.label($0.kind)) } }
        }
        func trained(on paths: [String]) throws -> NameTagger {
            let sentences = try paths.flatMap { try TaggedCorpus.read(URL(fileURLWithPath: $0), TaggedCorpus.bio) }
            return NameTagger.train(sentences, pos: pos, lexicon: shipped.lexicon, options: TaggerOptions.names(epochs: epochs))
        }
        if !train.isEmpty {
            let tagger = try trained(on: train)
            return { _ in entities(tagger) }
        }
        if ownSplit {
            return { path in
                let url = URL(fileURLWithPath: path)
                let name = url.lastPathComponent
                guard name.contains("test") else {
                    throw ValidationError("\(path): --own-split needs \"test\" in the file name to find the training split")
                }
                let trainPath = url.deletingLastPathComponent()
                    .appendingPathComponent(name.replacingOccurrences(of: "test", with: "train")).path
                return entities(try trained(on: [trainPath]))
            }
        }
        return { _ in entities(shipped) }
    }

    static func label(_ kind: NameKind) -> NERLabel {
        switch kind {
        case .person: .PER
        case .organisation: .ORG
        case .location: .LOC
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
