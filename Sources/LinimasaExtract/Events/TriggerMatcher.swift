import LinimasaModel
import LinimasaText

/// A trigger found in a sentence, before roles and suppression.
struct TriggerHit {
    var token: Int
    var rule: TriggerRule
    var cameo: CAMEOCode
    var shape: WordShape
    var rules: [String]
    /// Set when a later rule folds this hit into another or drops it.
    var dropped = false
    /// Filled in by role assignment.
    var source: String?
    var target: String?

    /// A saying-verb or a statement: its report is asserted whatever it announces.
    var isSaying: Bool { rule.cls == .speech || (rule.cls == .statement && cameo.root == "01") }
}

extension EventExtractor {
    /// Every token that carries a trigger whose conditions hold.
    func findTriggers(in s: AnalyzedSentence, documentKeys: Set<String>) -> [TriggerHit] {
        let t = s.tokens
        var hits: [TriggerHit] = []
        for i in t.indices where t[i].isWord {
            let candidates = (lexicon.triggers[t[i].root] ?? []) + (t[i].root != t[i].key ? lexicon.triggers[t[i].key] ?? [] : [])
            for rule in candidates {
                // A rule's `form=` condition is about the word's form and, where
                // the language's forms say little, its neighbours: the morphology
                // answers it (with the tagger's tags it loses triggers on the
                // Indonesian development set).
                let shape = morphology.shape(of: t, at: i)
                guard var (cameo, why) = check(rule, t, i, shape) ?? secondChance(rule, s, i, shape, documentKeys) else { continue }
                for (code, words) in rule.codeWhen where within(t, i + 1...(i + 4), words) {
                    cameo = code
                    why += "; code \(code) near \(words.sorted().joined(separator: "|"))"
                }
                hits.append(TriggerHit(token: i, rule: rule, cameo: cameo, shape: shape,
                                       rules: ["trigger \(rule.key) → \(rule.cameo) (\(why))"]))
                break
            }
        }
        return hits
    }

    /// Whether a rule's conditions hold at token `i`; the reason when they do.
    func check(_ rule: TriggerRule, _ t: [WordToken], _ i: Int, _ shape: WordShape) -> (CAMEOCode, String)? {
        var why = ["\(t[i].text)"]
        if !rule.forms.isEmpty {
            let ok = rule.forms.contains { form in
                switch form {
                case "verb": return shape.isVerb
                case "active": return shape == .activeVerb
                case "noun": return shape == .noun || shape == .bare
                // The root as it stands, no affix ("siap", not "persiapan").
                case "bare": return shape == .bare
                // The root and a clitic, nothing else (the morphology says which).
                case "clitic": return morphology.isRootWithClitic(word: t[i].lower, root: t[i].root)
                // The bare word closing a quotation or clause and naming its
                // speaker next: `"…," tegas menteri itu`.
                case "report": return isSpeechReport(t, i)
                default: return false
                }
            }
            guard ok else { return nil }
            why.append("form \(rule.forms.sorted().joined(separator: "|"))")
        }
        if !rule.prev.isEmpty {
            guard i > 0, rule.prev.contains(t[i - 1].key) || rule.prev.contains(t[i - 1].root) else { return nil }
            why.append("after \(t[i - 1].text)")
        }
        if !rule.near.isEmpty {
            guard within(t, (i + 1)...(i + 4), rule.near) else { return nil }
            why.append("near \(rule.near.sorted().prefix(3).joined(separator: "|"))…")
        }
        if !rule.around.isEmpty {
            guard within(t, (i - 4)...(i + 4), rule.around) else { return nil }
            why.append("context")
        }
        if !rule.not.isEmpty, within(t, (i - 4)...(i + 4), rule.not, skipping: i) { return nil }
        return (rule.cameo, why.joined(separator: ", "))
    }

    /// The word as written is its own root (no affix), it follows a quote
    /// mark or a comma, and a name or a pronoun follows it: the inverted
    /// report of who spoke (`"…," tegas Menteri`, `…, jelas dia`).
    func isSpeechReport(_ t: [WordToken], _ i: Int) -> Bool {
        guard i > 0, i + 1 < t.count, t[i].lower == t[i].root else { return false }
        guard t[i - 1].kind == .quote || t[i - 1].text == "," else { return false }
        let next = t[i + 1]
        return next.isWord && (next.isCapitalized || functionWords.personalPronouns.contains(next.key))
    }

    /// A trigger that lacks its usual context still counts when it takes up
    /// an event this document already reported ("latihan tersebut diadakan
    /// minggu depan" after "mengadakan latihan militer"): an anaphoric noun,
    /// or a verb that holds the event, or a date in the clause.
    func secondChance(_ rule: TriggerRule, _ s: AnalyzedSentence, _ i: Int, _ shape: WordShape,
                      _ documentKeys: Set<String>) -> (CAMEOCode, String)? {
        guard !rule.around.isEmpty || !rule.near.isEmpty, documentKeys.contains(rule.key),
              shape == .noun || shape == .bare else { return nil }
        let t = s.tokens
        if !rule.not.isEmpty, within(t, (i - 4)...(i + 4), rule.not, skipping: i) { return nil }
        let holds = within(t, (i - 3)...(i + 4), functionWords.holdingVerbs)
        let dated = s.timexes.contains { $0.tokens.lowerBound > i && $0.tokens.lowerBound <= i + 6 }
        guard holds || dated else { return nil }
        return (rule.cameo, "\(t[i].text), the document's earlier \(rule.key) event taken up again")
    }

    /// Whether a token in `range` (clamped) has its key or root in `words`.
    func within(_ t: [WordToken], _ range: ClosedRange<Int>, _ words: Set<String>, skipping: Int? = nil) -> Bool {
        let lo = max(range.lowerBound, 0), hi = min(range.upperBound, t.count - 1)
        guard lo <= hi else { return false }
        for k in lo...hi where k != skipping && (words.contains(t[k].key) || words.contains(t[k].root)) { return true }
        return false
    }
}
