import LinimasaText
import Testing

/// The words of `text` that a tracker reading its quote tokens puts inside
/// a quotation, with straight quotes read as `straight` says.
private func quotedWords(_ text: String, _ straight: QuoteTracker.StraightQuotes) -> [String] {
    let bytes = Array(text.utf8)
    var tracker = QuoteTracker(straight: straight)
    var words: [String] = []
    for t in Tokenizer.tokenize(bytes, range: 0..<bytes.count) {
        let s = String(decoding: bytes[t.range], as: UTF8.self)
        if t.kind == .quote, let scalar = s.unicodeScalars.first, let mark = QuoteTracker.mark(scalar) {
            tracker.read(mark, end: t.range.upperBound) {
                let (lo, hi) = (t.range.lowerBound, t.range.upperBound)
                return QuoteTracker.Position(
                    spacedBefore: lo == 0 || bytes[lo - 1] == 0x20,
                    spacedAfter: hi == bytes.count || bytes[hi] == 0x20,
                    afterOpeningBracket: lo > 0 && (bytes[lo - 1] == 0x28 || bytes[lo - 1] == 0x5B))
            }
        } else if t.kind == .word, tracker.isOpen {
            words.append(s)
        }
    }
    return words
}

@Suite struct QuoteTrackerTests {
    @Test(arguments: [QuoteTracker.StraightQuotes.byPosition, .toggle])
    func typographicQuotesOpenAndCloseByShape(_ straight: QuoteTracker.StraightQuotes) {
        #expect(quotedWords("Kata Rudi “kami siap” lalu pergi.", straight) == ["kami", "siap"])
        #expect(quotedWords("Ia menulis «kami menolak» kemarin.", straight) == ["kami", "menolak"])
        #expect(quotedWords("Ia menulis „besok hujan” di pesan.", straight) == ["besok", "hujan"])
        // A closing quote with none open changes nothing.
        #expect(quotedWords("Ia diam” lalu “pulang” cepat.", straight) == ["pulang"])
    }

    @Test(arguments: [QuoteTracker.StraightQuotes.byPosition, .toggle])
    func apostrophesAndSingleQuotesAreNotQuotations(_ straight: QuoteTracker.StraightQuotes) {
        #expect(quotedWords("Pada hari Jum'at dia berkata \"sudah\" kemarin.", straight) == ["sudah"])
        #expect(quotedWords("Tim ‘garuda’ menang, kata pelatih \"lagi\" saja.", straight) == ["lagi"])
        #expect(QuoteTracker.mark("'") == nil && QuoteTracker.mark("\u{2019}") == nil && QuoteTracker.mark("`") == nil)
    }

    @Test func straightQuotesByPositionReadTheSpacing() {
        // A quote glued to the word before it closes; one after a space or a
        // bracket opens; one spaced on both sides closes an open quotation.
        #expect(quotedWords("Pipa 5\" lalu \"turun\" lagi.", .byPosition) == ["turun"])
        #expect(quotedWords("Ia berkata (\"nanti\") sambil pergi.", .byPosition) == ["nanti"])
        #expect(quotedWords("Ia berkata \" siap \" dan pergi.", .byPosition) == ["siap"])
    }

    @Test func straightQuotesToggleWhateverTheSpacing() {
        #expect(quotedWords("Pipa 5\" lalu \"turun\" lagi.", .toggle) == ["lalu", "lagi"])
        #expect(quotedWords("Ia berkata (\"nanti\") sambil pergi.", .toggle) == ["nanti"])
        #expect(quotedWords("Ia berkata \" siap \" dan pergi.", .toggle) == ["siap"])
    }

    @Test func opensAfterTheQuoteAndForgetsOnClose() {
        var tracker = QuoteTracker(straight: .toggle)
        #expect(!tracker.isOpen && tracker.openEnd == -1)
        tracker.read(.straight, end: 7)
        #expect(tracker.isOpen && tracker.openEnd == 7)
        tracker.read(.straight, end: 12)
        #expect(!tracker.isOpen)
    }
}
