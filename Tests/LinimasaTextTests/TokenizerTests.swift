import LinimasaText
import Testing

/// `text` tokenized, as (token text, kind) pairs.
private func tokens(_ text: String) -> [TokenCase.Expected] {
    let bytes = Array(text.utf8)
    return Tokenizer.tokenize(bytes, range: 0..<bytes.count)
        .map { TokenCase.Expected(String(decoding: bytes[$0.range], as: UTF8.self), $0.kind) }
}

/// A case: input text and the expected tokens.
struct TokenCase: CustomTestStringConvertible, Sendable {
    struct Expected: Equatable, Sendable, CustomStringConvertible {
        let text: String
        let kind: Token.Kind
        init(_ text: String, _ kind: Token.Kind) { self.text = text; self.kind = kind }
        var description: String { "\(text)/\(kind)" }
    }

    let text: String
    let expected: [Expected]
    init(_ text: String, _ expected: [(String, Token.Kind)]) {
        self.text = text
        self.expected = expected.map { Expected($0.0, $0.1) }
    }
    var testDescription: String { text }
}

@Suite struct TokenizerTests {
    @Test(arguments: [
        TokenCase("Mereka menakut-nakuti anggota-anggota terus-menerus",
                  [("Mereka", .word), ("menakut-nakuti", .word), ("anggota-anggota", .word), ("terus-menerus", .word)]),
        TokenCase("komitmennya Ma'ruf Jum’at COVID-19", [("komitmennya", .word), ("Ma'ruf", .word), ("Jum’at", .word), ("COVID-19", .word)]),
        TokenCase("café Ñandú Łódź", [("café", .word), ("Ñandú", .word), ("Łódź", .word)]),
        TokenCase("tahun 1990-an dan 5G", [("tahun", .word), ("1990-an", .word), ("dan", .word), ("5G", .word)]),
        TokenCase("a\u{00A0}b\u{2003}c", [("a", .word), ("b", .word), ("c", .word)]),
        TokenCase("-nya", [("-", .punctuation), ("nya", .word)]),
    ])
    func words(_ c: TokenCase) {
        #expect(tokens(c.text) == c.expected)
    }

    @Test(arguments: [
        TokenCase("1.000 2,5 3/1 11/10/2022 12.30 20:00",
                  [("1.000", .number), ("2,5", .number), ("3/1", .number), ("11/10/2022", .number), ("12.30", .number), ("20:00", .number)]),
        TokenCase("Senin (3/1).", [("Senin", .word), ("(", .punctuation), ("3/1", .number), (")", .punctuation), (".", .punctuation)]),
        TokenCase("Rp1.000 dan Rp 2,5 triliun", [("Rp", .word), ("1.000", .number), ("dan", .word), ("Rp", .word), ("2,5", .number), ("triliun", .word)]),
        TokenCase("naik 50% pada 2022.", [("naik", .word), ("50", .number), ("%", .symbol), ("pada", .word), ("2022", .number), (".", .punctuation)]),
        TokenCase("US$5 dan 1.000.000,-", [("US", .word), ("$", .symbol), ("5", .number), ("dan", .word), ("1.000.000", .number), (",", .punctuation), ("-", .punctuation)]),
        // A hyphen between digits is a separator: dates, ranges.
        TokenCase("rilis 2021-07-15 naik 3-4,5 persen", [("rilis", .word), ("2021-07-15", .number), ("naik", .word), ("3-4,5", .number), ("persen", .word)]),
        // A hyphen before a number with separators is a dash; before plain digits it joins a word.
        TokenCase("buka 08.00 WITA-16.30 WITA", [("buka", .word), ("08.00", .number), ("WITA", .word), ("-", .punctuation), ("16.30", .number), ("WITA", .word)]),
        TokenCase("jet F-35 dan ke-7", [("jet", .word), ("F-35", .word), ("dan", .word), ("ke-7", .word)]),
    ])
    func numbers(_ c: TokenCase) {
        #expect(tokens(c.text) == c.expected)
    }

