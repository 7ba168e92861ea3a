import LinimasaModel
import LinimasaText

extension EventExtractor {
    /// CAMEO roots of verbal acts a statement can carry ("mengatakan AS
    /// berkomitmen" is one commitment, not a statement plus a commitment).
    static let verbalRoots: Set<String> = ["02", "03", "10", "11", "12", "13"]

    /// Whether a statement that reports this act is the act: the verbal
    /// roots, and praise or thanks (051), which is done by saying it ("saya
    /// berterima kasih …", kata X). Support (050) stays a stance of its own
    /// beside the statement that mentions it.
    static func carried(_ code: CAMEOCode) -> Bool { verbalRoots.contains(code.root) || code == "051" }

    /// Folds and drops hits so that one act gives one event.
    func suppress(_ hits: inout [TriggerHit], _ v: SentenceView, _ actors: [String: Actor]) {
        let t = v.t
        func root(_ h: TriggerHit) -> String { h.cameo.root }
        func words(_ a: Int, _ b: Int) -> Int { (min(a, b) + 1..<max(a, b)).filter { t[$0].isWord }.count }

        // 1. Reported speech: what is inside the quote is the statement's content.
        if let speech = hits.indices.first(where: { hits[$0].rule.cls == .speech && !t[hits[$0].token].inQuote })
            ?? quotedStatement(hits, v) {
            for n in hits.indices where n != speech && t[hits[n].token].inQuote {
                // A quotation of several sentences is the speaker's remarks: an act
                // it names after its first sentence is one of them, not what it does.
                let lead = !(0..<hits[n].token).contains { t[$0].inQuote && [".", "!", "?"].contains(t[$0].text) }
                if Self.carried(hits[n].cameo), root(hits[speech]) == "01", lead {
                    hits[speech].cameo = hits[n].cameo
                    if hits[speech].target == nil, let t = hits[n].target, t != DocumentActors.speaker { hits[speech].target = t }
                    hits[speech].rules.append("carries the quoted \(t[hits[n].token].text) (\(hits[n].cameo))")
                }
                hits[n].dropped = true
            }
        }
        for a in hits.indices where !hits[a].dropped {
            // 1b. A noun the trigger's context condition named is the object
            //     of that act, not an act of its own ("suspended aid", "lifted the blockade").
            if !hits[a].rule.near.isEmpty {
                for b in hits.indices where b > a && !hits[b].dropped && hits[b].token <= hits[a].token + 4 {
                    let w = t[hits[b].token]
                    guard hits[b].shape == .noun || hits[b].shape == .bare,
                          hits[a].rule.near.contains(w.key) || hits[a].rule.near.contains(w.root) else { continue }
                    hits[b].dropped = true
                    hits[a].rules.append("\(w.text) is what it acts on")
                }
            }
            // 2. The content of an appeal, demand or threat is not an act of its own.
            if ["02", "10", "13"].contains(root(hits[a])) {
                for b in hits.indices where b > a && !hits[b].dropped {
                    let gap = words(hits[a].token, hits[b].token)
                    // "menuntut agar …", "menyerukan … untuk …", "mengancam akan menyerang".
                    let opener = (hits[a].token + 1..<hits[b].token).contains {
                        functionWords.complementOpeners.contains(t[$0].key) || (root(hits[a]) == "13" && functionWords.futureAuxiliary.contains(t[$0].key))
                    }
                    let noun = hits[b].shape == .noun || hits[b].shape == .bare
                    if (noun && gap <= 1) || (opener && gap <= 6 && hits[b].rule.cls != .speech) {
                        hits[b].dropped = true
                        hits[a].rules.append("content \(t[hits[b].token].text) belongs to it")
                    }
                }
            }
            // 3. "menyatakan pencaplokan": the statement is the act the noun names.
            if hits[a].rule.cls == .statement, root(hits[a]) == "01",
               let b = hits.indices.first(where: { $0 > a && !hits[$0].dropped }),
               hits[b].shape == .noun || hits[b].shape == .bare, words(hits[a].token, hits[b].token) <= 1,
               hits[b].rule.cls == .material,
               // "menegaskan bahwa latihan …" says something about the exercise.
               !(hits[a].token + 1..<hits[b].token).contains(where: { functionWords.clauseBarriers.contains(t[$0].key) }) {
                hits[a].dropped = true
                hits[b].rules.append("declared by \(t[hits[a].token].text)")
                if hits[b].source == nil { hits[b].source = hits[a].source }
            }
        }
        // 4. A chain of saying words is one statement: "membuat pernyataan yang
        //    menegaskan komitmen", "menegaskan kembali komitmennya".
        var last: Int?
        for b in hits.indices where !hits[b].dropped {
            defer { if !hits[b].dropped { last = b } }
            guard let a = last, hits[a].rule.cls != .material, hits[b].rule.cls != .material,
                  hits[b].rule.cls != .speech, words(hits[a].token, hits[b].token) <= 3,
                  hits[b].source == nil || SentenceView.related(hits[a].source, hits[b].source, actors) else { continue }
            if Self.carried(hits[b].cameo) && root(hits[a]) == "01" { hits[a].cameo = hits[b].cameo }
            if hits[a].target == nil { hits[a].target = hits[b].target }
            hits[a].rules.append("one statement with \(t[hits[b].token].text)")
            hits[b].dropped = true
            last = a
        }
        // 5. "X mengatakan (bahwa) X berkomitmen …": the statement is the commitment.
        for a in hits.indices where !hits[a].dropped && root(hits[a]) == "01" && !t[hits[a].token].inQuote {
            for b in hits.indices where b > a && !hits[b].dropped && Self.carried(hits[b].cameo) {
                let between = (hits[a].token + 1)..<hits[b].token
                let background = between.contains { functionWords.background.contains(t[$0].key) }
                guard !background, hits[b].source == nil || SentenceView.related(hits[a].source, hits[b].source, actors) else { continue }
                hits[a].cameo = hits[b].cameo
                if hits[a].target == nil || hits[b].target != nil { hits[a].target = hits[b].target ?? hits[a].target }
                hits[a].rules.append("says \(t[hits[b].token].text): one act")
                hits[b].dropped = true
                break
            }
        }
        // 6. "Latihan itu melibatkan jet tempur": an event already reported,
        //    described rather than happening again (unless a verb holds it:
        //    "latihan tersebut diadakan minggu depan").
        for n in hits.indices where !hits[n].dropped && (hits[n].shape == .noun || hits[n].shape == .bare) {
            let i = hits[n].token
            guard i + 2 < t.count, functionWords.demonstratives.contains(t[i + 1].key), v.isVerb(i + 2),
                  !functionWords.holdingVerbs.contains(t[i + 2].root) else { continue }
            hits[n].dropped = true
        }
        // 7. What is said in a call or meeting is said to its other party.
        if let meeting = hits.first(where: { !$0.dropped && $0.cameo.root == "04" && $0.target != nil }) {
            for n in hits.indices where !hits[n].dropped && hits[n].target == nil && hits[n].rule.cls != .material
                && SentenceView.related(hits[n].source, meeting.source, actors) {
                hits[n].target = meeting.target
                hits[n].rules.append("addressed to the other party of \(t[meeting.token].text)")
            }
        }
        // 8. Two words for one act side by side: "dipukul mundur"; and an
        //    act's consequence told by a verb with no subject of its own
        //    ("serangan itu … menewaskan empat orang dan melukai lima").
        for b in hits.indices where !hits[b].dropped {
            if let a = hits.indices.last(where: { $0 < b && !hits[$0].dropped }),
               root(hits[a]) == root(hits[b]), words(hits[a].token, hits[b].token) <= 1
                || (hits[a].rule.cls == .material && hits[b].rule.cls == .material && hits[b].shape != .passiveVerb
                    && hits[b].source == nil && !(hits[a].token..<hits[b].token).contains {
                        t[$0].text == ";" || t[$0].text == ":" || functionWords.clauseBarriers.contains(t[$0].key)
                    }
                    && lexicon.cameo[hits[a].cameo]?.quadClass == .materialConflict
                    && lexicon.cameo[hits[b].cameo]?.quadClass == .materialConflict) {
                hits[b].dropped = true
                hits[a].rules.append("with \(t[hits[b].token].text)")
            }
        }
        // 9. The event noun an appeal, demand or rejection is about, close
        //    after it past a verb or preposition, is its content ("mendesak
        //    Rusia menyetujui gencatan senjata", "penolakan … atas gencatan
        //    senjata"); so is an event already told that a verbal act takes
        //    up with a demonstrative ("mengecam serangan itu").
        for a in hits.indices where !hits[a].dropped && hits[a].rule.cls == .verbal {
            for b in hits.indices where b > a && !hits[b].dropped && (hits[b].shape == .noun || hits[b].shape == .bare)
                && hits[b].rule.cls != .speech && words(hits[a].token, hits[b].token) <= 3
                && ((["02", "10", "12"].contains(root(hits[a]))
                     && (hits[a].token + 1..<hits[b].token).contains { v.isVerb($0) || functionWords.prepositions.contains(t[$0].key) })
                    || (hits[b].token + 1...hits[b].token + 3).contains { $0 < t.count && functionWords.demonstratives.contains(t[$0].key) })
                && !(hits[a].token..<hits[b].token).contains(where: { t[$0].text == "," || t[$0].text == ";" || t[$0].kind == .quote }) {
                hits[b].dropped = true
                hits[a].rules.append("about \(t[hits[b].token].text)")
            }
        }
    }

    /// A quote closed by a saying verb without "kata": `"…," Price menguraikan`.
    private func quotedStatement(_ hits: [TriggerHit], _ v: SentenceView) -> Int? {
        let t = v.t
        return hits.indices.first { n in
            let i = hits[n].token
            guard hits[n].rule.cls == .statement, !t[i].inQuote else { return false }
            let window = max(0, i - 3)..<i
            return window.contains { t[$0].kind == .quote } || (i + 1 < t.count && t[i + 1].kind == .quote)
        }
    }
}
