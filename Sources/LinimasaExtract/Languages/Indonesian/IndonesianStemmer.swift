import Foundation
import LinimasaLanguage

/// Maps inflected Indonesian words onto the roots of Linimasa's lexicons:
/// "mengancam", "ancaman", "diancam" → ancam; "pencaplokan", "dicaplok" →
/// caplok; "menakut-nakuti" → takut.
///
/// A confix-stripping search in the spirit of Nazief & Adriani and its
/// enhanced variants, written for Linimasa: it removes particles,
/// possessives, derivational suffixes and up to three prefix layers (with
/// the meN-/peN- sound changes undone), and accepts a candidate only when
/// it is a known root. Lexicalised words ("menteri", "pertahanan",
/// "pemerintah") are returned whole, so that they never fall to a root
/// with another meaning ("tahan", "perintah").
public struct IndonesianStemmer: Sendable {
    public let roots: Set<String>
    public let lexicalised: Set<String>

    public init(roots: Set<String>, lexicalised: Set<String> = []) {
        self.roots = roots
        self.lexicalised = lexicalised
    }

    /// Loads `id/morphology/roots.txt` and `lexicalised.txt`, plus any extra
    /// roots (for example the trigger lexicon's).
    public init(data: LanguageData, extraRoots: some Sequence<String> = []) throws {
        var roots = Set(try WordList.load(data.url("id/morphology/roots.txt")))
        roots.formUnion(extraRoots.map { $0.lowercased() })
        self.init(roots: roots, lexicalised: Set(try WordList.load(data.url("id/morphology/lexicalised.txt"))))
    }

    /// The root of `word`, or nil when no known root is reachable.
    public func root(of word: String) -> String? {
        let w = word.lowercased()
        if lexicalised.contains(w) || roots.contains(w) { return w }
        if let hyphen = w.firstIndex(of: "-") {
            return reduplicated(String(w[..<hyphen]), String(w[w.index(after: hyphen)...]))
        }
        return search(w)
    }

    /// The root, or the word itself (lowercased) when none is known.
    public func stem(_ word: String) -> String { root(of: word) ?? word.lowercased() }

    /// "anggota-anggota", "menakut-nakuti", "terus-menerus", "bolak-balik".
    private func reduplicated(_ first: String, _ second: String) -> String? {
        let a = roots.contains(first) || lexicalised.contains(first) ? first : search(first)
        if let a { return a }
        let b = roots.contains(second) || lexicalised.contains(second) ? second : search(second)
        return b
    }

    /// A candidate during the search: the remaining stem and which affixes
    /// have gone, to rule out impossible combinations.
    private struct Candidate {
        var stem: String
        var suffix: String?
        var prefixes: [String]
    }

    private func search(_ word: String) -> String? {
        // Suffix layers first (particle, possessive, derivational), each optional.
        var suffixed: [Candidate] = [Candidate(stem: word, suffix: nil, prefixes: [])]
        for p in Affixes.particles where word.hasSuffix(p) && word.count > p.count + 2 {
            suffixed.append(Candidate(stem: String(word.dropLast(p.count)), suffix: nil, prefixes: []))
        }
        for c in suffixed {
            for p in Affixes.possessives where c.stem.hasSuffix(p) && c.stem.count > p.count + 2 {
                suffixed.append(Candidate(stem: String(c.stem.dropLast(p.count)), suffix: nil, prefixes: []))
            }
        }
        for c in suffixed {
            for d in Affixes.derivational where c.stem.hasSuffix(d) && c.stem.count > d.count + 2 {
                suffixed.append(Candidate(stem: String(c.stem.dropLast(d.count)), suffix: d, prefixes: []))
            }
        }
        // Least stripping first: the stem as is, then with prefixes removed.
        for c in suffixed where roots.contains(c.stem) { return c.stem }
        var frontier = suffixed
        for _ in 0..<3 {
            var next: [Candidate] = []
            for c in frontier {
                for (prefix, stem) in prefixOptions(c.stem) {
                    let cand = Candidate(stem: stem, suffix: c.suffix, prefixes: c.prefixes + [prefix])
                    if let s = c.suffix, Affixes.forbiddenConfixes.contains("\(cand.prefixes[0])+\(s)") { continue }
                    if roots.contains(stem) { return stem }
                    next.append(cand)
                }
            }
            frontier = next
            if frontier.isEmpty { break }
        }
        return nil
    }

