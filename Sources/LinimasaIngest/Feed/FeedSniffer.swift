/// Finds the name of a document's first element without parsing it.
enum FeedSniffer {
    /// How far into the bytes to look (a DOCTYPE's internal subset can be long).
    static let limit = 65_536

    /// The first element's qualified name, or nil when none starts within
    /// ``limit`` bytes. UTF-16 input is read by dropping its zero bytes,
    /// enough for ASCII markup.
    static func firstElementName(_ input: [UInt8]) -> String? {
        var bytes = Array(input.prefix(limit))
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            bytes = bytes.dropFirst(2).filter { $0 != 0 }
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        var i = 0
        func at(_ s: String) -> Bool { bytes[i...].starts(with: s.utf8) }
        func skip(past terminator: String) {
            let t = Array(terminator.utf8)
            while i < bytes.count, !bytes[i...].starts(with: t) { i += 1 }
            i = min(bytes.count, i + t.count)
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1; continue }
            guard b == 0x3C else { return nil }  // text before any element: not XML
            if at("<?") {
                skip(past: "?>")
            } else if at("<!--") {
                skip(past: "-->")
            } else if at("<!") {
                // DOCTYPE, possibly with an internal subset in brackets.
                var depth = 0
                while i < bytes.count {
                    let c = bytes[i]
                    i += 1
                    if c == 0x5B { depth += 1 } else if c == 0x5D { depth -= 1 } else if c == 0x3E && depth <= 0 { break }
                }
            } else {
                i += 1
                let start = i
                while i < bytes.count, !isNameEnd(bytes[i]) { i += 1 }
                return i > start ? String(decoding: bytes[start..<i], as: UTF8.self) : nil
            }
        }
        return nil
    }

    private static func isNameEnd(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x3E || b == 0x2F
    }
}
