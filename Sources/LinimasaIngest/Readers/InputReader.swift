import Foundation
import LinimasaModel

/// The input formats Linimasa reads.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Decide by extension, then by content.
    case auto
    /// One article per file; a first line followed by a blank line is the headline.
    case text
    /// JSON Lines: one article object per line.
    case jsonl
    /// One HTML page per file.
    case html
    /// An RSS 2.0, RSS 1.0 or Atom feed: one article per item.
    case feed
}

/// Options for reading inputs.
public struct ReadOptions: Sendable {
    /// Forces one format for every input instead of guessing.
    public var format: InputFormat = .auto
    /// The largest single document (file, or JSON line) that is read.
    public var maxDocumentBytes: Int = 64 << 20

    public init(format: InputFormat = .auto, maxDocumentBytes: Int = 64 << 20) {
        self.format = format
        self.maxDocumentBytes = maxDocumentBytes
    }
}

/// Turns the paths a user names into raw documents: files by format,
/// directories recursively in a stable (byte-wise sorted) order, `-` for
/// standard input. Failures are reported per input (or line, or item) and
/// reading goes on; the callback may throw to stop early (`--strict`).
public struct InputReader: Sendable {
    public var options: ReadOptions

    public init(options: ReadOptions = ReadOptions()) { self.options = options }

    /// File extensions read when walking a directory.
    static let knownExtensions: [String: InputFormat] = [
        "txt": .text, "text": .text,
        "jsonl": .jsonl, "ndjson": .jsonl,
        "html": .html, "htm": .html, "xhtml": .html,
        "rss": .feed, "atom": .feed, "xml": .feed,
    ]

    public func read(_ paths: [String], _ body: (Result<RawDocument, IngestError>) throws -> Void) throws {
        for path in paths {
            try read(path: path, body)
        }
    }

    /// Reads one named path: a file, a directory or `-`.
    public func read(path: String, _ body: (Result<RawDocument, IngestError>) throws -> Void) throws {
        if path != "-" {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let files = InputReader.walk(directory: path)
                if files.isEmpty {
                    try body(.failure(IngestError(.empty, InputOrigin(path: path), "directory holds no .txt, .jsonl, .ndjson, .html, .htm, .rss, .atom or .xml files")))
                }
                for file in files { try readFile(file, body) }
                return
            }
        }
        try readFile(path, body)
    }

    /// Regular files under `directory` with a known extension, skipping
    /// hidden entries, sorted by path so that runs are reproducible.
    static func walk(directory: String) -> [String] {
        let base = URL(fileURLWithPath: directory)
        guard let e = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles]
        ) else { return [] }
        var out: [String] = []
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let basePath = base.standardizedFileURL.path
        for case let url as URL in e {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  knownExtensions[url.pathExtension.lowercased()] != nil else { continue }
            // Report paths as the user would write them: under the directory they named.
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(basePath + "/") ? String(full.dropFirst(basePath.count + 1)) : url.lastPathComponent
            out.append(prefix + relative)
        }
        return out.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    func readFile(_ path: String, _ body: (Result<RawDocument, IngestError>) throws -> Void) throws {
        let source: FileSource
        do {
            source = try FileSource(path: path)
        } catch {
            return try body(.failure(error))
        }
        var format = options.format
        if format == .auto, path != "-" {
            format = InputReader.knownExtensions[InputReader.fileExtension(of: path)] ?? .auto
        }
        if format == .auto, path == "-" {
            // A pipe may be far larger than one document: JSON Lines on
            // standard input are recognised from their first byte and streamed.
            do {
                if InputReader.sniff(try source.peekStart()) == .jsonl { format = .jsonl }
            } catch {
                return try body(.failure(error))
            }
        }
        if format == .jsonl {
            return try JSONLinesReader.read(source, maxLineBytes: options.maxDocumentBytes, body)
        }
        let bytes: [UInt8]
        do {
            bytes = try source.readAll(limit: options.maxDocumentBytes)
        } catch let error as IngestError {
            return try body(.failure(error))
        }
        try read(bytes: bytes, path: path, format: format, body)
    }

    /// Reads an input already in memory, named `path` in documents and
    /// errors, in the reader's format (or by extension, then by content).
    public func read(bytes: [UInt8], path: String, _ body: (Result<RawDocument, IngestError>) throws -> Void) throws {
        var format = options.format
        if format == .auto, path != "-" {
            format = InputReader.knownExtensions[InputReader.fileExtension(of: path)] ?? .auto
        }
        try read(bytes: bytes, path: path, format: format, body)
    }

    func read(bytes: [UInt8], path: String, format given: InputFormat, _ body: (Result<RawDocument, IngestError>) throws -> Void) throws {
        let origin = InputOrigin(path: path)
        var format = given
        if format == .auto { format = InputReader.sniff(bytes) }
        guard bytes.contains(where: { !PlainTextReader.isSpace($0) }) else {
            return try body(.failure(IngestError(.empty, origin, "empty file")))
        }
        switch format {
        case .text, .auto:
            try body(Result { () throws(IngestError) in try PlainTextReader.document(bytes: bytes, origin: origin) })
        case .jsonl:
            // JSON Lines already in memory: split here.
            try InputReader.splitLines(bytes, origin: origin, body)
        case .html:
            try body(Result { () throws(IngestError) in
                try HTMLArticleReader.read(bytes: bytes, origin: origin, defaultID: InputReader.stem(of: path))
            })
        case .feed:
            switch Result(catching: { () throws(IngestError) in try FeedReader.read(bytes: bytes, origin: origin) }) {
            case .success(let items): for item in items { try body(item) }
            case .failure(let error): try body(.failure(error))
            }
        }
    }

    static func splitLines(_ bytes: [UInt8], origin: InputOrigin, _ body: (Result<RawDocument, IngestError>) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { p in
            var start = 0, number = 0
            while start < p.count {
                let nl = p[start...].firstIndex(of: 0x0A) ?? p.count
                number += 1
                var end = nl
                if end > start, p[end - 1] == 0x0D { end -= 1 }
                let line = UnsafeBufferPointer(rebasing: p[start..<end])
                if !JSONLinesReader.isBlank(line) {
                    let o = InputOrigin(path: origin.path, line: number)
                    try body(Result { () throws(IngestError) in try JSONLinesReader.document(from: line, origin: o) })
                }
                start = nl + 1
            }
        }
    }

    /// Guesses a format from the first bytes: `{` is JSON Lines, markup is
    /// a feed when its root is `rss`, `RDF` or `feed`, else HTML; the rest is text.
    static func sniff(_ bytes: [UInt8]) -> InputFormat {
        var k = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while k < bytes.count, PlainTextReader.isSpace(bytes[k]) { k += 1 }
        guard k < bytes.count else { return .text }
        switch bytes[k] {
        case UInt8(ascii: "{"): return .jsonl
        case UInt8(ascii: "<"): return FeedReader.looksLikeFeed(bytes) ? .feed : .html
        default: return .text
        }
    }

    static func fileExtension(of path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    /// The file name without directory and extension: the default document id.
    public static func stem(of path: String) -> String {
        if path == "-" { return "stdin" }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
