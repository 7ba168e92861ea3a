import Foundation
@testable import LinimasaIngest
import LinimasaModel
import LinimasaText
import Testing

private func parse(_ s: String) throws -> JSONValue {
    let bytes = Array(s.utf8)
    return try bytes.withUnsafeBufferPointer { try JSONParser.parse($0) }
}

private func failure(_ s: String) -> JSONParser.Failure? {
    do { _ = try parse(s); return nil } catch let f as JSONParser.Failure { return f } catch { return nil }
}

@Test func parsesNestedValuesInOrder() throws {
    let v = try parse(#" {"b": [1, -2.5e3, true, false, null], "a": {"x": "y"}, "c": 0} "#)
    guard case .object(let fields) = v else { Issue.record("not an object"); return }
    #expect(fields.map(\.0) == ["b", "a", "c"])
    #expect(fields[0].1 == .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null]))
    #expect(v["a"]?["x"] == .string("y"))
}

@Test(arguments: [
    (#""a\"b\\c\/d""#, "a\"b\\c/d"),
    (#""tab\there\nline""#, "tab\there\nline"),
    (#""\u00e9t\u00E9""#, "été"),
    (#""\ud83d\ude00""#, "😀"),
    (#""Menlu “AS” — siap""#, "Menlu “AS” — siap"),
])
func decodesStringEscapes(json: String, expected: String) throws {
    #expect(try parse(json) == .string(expected))
}

@Test(arguments: [
    (#"{"a" 1}"#, 6, "expected ':'"),
    (#"{"a": tru}"#, 7, "invalid literal"),
    (#"{"a": "x}"#, 10, "unterminated string"),
    (#"{"a": 01}"#, 8, "expected ',' or '}'"),
    (#"{"a": "\ud83d"}"#, 14, "lone surrogate"),
    (#"{"a": 1,}"#, 9, "expected a quoted key"),
    (#"{"a": 1} x"#, 10, "unexpected text after"),
    ("{\"a\": \"x\ty\"}", 9, "control character"),
])
func reportsColumnAndReason(json: String, column: Int, reason: String) throws {
    let f = try #require(failure(json))
    #expect(f.column == column)
    #expect(f.message.contains(reason), "\(f.message)")
}

@Test func deepNestingFailsInsteadOfOverflowing() throws {
    let hostile = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let f = try #require(failure(hostile))
    #expect(f.message.contains("nesting deeper"))
}

@Test func writerOutputIsValidJSONThatRoundTrips() throws {
    let nasty = "quote \" backslash \\ newline \n tab \t bell \u{07} nul \u{00} ls \u{2028} emoji 😀 “kutip”"
    var w = JSONWriter()
    w.beginObject()
    w.key("s"); w.string(nasty)
    w.key("n"); w.int(-42)
    w.key("list"); w.value(.array([.null, .bool(true), .number("1.50"), .object([("k", .string("v"))])]))
    w.endObject()
    let object = try #require(try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any])
    #expect(object["s"] as? String == nasty)
    #expect(object["n"] as? Int == -42)
    // Our own parser reads it back identically too.
    let back = try w.bytes.withUnsafeBufferPointer { try JSONParser.parse($0) }
    #expect(back["s"] == .string(nasty))
    #expect(back["list"] == .array([.null, .bool(true), .number("1.50"), .object([("k", .string("v"))])]))
    // U+2028 is escaped so the line is also safe to embed in JavaScript.
    #expect(String(decoding: w.bytes, as: UTF8.self).contains("\\u2028"))
}

@Test func utf8ValidationFindsTheFirstBadByte() {
    #expect(UTF8Validation.firstInvalidByte(Array("Kamis, 13 Oktober — “ok” 😀".utf8)) == nil)
    #expect(UTF8Validation.firstInvalidByte([0x61, 0x62, 0xFF, 0x63]) == 2)
    #expect(UTF8Validation.firstInvalidByte([0x61, 0xC3]) == 1)                 // truncated
    #expect(UTF8Validation.firstInvalidByte([0xC0, 0xAF]) == 0)                 // overlong '/'
    #expect(UTF8Validation.firstInvalidByte([0xED, 0xA0, 0x80]) == 0)           // surrogate
    #expect(UTF8Validation.firstInvalidByte([0xF4, 0x90, 0x80, 0x80]) == 0)     // above U+10FFFF
    let long = Array(repeating: UInt8(ascii: "a"), count: 37) + [0xE2, 0x82] + Array(repeating: UInt8(ascii: "b"), count: 20)
    #expect(UTF8Validation.firstInvalidByte(long) == 37)
}
