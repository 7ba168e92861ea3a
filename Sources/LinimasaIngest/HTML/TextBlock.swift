/// One block of page text (a paragraph, list item, cell, heading, caption,
/// or a `<br>`-separated run) with the features the boilerplate classifier
/// uses.
struct TextBlock: Sendable {
    /// The text with whitespace runs collapsed to single spaces.
    var text: String
    /// Characters of `text`, not counting spaces.
    var characters: Int
    /// Non-space characters inside `<a>` elements.
    var linkCharacters: Int
    var words: Int
    var functionWords: Int
    /// Inside `h1`–`h6`.
    var isHeading: Bool
    /// Inside `figcaption`: kept as its own line for the downstream cleaner.
    var isCaption: Bool
    /// Inside a `select` (option lists are never content).
    var inSelect: Bool

    /// Length in characters, spaces included, as jusText measures it.
    var length: Int { text.count }

    /// Share of the block's characters that are link text.
    var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }

    /// A copyright line ("© 2024 …", "Hak cipta dilindungi").
    var isCopyright: Bool {
        let lower = text.lowercased()
        return text.contains("©") || lower.contains("copyright") || lower.contains("hak cipta")
    }

    /// Share of the block's words that are function words.
    var functionWordDensity: Double { words == 0 ? 0 : Double(functionWords) / Double(words) }

    init(rawText: String, linkCharacters: Int, isHeading: Bool, isCaption: Bool, inSelect: Bool) {
        let text = TextBlock.collapseWhitespace(rawText)
        self.text = text
        var characters = 0
        for c in text.unicodeScalars where c != " " { characters += 1 }
        self.characters = characters
        self.linkCharacters = min(linkCharacters, characters)
        var words = 0, function = 0
        let prose = IngestWords.shipped.prose
        for word in TextBlock.words(of: text) {
            words += 1
            if prose.contains(word) { function += 1 }
        }
        self.words = words
        self.functionWords = function
        self.isHeading = isHeading
        self.isCaption = isCaption
        self.inSelect = inSelect
    }

    /// Lowercased runs of letters and digits. Indonesian clitics written
    /// with a hyphen ("rumah-nya") split into their parts.
    static func words(of text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Trims and turns every run of whitespace (including no-break spaces
    /// and newlines) into one space.
    static func collapseWhitespace(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for ch in s {
            if ch.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(ch)
            }
        }
        return out
    }
}
