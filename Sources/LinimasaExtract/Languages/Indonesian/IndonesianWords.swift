import LinimasaLanguage

extension LanguageProfile {
    /// The Indonesian profile: resources under `id/`, the function words
    /// below, and the affix-stripping stemmer.
    public static func indonesian(data: LanguageData = .bundled) -> LanguageProfile {
        var profile = LanguageProfile(code: "id", data: data, words: .indonesian) { data, extraRoots in
            IndonesianMorphology(stemmer: try IndonesianStemmer(data: data, extraRoots: extraRoots))
        }
        profile.posModel = "models/pos.model"
        // News, as CSUI's sentences are.
        profile.posConvention = "csui"
        profile.nameModel = "models/ner.model"
        profile.nameActors = true
        return profile
    }
}

/// Indonesian morphology for the engine: roots from the stemmer, and what
/// the affixes say about a word's part of speech.
struct IndonesianMorphology: LanguageMorphology {
    let stemmer: IndonesianStemmer

    func stem(_ word: String) -> String { stemmer.stem(word) }

    /// meN-, ber-, ter- verbs (active) and bare roots used verbally; di-
    /// verbs ("dicaplok") passive; peN-an, per-an, ke-an, -an nouns
    /// ("pencaplokan", "ancaman"); the bare root ("invasi") by context.
    func shape(word: String, root: String) -> WordShape {
        let w = word.lowercased()
        let known = w != root
        if !known {
            // The stemmer knew no root: judge by the prefix alone, for long words.
            if w.count >= 7, w.hasPrefix("meng") || w.hasPrefix("meny") || w.hasPrefix("mem") || w.hasPrefix("men") {
                return .activeVerb
            }
            return .bare
        }
        if w == root + "nya" { return .bare }
        if w.hasPrefix("di") && !root.hasPrefix("di") { return .passiveVerb }
        if w.hasPrefix("me") || w.hasPrefix("ber") || (w.hasPrefix("ter") && !root.hasPrefix("ter")) || w.hasPrefix("be") {
            return .activeVerb
        }
        let base = w.hasSuffix("nya") ? String(w.dropLast(3)) : w
        if base == root + "kan" || base == root + "i" { return .activeVerb }  // "Serukan" in headlines
        if base.hasSuffix("an") { return .noun }
        return .bare
    }

    /// A meN- or di- verb or a copula ends a noun phrase ("ber-" words such
    /// as "berulang" can modify a noun).
    func isTransitive(_ key: String) -> Bool {
        key.hasPrefix("me") || key.hasPrefix("di") || FunctionWords.indonesian.copulas.contains(key)
    }

    /// "tambahnya", "ujarnya": the root and -nya, nothing else
    /// ("selanjutnya" is an adverb, "paparannya" a noun).
    func isRootWithClitic(word: String, root: String) -> Bool { word == root + "nya" }

    /// "katanya", "ujarnya": -nya stands for the speaker of the quote before.
    func hasClitic(_ word: String) -> Bool { word.hasSuffix("nya") }

    func withoutClitic(_ word: String) -> String? { word.hasSuffix("nya") ? String(word.dropLast(3)) : nil }

    /// meN-, ber- and di- words.
    func hasVerbPrefix(_ key: String) -> Bool { key.hasPrefix("me") || key.hasPrefix("ber") || key.hasPrefix("di") }
}

