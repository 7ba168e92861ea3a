import LinimasaXML

extension MarkupTree {
    /// Names of all elements, in document order.
    var elementNames: [String] {
        nodes.compactMap { if case .element(let e) = $0 { e.name } else { nil } }
    }

    /// All character data of the document, in order.
    var allText: String { textContent(of: root) }

    /// The first element with this local name.
    func first(_ name: String) -> MarkupTree.Element? {
        elements(named: name).first.flatMap(element)
    }
}

/// The bytes of a string as UTF-8.
func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

/// Seconds taken by `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}
