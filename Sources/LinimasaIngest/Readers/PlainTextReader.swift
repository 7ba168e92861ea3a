import LinimasaModel

/// Reads one article from a plain-text file. A first line followed by a
/// blank line is the headline: it becomes the title and stays in the text
/// (headlines report events too).
enum PlainTextReader {
    static func document(bytes input: [UInt8], origin: InputOrigin) throws(IngestError) -> RawDocument {
        var bytes = input
        // A byte-order mark is not text: offsets count from after it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = UTF8Validation.firstInvalidByte(bytes) {
            let (line, column) = UTF8Validation.lineAndColumn(of: bad, in: bytes)
            throw IngestError(.invalidUTF8, origin, "invalid UTF-8 at line \(line), column \(column) (byte \(bad + 1)); convert the file to UTF-8 first")
        }
        guard bytes.contains(where: { !isSpace($0) }) else {
            throw IngestError(.empty, origin, "empty file")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return RawDocument(id: InputReader.stem(of: origin.path), title: headline(bytes), text: text, origin: origin)
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// The first line, when the second line is blank (and the file goes on).
    static func headline(_ bytes: [UInt8]) -> String? {
        guard let nl = bytes.firstIndex(of: 0x0A) else { return nil }
        var k = nl + 1
        while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0D { k += 1 }
        guard k < bytes.count, bytes[k] == 0x0A else { return nil }
        let rest = bytes[(k + 1)...]
        guard rest.contains(where: { !isSpace($0) }) else { return nil }
        let line = String(decoding: bytes[..<nl], as: UTF8.self).trimmingSpaces()
        return line.isEmpty ? nil : line
    }
}

extension String {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
