import ArgumentParser
import Foundation
import LinimasaLanguage
import LinimasaTagger

/// `linimasa train pos|ner`: rebuilds a shipped tagger model from `../shared`.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rebuild the part-of-speech or name tagger model from the shared benchmarks.",
        discussion: """
        pos: trains on UD Indonesian GSD dev, CSUI train and PUD (GSD and \
        CSUI test stay unseen) and writes DIR/pos.model.
        ner: trains on the training and development splits of idner-news-2k, \
        NERGrit and NER-UI fold 1, with part-of-speech tags from DIR/pos.model \
        (or --pos), the gazetteer's names and the news corpus's \
        capitalisation as features, and writes DIR/ner.model.

        Training is deterministic (a fixed seed and fixed order): the same \
        data give the same bytes. Prints each pass's training accuracy and \
        the held-out scores to standard error.

        Examples:
          linimasa train pos
          linimasa train pos --language en
          linimasa train ner --shared ../shared -o /tmp/models
        """
    )

    enum Which: String, ExpressibleByArgument, CaseIterable {
        case pos, ner
    }

    @Argument(help: "Which model: pos or ner.")
    var which: Which

    @Option(help: ArgumentHelp("The shared data folder.", valueName: "dir"))
    var shared = "../shared"

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the model (default: Resources/LANG/models).", valueName: "dir"))
    var output: String?

    @Option(help: ArgumentHelp("The language of the pos model: id or en.", valueName: "code"))
    var language = "id"

    @Option(help: ArgumentHelp("The part-of-speech model for ner (default: DIR/pos.model).", valueName: "file"))
    var pos: String?

    @Option(help: "Passes over the training data.")
    var epochs: Int?

    @Flag(inversion: .prefixedNo, help: "pos (id): mark each treebank's sentences with its tagging conventions, which the model then reads.")
    var conventions = true

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Train on these files (paths inside the shared folder; a file named twice is read twice) instead of the shipped model's.", valueName: "file"))
    var data: [String] = []

    func validate() throws {
        guard ["id", "en"].contains(language) else {
            throw ValidationError("unknown language \(language): id or en")
        }
        guard language == "id" || which == .pos else {
            throw ValidationError("only the pos model has an English training set")
        }
    }

    func run() throws {
        let output = self.output ?? "Sources/LinimasaLanguage/Resources/\(language)/models"
        let out = URL(fileURLWithPath: output)
        let english = language == "en"
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let start = Date()
        let bytes: Data
        switch which {
        case .pos:
            let sentences = try TaggerTraining.posSentences(
                !data.isEmpty ? data : english ? TaggerTraining.englishPOSTraining : TaggerTraining.posTraining, shared: shared,
                conventions: conventions && !english)
            let tables = try TaggerTraining.corpusTables(
                shared: shared, corpus: english ? TaggerTraining.englishCorpus : TaggerTraining.corpus)
            let tagger = POSTagger.train(sentences, corpus: tables, options: TaggerOptions.pos(epochs: epochs)) { epoch, accuracy in
                printError("pass \(epoch): training accuracy \(String(format: "%.4f", accuracy))")
            }
            for file in english ? TaggerTraining.englishPOSTests : TaggerTraining.posTests {
                let test = try TaggerTraining.posSentences([file], shared: shared)
                let convention = TaggerTraining.treebank(ofFile: file).flatMap { tagger.knows(convention: $0) ? $0 : nil }
                printError("\(file): UPOS accuracy \(String(format: "%.4f", tagger.evaluate(test, convention: convention).accuracy))"
                    + (convention.map { " (\($0) conventions)" } ?? ""))
                printError("\(file): UPOS accuracy \(String(format: "%.4f", tagger.evaluate(test).accuracy)) (shared conventions)")
            }
            bytes = tagger.serialized()
            try bytes.write(to: out.appendingPathComponent("pos.model"))
        case .ner:
            let posURL = pos.map { URL(fileURLWithPath: $0) } ?? out.appendingPathComponent("pos.model")
            let posTagger = try POSTagger(contentsOf: posURL)
            let sentences = try TaggerTraining.nameSentences(data.isEmpty ? TaggerTraining.nameTraining : data, shared: shared)
            // The corpus tables are those of the part-of-speech model.
            let lexicon = NameLexicon(phrases: try TaggerTraining.phrases(.bundled), corpus: posTagger.corpus)
            let tagger = NameTagger.train(sentences, pos: posTagger, lexicon: lexicon, options: TaggerOptions.names(epochs: epochs)) { epoch, accuracy in
                printError("pass \(epoch): training accuracy \(String(format: "%.4f", accuracy))")
            }
            for file in TaggerTraining.nameTests {
                let test = try TaggerTraining.nameSentences([file], shared: shared)
                printError("\(file): exact F1 \(String(format: "%.4f", tagger.evaluate(test, pos: posTagger).f1))")
            }
            bytes = tagger.serialized()
            try bytes.write(to: out.appendingPathComponent("ner.model"))
        }
        printError("wrote \(output)/\(which == .pos ? "pos" : "ner").model: \(bytes.count) bytes in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
    }
}

/// The training settings of the shipped models.
enum TaggerOptions {
    static func pos(epochs: Int?) -> TrainingOptions { TrainingOptions(epochs: epochs ?? 10, bits: 18) }
    static func names(epochs: Int?) -> TrainingOptions { TrainingOptions(epochs: epochs ?? 15, bits: 18) }
}
