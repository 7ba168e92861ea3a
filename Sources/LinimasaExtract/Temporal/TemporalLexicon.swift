import Foundation
import LinimasaModel
import LinimasaLanguage

/// A calendar or clock unit that counts and shifts apply to.
enum TimeUnit: String, Sendable, Hashable {
    case day = "D", week = "W", month = "M", year = "Y"
    case decade = "DE", century = "CE", windu = "WINDU"
    case hour = "H", minute = "MIN", second = "S"

    /// True for hours, minutes and seconds (ISO 8601 `PT…` durations).
    var isClock: Bool { self == .hour || self == .minute || self == .second }
}

/// A part of a period: "awal", "pertengahan", "akhir".
enum PeriodPart: String, Sendable, Hashable { case start = "START", mid = "MID", end = "END" }

/// What a fixed relative phrase ("kemarin", "saat ini", "tadi malam") means.
enum RelativeMeaning: Sendable, Hashable {
    /// A day this many days from the DCT.
    case day(Int)
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    case reference(String)
    /// A part of a day this many days from the DCT.
    case time(Int, String)
    /// The day last mentioned in the text.
    case anchorDay
    /// The week, month or year so many periods from the DCT's, for
    /// languages that put the shift first ("last week" → W -1).
    case period(TimeUnit, Int)
}

/// A number word's role in a spelled-out count.
enum NumberWord: Sendable, Hashable {
    case value(Int), teen, multiplier(Int), approximate
}

/// The normalisation tables of `Resources/id/temporal/`, loaded once into
/// keyed dictionaries. Multi-word phrases are keyed by their words joined
/// with single spaces; `maxPhraseWords` bounds the lookahead.
struct TemporalLexicon: Sendable {
    var months: [String: Int] = [:]
    var weekdays: [String: Int] = [:]
    var numbers: [String: NumberWord] = [:]
    var units: [String: TimeUnit] = [:]
    var parts: [String: PeriodPart] = [:]
    var dayparts: [String: String] = [:]
    var relative: [String: RelativeMeaning] = [:]
    var shifts: [String: Int] = [:]
    var tense: [String: Bool] = [:]  // true = future
    var seasons: [String: String] = [:]
    var quarterWords: [String: Int] = [:]  // months a quarter word spans
    var ordinals: [String: Int] = [:]
    var anchorShifts: [String: Int] = [:]  // -1 before, 1 after the anchor day
    var maxPhraseWords = 1
    /// Every key of the phrase tables (`dayparts`, `relative`, `shifts`,
    /// `seasons`) and every run of its leading words: a phrase lookup stops
    /// as soon as the words read so far start no key.
    var phrasePrefixes: Set<String> = []

    // The word classes of `words.tsv`, which the rules read by name.
    var clauseBreaks: Set<String> = []
    var notWeekdayAfter: Set<String> = []
    var dateLeadIns: Set<String> = []
    var countNouns: Set<String> = []
    var notYearAfter: Set<String> = []
    var shortFullMonths: Set<String> = []
    var countModifiers: Set<String> = []
    var countModifierPairs: Set<String> = []
    var setWords: Set<String> = []
    var clockWords: Set<String> = []
    var approximators: Set<String> = []
    var zones: Set<String> = []
    var dayPartLeadIns: Set<String> = []
    var yearFollowers: Set<String> = []
    var countLeadIns: Set<String> = []
    var dayNumberLeadIns: Set<String> = []
    var weekOrSunday: Set<String> = []
    var unitSuffixes: Set<String> = []
    var halfWords: Set<String> = []
    var onePrefixes: Set<String> = []
    var repeatPrefixes: Set<String> = []
    var vagueSpans: Set<String> = []
    var moreWords: Set<String> = []
    var recentWords: Set<String> = []
    var aheadPhrases: Set<String> = []
    var perWords: Set<String> = []
    var ordinalPrefixes: Set<String> = []
    var yearNouns: Set<String> = []
    var yearLeadIns: Set<String> = []
    var notYearLeadIns: Set<String> = []
    var decadeSuffixes: Set<String> = []
    var notRelativePairs: Set<String> = []
    var nextDayPhrases: Set<String> = []
    var notPeriodAnchors: Set<String> = []
    var notTrailingShifts: Set<String> = []
    var thatWords: Set<String> = []
    var thisWords: Set<String> = []
    var thisThatWords: Set<String> = []
    var dayNouns: Set<String> = []
    var monthNouns: Set<String> = []
    var earlyNightWords: Set<String> = []
    var weekdayLeadIns: Set<String> = []
    var shortMonthForms: Set<String> = []