    @Test(arguments: [
        TokenCase("beras, gula, dll.", [("beras", .word), (",", .punctuation), ("gula", .word), (",", .punctuation), ("dll.", .word)]),
        TokenCase("Prof. Budi, M.Si.", [("Prof.", .word), ("Budi", .word), (",", .punctuation), ("M.Si.", .word)]),
        TokenCase("K.H. Ahmad dan Prof.Dr. Ani", [("K.H.", .word), ("Ahmad", .word), ("dan", .word), ("Prof.", .word), ("Dr.", .word), ("Ani", .word)]),
        TokenCase("sanksi A.S. dan Joe R. Biden", [("sanksi", .word), ("A.S.", .word), ("dan", .word), ("Joe", .word), ("R.", .word), ("Biden", .word)]),
        TokenCase("vitamin C.", [("vitamin", .word), ("C", .word), (".", .punctuation)]),
        TokenCase("selesai.Dia pergi", [("selesai", .word), (".", .punctuation), ("Dia", .word), ("pergi", .word)]),
    ])
    func abbreviations(_ c: TokenCase) {
        #expect(tokens(c.text) == c.expected)
    }

    @Test(arguments: [
        TokenCase("“Kami siap,” katanya.", [("“", .quote), ("Kami", .word), ("siap", .word), (",", .punctuation), ("”", .quote), ("katanya", .word), (".", .punctuation)]),
        TokenCase(#""Siap!" ujarnya"#, [("\"", .quote), ("Siap", .word), ("!", .punctuation), ("\"", .quote), ("ujarnya", .word)]),
        TokenCase("‘utang’ «x»", [("‘", .quote), ("utang", .word), ("’", .quote), ("«", .quote), ("x", .word), ("»", .quote)]),
        TokenCase("Lalu... apa?! Wah!!!", [("Lalu", .word), ("...", .punctuation), ("apa", .word), ("?", .punctuation), ("!", .punctuation), ("Wah", .word), ("!!!", .punctuation)]),
        TokenCase("Jakarta — Bogor… ©2024", [("Jakarta", .word), ("—", .punctuation), ("Bogor", .word), ("…", .punctuation), ("©", .symbol), ("2024", .number)]),
    ])
    func punctuationAndQuotes(_ c: TokenCase) {
        #expect(tokens(c.text) == c.expected)
    }

    @Test(arguments: [
        TokenCase("JAKARTA, KOMPAS.com - Banjir", [("JAKARTA", .word), (",", .punctuation), ("KOMPAS.com", .url), ("-", .punctuation), ("Banjir", .word)]),
        TokenCase("KONTAN.CO.ID dan detik.com.", [("KONTAN.CO.ID", .url), ("dan", .word), ("detik.com", .url), (".", .punctuation)]),
        TokenCase("di www.voaindonesia.com/berita/1.", [("di", .word), ("www.voaindonesia.com/berita/1", .url), (".", .punctuation)]),
        TokenCase("(https://contoh.id/a?b=1).", [("(", .punctuation), ("https://contoh.id/a?b=1", .url), (")", .punctuation), (".", .punctuation)]),
        TokenCase("kirim ke redaksi.kami@contoh.co.id.", [("kirim", .word), ("ke", .word), ("redaksi.kami@contoh.co.id", .url), (".", .punctuation)]),
    ])
    func urls(_ c: TokenCase) {
        #expect(tokens(c.text) == c.expected)
    }

    @Test func subrangeOffsetsAreDocumentOffsets() {
        let bytes = Array("Judul. Harga naik 2,5 persen.".utf8)
        let start = Array("Judul. ".utf8).count
        let toks = Tokenizer.tokenize(bytes, range: start..<bytes.count)
        #expect(toks.first?.range.lowerBound == start)
        #expect(toks.map(\.kind) == [.word, .word, .number, .word, .punctuation])
        #expect(Tokenizer.tokenize(bytes, range: -3..<2).map(\.range) == [0..<2])
        #expect(Tokenizer.tokenize(bytes, range: 40..<50).isEmpty)
    }

    @Test(.enabled(if: NewsCorpus.isAvailable))
    func tokensCoverTextOnFirst200Articles() throws {
        for text in try NewsCorpus.texts(limit: 200) {
            let toks = Tokenizer.tokenize(text, range: 0..<text.count)
            var previousEnd = 0
            var gap: [UInt8] = []
            for t in toks {
                #expect(!t.range.isEmpty)
                #expect(t.range.lowerBound >= previousEnd)
                gap.append(contentsOf: text[previousEnd..<t.range.lowerBound])
                let inside = String(decoding: text[t.range], as: UTF8.self).unicodeScalars
                #expect(!inside.contains(where: Chars.isSpace), "token with a space: \(String(inside))")
                previousEnd = t.range.upperBound
            }
            gap.append(contentsOf: text[previousEnd...])
            let missing = String(decoding: gap, as: UTF8.self).unicodeScalars.filter { !Chars.isSpace($0) }
            #expect(missing.isEmpty, "text in no token: \(String(String.UnicodeScalarView(missing)))")
        }
    }
}
