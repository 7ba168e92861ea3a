import Foundation

/// Where Linimasa's language data lives: the resource folder that ships
/// with the package, or a folder the user names (`--data-dir`).
public struct LanguageData: Sendable {
    /// The root folder holding `id/…` resource files.
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// The data shipped with Linimasa.
    public static var bundled: LanguageData {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            fatalError("Linimasa's language data is missing from the LinimasaLanguage resource bundle")
        }
        return LanguageData(directory: url)
    }

    /// The URL of a resource file, e.g. `id/gazetteer/actors.jsonl`.
    public func url(_ relativePath: String) -> URL {
        directory.appendingPathComponent(relativePath)
    }
}
