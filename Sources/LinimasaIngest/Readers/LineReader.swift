#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LinimasaModel

/// Streams the lines of an input in fixed memory: a 1 MiB read buffer plus
/// the longest line, which is bounded by `maxLineBytes`. Longer lines are
/// skipped to their end and reported, so a 1 GB line never sits in memory.
final class LineReader {
    enum Line {
        case text(UnsafeBufferPointer<UInt8>)
        case tooLong(Int)
    }

    private let source: FileSource
    private let maxLineBytes: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEOF = false
    /// 1-based number of the line returned last.
    private(set) var lineNumber = 0

    init(source: FileSource, maxLineBytes: Int, chunkSize: Int = 1 << 20) {
        self.source = source
        self.maxLineBytes = maxLineBytes
        self.buffer = [UInt8](repeating: 0, count: max(chunkSize, 4096))
    }

    /// Calls `body` with each line (without its `\n`, and without a final `\r`).
    /// The buffer passed to `body` is valid only during the call.
    func forEachLine(_ body: (Int, Line) throws -> Void) throws {
        while true {
            // Look for a newline in the buffered bytes.
            if let nl = findNewline(from: start) {
                lineNumber += 1
                let lineEnd = nl > start && buffer[nl - 1] == 0x0D ? nl - 1 : nl
                let s = start
                start = nl + 1
                try buffer.withUnsafeBufferPointer { p in
                    try body(lineNumber, .text(UnsafeBufferPointer(rebasing: p[s..<lineEnd])))
                }
                continue
            }
            if atEOF {
                if start < end {
                    lineNumber += 1
                    let s = start, e = end
                    start = end
                    try buffer.withUnsafeBufferPointer { p in
                        try body(lineNumber, .text(UnsafeBufferPointer(rebasing: p[s..<e])))
                    }
                }
                return
            }
            if end - start >= maxLineBytes {
                lineNumber += 1
                let length = try skipRestOfLine()
                try body(lineNumber, .tooLong(length))
                continue
            }
            try fill()
        }
    }

    /// The next `\n` at or after `i` in the buffered bytes (memchr: this
    /// is the hot loop of a large corpus).
    private func findNewline(from i: Int) -> Int? {
        guard i < end else { return nil }
        return buffer.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress,
                  let hit = memchr(base + i, 0x0A, end - i) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Moves pending bytes to the front, grows the buffer up to the line
    /// limit if needed, and reads more.
    private func fill() throws {
        if start > 0 {
            let (s, e) = (start, end)
            buffer.withUnsafeMutableBufferPointer { p in
                // Overlapping regions are allowed here (memmove semantics).
                if let base = p.baseAddress { base.update(from: base + s, count: e - s) }
            }
            end -= start
            start = 0
        }
        if end == buffer.count {
            let grown = min(buffer.count * 2, maxLineBytes + 1)
            buffer.append(contentsOf: repeatElement(0, count: max(grown - buffer.count, 1)))
        }
        let e = end
        let n = try buffer.withUnsafeMutableBytes { raw in
            try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[e...]))
        }
        if n == 0 { atEOF = true } else { end += n }
    }

    /// Discards bytes up to and including the next newline; returns how many
    /// bytes the line had.
    private func skipRestOfLine() throws -> Int {
        var length = 0
        while true {
            if let nl = findNewline(from: start) {
                length += nl - start
                start = nl + 1
                return length
            }
            length += end - start
            start = 0
            end = 0
            if atEOF { return length }
            try fill()
        }
    }
}
