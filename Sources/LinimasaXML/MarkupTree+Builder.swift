/// Builds a ``MarkupTree`` in document order: `open` an element, add text,
/// `close` it. Used by the libxml2 walk; no recursion anywhere.
struct MarkupTreeBuilder {
    private var nodes: [MarkupTree.Node] = []
    private var parents: [MarkupTree.NodeID?] = []
    private var subtreeEnds: [Int] = []
    /// Ids of the elements opened and not yet closed.
    private var open: [Int] = []

    init(capacity: Int = 0) {
        nodes.reserveCapacity(capacity)
        parents.reserveCapacity(capacity)
        subtreeEnds.reserveCapacity(capacity)
    }

    var isEmpty: Bool { nodes.isEmpty }

    mutating func openElement(_ element: MarkupTree.Element) {
        let id = append(.element(element))
        open.append(id)
    }

    mutating func closeElement() {
        guard let id = open.popLast() else { return }
        subtreeEnds[id] = nodes.count
    }

    /// Adds character data; merges with a text node just before it in the
    /// same parent (CDATA next to text, text split by a skipped entity).
    mutating func addText(_ text: String) {
        guard !text.isEmpty else { return }
        if let parent = open.last, case .element(let e) = nodes[parent],
           let last = e.children.last, case .text(let previous) = nodes[last.index] {
            nodes[last.index] = .text(previous + text)
            return
        }
        _ = append(.text(text))
    }

    private mutating func append(_ node: MarkupTree.Node) -> Int {
        let id = nodes.count
        let parent = open.last
        nodes.append(node)
        parents.append(parent.map(MarkupTree.NodeID.init))
        subtreeEnds.append(id + 1)
        if let parent, case .element(var e) = nodes[parent] {
            // Take the element out while appending so the children array is
            // uniquely referenced and grows in place.
            nodes[parent] = .text("")
            e.children.append(MarkupTree.NodeID(id))
            nodes[parent] = .element(e)
        }
        return id
    }

    /// Closes anything left open and returns the tree, or nil if empty.
    mutating func finish() -> MarkupTree? {
        while !open.isEmpty { closeElement() }
        guard !nodes.isEmpty else { return nil }
        return MarkupTree(nodes: nodes, parents: parents, subtreeEnds: subtreeEnds)
    }
}
