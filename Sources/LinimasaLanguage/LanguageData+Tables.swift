import Foundation
import LinimasaModel

/// One data row of a tab-separated resource table.
public struct TableRow: Sendable, Hashable {
    /// The row's cells, trimmed of surrounding spaces.
    public var fields: [String]
    /// 1-based line in the file, for error messages.
    public var line: Int

    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// The cell at `index`, or the empty string when the row is shorter.
    public subscript(index: Int) -> String { index < fields.count ? fields[index] : "" }
}

extension LanguageData {
    /// The rows of a TSV resource such as `id/temporal/months.tsv`.
    ///
    /// Lines starting with `#` are comments (each table documents itself in
    /// its header) and blank lines are skipped. Every row must have at least
    /// `minimumFields` cells.
    public func table(_ relativePath: String, minimumFields: Int = 2) throws -> [TableRow] {
        let text: String
        do {
            text = try String(contentsOf: url(relativePath), encoding: .utf8)
        } catch {
            throw LanguageDataError(.unreadable, path: relativePath, reason: "cannot read: \(error.localizedDescription)")
        }
        return try LanguageData.parseTable(text, path: relativePath, minimumFields: minimumFields)
    }

    /// The `# EXAMPLE:` lines of a resource's header, without the marker.
    public func examples(_ relativePath: String) throws -> [String] {
        let text = try String(contentsOf: url(relativePath), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("# EXAMPLE:") else { return nil }
            return line.dropFirst("# EXAMPLE:".count).trimmingCharacters(in: .whitespaces)
        }
    }

    /// Parses TSV text as `table(_:)` does; public for tests of the format.
    public static func parseTable(_ text: String, path: String, minimumFields: Int) throws -> [TableRow] {
        var rows: [TableRow] = []
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= minimumFields, !fields[0].isEmpty else {
                throw LanguageDataError(path: path, line: lineNumber,
                                        reason: "expected \(minimumFields) tab-separated fields")
            }
            rows.append(TableRow(fields: fields, line: lineNumber))
        }
        return rows
    }
}
