/// Writes RFC 4180 CSV one row at a time.
///
/// - Records end with CRLF, the last one too.
/// - A field is quoted when it contains a comma, a double quote, CR or LF
///   (or starts or ends with a space, which some readers would trim);
///   inner double quotes are doubled.
/// - Text is UTF-8 as is: emoji and non-ASCII letters are never escaped.
/// - ``CSVOptions/byteOrderMark`` puts U+FEFF first, which spreadsheet
///   programs need to guess UTF-8.
///
/// Rows are handed to the sink as they are finished, so memory stays at one
/// row whatever the size of the table.
struct CSVRowWriter {
    private var row: [UInt8] = []
    private var fieldsInRow = 0

    init() { row.reserveCapacity(1024) }

    /// Starts a file: the byte order mark when the options ask for it.
    static func begin<Sink: ExportSink>(_ options: CSVOptions, to sink: inout Sink) throws {
        if options.byteOrderMark { try sink.write([0xEF, 0xBB, 0xBF]) }
    }

    /// Appends one field to the current row.
    mutating func field(_ text: String) {
        if fieldsInRow > 0 { row.append(UInt8(ascii: ",")) }
        fieldsInRow += 1
        let utf8 = text.utf8
        guard CSVRowWriter.needsQuotes(utf8) else {
            row.append(contentsOf: utf8)
            return
        }
        row.append(UInt8(ascii: "\""))
        for b in utf8 {
            row.append(b)
            if b == UInt8(ascii: "\"") { row.append(b) }
        }
        row.append(UInt8(ascii: "\""))
    }

    /// An optional field: nil is the empty field.
    mutating func field(_ text: String?) { field(text ?? "") }

    mutating func field(_ n: Int) { field(String(n)) }

    /// Ends the row with CRLF and hands it to the sink.
    mutating func endRow<Sink: ExportSink>(to sink: inout Sink) throws {
        row.append(0x0D)
        row.append(0x0A)
        try sink.write(row)
        row.removeAll(keepingCapacity: true)
        fieldsInRow = 0
    }

    /// Writes a whole row of plain fields (a header).
    mutating func row<Sink: ExportSink>(_ fields: [String], to sink: inout Sink) throws {
        for f in fields { field(f) }
        try endRow(to: &sink)
    }

    private static func needsQuotes(_ utf8: String.UTF8View) -> Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return true }
        return utf8.contains { b in
            b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0D || b == 0x0A
        }
    }
}

/// Options shared by the CSV exports.
public struct CSVOptions: Hashable, Sendable {
    /// Start the file with a UTF-8 byte order mark, for spreadsheet
    /// programs that otherwise read it as a legacy code page. Off by
    /// default: most CSV tools treat the mark as part of the first header.
    public var byteOrderMark: Bool
    /// Rows to keep: applied to the graph before writing.
    public var filter: ExportFilter

    public init(byteOrderMark: Bool = false, filter: ExportFilter = ExportFilter()) {
        self.byteOrderMark = byteOrderMark
        self.filter = filter
    }
}
