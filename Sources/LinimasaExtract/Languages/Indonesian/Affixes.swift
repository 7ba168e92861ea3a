/// Indonesian affixes as the stripper uses them. Closed classes tied to the
/// algorithm, so Swift literals (as spaCy keeps `lang/id` affixes in code).
enum Affixes {
    /// Particles that attach last: "bukanlah", "apakah", "itupun".
    static let particles = ["lah", "kah", "tah", "pun"]
    /// Possessive enclitics: "komitmennya", "rumahku".
    static let possessives = ["nya", "ku", "mu"]
    /// Derivational suffixes, longest first.
    static let derivational = ["kan", "an", "i"]

    /// Prefix + suffix pairs that Indonesian does not form (a word that looks
    /// like one is not that derivation): *be-…-i, *di-…-an, *ke-…-i, *ke-…-kan,
    /// *me-…-an, *se-…-i, *se-…-kan, *te-…-an.
    static let forbiddenConfixes: Set<String> = [
        "ber+i", "di+an", "ke+i", "ke+kan", "meN+an", "se+i", "se+kan", "ter+an",
    ]
}
