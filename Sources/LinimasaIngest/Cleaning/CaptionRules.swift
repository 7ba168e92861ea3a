import LinimasaModel

/// Photo and video captions: parentheticals such as "(Foto: …)",
/// "(ANTARA FOTO/…)", "(Dok. …)", "(KOMPAS.COM/NAMA)".
///
/// A line that *ends* with such a parenthetical is a caption as a whole
/// ("Menteri … di Washington. (Foto: AP)") as long as the text before it is
/// at most `maxCaptionLine` bytes; inside a longer paragraph only the
/// parenthetical itself is dropped (see `InlineRules`).
enum CaptionRules {
    /// Longest caption text before the closing parenthetical.
    static let maxCaptionLine = 300
    /// Longest parenthetical considered a photo credit.
    static let maxParen = 120

    /// Openings (after "(", lower-cased) that mark a photo credit (rule
    /// "credit-opening").
    static let openings = IngestWords.shipped.creditOpenings

    /// Offset just past the ")" when a photo-credit parenthetical opens at
    /// `open` (which holds "("), else nil.
    static func creditParen(_ t: CleanerBytes, _ open: Int, _ e: Int) -> Int? {
        let limit = min(e, open + maxParen)
        guard let close = t.find(0x29, from: open + 1, to: limit) else { return nil }
        let i = open + 1
        for lit in openings where t.hasCI(lit, at: i, end: close + 1) { return close + 1 }
        // "(KOMPAS.COM/NAMA)", "(Tribunnews.com/Nama)": a domain then a slash.
        if let d = Outlets.domainEnd(t, i, close), d < close, t[d] == 0x2F { return close + 1 }
        return nil
    }

    /// A line that is one parenthetical: "(Foto: …)", "(Sumber: Kompas.com/…)".
    /// Openings of such a line besides the photo-credit ones (rule "credit-line").
    static let creditLines = IngestWords.shipped.creditLines
    static func wholeLineCaption(_ t: CleanerBytes, _ s: Int, _ e: Int) -> DropReason? {
        guard t[e - 1] == 0x29 else { return nil }
        if let end = creditParen(t, s, e), end == e { return .caption }
        if creditLines.contains(where: { t.hasCI($0, at: s + 1, end: e) }),
           t.find(0x29, from: s + 1, to: e) == e - 1 { return .caption }
        return nil
    }

    /// Whether the line ends with a photo-credit parenthetical and is short
    /// enough to be a caption as a whole.
    static func endsWithCaption(_ t: CleanerBytes, _ s: Int, _ e: Int) -> Bool {
        var end = e
        if t[end - 1] == 0x2E, end - 1 > s { end -= 1 }
        guard t[end - 1] == 0x29 else { return false }
        var open = end - 2
        let floor = max(s, end - maxParen)
        while open >= floor, t[open] != 0x28 {
            if t[open] == 0x29 { return false }
            open -= 1
        }
        guard open >= floor, open - s <= maxCaptionLine,
              let close = creditParen(t, open, end), close == end else { return false }
        return true
    }
}
