import LinimasaExport
import Testing

@Test func formatNamesAreStable() {
    #expect(ExportFormat(rawValue: "mentions-csv") == .mentionsCSV)
    #expect(ExportFormat.allCases.count == 8)
}
