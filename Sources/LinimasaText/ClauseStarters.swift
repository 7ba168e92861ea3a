/// Words that typically open a new clause or sentence, used by the acronym
/// and initial rule of the splitter.
///
/// After a single capital initial or a dotted acronym ("R.", "B.J.", "A.S.",
/// "U.S."), the splitter ends the sentence only when the next word is one of
/// these. A capitalised name after the dot is taken as the rest of a name
/// ("Joe R. Biden", "B.J. Habibie"), while "... sanksi A.S. Mereka ..." and
/// "... to the U.S. The ..." end there.
///
/// Entries match case-sensitively in their capitalised form, as they appear at
/// the start of a sentence.
enum ClauseStarters {
    static let indonesian: [String] = [
        // Pronouns and demonstratives.
        "Dia", "Ia", "Mereka", "Kami", "Kita", "Saya", "Aku", "Anda", "Beliau", "Ini", "Itu",
        "Hal", "Para", "Semua", "Banyak", "Sejumlah", "Beberapa",
        // Conjunctions and discourse adverbs.
        "Namun", "Tetapi", "Tapi", "Akan", "Sementara", "Sedangkan", "Adapun", "Selain",
        "Kemudian", "Lalu", "Selanjutnya", "Sebelumnya", "Sebelum", "Setelah", "Sesudah",
        "Saat", "Ketika", "Kini", "Sekarang", "Karena", "Sebab", "Oleh", "Jika", "Kalau",
        "Bahkan", "Meski", "Meskipun", "Walaupun", "Padahal", "Maka", "Dengan", "Tanpa",
        "Hingga", "Sampai", "Sejak", "Pada", "Dalam", "Di", "Ke", "Dari", "Untuk", "Bagi",
        "Menurut", "Terkait", "Mengenai", "Soal", "Sebagai", "Hanya", "Juga", "Tak", "Tidak",
        "Belum", "Sudah", "Masih", "Apa", "Siapa", "Bagaimana", "Mengapa", "Kenapa", "Kapan",
        "Ada", "Yang", "Seperti", "Demikian", "Begitu", "Diketahui",
        "Dilaporkan", "Disebutkan",
    ]

    static let english: [String] = [
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "This", "That", "These",
        "Those", "There", "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "In", "On",
        "At", "For", "If", "When", "While", "After", "Before", "As", "Its", "His", "Her",
        "Their", "Our", "Some", "Many", "Most", "No", "Now", "Then", "Still",
    ]

    static let words: Set<WordKey> = WordKey.set(indonesian + english)

    /// Whether `bytes[range]` spells a clause-opening word.
    static func contains(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let key = WordKey(bytes, range) else { return false }
        return words.contains(key)
    }
}
