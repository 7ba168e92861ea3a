import LinimasaText

/// How an outlet token looks at the start of a dateline: a domain
/// ("KOMPAS.com", "KONTAN.CO.ID", "Liputan6.com", "JUARA.net") or one of a
/// few outlet names that are written without a domain ("CNN Indonesia",
/// "ANTARA", "VIVA").
enum Outlets {
    /// Outlet names without a domain, longest first so that "ANTARA News"
    /// wins over "ANTARA". Matched case-sensitively, as outlets write them.
    static let names = lits(
        "BBC News Indonesia", "CNN Indonesia", "ANTARA News", "Antara News", "VOA Indonesia",
        "VIVAnews", "VIVA.co.id", "Rimanews", "Pos Kota", "detikNews", "detikcom", "Sindonews",
        "REPUBLIKA", "Republika", "Okezone", "ANTARA", "Antara", "TEMPO", "Tempo", "KONTAN",
        "Kontan", "Bisnis", "VIVA", "iNews", "Xinhua", "Reuters", "BBC", "VOA", "AFP")

    /// Top-level labels accepted at the end of an outlet domain.
    static let tlds = lits("com", "id", "net", "tv", "org", "co")

    /// The end of a domain-like token at `s` ("KOMPAS.com", "KONTAN.CO.ID"),
    /// or nil. The token must have at least two labels and end in a known
    /// top-level label, and must not run on into a letter or digit.
    static func domainEnd(_ t: CleanerBytes, _ s: Int, _ e: Int) -> Int? {
        guard s < e, ByteText.isLetter(t[s]) || ByteText.isDigit(t[s]) else { return nil }
        var j = s
        var labels = 0
        var lastLabel = s
        while true {
            lastLabel = j
            while j < e, ByteText.isLetter(t[j]) || ByteText.isDigit(t[j]) || t[j] == 0x2D { j += 1 }
            guard j > lastLabel else { return nil }
            labels += 1
            if j + 1 < e, t[j] == 0x2E, ByteText.isLetter(t[j + 1]) { j += 1; continue }
            break
        }
        guard labels >= 2, j - lastLabel <= 3 else { return nil }
        for tld in tlds where tld.count == j - lastLabel && t.hasCI(tld, at: lastLabel, end: j) { return j }
        return nil
    }

    /// The end of an outlet token (domain or known name) at `s`, or nil.
    static func outletEnd(_ t: CleanerBytes, _ s: Int, _ e: Int) -> Int? {
        if let d = domainEnd(t, s, e) { return d }
        for name in names where t.has(name, at: s, end: e) {
            let j = s + name.count
            if j >= e || !CleanerBytes.isWord(t[j]) { return j }
        }
        return nil
    }

    /// Whether the domain token `s..<end` is written in capitals
    /// ("TRIBUNNEWS.COM"), the form that can follow a glued byline.
    static func isCapsDomain(_ t: CleanerBytes, _ s: Int, _ end: Int) -> Bool {
        var j = s
        while j < end {
            if ByteText.isLower(t[j]) { return false }
            j += 1
        }
        return true
    }
}
