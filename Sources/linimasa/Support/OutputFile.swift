#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered byte sink on a file descriptor: standard output or a file
/// created for writing. Output is flushed in 256 KiB writes.
final class OutputFile {
    let path: String
    private let fd: Int32
    private let owns: Bool
    private var buffer: [UInt8] = []
    private let flushAt = 1 << 18

    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    /// `nil` or `-` is standard output.
    init(path: String?) throws {
        if let path, path != "-" {
            let d = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard d >= 0 else {
                throw WriteError(description: "\(path): cannot create: \(String(cString: strerror(errno)))")
            }
            self.path = path
            fd = d
            owns = true
        } else {
            self.path = "standard output"
            fd = 1
            owns = false
        }
        buffer.reserveCapacity(flushAt + 65_536)
    }

    deinit {
        try? flush()
        if owns { close(fd) }
    }

    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushAt { try flush() }
    }

    func write(_ s: String) throws { try write(Array(s.utf8)) }

    func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                buffer.removeAll(keepingCapacity: true)
                throw WriteError(description: "\(path): write failed: \(reason)")
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes a line to standard error, unbuffered.
func printError(_ message: String) {
    let line = Array((message + "\n").utf8)
    line.withUnsafeBytes { raw in _ = Glibc.write(2, raw.baseAddress!, raw.count) }
}

/// File-system questions the commands ask before opening anything.
enum FileManagerProbe {
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }
}
