import LinimasaLanguage
import LinimasaText

extension LanguageProfile {
    /// The English profile: resources under `en/` (triggers, temporal
    /// tables, titles, function words in `en/words.tsv`, the part-of-speech
    /// model trained on UD English EWT), the gazetteer
    /// records shared with Indonesian (they carry English names, so actor
    /// ids do not depend on the language), and a rule-based lemmatiser.
    public static func english(data: LanguageData = .bundled) throws -> LanguageProfile {
        let words = try FunctionWords(table: "en/words.tsv", data: data)
        var profile = LanguageProfile(code: "en", data: data, words: words, gazetteerFolder: "id/gazetteer") { data, extraRoots in
            try EnglishMorphology(data: data, words: words, extraRoots: extraRoots)
        }
        profile.modifiersPrecede = true
        // The tagger's verb decisions help the subject search (dev actors
        // 0.530 -> 0.531, merge 0.548 -> 0.560); as the judge of a trigger's
        // own shape they cost more than they give, so shape(of:at:) ignores them.
        profile.posModel = "models/pos.model"
        return profile
    }
}

/// English morphology for the engine: lemmas by stripping regular endings
/// (kept only when the lemma is a known word) and an irregular-form table;
/// a word's shape from its ending and the words before it, since English
/// forms say less than Indonesian affixes ("attack" is noun or verb, and
/// "attacked" is passive only after a form of "be").
struct EnglishMorphology: LanguageMorphology {
    /// Lemmas the lexicons are keyed by.
    let lemmas: Set<String>
    /// Irregular form → lemma.
    let irregular: [String: String]
    let words: FunctionWords

    /// Forms of "be" and "get" that make a participle passive.
    static let passiveAuxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting",
    ]
    /// Words before a bare form that make it a noun: determiners and possessives.
    static let nominalisers: Set<String> = [
        "a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those",
        "'s", "’s", "any", "no", "further", "new", "fresh", "possible", "alleged", "recent",
    ]
    /// Words before a bare form that make it a verb: modals, "to", "did".
    static let verbalisers: Set<String> = [
        "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did",
        "does", "do", "not", "n't", "never", "didn't", "won't", "they", "we", "i", "you",
    ]

    init(data: LanguageData, words: FunctionWords, extraRoots: [String]) throws {
        var irregular: [String: String] = [:]
        for row in try data.table("en/morphology/irregular.tsv", minimumFields: 2) {
            irregular[row[0].lowercased()] = row[1].lowercased()
        }
        self.irregular = irregular
        self.words = words
        lemmas = Set(extraRoots.map { $0.lowercased() }).union(irregular.values)
    }

    func stem(_ word: String) -> String {
        let w = word.lowercased()
        if let lemma = irregular[w] { return lemma }
        if lemmas.contains(w) { return w }
        for candidate in EnglishMorphology.candidates(w) where lemmas.contains(candidate) { return candidate }
        return w
    }

    /// Lemmas a regular inflected form may come from, likeliest first.
    static func candidates(_ w: String) -> [String] {
        var out: [String] = []
        func undouble(_ s: String) -> String? {
            guard s.count >= 3, let last = s.last, let prev = s.dropLast().last, last == prev,
                  !"aeiou".contains(last) else { return nil }
            return String(s.dropLast())
        }
        for suffix in ["ing", "ed"] where w.hasSuffix(suffix) && w.count > suffix.count + 2 {
            let base = String(w.dropLast(suffix.count))
            if suffix == "ed", base.hasSuffix("i") { out.append(String(base.dropLast()) + "y") }
            out.append(base)
            out.append(base + "e")
            if let u = undouble(base) { out.append(u) }
        }
        if w.hasSuffix("ies"), w.count > 4 { out.append(String(w.dropLast(3)) + "y") }
        if w.hasSuffix("es"), w.count > 3 { out.append(String(w.dropLast(2))) }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { out.append(String(w.dropLast())) }
        return out
    }

    /// Without context: -ed and -ing forms and irregular past forms are
    /// verbs; a derived noun ending (-tion, -ment, -ance) is a noun; a
    /// bare lemma is noun or verb by context.
    func shape(word: String, root: String) -> WordShape {
        let w = word.lowercased()
        if words.copulas.contains(w) { return .activeVerb }
        if w == root {
            for ending in ["tion", "sion", "ment", "ance", "ence", "ship"] where w.hasSuffix(ending) { return .noun }
            return .bare
        }
        if irregular[w] != nil || w.hasSuffix("ed") || w.hasSuffix("ing") { return .activeVerb }
        if w.hasSuffix("s") { return .bare }
        return .bare
    }

    /// In its sentence: a participle after a form of "be" (adverbs between)
    /// is passive; a speech verb after a comma or quote with its speaker
    /// after it ("…, said the minister") or a participle before "to"
    /// ("according to") is read with its speaker after; a bare or -s form
    /// after a determiner is a noun, after a modal or "to" a verb.
    func shape(of tokens: [WordToken], at i: Int) -> WordShape {
        let w = tokens[i].lower
        let plain = shape(word: w, root: tokens[i].root)
        let prev = previousWord(tokens, i)
        if plain == .activeVerb, w != tokens[i].root {
            if i + 1 < tokens.count, w.hasSuffix("ing"), tokens[i + 1].lower == "to" { return .bare }
            if i > 0, tokens[i - 1].kind == .punctuation || tokens[i - 1].kind == .quote,
               i + 1 < tokens.count, tokens[i + 1].isCapitalized || words.determiners.contains(tokens[i + 1].lower) {
                return .bare
            }
            if let p = prev, EnglishMorphology.passiveAuxiliaries.contains(tokens[p].lower),
               !w.hasSuffix("ing") { return .passiveVerb }
            return .activeVerb
        }
        guard let p = prev else { return plain }
        let before = tokens[p].lower
        if EnglishMorphology.nominalisers.contains(before) || tokens[p].isCapitalized && p == i - 1 && plain != .noun && w.hasSuffix("s") {
            return .noun
        }
        if EnglishMorphology.verbalisers.contains(before) { return .activeVerb }
        if plain == .bare, w != tokens[i].root {
            // "-s" forms: "Iran attacks tankers" (verb) but "attacks on shipping" (noun).
            if i + 1 < tokens.count, ["on", "against", "by", "of", "in"].contains(tokens[i + 1].lower) { return .noun }
            return .activeVerb
        }
        return plain
    }

    /// The nearest word before `i`, passing adverbs in -ly and "not".
    func previousWord(_ tokens: [WordToken], _ i: Int) -> Int? {
        var k = i - 1
        while k >= 0 {
            let l = tokens[k].lower
            if tokens[k].isWord, l.hasSuffix("ly") || l == "not" || l == "n't" || l == "also" || l == "reportedly" {
                k -= 1
                continue
            }
            return tokens[k].isWord ? k : nil
        }
        return nil
    }

    /// A verb form or a copula ends a noun phrase.
    func isTransitive(_ key: String) -> Bool {
        words.copulas.contains(key) || irregular[key] != nil || key.hasSuffix("ed")
    }

    func isRootWithClitic(word: String, root: String) -> Bool { false }
    func hasClitic(_ word: String) -> Bool { false }
    /// English marks possession with a separate word ("its military").
    func withoutClitic(_ word: String) -> String? { nil }
    /// English verbs carry no prefix; a past form ("attacked", "said")
    /// right after an actor marks it as the subject all the same.
    func hasVerbPrefix(_ key: String) -> Bool { irregular[key] != nil || key.hasSuffix("ed") }
}
