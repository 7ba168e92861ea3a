import Foundation
import LinimasaModel

/// What one model file holds: the kind of tagger, its linear-chain model,
/// and the word and phrase tables its feature channels read.
///
/// Layout (all integers little-endian): the 8 bytes `LNMTAG01`; the kind;
/// the tags; `bits` and `channels` (one byte each); the word tables (each:
/// name, entry count, then ascending 8-byte keys and 1-byte values); the
/// phrase tables (name, longest length, classes, ascending phrase keys with
/// 8-byte class sets, ascending prefix keys); the ascending 4-byte buckets
/// and their rows of 2-byte weights; the 2-byte transition weights. Strings
/// are a 2-byte length and UTF-8 bytes. Sorted keys make the bytes depend
/// only on the content.
struct ModelFile: Equatable {
    static let magic = Array("LNMTAG01".utf8)

    var kind: String
    var model: LinearChainModel
    var wordTables: [(name: String, table: WordTable)]
    var phraseTables: [(name: String, table: PhraseTable)]

    static func == (a: ModelFile, b: ModelFile) -> Bool {
        a.kind == b.kind && a.model == b.model
            && a.wordTables.map(\.name) == b.wordTables.map(\.name) && a.wordTables.map(\.table) == b.wordTables.map(\.table)
            && a.phraseTables.map(\.name) == b.phraseTables.map(\.name) && a.phraseTables.map(\.table) == b.phraseTables.map(\.table)
    }

    func serialized() -> Data {
        var w = ByteWriter()
        w.bytes.append(contentsOf: ModelFile.magic)
        w.string(kind)
        w.u32(UInt32(model.tags.count))
        for t in model.tags { w.string(t) }
        w.u8(UInt8(model.templates.bits))
        w.u8(UInt8(model.templates.channels))
        w.u32(UInt32(wordTables.count))
        for (name, table) in wordTables {
            w.string(name)
            let keys = table.values.keys.sorted()
            w.u32(UInt32(keys.count))
            for k in keys { w.u64(k) }
            for k in keys { w.u8(table.values[k]!) }
        }
        w.u32(UInt32(phraseTables.count))
        for (name, table) in phraseTables {
            w.string(name)
            w.u32(UInt32(table.longest))
            w.u32(UInt32(table.classes.count))
            for c in table.classes { w.string(c) }
            let keys = table.phrases.keys.sorted()
            w.u32(UInt32(keys.count))
            for k in keys { w.u64(k); w.u64(table.phrases[k]!) }
            let prefixes = table.prefixes.sorted()
            w.u32(UInt32(prefixes.count))
            for k in prefixes { w.u64(k) }
        }
        w.u32(UInt32(model.buckets.count))
        for b in model.buckets { w.u32(b) }
        for x in model.weights { w.u16(UInt16(bitPattern: x)) }
        for x in model.transitions { w.u16(UInt16(bitPattern: x)) }
        return Data(w.bytes)
    }

    init(kind: String, model: LinearChainModel, wordTables: [(name: String, table: WordTable)], phraseTables: [(name: String, table: PhraseTable)]) {
        self.kind = kind
        self.model = model
        self.wordTables = wordTables
        self.phraseTables = phraseTables
    }