/// Indonesian's closed classes of function words. Swift literals: they are
/// part of the grammar the rules encode (as spaCy keeps `lang/id` in code).
extension FunctionWords {
    public static let indonesian: FunctionWords = {
        var w = FunctionWords()
        w.preverbal = [
            "telah", "sudah", "akan", "sedang", "masih", "juga", "pun", "tidak", "tak", "belum",
            "kembali", "segera", "baru", "terus", "selalu", "pernah", "bisa", "dapat", "harus",
            "ingin", "hendak", "mulai", "secara", "resmi", "terbuka", "berulang", "kali", "sempat",
            "lalu", "kemudian", "pada", "hari", "sekarang", "kini", "sendiri", "dilaporkan",
            "disebut", "diketahui", "bakal", "mencoba", "berusaha", "berencana", "memutuskan",
            "yang", "bukan", "merupakan", "adalah", "pula", "hanya", "bahkan", "diam-diam",
            // "Aoun sebelumnya menyerukan", "Trump mulanya mengisyaratkan", "X kerap menegaskan".
            "sebelumnya", "mulanya", "awalnya", "semula", "kerap", "sering", "lantas", "tetap",
        ]
        w.prepositions = [
            "di", "ke", "dari", "dengan", "kepada", "terhadap", "tentang", "untuk", "atas", "oleh",
            "sepanjang", "dekat", "bersama", "antara", "melawan", "soal", "bagi", "menjelang",
            "menyusul", "mengenai", "seperti", "melalui", "tanpa", "pihak", "anggota", "sekutu",
        ]
        // "Stoltenberg kepada wartawan mengatakan".
        w.asideOpeners = ["kepada", "dalam", "di", "pada", "melalui", "lewat", "dari", "saat", "ketika", "usai"]
        // "sumber di pemerintah X", "pejabat dari X".
        // "perwakilan dari Korut", "media pemerintah di Pyongyang".
        w.speakerHeads = [
            "sumber", "pejabat", "juru", "diplomat", "seorang", "pihak", "para", "bicara", "perwakilan", "delegasi",
            "utusan", "pemerintah", "media",
        ]
        w.affiliationMarkers = ["di", "dari"]
        w.targetMarkers = ["kepada", "terhadap", "dengan", "ke", "atas", "untuk", "agar", "pada", "bersama"]
        // "audiensi bersama Raja Thailand": the partner, not the noun's own actor.
        w.objectPrepositions = ["ke", "terhadap", "kepada", "di", "atas", "dengan", "untuk", "bersama"]
        w.agentMarkers = ["oleh", "dengan", "dari"]
        // "serangan yang dilancarkan Rusia": the relative clause names the agent.
        w.relativizers = ["yang"]
        w.addresseeMarkers = ["kepada"]
        w.prepositionalVerbs = ["menjelang", "menyusul", "mengenai", "melalui", "menurut", "menuju", "melawan"]
        // "Ukraina bukan merupakan anggota NATO".
        w.copulas = ["merupakan", "adalah", "menjadi", "ialah", "yakni"]
        w.clauseBarriers = [
            "bahwa", "jika", "bila", "apabila", "kalau", "karena", "setelah", "sebelum", "ketika",
            "saat", "sementara", "sedangkan", "namun", "tetapi", "meski", "meskipun", "walaupun",
            "agar", "supaya", "sehingga", "menurut", "seandainya",
        ]
        w.subjectBarriers = ["bahwa"]
        // "memanggil duta besar X untuk memprotes": the caller protests.
        w.purposeMarkers = ["untuk", "guna", "demi"]
        // "mendesak X untuk mundur", "mengundang X untuk berkunjung": X acts.
        // "Korea Utara dikenai sanksi PBB", "menerima kunjungan X", "menghadapi tekanan".
        w.receivingRoots = ["terima", "dapat", "peroleh", "tuai", "alami", "hadap", "kena"]
        // "kepada kantor berita pemerintah TASS", "seperti dikutip AFP": the outlet reports, it is not addressed.
        w.mediaCues = [
            "berita", "media", "siaran", "televisi", "stasiun", "harian", "koran", "majalah", "dikutip", "dilansir",
            "melansir", "mengutip", "kutip", "lansir",
        ]
        w.controlRoots = [
            "minta", "desak", "seru", "imbau", "perintah", "ajak", "paksa", "dorong", "undang", "izin",
            "larang", "bantu", "suruh", "instruksi", "tekan", "izinkan", "dukung", "latih",
        ]
        // "menuntut agar …".
        w.complementOpeners = ["agar", "supaya", "untuk"]
        // "…, sambil menyatakan harapan": the same subject's next act.
        w.coordinators = ["dan", "serta", "sambil", "seraya"]
        w.determiners = ["sebuah", "para", "berbagai", "sejumlah", "beberapa"]
        w.demonstratives = ["tersebut", "itu", "ini"]
        // "latihan tersebut diadakan".
        w.holdingVerbs = ["ada", "gelar", "langsung", "laksana", "mulai", "gabung", "ikut", "rencana", "jadwal"]
        // "menghadiri pertemuan", "mengadakan latihan", "mendeklarasikan mobilisasi".
        w.lightVerbs = [
            "hadir", "ada", "gelar", "laku", "buat", "nyata", "deklarasi", "tingkat", "mulai", "gabung",
            "ikut", "umum", "jatuh", "beri", "kirim", "ajukan", "aju", "lancar",
        ]
        w.conditional = ["jika", "bila", "apabila", "kalau", "seandainya", "andaikan", "andai"]
        // "perlunya pertemuan": what is needed has not happened.
        w.possibility = ["bisa", "dapat", "mungkin", "kemungkinan", "berpotensi", "dapat", "perlu", "perlunya"]
        // "serangan nuklir … akan menarik tanggapan".
        w.modalAuxiliaries = ["akan", "bisa", "dapat", "mungkin"]
        w.negation = ["tidak", "tak", "belum", "bukan", "tanpa", "enggan"]
        w.future = ["akan", "berencana", "dijadwalkan", "rencananya", "direncanakan", "hendak", "bakal", "berniat"]
        // "mengancam akan menyerang".
        w.futureAuxiliary = ["akan"]
        w.background = ["telah", "sudah", "pernah", "berulang", "selama", "sejak"]
        // "telah sepakat" without a date is the day's news.
        w.recentPast = ["telah"]
        // "di tengah invasi Rusia", "perang yang berlangsung": a state that goes on, not the day's act.
        w.ongoing = ["tengah", "berlangsung", "berkecamuk", "berkepanjangan", "berkelanjutan"]
        // "berlangsung selama dua minggu" says how long an act lasts.
        w.durationOpeners = ["selama", "sepanjang"]
        w.durationVerbs = ["berlangsung"]
        // "wilayah Ukraina" is whose territory is meant, not who acts.
        w.territory = [
            "wilayah", "kawasan", "perbatasan", "daerah", "kota", "negara", "tanah", "perairan", "dekat",
            "sepanjang", "seluruh", "ibu", "front",
        ]
        // Capitalised day and month names that are never part of a name.
        w.notNames = [
            "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", "januari", "februari",
            "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
            "desember", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        ]
        // "Jika Iran menyerang …": capitalised at a sentence start, never in a name.
        w.nameBreakers = [
            "jika", "bila", "apabila", "dalam", "pada", "di", "ke", "dari", "untuk", "dengan", "setelah",
            "sebelum", "ketika", "saat", "sementara", "menurut", "bagi", "oleh", "karena", "selain", "namun",
            "tetapi", "dan", "atau", "sedangkan", "meski", "kata", "ujar", "sejak", "hingga", "the", "in",
            "on", "at", "for", "with", "after", "before", "when", "as", "but", "and", "while",
        ]
        w.sayingRoots = [
            "kata", "nyata", "tegas", "jelas", "ungkap", "tambah", "sebut", "klaim", "bantah", "tuduh",
            "peringat", "umum", "ujar", "tutur", "tulis", "lapor",
        ]
        w.speakerCues = [
            "kata", "ujar", "tutur", "ucap", "menurut",
        ]
        w.personalPronouns = ["dia", "ia", "beliau"]
        // "Korut mengatakan bahwa mereka telah menguji …": the speaking state.
        w.pluralPronouns = ["mereka"]
        w.firstPersonPlural = ["kami", "kita"]
        // "aliansi itu", "aliansi militer Barat".
        w.allianceNouns = ["aliansi"]
        w.allianceModifiers = [
            "itu", "tersebut", "ini", "militer", "barat", "pertahanan", "transatlantik", "atlantik",
        ]
        // "negara itu".
        w.countryNouns = ["negara"]
        // "kelompok tersebut", "milisi itu": the organisation or armed group named before.
        w.groupNouns = ["kelompok", "milisi", "organisasi", "gerakan", "faksi"]
        // "wilayah tersebut", "kawasan itu": the state whose land was named before.
        w.placeNouns = ["wilayah", "kawasan", "daerah"]
        // "roket-roket Hizbullah ditembakkan": the owner of what is fired fires it.
        w.launchedForms = ["ditembakkan", "ditembakan", "diluncurkan", "dilepaskan", "dijatuhkan", "dilontarkan"]
        // "Duta Besar AS untuk PBB".
        w.beneficiaryMarkers = ["untuk"]
        w.subjectAdverbs = [
            "telah", "sudah", "akan", "juga", "kemudian", "lalu", "sebelumnya", "tidak", "pun", "mulanya", "awalnya",
            "kerap",
        ]
        // "Abdel Fattah al-Sisi", "Mohammed bin Salman", "Ursula von der Leyen".
        w.nameParticles = ["al", "el", "bin", "binti", "ibn", "van", "von", "der", "de", "dos"]
        // "di Istanbul, Turki": where the talks were held.
        w.locatives = ["di"]
        // "perundingan antara Rusia dan Ukraina", "kedua negara", "kedua belah pihak".
        w.pairOpeners = ["antara"]
        w.pairQuantifiers = ["kedua"]
        w.pairNouns = ["negara", "pihak", "pemimpin", "pemerintah", "delegasi", "belah", "menteri", "menlu", "kepala", "pimpinan"]
        // "otoritas setempat": the authorities of the country just named.
        w.localAuthorities = ["otoritas", "pemerintah", "pejabat", "aparat", "pihak"]
        w.localMarkers = ["setempat"]
        // "pertama sejak 2022": a period's start, not the act's date.
        w.since = ["sejak"]
        // "sehari setelah perundingan": the talks a day before the news.
        w.sequenceAfter = ["setelah", "sesudah", "seusai", "usai"]
        w.sequenceBefore = ["sebelum", "menjelang"]
        return w
    }()
}
