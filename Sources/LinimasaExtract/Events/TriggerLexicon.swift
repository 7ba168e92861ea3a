import Foundation
import LinimasaLanguage
import LinimasaModel
import LinimasaText

/// How a trigger behaves in a clause.
enum TriggerClass: String, Sendable {
    /// "kata X", "ujar X", "tambahnya": the speaker follows or is implied.
    case speech
    /// A verb of saying or declaring; yields to an event noun it introduces.
    case statement
    /// Appeals, intents, demands, criticism, threats, rejections.
    case verbal
    /// Acts: meetings, exercises, attacks, sanctions, aid.
    case material
}

/// One row of `id/events/triggers.tsv`.
struct TriggerRule: Sendable {
    var key: String
    var cameo: CAMEOCode
    var cls: TriggerClass
    var near: Set<String> = []
    var around: Set<String> = []
    var not: Set<String> = []
    var prev: Set<String> = []
    var forms: Set<String> = []
    /// Alternative codes when one of their words is near.
    var codeWhen: [(CAMEOCode, Set<String>)] = []
    /// How roles are read off the clause (`roles=` condition).
    var roles: RoleReading = .normal
    var example: String
}

/// How a trigger's roles relate to the clause.
enum RoleReading: String, Sendable {
    /// Subject or genitive acts, object suffers.
    case normal
    /// "kemarahan Rusia": the genitive actor is the source.
    case genitive
    /// "mundurnya pasukan Rusia": the named side suffers the act.
    case inverse
}

/// CAMEO code facts from `id/events/cameo.tsv`.
struct CAMEOInfo: Sendable {
    var name: String
    var quadClass: QuadClass
    var goldstein: Double
    var plover: String
}

/// The trigger lexicon and the CAMEO table, loaded from language data.
struct EventLexicon: Sendable {
    var triggers: [String: [TriggerRule]] = [:]
    var cameo: [CAMEOCode: CAMEOInfo] = [:]

    init(profile: LanguageProfile) throws {
        let cameoFile = profile.path("events/cameo.tsv"), triggerFile = profile.path("events/triggers.tsv")
        for row in try profile.data.table(cameoFile, minimumFields: 1) where row.fields.count >= 5 {
            let code = try CAMEOCode(parsing: row[0], file: cameoFile, line: row.line)
            guard let q = Int(row[2]).flatMap(QuadClass.init(rawValue:)), let g = Double(row[3]) else {
                throw LanguageDataError(path: cameoFile, line: row.line, reason: "bad row \(row.fields)")
            }
            cameo[code] = CAMEOInfo(name: row[1], quadClass: q, goldstein: g, plover: row[4])
        }
        for row in try profile.data.table(triggerFile, minimumFields: 1) {
            func fail(_ reason: String) -> LanguageDataError {
                LanguageDataError(path: triggerFile, line: row.line, reason: reason)
            }
            guard row.fields.count >= 5, let cls = TriggerClass(rawValue: row[2]) else { throw fail("bad row \(row.fields)") }
            let code = try CAMEOCode(parsing: row[1], file: triggerFile, line: row.line)
            var rule = TriggerRule(key: row[0], cameo: code, cls: cls, example: row[4])
            guard cameo[rule.cameo] != nil else { throw fail("\(row[0]): unknown CAMEO code \(rule.cameo)") }
            if row[3] != "-" {
                for condition in row[3].split(separator: ";") {
                    let parts = condition.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else { throw fail("\(row[0]): bad condition \(condition)") }
                    let words = Set(parts[1].split(separator: "|").map(String.init))
                    switch parts[0] {
                    case "near": rule.near = words
                    case "around": rule.around = words
                    case "not": rule.not = words
                    case "prev": rule.prev = words
                    case "form": rule.forms = words
                    case "roles":
                        guard let r = RoleReading(rawValue: parts[1]) else { throw fail("\(row[0]): unknown roles \(parts[1])") }
                        rule.roles = r
                    case "code":
                        let codeParts = parts[1].split(separator: ":", maxSplits: 1).map(String.init)
                        guard codeParts.count == 2 else { throw fail("\(row[0]): bad code condition") }
                        let alternative = try CAMEOCode(parsing: codeParts[0], file: triggerFile, line: row.line)
                        guard cameo[alternative] != nil else { throw fail("\(row[0]): bad code condition") }
                        rule.codeWhen.append((alternative, Set(codeParts[1].split(separator: "|").map(String.init))))
                    default:
                        throw fail("\(row[0]): unknown condition \(parts[0])")
                    }
                }
            }
            triggers[rule.key, default: []].append(rule)
        }
    }

    /// The roots the trigger lexicon is keyed by, for the stemmer.
    var roots: [String] { Array(triggers.keys) }
}

