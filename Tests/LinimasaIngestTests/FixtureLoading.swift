import Foundation
import Testing

/// Loads a file from the test bundle's `Fixtures` folder.
func fixture(_ path: String) throws -> [UInt8] {
    let base = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
    return try Array(Data(contentsOf: base.appendingPathComponent(path)))
}

/// The bytes of a string as UTF-8.
func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

/// The lines of an extracted text.
func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

/// Index of the first line containing `needle`, or nil.
func lineIndex(_ needle: String, in text: String) -> Int? {
    lines(text).firstIndex { $0.contains(needle) }
}
