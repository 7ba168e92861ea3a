import LinimasaTagger

/// Splits words that a scraper glued together when it dropped the space
/// between them ("RusiaVladimir", "Putinuntuk", "Subiantomembahas"), so a
/// name is not swallowed by its neighbours.
///
/// Language-neutral: it reads letters' case and what the language's data
/// knows — how often each word is capitalised in the news corpus (the name
/// tagger's table), the gazetteer's names — and no word of any language.
/// A word the corpus knows as it stands is never split.
///
/// - A change from a lower-case to an upper-case letter inside a word
///   ("RusiaVladimir"), or from an all-capital run to a capitalised word
///   ("RIPrabowo"), is a boundary when either side is a known word or name;
///   so is the end of an all-capital run before a frequent lower-case word
///   ("AFPmelihat").
/// - A capitalised word that is a well-known name of five letters or
///   more followed by a frequent lower-case word ("Putin" + "untuk",
///   "Rusia" + "dan") is two words.
public struct GlueSplitter: Sendable {
    /// The name tagger's corpus table: 0 for a word never seen; 1…6 the
    /// share of mid-sentence uses capitalised in sixths, plus 6 for words
    /// seen at least 50 times.
    let corpus: WordTable
    /// Every word of every gazetteer name, lower-cased.
    let nameWords: Set<String>

    public init(corpus: WordTable, nameWords: Set<String>) {
        self.corpus = corpus
        self.nameWords = nameWords
    }

    /// The parts of `word`, in order; the word alone when it is not glued.
    public func split(_ word: String) -> [Substring] {
        let whole = Substring(word)
        guard word.count >= 5, word.allSatisfy(\.isLetter), !isKnown(whole) else { return [whole] }
        return splitCase(whole).flatMap(splitSuffix)
    }

    /// Whether the corpus or the gazetteer knows `part` as a word.
    func isKnown(_ part: Substring) -> Bool {
        corpus.value(of: String(part)) > 0 || nameWords.contains(part.lowercased())
    }

    /// A known name: capitalised in most of its mid-sentence uses, or a
    /// word of a gazetteer name.
    func isName(_ part: Substring) -> Bool {
        if nameWords.contains(part.lowercased()) { return true }
        let v = corpus.value(of: String(part))
        return v > 0 && (v - 1) % 6 >= 3
    }

    /// A word of a gazetteer name, or a name the corpus writes often and
    /// nearly always capitalised.
    func isWellKnownName(_ part: Substring) -> Bool {
        if nameWords.contains(part.lowercased()) { return true }
        return corpus.value(of: String(part)) >= 11
    }

    /// A frequent word written in lower case nearly always.
    func isCommonLowerWord(_ part: Substring) -> Bool {
        let v = corpus.value(of: String(part))
        return v >= 7 && (v - 1) % 6 <= 1
    }

    /// Splits at case changes inside the word where a side is known.
    func splitCase(_ w: Substring) -> [Substring] {
        let chars = Array(w.indices)
        for n in 2..<max(2, chars.count - 1) {
            let c = w[chars[n]], before = w[chars[n - 1]]
            // "AFPmelihat": an all-capital run, then a frequent lower-case word.
            if c.isLowercase, before.isUppercase, w[..<chars[n]].allSatisfy(\.isUppercase),
               isCommonLowerWord(w[chars[n]...]), w[chars[n]...].count >= 3 {
                return [w[..<chars[n]], w[chars[n]...]]
            }
            guard c.isUppercase else { continue }
            // "RusiaVladimir": lower then upper; "RIPrabowo": the last capital of a run before a lower-case letter.
            let lowerUpper = before.isLowercase
            let acronymName = before.isUppercase && n + 1 < chars.count && w[chars[n + 1]].isLowercase
            guard lowerUpper || acronymName else { continue }
            let left = w[..<chars[n]], right = w[chars[n]...]
            guard left.count >= 2, right.count >= 2 else { continue }
            let rightParts = splitCase(right)
            let leftHead = splitSuffix(left).first ?? left, rightHead = splitSuffix(rightParts[0]).first ?? rightParts[0]
            // A short left part ("Mc" of "McDonald") must be a word itself.
            if isKnown(left) || isName(leftHead) || left.count >= 3 && (isKnown(rightHead) || isName(rightHead)) {
                return [left] + rightParts
            }
        }
        return [w]
    }

    /// Splits a known name from a frequent lower-case word glued after it.
    func splitSuffix(_ w: Substring) -> [Substring] {
        guard w.count >= 7, w.first?.isUppercase == true, !isKnown(w),
              w.dropFirst().allSatisfy({ !$0.isUppercase }) else { return [w] }
        var i = w.index(w.startIndex, offsetBy: 5)
        let last = w.index(w.endIndex, offsetBy: -3)
        while i <= last {
            let left = w[..<i], right = w[i...]
            if isCommonLowerWord(right), isWellKnownName(left) { return [left, right] }
            i = w.index(after: i)
        }
        return [w]
    }
}