    static var wordClasses: [String: WritableKeyPath<TemporalLexicon, Set<String>>] { [
        "clauseBreaks": \.clauseBreaks,
        "notWeekdayAfter": \.notWeekdayAfter,
        "dateLeadIns": \.dateLeadIns,
        "countNouns": \.countNouns,
        "notYearAfter": \.notYearAfter,
        "shortFullMonths": \.shortFullMonths,
        "countModifiers": \.countModifiers,
        "countModifierPairs": \.countModifierPairs,
        "setWords": \.setWords,
        "clockWords": \.clockWords,
        "approximators": \.approximators,
        "zones": \.zones,
        "dayPartLeadIns": \.dayPartLeadIns,
        "yearFollowers": \.yearFollowers,
        "countLeadIns": \.countLeadIns,
        "dayNumberLeadIns": \.dayNumberLeadIns,
        "weekOrSunday": \.weekOrSunday,
        "unitSuffixes": \.unitSuffixes,
        "halfWords": \.halfWords,
        "onePrefixes": \.onePrefixes,
        "repeatPrefixes": \.repeatPrefixes,
        "vagueSpans": \.vagueSpans,
        "moreWords": \.moreWords,
        "recentWords": \.recentWords,
        "aheadPhrases": \.aheadPhrases,
        "perWords": \.perWords,
        "ordinalPrefixes": \.ordinalPrefixes,
        "yearNouns": \.yearNouns,
        "yearLeadIns": \.yearLeadIns,
        "notYearLeadIns": \.notYearLeadIns,
        "decadeSuffixes": \.decadeSuffixes,
        "notRelativePairs": \.notRelativePairs,
        "nextDayPhrases": \.nextDayPhrases,
        "notPeriodAnchors": \.notPeriodAnchors,
        "notTrailingShifts": \.notTrailingShifts,
        "thatWords": \.thatWords,
        "thisWords": \.thisWords,
        "thisThatWords": \.thisThatWords,
        "dayNouns": \.dayNouns,
        "monthNouns": \.monthNouns,
        "earlyNightWords": \.earlyNightWords,
        "weekdayLeadIns": \.weekdayLeadIns,
        "shortMonthForms": \.shortMonthForms,
    ] }

