import ArgumentParser
import Foundation
import LinimasaIngest
import LinimasaModel
import LinimasaLanguage
import LinimasaTagger

/// `linimasa eval-pos`: UPOS accuracy of the part-of-speech tagger on
/// CoNLL-U files.
struct EvalPOS: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-pos",
        abstract: "Score the part-of-speech tagger against CoNLL-U files (UPOS accuracy).",
        discussion: """
        Tags the words of each sentence (syntactic words: multi-word token \
        lines are skipped) and prints the share of UPOS tags that match, per \
        file, beside the published figure of UDPipe 2 where one is known \
        (GSD 0.948, CSUI 0.965; trained on about twice our data).

        Examples:
          linimasa eval-pos ../shared/benchmarks/ud/gsd/id_gsd-ud-test.conllu \\
              ../shared/benchmarks/ud/csui/id_csui-ud-test.conllu
          linimasa eval-pos test.conllu --model /tmp/models/pos.model --json
          linimasa eval-pos test.conllu --errors | cut -f3,4 | sort | uniq -c \\
              | sort -rn | head
        """
    )

    @Argument(help: ArgumentHelp("CoNLL-U files.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("The model to score (default: the shipped one).", valueName: "file"))
    var model: String?

    @Option(help: ArgumentHelp("Tag by these conventions (a treebank the model was trained on, e.g. gsd; none: those all share). Default: the treebank the file is named after (id_gsd-ud-test.conllu → gsd) when the model knows it.", valueName: "name"))
    var convention: String?

    @Flag(name: .long, help: "Print one JSON object per file: file, tokens, accuracy.")
    var json = false

    @Flag(name: .long, help: "Print each wrongly tagged word (file, word, gold tag, predicted tag) instead of scores.")
    var errors = false

    mutating func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one CoNLL-U file.") }
    }

    /// UDPipe 2 (UD 2.17, gold tokenisation), by treebank file-name prefix.
    static let published = [("id_gsd", 0.948), ("id_csui", 0.965)]

    func run() throws {
        let tagger = try POSTagger(contentsOf: model.map { URL(fileURLWithPath: $0) } ?? LanguageData.bundled.posModel)
        for path in files {
            let url = URL(fileURLWithPath: path)
            let sentences = try TaggedCorpus.read(url) { try TaggedCorpus.conllu($0, input: path) }
            let wanted = convention ?? TaggerTraining.treebank(ofFile: path)
            let conventions = wanted.flatMap { tagger.knows(convention: $0) ? $0 : nil }
            if errors {
                for s in sentences {
                    for (i, tag) in tagger.tag(s.words, convention: conventions).enumerated() where tag != s.tags[i] {
                        print("\(path)\t\(s.words[i])\t\(s.tags[i].rawValue)\t\(tag.rawValue)")
                    }
                }
                continue
            }
            let score = tagger.evaluate(sentences, convention: conventions)
            let reference = EvalPOS.published.first { url.lastPathComponent.hasPrefix($0.0) }?.1
            if json {
                var w = JSONWriter()
                w.beginObject()
                w.key("file"); w.string(path)
                w.key("tokens"); w.int(score.tokens)
                w.key("accuracy"); w.value(.number(String(format: "%.4f", score.accuracy)))
                if let conventions { w.key("conventions"); w.string(conventions) }
                w.endObject()
                print(String(decoding: w.bytes, as: UTF8.self))
            } else {
                let ref = reference.map { String(format: "   (UDPipe 2: %.3f)", $0) } ?? ""
                let by = conventions.map { " by \($0) conventions" } ?? ""
                print("\(path): \(score.tokens) tokens, UPOS accuracy \(String(format: "%.4f", score.accuracy))\(by)\(ref)")
            }
        }
    }
}
