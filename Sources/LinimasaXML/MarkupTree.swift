/// A parsed HTML or XML document as plain Swift values.
///
/// Nodes live in one array in document order (pre-order), so a node's
/// descendants are the contiguous range after it. Nothing here is recursive:
/// building, copying, walking and destroying a tree use no stack in
/// proportion to its depth, which matters for hostile or broken pages
/// nested thousands of levels deep.
///
/// Only elements and character data (text and CDATA) are kept. Comments,
/// processing instructions, DTD nodes and entity references are left out;
/// entity references are never expanded.
public struct MarkupTree: Sendable {
    /// The position of a node in ``nodes``. Ids compare in document order.
    public struct NodeID: Hashable, Comparable, Sendable {
        public let index: Int
        public init(_ index: Int) { self.index = index }
        public static func < (a: NodeID, b: NodeID) -> Bool { a.index < b.index }
    }

    /// An element: its name, attributes in source order and child ids.
    public struct Element: Sendable {
        /// The local name. HTML names arrive lowercased from libxml2's HTML
        /// parser; XML names keep their case (`pubDate`).
        public var name: String
        /// The namespace prefix as written (`content` in `content:encoded`).
        public var prefix: String?
        /// The namespace URI the element is in, if any.
        public var namespaceURI: String?
        /// Attributes in source order; prefixed names are `prefix:local`.
        public var attributes: [(name: String, value: String)]
        /// Child elements and text, in order.
        public var children: [NodeID]

        public init(
            name: String, prefix: String? = nil, namespaceURI: String? = nil,
            attributes: [(name: String, value: String)] = [], children: [NodeID] = []
        ) {
            self.name = name
            self.prefix = prefix
            self.namespaceURI = namespaceURI
            self.attributes = attributes
            self.children = children
        }

        /// `prefix:name`, or `name` when there is no prefix.
        public var qualifiedName: String {
            guard let prefix, !prefix.isEmpty else { return name }
            return prefix + ":" + name
        }

        /// The value of the first attribute with this name (ASCII
        /// case-insensitive), or nil.
        public func attribute(_ attributeName: String) -> String? {
            for (n, v) in attributes where n == attributeName { return v }
            let lower = attributeName.lowercased()
            for (n, v) in attributes where n.lowercased() == lower { return v }
            return nil
        }
    }

    /// One node: an element or a run of character data.
    public enum Node: Sendable {
        case element(Element)
        case text(String)
    }

    /// All nodes, in document order; index 0 is the root element.
    public private(set) var nodes: [Node]
    /// The parent of each node (nil for the root).
    public private(set) var parents: [NodeID?]
    /// One past the last descendant of each node.
    private var subtreeEnds: [Int]

    init(nodes: [Node], parents: [NodeID?], subtreeEnds: [Int]) {
        self.nodes = nodes
        self.parents = parents
        self.subtreeEnds = subtreeEnds
    }

    /// The document (root) element.
    public var root: NodeID { NodeID(0) }

    /// The number of nodes.
    public var count: Int { nodes.count }

    public subscript(id: NodeID) -> Node { nodes[id.index] }

    /// The element at `id`, or nil when it is a text node.
    public func element(_ id: NodeID) -> Element? {
        if case .element(let e) = nodes[id.index] { return e }
        return nil
    }

    /// The parent of `id`, nil for the root.
    public func parent(of id: NodeID) -> NodeID? { parents[id.index] }

    /// The direct children of `id` (none for text).
    public func children(of id: NodeID) -> [NodeID] { element(id)?.children ?? [] }

    /// Every node below `id`, in document order.
    public func descendants(of id: NodeID) -> [NodeID] {
        (id.index + 1..<subtreeEnds[id.index]).map(NodeID.init)
    }

    /// The ids of `id` and all its descendants, as an index range.
    public func subtreeRange(of id: NodeID) -> Range<Int> { id.index..<subtreeEnds[id.index] }

    /// Elements under `id` (inclusive) whose local name is `name`, in document order.
    public func elements(named name: String, under id: NodeID? = nil) -> [NodeID] {
        let range = subtreeRange(of: id ?? root)
        var out: [NodeID] = []
        for i in range {
            if case .element(let e) = nodes[i], e.name == name { out.append(NodeID(i)) }
        }
        return out
    }

    /// The concatenated character data of `id` and its descendants.
    public func textContent(of id: NodeID) -> String {
        var out = ""
        for i in subtreeRange(of: id) {
            if case .text(let t) = nodes[i] { out += t }
        }
        return out
    }
}
