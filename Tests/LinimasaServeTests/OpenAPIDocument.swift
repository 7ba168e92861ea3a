import Foundation
import LinimasaTestSupport

/// `Schemas/linimasa-api.openapi.json`, and a check of a response body
/// against the schema it gives for a path and status.
///
/// The check covers the JSON Schema keywords the document uses: `type`
/// (one or a list), `properties`, `required`, `additionalProperties:
/// false`, `items`, `enum`, `pattern`, `minimum`, `maximum`, `oneOf`,
/// `allOf` and local `$ref`s. A keyword it does not know is an error, so
/// that the document cannot say more than the test checks.
struct OpenAPIDocument {
    let root: [String: Any]

    init() throws {
        let url = SharedData.repositoryRoot.appendingPathComponent("Schemas/linimasa-api.openapi.json")
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    /// The problems of `body` against the schema of `path` (as written in
    /// the document, `/api/events/{id}`) answering `status`; empty when it
    /// conforms.
    func problems(_ body: Any, path: String, status: Int) throws -> [String] {
        guard let paths = root["paths"] as? [String: Any], let item = paths[path] as? [String: Any],
              let get = item["get"] as? [String: Any], let responses = get["responses"] as? [String: Any],
              var response = responses[String(status)] as? [String: Any] else {
            return ["the document has no GET \(path) answering \(status)"]
        }
        if let ref = response["$ref"] as? String { response = try resolve(ref) }
        guard let content = response["content"] as? [String: Any],
              let media = content["application/json"] as? [String: Any],
              let schema = media["schema"] as? [String: Any] else {
            return ["the document gives no JSON schema for GET \(path) \(status)"]
        }
        var out: [String] = []
        try check(body, schema, at: "$", into: &out)
        return out
    }

    func resolve(_ ref: String) throws -> [String: Any] {
        guard ref.hasPrefix("#/") else { throw FixtureError(message: "non-local $ref \(ref)") }
        var node: Any = root
        for part in ref.dropFirst(2).split(separator: "/") {
            guard let next = (node as? [String: Any])?[String(part)] else { throw FixtureError(message: "dangling $ref \(ref)") }
            node = next
        }
        guard let schema = node as? [String: Any] else { throw FixtureError(message: "$ref \(ref) is not an object") }
        return schema
    }

    static let known: Set<String> = ["type", "properties", "required", "additionalProperties", "items", "enum",
                                     "pattern", "minimum", "maximum", "oneOf", "allOf", "$ref", "description",
                                     "format", "default"]

    func check(_ value: Any, _ schema: [String: Any], at path: String, into out: inout [String]) throws {
        if let bad = schema.keys.first(where: { !Self.known.contains($0) }) {
            throw FixtureError(message: "the checker does not know the keyword \(bad) (at \(path))")
        }
        if let ref = schema["$ref"] as? String { try check(value, try resolve(ref), at: path, into: &out) }
        if let all = schema["allOf"] as? [[String: Any]] {
            for s in all { try check(value, s, at: path, into: &out) }
        }
        if let one = schema["oneOf"] as? [[String: Any]] {
            var passing = 0
            for s in one {
                var sub: [String] = []
                try check(value, s, at: path, into: &sub)
                if sub.isEmpty { passing += 1 }
            }
            if passing != 1 { out.append("\(path): matches \(passing) of the oneOf schemas, not exactly 1") }
        }
        if let types = schema["type"].map({ ($0 as? [String]) ?? [$0 as? String ?? ""] }) {
            if !types.contains(where: { Self.has(value, type: $0) }) {
                out.append("\(path): \(Self.describe(value)) is not \(types.joined(separator: " or "))")
                return
            }
        }
        if let options = schema["enum"] as? [Any] {
            if !options.contains(where: { Self.same($0, value) }) { out.append("\(path): \(Self.describe(value)) is not one of the enum") }
        }
        if let pattern = schema["pattern"] as? String, let s = value as? String {
            if s.range(of: pattern, options: .regularExpression) == nil { out.append("\(path): '\(s)' does not match \(pattern)") }
        }
        if let n = value as? NSNumber, !(value is String) {
            if let min = schema["minimum"] as? NSNumber, n.doubleValue < min.doubleValue { out.append("\(path): \(n) < \(min)") }
            if let max = schema["maximum"] as? NSNumber, n.doubleValue > max.doubleValue { out.append("\(path): \(n) > \(max)") }
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                out.append("\(path): lacks required \(key)")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, item) in object {
                if let sub = properties[key] as? [String: Any] {
                    try check(item, sub, at: path + "." + key, into: &out)
                } else if let extra = schema["additionalProperties"] as? Bool, !extra {
                    out.append("\(path): has \(key), which the schema does not allow")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, item) in array.enumerated() { try check(item, items, at: "\(path)[\(i)]", into: &out) }
        }
    }

    static func has(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "number": return !(value is String) && value is NSNumber
        case "integer":
            guard !(value is String), let n = value as? NSNumber else { return false }
            return n.doubleValue == n.doubleValue.rounded() && !"\(n)".contains(".")
        default: return false
        }
    }

    static func same(_ a: Any, _ b: Any) -> Bool {
        switch (a, b) {
        case (is NSNull, is NSNull): return true
        case let (x as String, y as String): return x == y
        case let (x as NSNumber, y as NSNumber): return x.doubleValue == y.doubleValue
        default: return false
        }
    }

    static func describe(_ value: Any) -> String {
        let s = "\(value)"
        return s.count > 60 ? String(s.prefix(60)) + "…" : s
    }
}
