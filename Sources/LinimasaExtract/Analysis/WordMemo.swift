import Foundation

/// The forms of one token text that analysis derives: its lowercase form,
/// its folded dictionary key and, for words, its root.
struct WordForms {
    var lower: String
    var key: String
    /// Set the first time the text is seen as a word.
    var root: String?
    /// The parts a glue splitter divides the word into, nil when it
    /// leaves the word whole; known once `splitChecked` is set.
    var parts: [String]? = nil
    var splitChecked = false
}

/// Remembers `WordForms` by token text, so that each distinct word is
/// lowercased, folded and stemmed once rather than at every occurrence
/// (news text repeats a few thousand words over and over; the stemmer's
/// affix search is the costly part).
///
/// One memo per thread, found through the thread's dictionary once per
/// document: the extractor stays a `Sendable` value shared read-only across
/// worker threads, and no lock is taken per word. The memo belongs to one
/// analyser (`owner`); another analyser on the same thread, perhaps built
/// from other language data, starts a fresh one. It is emptied when it
/// reaches `capacity` entries, so memory stays bounded on any stream.
final class WordMemo {
    static let capacity = 200_000
    private static let threadKey = "linimasa.WordMemo"
    /// The analyser's serial number, not a weak reference: a weak reference's
    /// side table, held by a thread's dictionary until the process ends,
    /// reads as a leak to LeakSanitizer.
    private let ownerID: UInt64
    private var forms: [String: WordForms] = [:]

    private init(owner: WordMemoOwner) { self.ownerID = owner.id }

    /// The forms of `text`; `stem` is called only when a word's root is
    /// not yet known.
    func forms(of text: String, isWord: Bool, stem: (String) -> String) -> WordForms {
        if var f = forms[text] {
            if isWord && f.root == nil {
                f.root = stem(f.lower)
                forms[text] = f
            }
            return f
        }
        if forms.count >= Self.capacity { forms.removeAll(keepingCapacity: true) }
        let lower = text.lowercased()
        let f = WordForms(lower: lower, key: PhraseIndex<Int>.fold(text), root: isWord ? stem(lower) : nil)
        forms[text] = f
        return f
    }

    /// The forms of the word `text`, with the parts `glue` divides it
    /// into (see `WordForms.parts`): one lookup for a word seen before, and
    /// the splitter and `stem` called once for each distinct word.
    func word(_ text: String, glue: GlueSplitter, stem: (String) -> String) -> WordForms {
        var f = forms(of: text, isWord: true, stem: stem)
        if f.splitChecked { return f }
        let parts = glue.split(text)
        f.parts = parts.count > 1 ? parts.map(String.init) : nil
        f.splitChecked = true
        forms[text] = f
        return f
    }

    /// This thread's memo for `owner`'s analyser.
    static func current(for owner: WordMemoOwner) -> WordMemo {
        let dictionary = Thread.current.threadDictionary
        if let memo = dictionary[threadKey] as? WordMemo, memo.ownerID == owner.id { return memo }
        let memo = WordMemo(owner: owner)
        dictionary[threadKey] = memo
        return memo
    }
}

/// The identity of one analyser's memos (see `WordMemo`): a serial number
/// never given twice in a process, so a memo can't outlive its analyser and
/// be taken for a later one's.
final class WordMemoOwner: Sendable {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var issued: UInt64 = 0
    let id: UInt64

    init() {
        id = Self.lock.withLock {
            Self.issued += 1
            return Self.issued
        }
    }
}
