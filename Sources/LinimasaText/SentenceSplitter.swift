/// Splits the body text of a news document into sentences, working directly
/// on UTF-8 bytes.
///
/// The rules, in the order the splitter applies them:
///
/// 1. A line break (LF, CR, CRLF, NEL, U+2028, U+2029) and the end of a body
///    region always end a sentence. Inputs hold one paragraph per line, so a
///    headline without a final stop is a sentence of its own.
/// 2. Candidate ends are runs of `.`, `!`, `?` and `…` (so "...", "?!", "!!!"
///    and "...." are one run), plus the closing quotes and brackets that follow
///    the run (`"`, `'`, `”`, `’`, `»`, `)`, `]`, `}`), which stay in the sentence,
///    as does a closing quote detached by a space (`jelas. "` in detokenized text).
/// 3. The run must be followed by a space. "KOMPAS.com", "1.000", "2,5",
///    "12.30", "Rp 1.5 triliun" and "www.voaindonesia.com" therefore never split.
/// 4. Skipping opening quotes and brackets, the next word decides:
///    a lowercase letter never starts a new sentence (`"Kami siap!" ujar
///    Austin.`, "tunggu... dan lihat", "Gaspol! yang tayang"); an uppercase
///    letter, a digit or another character may.
/// 5. For a single `.` the word before it is checked (see `SentenceBoundary`):
///    never-end abbreviations ("Prof.", "Jl.", "Rp.", "No.") do not end a
///    sentence; may-end abbreviations ("dll.", "dsb.") end one only before an
///    uppercase word; single capital initials and dotted acronyms ("R.",
///    "B.J.", "A.S.", "U.S.") end one only before a clause-opening word listed
///    in `ClauseStarters`; a number of up to three digits that opens a
///    sentence ("1. Pertama ...") or follows `,` `:` `;` ("Grup A: 1. Persib,
///    2. Persija") is a list marker and stays with its item.
/// 6. Inside an open double quotation that later closes with a comma or with
///    a lowercase continuation (`"Satu. Dua," kata X.`), no sentence ends: the
///    whole reported speech and its attribution are one sentence.
///
/// Every sentence range is trimmed of whitespace (including NBSP and the other
/// Unicode spaces), is non-empty, lies inside one region, and the ranges come
/// out sorted; together they cover all non-space bytes of the regions.
public enum SentenceSplitter {
    /// Splits the body regions of a document into sentence byte ranges.
    ///
    /// - Parameters:
    ///   - text: The UTF-8 bytes of the whole document.
    ///   - regions: Sorted, non-overlapping byte ranges of body text. Ranges
    ///     outside `text` are clamped; an overlap with the previous region is
    ///     ignored.
    /// - Returns: Sorted, trimmed, non-empty sentence byte ranges.
    public static func split(_ text: [UInt8], regions: [Range<Int>]) -> [Range<Int>] {
        var scanner = SentenceScanner(text: ByteText(text))
        scanner.out.reserveCapacity(text.count / 100 + regions.count + 1)
        var previousEnd = 0
        for region in regions {
            let lo = Swift.max(region.lowerBound, previousEnd, 0)
            let hi = Swift.min(region.upperBound, text.count)
            guard lo < hi else { continue }
            scanner.scan(lo, hi)
            previousEnd = hi
        }
        return scanner.out
    }

    /// Convenience: splits the whole text as one body region.
    public static func split(_ text: [UInt8]) -> [Range<Int>] {
        split(text, regions: [0..<text.count])
    }
}

/// The per-document state of `SentenceSplitter`: the text, the region being
/// scanned, and the output it appends to.
struct SentenceScanner {
    let text: ByteText
    var out: [Range<Int>] = []
    /// The region being scanned.
    var lo = 0, hi = 0
    /// Start of the current line (or of the region when it starts mid-line).
    var lineStart = 0
    /// Start of the sentence being built.
    var segStart = 0
    var quote = QuoteTracker(straight: .byPosition)

    init(text: ByteText) { self.text = text }

    /// Scans one body region `[lo, hi)`.
    mutating func scan(_ lo: Int, _ hi: Int) {
        self.lo = lo
        self.hi = hi
        lineStart = lo
        segStart = lo
        quote.close()
        var i = lo
        while i < hi {
            switch text[i] {
            case 0x0A, 0x0D:
                let n = text.lineBreakLength(at: i, end: hi)
                endLine(at: i, next: i + n)
                i += n
            case 0x2E, 0x21, 0x3F:  // . ! ?
                i = terminator(at: i)
            case 0x22:  // "
                straightQuote(at: i)
                i += 1
            case 0xE2:
                i = generalPunctuation(at: i)
            case 0xC2:
                if i + 1 < hi, text[i + 1] == 0x85 {
                    endLine(at: i, next: i + 2)
                    i += 2
                } else {
                    i += 1
                }
            default:
                i += 1
            }
        }
        emit(segStart, hi)
    }

    /// Appends the trimmed range `[s, e)` when it is not empty.
    mutating func emit(_ s: Int, _ e: Int) {
        let r = text.trimmed(s, e)
        if !r.isEmpty { out.append(r) }
    }

    mutating func endLine(at i: Int, next: Int) {
        emit(segStart, i)
        segStart = next
        lineStart = next
        quote.close()
    }

    /// U+2026 `…`, curly double quotes and U+2028/U+2029 (all `E2 80 xx`).
    mutating func generalPunctuation(at i: Int) -> Int {
        guard i + 2 < hi, text[i + 1] == 0x80 else { return i + 1 }
        switch text[i + 2] {
        case 0xA6: return terminator(at: i)
        case 0x9C: quote.read(.opening, end: i + 3)
        case 0x9D: quote.read(.closing, end: i + 3)
        case 0xA8, 0xA9: endLine(at: i, next: i + 3)
        default: break
        }
        return i + 3
    }
}
