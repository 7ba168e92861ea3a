#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The directories whose `.xsd` files libxml2's entity loader may read,
/// and only while an ``XMLSchema`` is compiling a schema from there.
///
/// libxml2 2.9 loads the targets of `xs:include`, `xs:import` and
/// `xs:redefine` through the process-wide external-entity loader, which
/// Linimasa otherwise sets to refuse everything (see `LibXMLSetup`). There
/// is no per-context hook before libxml2 2.14, so the permission is a
/// counted, lock-protected set: opened before `xmlSchemaParse` and closed
/// right after. A feed parsed at the same moment could at most read a
/// schema file of that directory, which holds no secrets; it still cannot
/// reach the network, any other file, or a path that climbs with `..`.
final class SchemaDirectories: @unchecked Sendable {
    static let shared = SchemaDirectories()

    /// Guards `open`; allocated once and never freed (a process-wide singleton).
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var openCounts: [String: Int] = [:]

    private init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    private func locked<R>(_ body: () -> R) -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    /// Allows the `.xsd` files directly or deeper under `directory`.
    func open(_ directory: String) {
        locked { openCounts[directory, default: 0] += 1 }
    }

    /// Withdraws one ``open(_:)``.
    func close(_ directory: String) {
        locked {
            let left = (openCounts[directory] ?? 1) - 1
            openCounts[directory] = left > 0 ? left : nil
        }
    }

    /// Whether the loader may read `location`: a local path or `file:` URL
    /// of an `.xsd` file, without `..`, under an open directory.
    func allows(_ location: String) -> Bool {
        var path = Substring(location)
        if path.hasPrefix("file://") { path = path.dropFirst(7) }
        guard path.hasPrefix("/"), path.hasSuffix(".xsd"), !path.contains("://") else { return false }
        guard !path.split(separator: "/").contains("..") else { return false }
        return locked {
            openCounts.keys.contains { path.hasPrefix($0 + "/") }
        }
    }

    /// `path` made absolute and canonical (`realpath`: no `.`, `..` or
    /// symbolic links), so that libxml2 resolves a schema's includes to
    /// paths ``allows(_:)`` accepts. A path that does not resolve (a missing
    /// file) is returned as given, and compiling it fails.
    static func absolute(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The directory holding the file at the absolute `path`.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }
}
