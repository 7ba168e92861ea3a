import LinimasaModel

/// Reads a JSON Lines corpus: one article object per line, streamed.
///
/// Recognised fields: `id`, `text` (required), `title`, `url`, `outlet`,
/// `published`, `language` (or `lang`). Every other field is kept, in order,
/// as metadata. Blank lines are skipped; a bad line is reported with its
/// number and the lines after it are still read.
enum JSONLinesReader {
    static let modelledFields: Set<String> = ["id", "text", "title", "url", "outlet", "published", "language", "lang"]

    static func read(
        _ source: FileSource, maxLineBytes: Int,
        _ body: (Result<RawDocument, IngestError>) throws -> Void
    ) throws {
        let lines = LineReader(source: source, maxLineBytes: maxLineBytes)
        var sawContent = false
        try lines.forEachLine { number, line in
            let origin = InputOrigin(path: source.path, line: number)
            switch line {
            case .tooLong(let length):
                sawContent = true
                try body(.failure(IngestError(.tooLarge, origin,
                    "line is \(FileSource.describe(bytes: length)), over the \(FileSource.describe(bytes: maxLineBytes)) limit for one document (see --max-bytes)")))
            case .text(let bytes):
                if isBlank(bytes) { return }
                sawContent = true
                try body(Result { () throws(IngestError) in try document(from: bytes, origin: origin) })
            }
        }
        if !sawContent {
            try body(.failure(IngestError(.empty, InputOrigin(path: source.path), "no JSON lines in input (empty file)")))
        }
    }

    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// One line to one document.
    static func document(from bytes: UnsafeBufferPointer<UInt8>, origin: InputOrigin) throws(IngestError) -> RawDocument {
        if let bad = UTF8Validation.firstInvalidByte(bytes) {
            throw IngestError(.invalidUTF8, origin, "invalid UTF-8 at byte \(bad + 1) of the line")
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw IngestError(.invalidJSON, origin, "invalid JSON at column \(error.column): \(error.message)")
        }
        guard case .object(let fields) = value else {
            throw IngestError(.invalidJSON, origin, "expected a JSON object, found \(kind(of: value))")
        }
        var doc = RawDocument(id: "", text: "", origin: origin)
        var sawText = false
        var id: String?
        for (key, field) in fields {
            switch key {
            case "text":
                guard case .string(let s) = field else {
                    throw IngestError(.missingField, origin, "field \"text\" must be a string, found \(kind(of: field))")
                }
                doc.text = s
                sawText = true
            case "id":
                switch field {
                case .string(let s): id = s
                case .number(let n): id = n
                default: break
                }
            case "title": doc.title = field.stringValue
            case "url": doc.url = field.stringValue
            case "outlet": doc.outlet = field.stringValue
            case "published": doc.published = field.stringValue
            case "language", "lang": doc.language = field.stringValue
            default: doc.metadata.append((key, field))
            }
        }
        guard sawText else { throw IngestError(.missingField, origin, "missing required field \"text\"") }
        guard !doc.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) else {
            throw IngestError(.empty, origin, "field \"text\" is empty")
        }
        doc.id = id ?? "\(InputReader.stem(of: origin.path)):\(origin.line ?? 0)"
        return doc
    }

    static func kind(of v: JSONValue) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
