import LinimasaText

/// What a word's affixes say about its part of speech, which decides how a
/// trigger's roles are read.
enum WordShape {
    /// meN-, ber-, ter- verbs (active), and bare roots used verbally.
    case activeVerb
    /// di- verbs: "dicaplok", "dipukul".
    case passiveVerb
    /// peN-an, per-an, ke-an, -an nouns: "pencaplokan", "ancaman".
    case noun
    /// The bare root ("invasi", "sanksi"): noun or verb by context.
    case bare

    init(word: String, root: String) {
        let w = word.lowercased()
        let known = w != root
        if !known {
            // The stemmer knew no root: judge by the prefix alone, for long words.
            if w.count >= 7, w.hasPrefix("meng") || w.hasPrefix("meny") || w.hasPrefix("mem") || w.hasPrefix("men") {
                self = .activeVerb
            } else {
                self = .bare
            }
            return
        }
        if w == root + "nya" { self = .bare; return }
        if w.hasPrefix("di") && !root.hasPrefix("di") { self = .passiveVerb; return }
        if w.hasPrefix("me") || w.hasPrefix("ber") || (w.hasPrefix("ter") && !root.hasPrefix("ter")) || w.hasPrefix("be") {
            self = .activeVerb
            return
        }
        let base = w.hasSuffix("nya") ? String(w.dropLast(3)) : w
        if base == root + "kan" || base == root + "i" { self = .activeVerb; return }  // "Serukan" in headlines
        if base.hasSuffix("an") { self = .noun; return }
        self = .bare
    }

    var isVerb: Bool { self == .activeVerb || self == .passiveVerb }
}

/// Closed classes of function words the event rules read. Swift literals:
/// they are part of the grammar the rules encode.
enum FunctionWords {
    /// Words that may stand between a subject and its verb.
    static let preverbal: Set<String> = [
        "telah", "sudah", "akan", "sedang", "masih", "juga", "pun", "tidak", "tak", "belum",
        "kembali", "segera", "baru", "terus", "selalu", "pernah", "bisa", "dapat", "harus",
        "ingin", "hendak", "mulai", "secara", "resmi", "terbuka", "berulang", "kali", "sempat",
        "lalu", "kemudian", "pada", "hari", "sekarang", "kini", "sendiri", "dilaporkan",
        "disebut", "diketahui", "bakal", "mencoba", "berusaha", "berencana", "memutuskan",
        "yang", "bukan", "merupakan", "adalah", "pula", "hanya", "bahkan", "diam-diam",
    ]
    /// Words before an actor that make it an object or a place, never a subject.
    static let prepositions: Set<String> = [
        "di", "ke", "dari", "dengan", "kepada", "terhadap", "tentang", "untuk", "atas", "oleh",
        "sepanjang", "dekat", "bersama", "antara", "melawan", "soal", "bagi", "menjelang",
        "menyusul", "mengenai", "seperti", "melalui", "tanpa", "pihak", "anggota", "sekutu",
    ]
    /// Prepositions that may open a phrase between a subject and its verb:
    /// "Stoltenberg kepada wartawan mengatakan".
    static let asideOpeners: Set<String> = ["kepada", "dalam", "di", "pada", "melalui", "lewat", "dari", "saat", "ketika", "usai"]
    /// Who speaks for a body: "sumber di pemerintah X", "pejabat dari X".
    static let speakerHeads: Set<String> = ["sumber", "pejabat", "juru", "diplomat", "seorang", "pihak", "para", "bicara"]
    /// Prepositions that introduce a target.
    static let targetMarkers: Set<String> = ["kepada", "terhadap", "dengan", "ke", "atas", "untuk", "agar", "pada"]
    /// Verbs that are really prepositions.
    static let prepositionalVerbs: Set<String> = ["menjelang", "menyusul", "mengenai", "melalui", "menurut", "menuju", "melawan"]
    /// Copulas: verbs for the subject search ("Ukraina bukan merupakan anggota NATO").
    static let copulas: Set<String> = ["merupakan", "adalah", "menjadi", "ialah", "yakni"]
    /// Words that open a new clause with its own subject.
    static let clauseBarriers: Set<String> = [
        "bahwa", "jika", "bila", "apabila", "kalau", "karena", "setelah", "sebelum", "ketika",
        "saat", "sementara", "sedangkan", "namun", "tetapi", "meski", "meskipun", "walaupun",
        "agar", "supaya", "sehingga", "menurut", "seandainya",
    ]
    /// Barriers the subject search does not cross: a complement clause has its own subject.
    static let subjectBarriers: Set<String> = ["bahwa"]
    /// Words that open the content of an appeal or demand ("menuntut agar …").
    static let complementOpeners: Set<String> = ["agar", "supaya", "untuk"]
    /// Verbs that hold an event noun ("latihan tersebut diadakan").
    static let holdingVerbs: Set<String> = ["ada", "gelar", "langsung", "laksana", "mulai", "gabung", "ikut", "rencana", "jadwal"]
    static let conditional: Set<String> = ["jika", "bila", "apabila", "kalau", "seandainya", "andaikan", "andai"]
    static let possibility: Set<String> = ["bisa", "dapat", "mungkin", "kemungkinan", "berpotensi", "dapat"]
    static let negation: Set<String> = ["tidak", "tak", "belum", "bukan", "tanpa", "enggan"]
    static let future: Set<String> = [
        "akan", "berencana", "dijadwalkan", "rencananya", "direncanakan", "hendak", "bakal", "berniat",
    ]
    /// Cues that a clause is background, not the day's news.
    static let background: Set<String> = ["telah", "sudah", "pernah", "berulang", "selama", "sejak"]
    /// Nouns of place: an actor after them is where something happens or
    /// whose territory is meant ("wilayah Ukraina"), not who acts.
    static let territory: Set<String> = [
        "wilayah", "kawasan", "perbatasan", "daerah", "kota", "negara", "tanah", "perairan", "dekat",
        "sepanjang", "seluruh", "ibu", "front",
    ]
    /// Verbs that take an event noun as object and lend it their subject:
    /// "menghadiri pertemuan", "mengadakan latihan", "mendeklarasikan mobilisasi".
    static let lightVerbs: Set<String> = [
        "hadir", "ada", "gelar", "laku", "buat", "nyata", "deklarasi", "tingkat", "mulai", "gabung",
        "ikut", "umum", "jatuh", "beri", "kirim", "ajukan", "aju", "lancar",
    ]
}
