import LinimasaXML

/// Cuts a parsed page into ``TextBlock``s after removing boilerplate
/// elements: every block-level element (and every `<br>`) ends one block
/// and starts the next, inline content joins the current block.
///
/// The walk is a loop over the tree's document-order array with an explicit
/// stack of open elements, so page depth costs no call stack.
enum BlockSegmenter {
    /// Elements that begin and end a block.
    static let blockTags: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption", "blockquote", "pre",
        "article", "section", "main", "figure", "figcaption", "body", "html", "address",
        "center", "details", "summary", "hr", "br", "fieldset", "legend", "hgroup", "option",
    ]

    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    private struct Open {
        var end: Int
        var isBlock: Bool
        var isLink: Bool
        var isHeading: Bool
        var isCaption: Bool
        var isSelect: Bool
    }

    /// The blocks under `start` (the whole document by default), in order.
    static func blocks(in tree: MarkupTree, under start: MarkupTree.NodeID? = nil) -> [TextBlock] {
        let range = tree.subtreeRange(of: start ?? tree.root)
        var blocks: [TextBlock] = []
        var stack: [Open] = []
        var text = ""
        var linkChars = 0
        var links = 0, headings = 0, captions = 0, selects = 0
        var blockIsHeading = false, blockIsCaption = false, blockInSelect = false

        func flush() {
            if text.contains(where: { !$0.isWhitespace }) {
                blocks.append(TextBlock(
                    rawText: text, linkCharacters: linkChars, isHeading: blockIsHeading,
                    isCaption: blockIsCaption, inSelect: blockInSelect))
            }
            text = ""
            linkChars = 0
            blockIsHeading = headings > 0
            blockIsCaption = captions > 0
            blockInSelect = selects > 0
        }

        func close(_ open: Open) {
            if open.isBlock { flush() }
            if open.isLink { links -= 1 }
            if open.isHeading { headings -= 1 }
            if open.isCaption { captions -= 1 }
            if open.isSelect { selects -= 1 }
            // The block is already out; this only resets the flags the next
            // block starts with, now that the element is closed.
            if open.isBlock { flush() }
        }

        var i = range.lowerBound
        while i < range.upperBound {
            while let top = stack.last, i >= top.end { close(stack.removeLast()) }
            let id = MarkupTree.NodeID(i)
            switch tree[id] {
            case .text(let t):
                text += t
                if links > 0 {
                    for c in t.unicodeScalars where !c.properties.isWhitespace { linkChars += 1 }
                }
                i += 1
            case .element(let e):
                let end = tree.subtreeRange(of: id).upperBound
                if BoilerplateElements.isBoilerplate(id, in: tree) {
                    // A removed element still separates the text around it.
                    if blockTags.contains(e.name) || BoilerplateElements.droppedTags.contains(e.name) {
                        flush()
                    } else {
                        text += " "
                    }
                    i = end
                    continue
                }
                let open = Open(
                    end: end, isBlock: blockTags.contains(e.name), isLink: e.name == "a",
                    isHeading: headingTags.contains(e.name), isCaption: e.name == "figcaption",
                    isSelect: e.name == "select")
                if open.isLink { links += 1 }
                if open.isHeading { headings += 1 }
                if open.isCaption { captions += 1 }
                if open.isSelect { selects += 1 }
                if open.isBlock { flush() }
                if e.name == "img" { text += " " }
                stack.append(open)
                i += 1
            }
        }
        while let top = stack.popLast() { close(top) }
        flush()
        return blocks
    }
}
