/// The multi-character patterns of `Tokenizer`: URLs, e-mail addresses, bare
/// domains, abbreviations with their dot, and currency prefixes.
enum TokenPatterns {
    /// Top-level domains that make "name.tld" a domain rather than two words
    /// glued by a missing space ("akhir.Dia"). Compared case-insensitively.
    static let topLevelDomains: Set<WordKey> = WordKey.set([
        "com", "id", "net", "org", "info", "biz", "io", "co", "gov", "edu", "mil", "int",
        "tv", "news", "asia", "me", "uk", "us", "au", "sg", "my", "jp", "cn", "ru", "de",
        "fr", "nl", "eu", "ca", "ly", "ai", "app", "dev", "xyz", "online", "site", "tech",
    ])

    /// Currency codes split off a number glued to them: "Rp1.000" → "Rp", "1.000".
    static let currencyPrefixes: Set<WordKey> = WordKey.set([
        "Rp", "RP", "rp", "IDR", "USD", "US", "EUR", "SGD", "RM", "Rs", "JPY", "AUD",
    ])

    static func isCurrencyPrefix(_ bytes: [UInt8], _ r: Range<Int>) -> Bool {
        guard let key = WordKey(bytes, r) else { return false }
        return currencyPrefixes.contains(key)
    }

    static func isTopLevelDomain(_ bytes: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count <= 6 else { return false }
        var lower = [UInt8](repeating: 0, count: r.count)
        for (n, k) in r.enumerated() { lower[n] = bytes[k] | 0x20 }
        guard let key = WordKey(lower, 0..<lower.count) else { return false }
        return topLevelDomains.contains(key)
    }
}

extension TokenScanner {
    /// Whether `text[i...]` starts with the lowercase ASCII `prefix`, ignoring case.
    func hasPrefix(_ prefix: StaticString, at i: Int) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard i + n <= hi else { return false }
        let p = prefix.utf8Start
        for k in 0..<n where text[i + k] | 0x20 != p[k] | 0x20 { return false }
        return true
    }

    /// End of a URL that starts at `i` with "http://", "https://" or "www.".
    func urlEnd(at i: Int) -> Int? {
        let b = text[i] | 0x20
        guard b == 0x68 || b == 0x77 else { return nil }  // h w
        guard hasPrefix("http://", at: i) || hasPrefix("https://", at: i) || hasPrefix("www.", at: i)
        else { return nil }
        return trimmedURLTail(from: i, to: urlRunEnd(from: i))
    }

    /// The run of non-space, non-quote characters from `k`.
    func urlRunEnd(from k: Int) -> Int {
        var e = k
        while e < hi {
            let c = text[e]
            if c <= 0x20 || c == 0x22 || c == 0x3C || c == 0x3E { break }
            if c >= 0x80, text.whitespaceLength(at: e, end: hi) > 0 || (c == 0xE2 && e + 2 < hi
                && text[e + 1] == 0x80 && (text[e + 2] == 0x9C || text[e + 2] == 0x9D)) { break }
            e += 1
        }
        return e
    }

    /// Drops sentence punctuation that ends a URL run: "detik.com/berita)." → "detik.com/berita".
    func trimmedURLTail(from s: Int, to e0: Int) -> Int? {
        var e = e0
        while e > s {
            let c = text[e - 1]
            guard c == 0x2E || c == 0x2C || c == 0x3B || c == 0x3A || c == 0x21 || c == 0x3F
                || c == 0x29 || c == 0x5D || c == 0x27 else { break }
            e -= 1
        }
        return e > s ? e : nil
    }

    /// End of an e-mail address starting at `i`: local@domain.tld.
    func emailEnd(at i: Int) -> Int? {
        var e = i
        while e < hi {
            let c = text[e]
            guard ByteText.isAlnum(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D else { break }
            e += 1
        }
        guard e > i, e < hi, text[e] == 0x40 else { return nil }
        var d = e + 1
        var dots = 0
        while d < hi {
            let c = text[d]
            if c == 0x2E { dots += 1 } else if !(ByteText.isAlnum(c) || c == 0x2D) { break }
            d += 1
        }
        while d > e + 1, text[d - 1] == 0x2E { d -= 1; dots -= 1 }
        return dots > 0 ? d : nil
    }

    /// End of a bare domain starting at `i` ("KOMPAS.com", "news.detik.com/x"):
    /// two or more dot-separated ASCII labels of two or more characters, the
    /// last a known top-level domain.
    func domainEnd(at i: Int) -> Int? {
        var e = i
        var labels = 0
        var lastStart = i
        while true {
            let s = e
            while e < hi, ByteText.isAlnum(text[e]) || text[e] == 0x2D { e += 1 }
            guard e - s >= 2 else { return nil }
            labels += 1
            lastStart = s
            guard e + 1 < hi, text[e] == 0x2E, ByteText.isAlnum(text[e + 1]) else { break }
            e += 1
        }
        guard labels >= 2, e == hi || text[e] < 0x80,
              TokenPatterns.isTopLevelDomain(text.bytes, lastStart..<e) else { return nil }
        if e + 1 < hi, text[e] == 0x2F, text[e + 1] > 0x20 {
            return trimmedURLTail(from: i, to: urlRunEnd(from: e)) ?? e
        }
        return e
    }

    /// End (after the dot) of a listed abbreviation or dotted acronym at `i`:
    /// "dll.", "Prof.", "M.Si.", "A.S.", and "J." when more text follows.
    func abbreviationEnd(at i: Int) -> Int? {
        var r = i
        while r < hi, r - i <= WordKey.maxLength, ByteText.isLetter(text[r]) || text[r] == 0x2E { r += 1 }
        var p = r - 1
        while p > i {
            if text[p] == 0x2E {
                let w = i..<p
                if Abbreviations.kind(text.bytes, w) != nil { return p + 1 }
                if Abbreviations.isInitialOrAcronym(text.bytes, w), w.count > 1 || p + 1 < hi {
                    return p + 1
                }
            }
            p -= 1
        }
        return nil
    }
}
