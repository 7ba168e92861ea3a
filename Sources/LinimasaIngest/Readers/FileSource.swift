#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import LinimasaModel

/// An open input: a file descriptor that this object owns and closes, or
/// standard input for the path `-`.
final class FileSource {
    let path: String
    private let fd: Int32
    private let ownsDescriptor: Bool
    /// The size of a regular file; nil for pipes and terminals.
    let regularFileSize: Int?

    init(path: String) throws(IngestError) {
        self.path = path
        let origin = InputOrigin(path: path)
        if path == "-" {
            fd = 0
            ownsDescriptor = false
        } else {
            let d = open(path, O_RDONLY | O_CLOEXEC)
            guard d >= 0 else { throw FileSource.openError(errno, origin) }
            fd = d
            ownsDescriptor = true
        }
        var st = stat()
        if fstat(fd, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR {
                if ownsDescriptor { close(fd) }
                throw IngestError(.unreadable, origin, "is a directory")
            }
            regularFileSize = (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : nil
        } else {
            regularFileSize = nil
        }
    }

    deinit { if ownsDescriptor { close(fd) } }

    static func openError(_ code: Int32, _ origin: InputOrigin) -> IngestError {
        let reason = String(cString: strerror(code))
        switch code {
        case ENOENT, ENOTDIR: return IngestError(.notFound, origin, "cannot open: \(reason)")
        default: return IngestError(.unreadable, origin, "cannot open: \(reason)")
        }
    }

    /// Bytes already taken from the descriptor by ``peekStart(limit:)``,
    /// handed out again before anything else is read.
    private var pending: [UInt8] = []

    /// The first bytes of the input, up to its first byte that is not
    /// white space (or `limit` bytes, or the end), without consuming them:
    /// how a pipe is told apart without being read whole.
    func peekStart(limit: Int = 1 << 16) throws(IngestError) -> [UInt8] {
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 1)
        defer { chunk.deallocate() }
        // White space and a byte-order mark may come before the first sign.
        while pending.count < limit,
              !pending.contains(where: { !PlainTextReader.isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) {
            let n = try readDescriptor(into: chunk)
            if n == 0 { break }
            pending.append(contentsOf: chunk[..<n])
        }
        return pending
    }

    /// Reads up to `count` bytes into `buffer` at `offset`; 0 at end of input.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        if !pending.isEmpty {
            let n = min(buffer.count, pending.count)
            pending.withUnsafeBytes { p in
                buffer.baseAddress?.copyMemory(from: p.baseAddress!, byteCount: n)
            }
            pending.removeFirst(n)
            return n
        }
        return try readDescriptor(into: buffer)
    }

    private func readDescriptor(into buffer: UnsafeMutableRawBufferPointer) throws(IngestError) -> Int {
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw IngestError(.unreadable, InputOrigin(path: path), "read failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Reads the whole input, refusing more than `limit` bytes without
    /// reading them (a 1 GB file is rejected from its size alone).
    func readAll(limit: Int) throws -> [UInt8] {
        let origin = InputOrigin(path: path)
        if let size = regularFileSize, size > limit {
            throw IngestError(.tooLarge, origin, "file is \(FileSource.describe(bytes: size)), over the \(FileSource.describe(bytes: limit)) limit for one document (see --max-bytes)")
        }
        var out = [UInt8]()
        out.reserveCapacity(min(regularFileSize ?? 65_536, limit) + 1)
        let chunk = 1 << 16
        while true {
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: chunk))
            let n = try out.withUnsafeMutableBytes { raw -> Int in
                try read(into: UnsafeMutableRawBufferPointer(rebasing: raw[start..<(start + chunk)]))
            }
            out.removeLast(chunk - n)
            if n == 0 { break }
            if out.count > limit {
                throw IngestError(.tooLarge, origin, "input is over the \(FileSource.describe(bytes: limit)) limit for one document (see --max-bytes)")
            }
        }
        return out
    }

    static func describe(bytes n: Int) -> String {
        if n >= 1 << 30 { return "\(n >> 30) GiB" }
        if n >= 1 << 20 { return "\(n >> 20) MiB" }
        if n >= 1 << 10 { return "\(n >> 10) KiB" }
        return "\(n) bytes"
    }
}
