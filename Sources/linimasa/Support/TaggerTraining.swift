import Foundation
import LinimasaLanguage
import LinimasaModel
import LinimasaTagger

/// What `linimasa train` trains the shipped models on, read from
/// `../shared` (or `--shared DIR`), and the gazetteer and corpus word
/// tables the taggers use as features.
enum TaggerTraining {
    /// The fair UD split (benchmarks/ud/README.md): train on GSD dev, CSUI
    /// train and PUD; GSD test and CSUI test stay unseen.
    static let posTraining = [
        "benchmarks/ud/gsd/id_gsd-ud-dev.conllu",
        "benchmarks/ud/gsd/id_gsd-ud-dev.conllu",
        "benchmarks/ud/gsd/id_gsd-ud-dev.conllu",
        "benchmarks/ud/gsd/id_gsd-ud-dev.conllu",
        "benchmarks/ud/csui/id_csui-ud-train.conllu",
        "benchmarks/ud/pud/id_pud-ud-test.conllu",
    ]
    static let posTests = [
        "benchmarks/ud/gsd/id_gsd-ud-test.conllu",
        "benchmarks/ud/csui/id_csui-ud-test.conllu",
    ]
    /// The shipped name model: the training and development splits of
    /// idner-news-2k, NERGrit and NER-UI fold 1, so that idner test,
    /// NERGrit test and NER-UI test.01 stay unseen. NER-UGM is left out
    /// because it shares sentences with idner-news-2k's test set, and NERP
    /// because it is lower-cased and tagged on other lines.
    static let nameTraining = [
        "benchmarks/ner/idner-news-2k/train.txt",
        "benchmarks/ner/idner-news-2k/dev.txt",
        "benchmarks/ner/indonlu-nergrit/train_preprocess.txt",
        "benchmarks/ner/indonlu-nergrit/valid_preprocess.txt",
        "benchmarks/ner/indolem-nerui/train.01.tsv",
        "benchmarks/ner/indolem-nerui/dev.01.tsv",
    ]
    static let nameTests = [
        "benchmarks/ner/idner-news-2k/test.txt",
        "benchmarks/ner/indonlu-nergrit/test_preprocess.txt",
        "benchmarks/ner/indolem-nerui/test.01.tsv",
    ]
    /// Unlabeled news for the capitalisation table.
    static let corpus = "corpus/indonesian-news.jsonl"

    /// The English part-of-speech model: EWT train (the UD README's
    /// suggested split); EWT test and English PUD stay unseen.
    static let englishPOSTraining = ["benchmarks/ud-en/ewt/en_ewt-ud-train.conllu"]
    static let englishPOSTests = [
        "benchmarks/ud-en/ewt/en_ewt-ud-test.conllu",
        "benchmarks/ud-en/pud/en_pud-ud-test.conllu",
    ]
    static let englishCorpus = "corpus/english-news.jsonl"

    /// Sentences with UPOS tags: CoNLL-U files (`.conllu`), or column
    /// files with the tag in the second column. With `conventions`, each
    /// CoNLL-U file's sentences are marked with the tagging conventions of
    /// their treebank, named by the file's folder (`ud/gsd/…` → "gsd").
    static func posSentences(_ files: [String], shared: String, conventions: Bool = false) throws -> [POSSentence] {
        try files.flatMap { f in
            let url = URL(fileURLWithPath: shared).appendingPathComponent(f)
            if url.pathExtension == "conllu" {
                let sentences = try TaggedCorpus.read(url) { try TaggedCorpus.conllu($0, input: url.path) }
                guard conventions else { return sentences }
                let treebank = url.deletingLastPathComponent().lastPathComponent
                return sentences.map { s in
                    var s = s
                    s.convention = treebank
                    return s
                }
            }
            return try TaggedCorpus.read(url) { try TaggedCorpus.posColumns($0, input: url.path) }
        }
    }

    /// The treebank whose conventions a CoNLL-U file follows, from its name
    /// as UD names its files (`id_gsd-ud-test.conllu` → "gsd"), or nil.
    static func treebank(ofFile path: String) -> String? {
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard let underscore = name.firstIndex(of: "_"), let dash = name.range(of: "-ud-") else { return nil }
        let treebank = name[name.index(after: underscore)..<dash.lowerBound]
        return treebank.isEmpty ? nil : String(treebank)
    }

    static func nameSentences(_ files: [String], shared: String) throws -> [NameSentence] {
        try files.flatMap { f in
            try TaggedCorpus.read(URL(fileURLWithPath: shared).appendingPathComponent(f), TaggedCorpus.bio)
        }
    }

    /// How often each word is capitalised mid-sentence in the news corpus
    /// (the `text` of each JSON line), and its usual neighbours.
    static func corpusTables(shared: String, corpus: String = corpus) throws -> CorpusTables {
        let path = URL(fileURLWithPath: shared).appendingPathComponent(corpus)
        guard let data = try? Data(contentsOf: path) else {
            throw LanguageDataError(.unreadable, path: path.path, reason: "cannot read the corpus")
        }
        var texts: [String] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            lineNumber += 1
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw LanguageDataError(.badRecord, path: path.path, line: lineNumber, reason: "not a JSON object")
            }
            if let text = object["text"] as? String { texts.append(text) }
        }
        return CorpusTables(texts: texts)
    }

    /// The gazetteer's names as phrases in four classes (person,
    /// organisation, location, title), words split on spaces.
    static func phrases(_ data: LanguageData) throws -> PhraseTable {
        let gazetteer = try Gazetteer.load(from: data)
        var table = PhraseTable()
        func add(_ phrase: String, _ cls: String) {
            table.add(phrase.split(separator: " ").map(String.init), to: cls)
        }
        for entry in gazetteer.entries {
            let cls: String
            switch entry.kind {
            case .person: cls = "person"
            case .country: cls = "location"
            case .organisation, .group, .military, .government: cls = "organisation"
            }
            for name in entry.aliases { add(name, cls) }
            for place in entry.metonyms { add(place, "location") }
        }
        for row in try data.table("\(Gazetteer.folder)/titles.tsv") { add(row[0], "title") }
        for row in try data.table("\(Gazetteer.folder)/organisation-heads.tsv", minimumFields: 1) { add(row[0], "organisation-head") }
        return table
    }
}
