#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A TCP socket listening on 127.0.0.1 at a free port. The kernel completes
/// connections into the backlog without `accept`, so ``hadConnection``
/// tells whether anything tried to reach it: proof that a parse made no
/// network request.
final class LoopbackListener {
    private let fd: Int32
    let port: UInt16

    init?() {
        #if os(Linux)
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let s = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard s >= 0 else { return nil }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(s, $0, size) }
        }
        guard bound == 0, listen(s, 16) == 0 else { close(s); return nil }
        var actual = sockaddr_in()
        var len = size
        let named = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &len) }
        }
        guard named == 0 else { close(s); return nil }
        _ = fcntl(s, F_SETFL, fcntl(s, F_GETFL, 0) | O_NONBLOCK)
        fd = s
        port = UInt16(bigEndian: actual.sin_port)
    }

    deinit { close(fd) }

    /// True if a client connected since the listener opened.
    var hadConnection: Bool {
        let c = accept(fd, nil, nil)
        if c >= 0 { close(c); return true }
        return false
    }
}
