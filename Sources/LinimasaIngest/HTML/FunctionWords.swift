/// Function words (stop words) for the stopword-density feature of the
/// boilerplate classifier, in the manner of jusText's stoplists: running
/// prose is dense in them, menus, link lists and tag clouds are not.
///
/// Small closed-class lists, so they are Swift literals (see STYLE.md on
/// where language data lives). Lowercase; matched against lowercased words.
enum FunctionWords {
    /// Indonesian conjunctions, prepositions, pronouns, particles, auxiliaries
    /// and common adverbs.
    static let indonesian: Set<String> = [
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "ini", "itu",
        "dalam", "tidak", "akan", "adalah", "oleh", "juga", "atau", "karena", "bahwa",
        "sebagai", "ada", "bisa", "dapat", "telah", "sudah", "belum", "masih", "sedang",
        "saat", "ketika", "setelah", "sebelum", "sejak", "hingga", "sampai", "agar",
        "supaya", "namun", "tetapi", "tapi", "serta", "maupun", "jika", "kalau", "bila",
        "apabila", "meski", "meskipun", "walaupun", "walau", "sehingga", "maka", "lalu",
        "pun", "lah", "kah", "tersebut", "para", "sang", "si", "kami",
        "kita", "saya", "aku", "anda", "kamu", "dia", "ia", "mereka", "beliau", "nya",
        "dirinya", "sendiri", "antara", "terhadap", "tentang", "mengenai", "bagi",
        "menurut", "seperti", "sekitar", "atas", "bawah", "melalui", "tanpa", "per",
        "secara", "lebih", "paling", "sangat", "hanya", "saja", "pula", "lagi", "harus",
        "perlu", "mau", "ingin", "boleh", "mungkin", "pernah", "selalu", "sering",
        "segera", "baru", "kini", "sekarang", "nanti", "tadi", "yakni", "yaitu",
        "ialah", "merupakan", "menjadi", "jadi", "bukan", "tak", "semua",
        "seluruh", "setiap", "tiap", "beberapa", "banyak", "sebagian", "berbagai",
        "lain", "lainnya", "sama", "begitu", "demikian", "bahkan", "apalagi", "justru",
        "tentu", "memang", "hal", "kepada", "daripada", "dimana", "mana", "apa",
        "siapa", "bagaimana", "mengapa", "kapan", "berapa", "tetap", "sebuah", "seorang",
        "suatu", "satu", "salah", "kata", "ujar", "ungkap", "jelas", "tutur", "sebut",
        "pihaknya", "punya", "milik", "guna", "usai",
        // Numerals, time units and quantifiers: closed classes that news
        // prose is full of and menus are not (jusText's lists, drawn from
        // word frequencies, include them too).
        "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
        "puluh", "belas", "ratus", "ribu", "juta", "miliar", "triliun", "pertama", "kedua",
        "ketiga", "hari", "pekan", "minggu", "bulan", "tahun", "kali", "waktu", "pagi",
        "siang", "sore", "malam", "kemarin", "besok", "depan", "sejumlah",
        "sebanyak", "sedikitnya", "setidaknya", "hampir", "kurang", "selama", "sepanjang",
        "mulai", "kembali", "terus", "sempat", "semakin", "makin", "sementara", "selain",
        "kecuali", "sebab", "akibat", "sebelumnya", "selanjutnya", "kemudian", "orang",
        // Reporting verbs and their clitic forms.
        "mengatakan", "menyebutkan", "menjelaskan", "menambahkan", "menyatakan", "katanya",
        "ujarnya", "jelasnya", "tuturnya", "ungkapnya", "imbuhnya", "sebutnya",
        // Demonstratives and locatives.
        "sini", "situ", "sana", "begini", "tersebutnya", "tempat", "antaranya",
    ]

    /// English articles, prepositions, pronouns, auxiliaries and conjunctions.
    static let english: Set<String> = [
        "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as",
        "by", "a", "an", "at", "be", "are", "were", "been", "being", "it", "its", "this",
        "these", "those", "from", "or", "but", "not", "no", "he", "she", "they", "we",
        "you", "i", "his", "her", "their", "our", "your", "my", "him", "them", "us",
        "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
        "shall", "should", "may", "might", "must", "which", "who", "whom", "whose",
        "what", "when", "where", "why", "how", "if", "then", "than", "so", "also",
        "after", "before", "since", "while", "about", "into", "over", "under", "between",
        "through", "during", "against", "up", "down", "out", "more", "most", "such",
        "only", "other", "some", "any", "all", "each", "both", "said", "says", "there",
        "here", "just", "one", "two", "three", "first", "new", "year", "years",
        "day", "days", "last", "next", "told", "according", "people", "very", "because", "until", "although", "though",
    ]

    /// Both lists: articles in either language score on the same scale.
    static let all: Set<String> = indonesian.union(english)
}