    /// Reads a model; `input` names it in errors.
    init(data: Data, input: String) throws {
        var r = ByteReader(bytes: [UInt8](data), input: input)
        guard Array(try r.take(ModelFile.magic.count)) == ModelFile.magic else {
            throw LanguageDataError(.badModel, path: input, reason: "not a Linimasa tagger model (no LNMTAG01 header)")
        }
        kind = try r.string()
        let tagCount = Int(try r.u32())
        guard tagCount > 0, tagCount < 1000 else { throw r.bad("implausible tag count \(tagCount)") }
        var tags: [String] = []
        for _ in 0..<tagCount { tags.append(try r.string()) }
        let bits = Int(try r.u8()), channels = Int(try r.u8())
        guard bits >= 8, bits <= 26 else { throw r.bad("implausible bucket bits \(bits)") }
        wordTables = []
        for _ in 0..<(try r.u32()) {
            let name = try r.string()
            let n = Int(try r.u32())
            var keys: [UInt64] = []
            for _ in 0..<n { keys.append(try r.u64()) }
            var table = WordTable()
            for k in keys { table.values[k] = try r.u8() }
            wordTables.append((name, table))
        }
        phraseTables = []
        for _ in 0..<(try r.u32()) {
            let name = try r.string()
            var table = PhraseTable()
            table.longest = Int(try r.u32())
            var classes: [String] = []
            for _ in 0..<(try r.u32()) { classes.append(try r.string()) }
            table.classes = classes
            for _ in 0..<(try r.u32()) {
                let k = try r.u64()
                table.phrases[k] = try r.u64()
            }
            for _ in 0..<(try r.u32()) { table.prefixes.insert(try r.u64()) }
            phraseTables.append((name, table))
        }
        let rows = Int(try r.u32())
        guard rows <= 1 << bits else { throw r.bad("more rows (\(rows)) than buckets") }
        var buckets: [UInt32] = []
        buckets.reserveCapacity(rows)
        for _ in 0..<rows {
            let b = try r.u32()
            guard b < 1 << bits, b >= (buckets.last.map { $0 + 1 } ?? 0) else { throw r.bad("bucket \(b) out of order or range") }
            buckets.append(b)
        }
        var weights: [Int16] = []
        weights.reserveCapacity(rows * tagCount)
        for _ in 0..<(rows * tagCount) { weights.append(Int16(bitPattern: try r.u16())) }
        var transitions: [Int16] = []
        for _ in 0..<((tagCount + 1) * tagCount) { transitions.append(Int16(bitPattern: try r.u16())) }
        guard r.atEnd else { throw r.bad("\(r.remaining) bytes after the model") }
        model = LinearChainModel(tags: tags, templates: FeatureTemplates(bits: bits, channels: channels),
                                 buckets: buckets, weights: weights, transitions: transitions)
    }

    /// Reads a model file.
    init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LanguageDataError(.unreadable, path: url.path, reason: "cannot read the model: \(error.localizedDescription)")
        }
        try self.init(data: data, input: url.path)
    }

    func wordTable(_ name: String) -> WordTable? { wordTables.first { $0.name == name }?.table }
    func phraseTable(_ name: String) -> PhraseTable? { phraseTables.first { $0.name == name }?.table }
}

struct ByteWriter {
    var bytes: [UInt8] = []
    mutating func u8(_ x: UInt8) { bytes.append(x) }
    mutating func u16(_ x: UInt16) { bytes.append(UInt8(x & 0xFF)); bytes.append(UInt8(x >> 8)) }
    mutating func u32(_ x: UInt32) { for i in 0..<4 { bytes.append(UInt8((x >> (8 * UInt32(i))) & 0xFF)) } }
    mutating func u64(_ x: UInt64) { for i in 0..<8 { bytes.append(UInt8((x >> (8 * UInt64(i))) & 0xFF)) } }
    mutating func string(_ s: String) {
        let utf8 = Array(s.utf8)
        u16(UInt16(utf8.count))
        bytes.append(contentsOf: utf8)
    }
}

struct ByteReader {
    let bytes: [UInt8]
    let input: String
    var position = 0

    var atEnd: Bool { position == bytes.count }
    var remaining: Int { bytes.count - position }

    func bad(_ message: String) -> LanguageDataError {
        LanguageDataError(.badModel, path: input, reason: "\(message) (at byte \(position))")
    }

    mutating func take(_ n: Int) throws -> ArraySlice<UInt8> {
        guard n <= remaining else { throw bad("the model is cut short") }
        defer { position += n }
        return bytes[position..<(position + n)]
    }

    mutating func unsigned(_ n: Int) throws -> UInt64 {
        var x: UInt64 = 0
        for (i, b) in try take(n).enumerated() { x |= UInt64(b) << UInt64(8 * i) }
        return x
    }

    mutating func u8() throws -> UInt8 { UInt8(try unsigned(1)) }
    mutating func u16() throws -> UInt16 { UInt16(try unsigned(2)) }
    mutating func u32() throws -> UInt32 { UInt32(try unsigned(4)) }
    mutating func u64() throws -> UInt64 { try unsigned(8) }

    mutating func string() throws -> String {
        let n = Int(try u16())
        guard let s = String(validating: try take(n), as: UTF8.self) else { throw bad("a name is not UTF-8") }
        return s
    }
}
