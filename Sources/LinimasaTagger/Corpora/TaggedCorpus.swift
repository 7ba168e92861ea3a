public import Foundation
import LinimasaModel

/// A sentence with a part-of-speech tag for each word.
public struct POSSentence: Hashable, Sendable {
    public var words: [String]
    public var tags: [UPOS]
    /// The tagging conventions the sentence was annotated by (a treebank's
    /// name, such as "gsd"), or nil where they are not told apart.
    public var convention: String?

    public init(words: [String], tags: [UPOS], convention: String? = nil) {
        precondition(words.count == tags.count)
        self.words = words
        self.tags = tags
        self.convention = convention
    }
}

/// A sentence with its names.
public struct NameSentence: Hashable, Sendable {
    public var words: [String]
    public var names: [NameSpan]

    public init(words: [String], names: [NameSpan]) {
        self.words = words
        self.names = names
    }
}

/// Readers of the training and test files.
public enum TaggedCorpus {
    /// Reads the words and UPOS tags of a CoNLL-U file. Multi-word token
    /// lines (`3-4`) and empty nodes (`5.1`) are skipped: the tagger sees
    /// syntactic words, as UD's UPOS scores do. `input` names the file in errors.
    public static func conllu(_ text: String, input: String) throws -> [POSSentence] {
        try posSentences(text, isBreak: { $0.allSatisfy(\.isWhitespace) }) { line, lineNumber in
            if line.hasPrefix("#") { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 4 else {
                throw LanguageDataError(.badRecord, path: input, line: lineNumber, reason: "a CoNLL-U word line needs at least 4 tab-separated fields")
            }
            if fields[0].contains("-") || fields[0].contains(".") { return nil }
            guard let tag = UPOS(rawValue: String(fields[3])) else {
                throw LanguageDataError(.badRecord, path: input, line: lineNumber, reason: "unknown UPOS tag \"\(fields[3])\"")
            }
            return (String(fields[1]), tag)
        }
    }

    /// Reads the words and UPOS tags of a column file: a word a line,
    /// its UPOS tag in the second column (split on spaces or tabs), a blank
    /// line between sentences, as idner-news-2k gives the tags of an
    /// automatic tagger beside its names. `input` names the file in errors.
    public static func posColumns(_ text: String, input: String) throws -> [POSSentence] {
        func fields(_ line: Substring) -> [Substring] { line.split(whereSeparator: { $0 == " " || $0 == "\t" }) }
        return try posSentences(text, isBreak: { let f = fields($0); return f.isEmpty || f[0] == "-DOCSTART-" }) { line, lineNumber in
            let f = fields(line)
            guard f.count >= 2, let tag = UPOS(rawValue: String(f[1])) else {
                throw LanguageDataError(.badRecord, path: input, line: lineNumber, reason: "a line needs a word and a UPOS tag")
            }
            return (String(f[0]), tag)
        }
    }

    /// Sentences of a one-word-a-line file: a line for which `isBreak` holds
    /// ends the sentence; `read` gives a line's word and tag, or nil to skip
    /// the line, and is told the 1-based line number for its errors.
    static func posSentences(_ text: String, isBreak: (Substring) -> Bool,
                             read: (Substring, Int) throws -> (String, UPOS)?) throws -> [POSSentence] {
        var out: [POSSentence] = []
        var words: [String] = [], tags: [UPOS] = []
        var lineNumber = 0
        func flush() {
            if !words.isEmpty { out.append(POSSentence(words: words, tags: tags)) }
            words = []
            tags = []
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if isBreak(line) { flush(); continue }
            guard let (word, tag) = try read(line, lineNumber) else { continue }
            words.append(word)
            tags.append(tag)
        }
        flush()
        return out
    }

    /// Reads a CoNLL-style BIO file: a word a line (word first, tag last,
    /// split on spaces or tabs), a blank line between sentences. Tags are
    /// `O`, `B-TYPE`, `I-TYPE` (also `E-`, `S-`, and a bare `TYPE` read as
    /// `I-`); an `I-` that does not continue a name of its kind starts one,
    /// as in conlleval. Types `NameKind(goldType:)` does not know are `O`.
    public static func bio(_ text: String) -> [NameSentence] {
        var out: [NameSentence] = []
        var words: [String] = [], tags: [Substring] = []
        func flush() {
            if !words.isEmpty { out.append(NameSentence(words: words, names: names(tags))) }
            words = []
            tags = []
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty || fields[0] == "-DOCSTART-" { flush(); continue }
            words.append(String(fields[0]))
            tags.append(fields.count > 1 ? fields[fields.count - 1] : "O")
        }
        flush()
        return out
    }

    /// Reads a file with `conllu` or `bio`, naming the file in errors.
    public static func read<T>(_ url: URL, _ parse: (String) throws -> T) throws -> T {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw LanguageDataError(.unreadable, path: url.path, reason: "cannot read the file as UTF-8")
        }
        return try parse(text)
    }

    static func names(_ tags: [Substring]) -> [NameSpan] {
        var out: [NameSpan] = []
        var open: (start: Int, kind: NameKind)?
        func close(_ end: Int) {
            if let o = open { out.append(NameSpan(o.start..<end, o.kind)) }
            open = nil
        }
        for (i, tag) in tags.enumerated() {
            var prefix: Character = "I"
            var type = tag
            if tag == "O" || tag.isEmpty { close(i); continue }
            if tag.count > 2, let dash = tag.firstIndex(of: "-"), tag.distance(from: tag.startIndex, to: dash) == 1,
               "BIES".contains(tag[tag.startIndex]) {
                prefix = tag[tag.startIndex]
                type = tag[tag.index(after: dash)...]
            }
            guard let kind = NameKind(goldType: String(type)) else { close(i); continue }
            if prefix == "B" || prefix == "S" || open?.kind != kind { close(i); open = (i, kind) }
            if prefix == "E" || prefix == "S" { close(i + 1) }
        }
        close(tags.count)
        return out
    }
}
