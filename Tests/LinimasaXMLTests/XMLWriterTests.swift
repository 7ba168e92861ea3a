import Foundation
import LinimasaXML
import Testing

/// `XMLStreamWriter`: what it writes is well-formed whatever the strings
/// hold, errors come back as `XMLKitError`, and schemas validate through
/// libxml2 without reading anything they should not.
@Suite("XMLWriter")
struct XMLWriterTests {
    static let hostile = "a<b>&c\"d'e \u{1}\u{8}\u{B}\u{C}\u{1F}\u{0}\u{FFFE}\u{FFFF} 😀 عربي\tx\ny\rz"

    static func written(_ body: (XMLStreamWriter) throws -> Void) throws -> String {
        let w = try XMLStreamWriter()
        try w.startDocument()
        try body(w)
        try w.endDocument()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    @Test func writesIndentedNamespacedDocument() throws {
        let xml = try Self.written { w in
            try w.startElement("kebun", namespace: "urn:example:kebun")
            try w.attribute("xmlns:p", "urn:example:pohon")
            try w.startElement("p:pohon")
            try w.attribute("jenis", "mangga")
            try w.text("berbuah")
            try w.endElement()
            try w.startElement("kosong")
            try w.endElement()
        }
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        #expect(xml.contains("<kebun xmlns=\"urn:example:kebun\" xmlns:p=\"urn:example:pohon\">"))
        #expect(xml.contains("\n  <p:pohon jenis=\"mangga\">berbuah</p:pohon>"))
        #expect(xml.contains("\n  <kosong/>"))
        let tree = try XMLDocumentParser.parse(bytes: Array(xml.utf8))
        #expect(tree.element(tree.root)?.namespaceURI == "urn:example:kebun")
    }

    @Test func hostileStringsRoundTrip() throws {
        let xml = try Self.written { w in
            try w.startElement("r")
            try w.attribute("v", Self.hostile)
            try w.text(Self.hostile)
        }
        let tree = try XMLDocumentParser.parse(bytes: Array(xml.utf8))
        let expected = "a<b>&c\"d'e  😀 عربي\tx\ny\rz"
        #expect(tree.element(tree.root)?.attribute("v") == expected)
        // A literal CR in text is escaped as &#13; by libxml2, so it survives too.
        #expect(tree.textContent(of: tree.root) == expected)
        #expect(XMLStreamWriter.xmlSafe(Self.hostile) == expected)
        #expect(XMLStreamWriter.xmlSafe("bersih") == "bersih")
    }

    @Test func outOfOrderCallIsAnError() throws {
        let w = try XMLStreamWriter()
        try w.startDocument()
        #expect(throws: XMLKitError.self) { try w.attribute("tanpa", "elemen") }
        do {
            try w.endElement()
            Issue.record("closing with nothing open should fail")
        } catch {
            #expect(error.code == .writeFailed)
        }
    }

    @Test func streamsToFile() throws {
        let path = NSTemporaryDirectory() + "linimasa-writer-\(UInt32.random(in: 1...UInt32.max)).xml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let w = try XMLStreamWriter(path: path, indent: false)
            try w.startDocument()
            try w.startElement("daftar")
            for i in 0..<20_000 {
                try w.startElement("butir")
                try w.attribute("n", String(i))
                try w.endElement()
            }
            try w.endDocument()
            #expect(w.bytes.isEmpty)
        }
        let tree = try XMLDocumentParser.parse(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(tree.elements(named: "butir").count == 20_000)
    }

    @Test func unwritablePathIsCannotOpen() {
        do {
            _ = try XMLStreamWriter(path: "/nonexistent-dir-linimasa/x.xml")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .cannotOpen)
        }
    }
}

@Suite("XMLWriter schema validation")
struct XMLWriterSchemaTests {
    static let schemaText = """
        <?xml version="1.0"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:kebun"
                   xmlns="urn:example:kebun" elementFormDefault="qualified">
          <xs:include schemaLocation="bagian.xsd"/>
          <xs:element name="kebun">
            <xs:complexType><xs:sequence>
              <xs:element ref="pohon" maxOccurs="unbounded"/>
            </xs:sequence></xs:complexType>
          </xs:element>
        </xs:schema>
        """
    static let partText = """
        <?xml version="1.0"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:kebun"
                   xmlns="urn:example:kebun" elementFormDefault="qualified">
          <xs:element name="pohon">
            <xs:complexType><xs:attribute name="umur" type="xs:int" use="required"/></xs:complexType>
          </xs:element>
        </xs:schema>
        """

    /// A directory with the two-file schema; removed by the caller.
    static func schemaDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "linimasa-xsd-\(UInt32.random(in: 1...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try schemaText.write(toFile: dir + "/kebun.xsd", atomically: true, encoding: .utf8)
        try partText.write(toFile: dir + "/bagian.xsd", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func validatesWithIncludedFile() throws {
        let dir = try Self.schemaDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let schema = try XMLSchema(path: dir + "/kebun.xsd")
        let good = #"<kebun xmlns="urn:example:kebun"><pohon umur="3"/></kebun>"#
        #expect(try schema.violations(in: Array(good.utf8)).isEmpty)
        let bad = #"<kebun xmlns="urn:example:kebun"><pohon umur="tua"/><batu/></kebun>"#
        let problems = try schema.violations(in: Array(bad.utf8))
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.code == .schemaViolation && $0.line == 1 })
        #expect(throws: XMLKitError.self) { try schema.validate(Array("<kebun".utf8)) }
    }

    @Test func schemaCannotReadOutsideItsDirectory() throws {
        let dir = try Self.schemaDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // The included part sits in a sibling directory: not readable.
        let sibling = dir + "-luar"
        try FileManager.default.createDirectory(atPath: sibling, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: sibling) }
        try Self.partText.write(toFile: sibling + "/bagian.xsd", atomically: true, encoding: .utf8)
        let name = sibling.split(separator: "/").last!
        let escaping = Self.schemaText.replacingOccurrences(of: "\"bagian.xsd", with: "\"../\(name)/bagian.xsd")
        try escaping.write(toFile: dir + "/lari.xsd", atomically: true, encoding: .utf8)
        #expect(throws: XMLKitError.self) { _ = try XMLSchema(path: dir + "/lari.xsd") }
        #expect(throws: XMLKitError.self) { _ = try XMLSchema(path: dir + "/tidak-ada.xsd") }
    }
}
