public import Foundation

/// Where tests find the repository and `../shared` (the seed articles, the
/// corpus and the benchmarks, read at run time and never copied here).
public enum SharedData {
    /// The repository's root folder.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the repository, when it is there (CI has it).
    public static let root: String? = {
        let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: shared + "/eval/seeds.jsonl") ? shared : nil
    }()

    public static var available: Bool { root != nil }

    /// A path inside `../shared` (one that does not exist when it is absent).
    public static func path(_ relative: String) -> String { (root ?? "/nonexistent") + "/" + relative }
}
