import Foundation
import LinimasaLanguage
import LinimasaModel

/// What ingestion knows of the words of each language: the function words
/// that tell prose from page furniture, the cues that tell one language from
/// another, the language's names in metadata, and the phrases of scraped
/// page furniture that the cleaner drops (link lines, bylines, credits,
/// "read more" tails).
///
/// Read from `<language>/ingest/words.tsv` and `<language>/ingest/lines.tsv`
/// of every language folder that has them. Documents are cleaned before their
/// language is known, so the phrases of all languages are taken together;
/// the cues stay per language.
struct IngestWords: Sendable {
    /// Lower-case function words of every language (prose density).
    var prose: Set<String> = []
    /// Per language, its cue words packed by `LanguageGuesser.pack`, sorted.
    var cues: [(language: String, keys: [UInt64])] = []
    /// Lower-case names and codes of a language in metadata, to its code.
    var tags: [String: String] = [:]
    /// Whole-paragraph rules, in file order (languages in code order).
    var lineRules: [LineRule] = []
    /// "Read more" tails with the reason they are dropped for.
    var tails: [(phrase: [UInt8], reason: DropReason)] = []
    /// Verbs taken along in front of a tail, each followed by a space.
    var tailVerbs: [[UInt8]] = []
    /// Openings of a photo-credit parenthetical (after the "(").
    var creditOpenings: [[UInt8]] = []
    /// Openings of a paragraph that is one credit parenthetical.
    var creditLines: [[UInt8]] = []
    /// Byline and credit openings that make a "|" line a source credit.
    var pipeCredits: [[UInt8]] = []
    /// Byline openings that may have the dateline glued to them.
    var gluedBylines: [[UInt8]] = []
    /// Link markers glued in front of a body paragraph.
    var leadingMarkers: [[UInt8]] = []
    /// Phrases after a domain and a space that mark a self-promotion blurb,
    /// each stored with its leading space.
    var portalBlurbs: [[UInt8]] = []
    /// Words, prefixes and parts of HTML class and id values that mark a
    /// boilerplate container.
    var classWords: [String] = []
    var classPrefixes: [String] = []
    var classParts: [String] = []
    /// Prompts glued into running text, matched as written (case counts).
    var inlinePrompts: [(phrase: [UInt8], reason: DropReason)] = []
    /// Openings of a bracketed embed glued into running text ("[…]").
    var inlineEmbeds: [(phrase: [UInt8], reason: DropReason)] = []

    init() {}

    /// The words of `language` in `data`.
    init(data: LanguageData, language: String) throws {
        let wordsPath = "\(language)/ingest/words.tsv"
        var cueKeys: [UInt64] = []
        for row in try data.table(wordsPath) {
            let words = row[1].split(separator: " ").map { String($0) }
            switch row[0] {
            case "prose": prose.formUnion(words)
            case "cue": cueKeys += words.map { LanguageGuesser.pack(Array($0.utf8)) }
            case "tag": for w in words { tags[w] = language }
            default:
                throw LanguageDataError(path: wordsPath, line: row.line, reason: "unknown class \"\(row[0])\"")
            }
        }
        cues = [(language, cueKeys.sorted())]

        let linesPath = "\(language)/ingest/lines.tsv"
        for row in try data.table(linesPath, minimumFields: 2) {
            let phrase = Array(row[0].lowercased().utf8)
            let options = row[3].split(separator: " ")
            func reason() throws -> DropReason {
                guard let r = DropReason(rawValue: row[2]) else {
                    throw LanguageDataError(path: linesPath, line: row.line, reason: "unknown reason \"\(row[2])\"")
                }
                return r
            }
            let spaced = options.contains("space") ? phrase + [0x20] : phrase
            switch row[1] {
            case "line":
                var maxLength = 400
                for o in options where o.hasPrefix("max=") {
                    guard let n = Int(o.dropFirst(4)), n > 0 else {
                        throw LanguageDataError(path: linesPath, line: row.line, reason: "bad option \"\(o)\"")
                    }
                    maxLength = n
                }
                lineRules.append(LineRule(lit: spaced, reason: try reason(), maxLen: maxLength,
                                          needsColon: options.contains("colon"), exact: options.contains("exact")))
            case "tail": tails.append((spaced, try reason()))
            case "tail-verb": tailVerbs.append(phrase + [0x20])
            case "credit-opening": creditOpenings.append(spaced)
            case "credit-line": creditLines.append(spaced)
            case "pipe-credit": pipeCredits.append(spaced)
            case "glued-byline": gluedBylines.append(spaced)
            case "leading-marker": leadingMarkers.append(spaced)
            case "portal-blurb": portalBlurbs.append([0x20] + spaced)
            case "class-word": classWords.append(row[0].lowercased())
            case "class-prefix": classPrefixes.append(row[0].lowercased())
            case "class-part": classParts.append(row[0].lowercased())
            case "inline-prompt": inlinePrompts.append((Array(row[0].utf8), try reason()))
            case "inline-embed":
                guard phrase.first == 0x5B else {
                    throw LanguageDataError(path: linesPath, line: row.line, reason: "an inline embed opens with \"[\"")
                }
                inlineEmbeds.append((phrase, try reason()))
            default:
                throw LanguageDataError(path: linesPath, line: row.line, reason: "unknown rule \"\(row[1])\"")
            }
        }
    }

    /// Adds `other`'s words and phrases after this one's.
    mutating func merge(_ other: IngestWords) {
        prose.formUnion(other.prose)
        cues += other.cues
        tags.merge(other.tags) { mine, _ in mine }
        lineRules += other.lineRules
        tails += other.tails
        tailVerbs += other.tailVerbs
        creditOpenings += other.creditOpenings
        creditLines += other.creditLines
        pipeCredits += other.pipeCredits
        gluedBylines += other.gluedBylines
        leadingMarkers += other.leadingMarkers
        portalBlurbs += other.portalBlurbs
        classWords += other.classWords
        classPrefixes += other.classPrefixes
        classParts += other.classParts
        inlinePrompts += other.inlinePrompts
        inlineEmbeds += other.inlineEmbeds
    }

    /// The languages of `data` that have ingestion words, in code order.
    static func languages(in data: LanguageData) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: data.directory.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: data.url("\($0)/ingest/words.tsv").path)
        }.sorted()
    }

    /// The words of every language in `data`, taken together.
    static func load(_ data: LanguageData) throws -> IngestWords {
        var all = IngestWords()
        for language in languages(in: data) {
            all.merge(try IngestWords(data: data, language: language))
        }
        return all
    }

    /// The words of every language shipped in the bundled data. The tables
    /// ship with the binary, so one that cannot be read is a broken build.
    static let shipped: IngestWords = {
        do {
            return try load(LanguageData.bundled)
        } catch {
            fatalError("Linimasa's ingestion words cannot be read: \(error)")
        }
    }()
}
