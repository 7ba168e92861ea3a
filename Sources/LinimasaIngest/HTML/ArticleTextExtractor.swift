import LinimasaXML

/// The article body of a parsed page or fragment, one block per line.
enum ArticleTextExtractor {
    /// How strictly to judge blocks.
    enum Mode: Sendable {
        /// A whole web page: jusText's classification. When it finds no good
        /// block, near-good blocks of prose are taken rather than nothing.
        case page
        /// The HTML of a feed item. The publisher already chose this text,
        /// so there is no page chrome to fight: every block survives except
        /// link lists (more than half link text) and copyright lines. The
        /// element-level removal (share bars, "baca juga" boxes) still
        /// applies, and short lines are left to the downstream cleaner.
        case fragment
    }

    static let maxFragmentLinkDensity = 0.5

    /// The kept blocks under `start` (the whole tree by default).
    static func blocks(in tree: MarkupTree, under start: MarkupTree.NodeID? = nil, mode: Mode) -> [TextBlock] {
        let blocks = BlockSegmenter.blocks(in: tree, under: start)
        switch mode {
        case .fragment:
            return blocks.filter { b in
                b.linkDensity <= maxFragmentLinkDensity && !b.inSelect && !b.isCopyright
            }
        case .page:
            let classes = BlockClassifier.classify(blocks)
            let good = zip(blocks, classes).filter { $0.1 == .good }.map(\.0)
            if !good.isEmpty { return good }
            return blocks.filter { BlockClassifier.contextFree($0) == .nearGood }
        }
    }

    /// The kept blocks' text joined with newlines, or "" when none.
    static func text(in tree: MarkupTree, under start: MarkupTree.NodeID? = nil, mode: Mode) -> String {
        blocks(in: tree, under: start, mode: mode).map(\.text).joined(separator: "\n")
    }
}
