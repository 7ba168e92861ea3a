/// An element whose name and attributes are fixed, with its start and end
/// tags spelled out once, for ``XMLStreamWriter/element(_:text:)``.
///
/// Because the tags bypass libxml2's per-call checks, they are checked
/// here: the name and attribute names must be plain XML names (ASCII
/// letters, digits, `_`, `-`, `.`, `:`; not starting with a digit, `-` or
/// `.`), and attribute values must not need escaping (no `<`, `&`, `"` and
/// no control characters).
public struct PreparedElement: Hashable, Sendable {
    public let name: String
    /// `<name a="v">`, NUL-terminated.
    let startTag: [CChar]
    /// `</name>`, NUL-terminated.
    let endTag: [CChar]

    /// - Throws: ``XMLKitError`` `.writeFailed` for a name or value that
    ///   does not meet the rules above.
    public init(_ name: String, attributes: [(name: String, value: String)] = []) throws(XMLKitError) {
        guard Self.isPlainName(name) else {
            throw XMLKitError(.writeFailed, "\(name) is not a plain XML name")
        }
        var start = "<" + name
        for (attribute, value) in attributes {
            guard Self.isPlainName(attribute) else {
                throw XMLKitError(.writeFailed, "\(attribute) is not a plain XML name")
            }
            guard !value.unicodeScalars.contains(where: { $0 == "<" || $0 == "&" || $0 == "\"" || $0.value < 0x20 }),
                  !XMLCharacters.needsCleaning(value) else {
                throw XMLKitError(.writeFailed, "the value of \(attribute) would need escaping")
            }
            start += " \(attribute)=\"\(value)\""
        }
        self.name = name
        startTag = Array((start + ">").utf8CString)
        endTag = Array("</\(name)>".utf8CString)
    }

    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(0x30...0x39).contains(first), first != 0x2D, first != 0x2E else {
            return false
        }
        return name.utf8.allSatisfy { b in
            (0x61...0x7A).contains(b) || (0x41...0x5A).contains(b) || (0x30...0x39).contains(b)
                || b == 0x5F || b == 0x2D || b == 0x2E || b == 0x3A
        }
    }
}