    /// Every way of removing one prefix from `w`, with meN-/peN- sound
    /// changes undone: "menyerang" → serang, "memukul" → pukul,
    /// "menembak" → tembak, "mengirim" → kirim and "mengancam" → ancam.
    func prefixOptions(_ w: String) -> [(String, String)] {
        var out: [(String, String)] = []
        let s = Array(w)
        guard s.count > 3 else { return out }
        func rest(_ n: Int) -> String { String(s[n...]) }
        func isVowel(_ c: Character) -> Bool { "aiueo".contains(c) }
        func add(_ p: String, _ r: String) { if r.count >= 2 { out.append((p, r)) } }

        for nasal in ["me", "pe"] where w.hasPrefix(nasal) {
            let tag = nasal == "me" ? "meN" : "peN"
            let after = rest(2)
            let a = Array(after)
            guard let c0 = a.first else { continue }
            if after.hasPrefix("nge") { add(tag, rest(5)) }                       // mengebom → bom
            if after.hasPrefix("ng") {
                let r = rest(4)
                add(tag, r)                                                         // mengancam → ancam, menggelar → gelar
                if let f = r.first, isVowel(f) { add(tag, "k" + r) }               // mengirim → kirim
            } else if after.hasPrefix("ny") {
                let r = rest(4)
                if let f = r.first, isVowel(f) { add(tag, "s" + r) }               // menyerang → serang
                add(tag, after)                                                     // menyatakan → nyata
            } else if c0 == "m" {
                // Before a vowel, mem- has swallowed a p ("memuji" is puji, not uji).
                let r = rest(3)
                if let f = r.first, isVowel(f) { add(tag, "p" + r) }               // memukul → pukul
                add(tag, r)                                                         // membantu → bantu
                add(tag, after)                                                     // meminta → minta
            } else if c0 == "n" {
                // Before a vowel, men- has swallowed a t.
                let r = rest(3)
                if let f = r.first, isVowel(f) { add(tag, "t" + r) }               // menembak → tembak
                add(tag, r)                                                         // mendukung → dukung
                add(tag, after)                                                     // menanti → nanti
            } else if "lrwy".contains(c0) || (nasal == "pe" && !isVowel(c0)) {
                add(tag, after)                                                     // melatih → latih, pekerja → kerja
            }
            if nasal == "pe" {
                if after.hasPrefix("r") { add("per", rest(3)) }                    // pertemuan → temu
                add("pe", after)                                                    // pelatih → latih
            }
        }
        if w.hasPrefix("ber") { add("ber", rest(3)) }                               // berbicara → bicara
        if w.hasPrefix("bel") { add("ber", rest(3)) }                               // belajar → ajar
        if w.hasPrefix("be") { add("ber", rest(2)) }                                // berunding, bekerja (be- before r and -er syllables)
        if w.hasPrefix("ter") { add("ter", rest(3)) }                               // terbunuh → bunuh
        if w.hasPrefix("te"), s.count > 2, s[2] == "r" { add("ter", rest(2)) }
        if w.hasPrefix("di") { add("di", rest(2)) }                                 // diancam → ancam
        if w.hasPrefix("ke") { add("ke", rest(2)) }                                 // kemunduran → mundur
        if w.hasPrefix("se") { add("se", rest(2)) }                                 // sebulan → bulan
        if w.hasPrefix("per") { add("per", rest(3)) }                               // perbesar → besar
        return out
    }
}

/// Reads a word list: one entry per line, `#` comments, blank lines ignored.
enum WordList {
    static func load(_ url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let t = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces).lowercased()
            return t.isEmpty ? nil : t
        }
    }
}
