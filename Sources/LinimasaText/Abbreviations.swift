/// How an abbreviation written with a final "." behaves where a sentence
/// could end.
enum AbbreviationKind: UInt8, Sendable {
    /// Titles, ranks and forms that always introduce more text ("Prof.",
    /// "Jl.", "Rp.", "No."): never a sentence end while text follows on the line.
    case neverEnds
    /// Closing abbreviations ("dll.", "dsb.", "etc."): a sentence end only
    /// when the next word starts with an uppercase letter (or the line ends).
    case mayEnd
}

/// The abbreviation lists of the sentence splitter and tokenizer.
///
/// Entries are written WITHOUT the final dot and match case-sensitively
/// ("dr." is a physician, "Dr." a doctorate; both are listed). Internal dots
/// are part of the entry ("K.H", "M.Si", "a.n").
///
/// Dotted all-capital acronyms ("A.S.", "P.B.B.", "U.S.", "U.K.", "B.J.") and
/// single capital initials ("R.") are deliberately NOT listed: they follow the
/// acronym rule in `SentenceBoundary` (an end only before a clause-opening word
/// such as "Dia" or "The"), which handles both "Joe R. Biden" and
/// "... sanksi dari A.S. Mereka ...".
enum Abbreviations {
    /// Indonesian titles, ranks, degrees and forms that precede more text.
    static let indonesianNeverEnds: [String] = [
        // Titles and forms of address.
        "Prof", "Dr", "dr", "drg", "Drs", "Dra", "Ir", "H", "Hj", "K.H", "Tn", "Ny", "Nn",
        "Sdr", "Sdri", "Bpk", "Yth", "Alm", "almh", "Almh",
        // Academic degrees written after a name (usually followed by a comma).
        "S.H", "M.H", "S.E", "M.M", "M.Si", "S.Sos", "S.Pd", "S.Kom", "S.T", "M.T",
        "S.Ag", "M.Ag", "M.Kes", "Sp.A", "Sp.OG", "Sp.PD", "Lc",
        // Military and police ranks.
        "Kol", "Letkol", "Kapt", "Lettu", "Letda", "Brigjen", "Mayjen", "Letjen",
        "Jend", "Laksma", "Laksda", "Laksdya", "Marsma", "Marsda", "Marsdya", "Kombes",
        "Kompol", "Ipda", "Iptu", "Aiptu", "Bripka", "Brigpol", "Serka", "Sertu",
        // Addresses, numbers, money and references.
        "Jl", "Jln", "Gg", "Kec", "Kab", "Kel", "Prov", "No", "Nmr", "Rp", "tgl", "Tgl",
        "hlm", "Hlm", "a.n", "u.p", "u.b", "a.l", "s.d", "d.a", "Tel", "Telp", "telp",
        // Religious citations and formulas: "(HR. Bukhari)", "Wr. Wb.".
        "HR", "Wr",
        // ANTARA's editor codes: "(Uu. G005)".
        "Uu",
    ]

    /// English titles and forms that precede more text.
    static let englishNeverEnds: [String] = [
        "Mr", "Mrs", "Ms", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Cpl", "Pvt", "Adm",
        "Cmdr", "Maj", "Pres", "Amb", "St", "Jr", "Sr", "Mt", "Ft", "Inc", "Co", "Corp",
        "Ltd", "vs", "Vs", "e.g", "i.e", "cf", "approx", "Dept", "Fig", "Vol", "vol", "pp", "No",
        // Month abbreviations before a day ("Oct. 19", "Jan. 3").
        "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    // Words that are also ordinary words or undotted acronyms ("Mayor", "Ibu",
    // "MA", "AKBP", "hal") are deliberately absent: "... diajukan ke MA. Dia ..."
    // ends a sentence.

    /// Abbreviations that may end a sentence: only before an uppercase word
    /// or at the end of the line. "dkk." ("and colleagues") is here rather than
    /// in the never-end list because it closes a name list as often as it
    /// continues one ("... oleh Budi dkk. Mereka ...").
    static let mayEnd: [String] = [
        "dll", "dsb", "dst", "dkk", "sbb", "ybs", "etc", "al", "Ph.D", "PhD", "Bros",
    ]

    /// Entry → kind.
    static let table: [WordKey: AbbreviationKind] = {
        var t: [WordKey: AbbreviationKind] = [:]
        for w in indonesianNeverEnds + englishNeverEnds { if let k = WordKey(w) { t[k] = .neverEnds } }
        for w in mayEnd { if let k = WordKey(w) { t[k] = .mayEnd } }
        return t
    }()

    /// The kind of the abbreviation spelled by `bytes[range]` (without its final dot).
    static func kind(_ bytes: [UInt8], _ range: Range<Int>) -> AbbreviationKind? {
        guard let key = WordKey(bytes, range) else { return nil }
        return table[key]
    }

    /// "R", "B.J", "A.S", "P.B.B": ASCII capitals separated by single dots
    /// (the final dot excluded).
    static func isInitialOrAcronym(_ bytes: [UInt8], _ w: Range<Int>) -> Bool {
        guard w.count % 2 == 1, w.upperBound <= bytes.count else { return false }
        var k = w.lowerBound
        while k < w.upperBound {
            guard ByteText.isUpper(bytes[k]) else { return false }
            if k + 1 < w.upperBound, bytes[k + 1] != 0x2E { return false }
            k += 2
        }
        return true
    }
}