    init(profile: LanguageProfile) throws {
        func rows(_ name: String, _ n: Int = 2) throws -> [TableRow] {
            try profile.data.table(profile.path("temporal/" + name), minimumFields: n)
        }
        // Tables a language may do without: no quarter words, no anchor words.
        func optionalRows(_ name: String) throws -> [TableRow] {
            let path = profile.path("temporal/" + name)
            guard FileManager.default.fileExists(atPath: profile.data.url(path).path) else { return [] }
            return try profile.data.table(path)
        }
        func bad(_ name: String, _ row: TableRow, _ why: String) -> LanguageDataError {
            LanguageDataError(path: profile.path("temporal/" + name), line: row.line, reason: why)
        }
        // The calendar words are the table ingestion's date finder reads too.
        let calendar = try CalendarWords(data: profile.data, language: profile.code)
        months = calendar.months
        weekdays = calendar.weekdays
        for r in try rows("numbers.tsv", 3) {
            switch r[1] {
            case "digit":
                guard let v = Int(r[2]) else { throw bad("numbers.tsv", r, "digit needs a number") }
                numbers[r[0]] = .value(v)
            case "teen": numbers[r[0]] = .teen
            case "mult":
                guard let v = Int(r[2]) else { throw bad("numbers.tsv", r, "mult needs a number") }
                numbers[r[0]] = .multiplier(v)
            case "approx": numbers[r[0]] = .approximate
            default: throw bad("numbers.tsv", r, "unknown kind \(r[1])")
            }
        }
        for r in try rows("units.tsv") {
            guard let u = TimeUnit(rawValue: r[1]) else { throw bad("units.tsv", r, "unknown unit \(r[1])") }
            units[r[0]] = u
        }
        for r in try rows("parts.tsv") {
            guard let p = PeriodPart(rawValue: r[1]) else { throw bad("parts.tsv", r, "unknown part \(r[1])") }
            parts[r[0]] = p
        }
        for (phrase, code) in calendar.dayParts { dayparts[phrase] = code; note(phrase) }
        for r in try rows("relative.tsv", 3) {
            switch r[1] {
            case "day":
                guard let n = Int(r[2]) else { throw bad("relative.tsv", r, "day needs an offset") }
                relative[r[0]] = .day(n)
            case "ref": relative[r[0]] = .reference(r[2])
            case "time":
                let f = r[2].split(separator: " ")
                guard f.count == 2, let n = Int(f[0]) else { throw bad("relative.tsv", r, "time needs 'offset code'") }
                relative[r[0]] = .time(n, String(f[1]))
            case "anchor": relative[r[0]] = .anchorDay
            case "period":
                let f = r[2].split(separator: " ")
                guard f.count == 2, let u = TimeUnit(rawValue: String(f[0])), TimexScanner.periodUnits.contains(u),
                      let n = Int(f[1]) else {
                    throw bad("relative.tsv", r, "period needs 'unit shift' (W, M, Y, DE or CE)")
                }
                relative[r[0]] = .period(u, n)
            default: throw bad("relative.tsv", r, "unknown kind \(r[1])")
            }
            note(r[0])
        }
        for r in try rows("shifts.tsv") {
            guard let s = Int(r[1]) else { throw bad("shifts.tsv", r, "shift must be an integer") }
            shifts[r[0]] = s
            note(r[0])
        }
        for r in try rows("tense.tsv") { tense[r[0]] = r[1] == "future" }
        for r in try rows("seasons.tsv") { seasons[r[0]] = r[1]; note(r[0]) }
        for r in try optionalRows("quarters.tsv") {
            guard let m = Int(r[1]), m == 3 || m == 6 else { throw bad("quarters.tsv", r, "months must be 3 or 6") }
            quarterWords[r[0]] = m
        }
        for r in try optionalRows("ordinals.tsv") {
            guard let n = Int(r[1]), n > 0 else { throw bad("ordinals.tsv", r, "value must be a positive number") }
            ordinals[r[0]] = n
        }
        for r in try optionalRows("anchors.tsv") {
            guard let d = Int(r[1]), d == -1 || d == 1 else { throw bad("anchors.tsv", r, "direction must be -1 or 1") }
            anchorShifts[r[0]] = d
        }
        for r in try rows("words.tsv") {
            guard let path = TemporalLexicon.wordClasses[r[0]] else { throw bad("words.tsv", r, "unknown word class \(r[0])") }
            self[keyPath: path].formUnion(r[1].split(separator: "|").map(String.init))
        }
        for key in [Array(dayparts.keys), Array(relative.keys), Array(shifts.keys), Array(seasons.keys)].joined() {
            let words = key.split(separator: " ", omittingEmptySubsequences: false)
            for n in 1...words.count { phrasePrefixes.insert(words[..<n].joined(separator: " ")) }
        }
    }

    private mutating func note(_ phrase: String) {
        maxPhraseWords = max(maxPhraseWords, phrase.split(separator: " ").count)
    }
}
