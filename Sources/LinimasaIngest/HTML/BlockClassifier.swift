/// jusText's paragraph classifier (Pomikálek, "Removing Boilerplate and
/// Duplicate Content from Web Corpora", 2011), re-implemented.
///
/// 1. Context-free: each block is *bad* (link-dense, copyright line, inside
///    a `select`), *short*, *near-good* or *good* by its length and its
///    density of function words.
/// 2. Context-sensitive: short and near-good blocks take the class of the
///    good or bad blocks around them; headings survive only when good text
///    follows within a short distance.
enum BlockClassifier {
    enum Class: Equatable, Sendable { case bad, short, nearGood, good }

    /// jusText's defaults, with the function-word thresholds lowered for
    /// the short Indonesian list in ``FunctionWords`` (Indonesian news prose
    /// scores about 0.25–0.50 on it, menus, bylines and link lists under 0.20).
    struct Parameters: Sendable {
        var lengthLow = 70
        var lengthHigh = 200
        var functionWordsLow = 0.20
        var functionWordsHigh = 0.24
        var maxLinkDensity = 0.2
        var maxHeadingDistance = 200
    }

    /// The context-free class of one block.
    static func contextFree(_ b: TextBlock, _ p: Parameters = Parameters()) -> Class {
        if b.linkDensity > p.maxLinkDensity { return .bad }
        if b.isCopyright { return .bad }
        if b.inSelect { return .bad }
        // Captions are terse noun phrases: their function-word density says
        // nothing, so their neighbours decide (kept inside the article).
        if b.isCaption { return .short }
        if b.length < p.lengthLow { return b.linkCharacters > 0 ? .bad : .short }
        if b.functionWordDensity >= p.functionWordsHigh { return b.length > p.lengthHigh ? .good : .nearGood }
        if b.functionWordDensity >= p.functionWordsLow { return .nearGood }
        return .bad
    }

    /// The final class of every block, jusText's context-sensitive pass.
    static func classify(_ blocks: [TextBlock], _ p: Parameters = Parameters()) -> [Class] {
        let free = blocks.map { contextFree($0, p) }
        var classes = free

        // Short headings followed closely by good text count as near-good.
        for i in blocks.indices where blocks[i].isHeading && classes[i] == .short {
            if goodFollows(i, blocks, free, p.maxHeadingDistance) { classes[i] = .nearGood }
        }

        // Short blocks: good between good, bad between bad; between good and
        // bad, good only if a near-good block sits on the bad side.
        let beforeShort = classes
        for i in blocks.indices where beforeShort[i] == .short {
            let prev = neighbour(i, -1, beforeShort, ignoreNearGood: true)
            let next = neighbour(i, 1, beforeShort, ignoreNearGood: true)
            if prev == .good && next == .good {
                classes[i] = .good
            } else if prev == .bad && next == .bad {
                classes[i] = .bad
            } else if (prev == .bad && neighbour(i, -1, beforeShort, ignoreNearGood: false) == .nearGood)
                        || (next == .bad && neighbour(i, 1, beforeShort, ignoreNearGood: false) == .nearGood) {
                classes[i] = .good
            } else {
                classes[i] = .bad
            }
        }

        // Near-good blocks: bad only between bad blocks.
        let beforeNear = classes
        for i in blocks.indices where beforeNear[i] == .nearGood {
            let prev = neighbour(i, -1, beforeNear, ignoreNearGood: true)
            let next = neighbour(i, 1, beforeNear, ignoreNearGood: true)
            classes[i] = (prev == .bad && next == .bad) ? .bad : .good
        }

        // Headings dropped above are rescued when good text follows closely.
        for i in blocks.indices where blocks[i].isHeading && classes[i] == .bad && free[i] != .bad {
            if goodFollows(i, blocks, classes, p.maxHeadingDistance) { classes[i] = .good }
        }
        return classes
    }

    /// The nearest class in `direction` that is neither short nor (when
    /// asked) near-good; the page edges count as bad.
    private static func neighbour(_ i: Int, _ direction: Int, _ classes: [Class], ignoreNearGood: Bool) -> Class {
        var j = i + direction
        while j >= 0 && j < classes.count {
            let c = classes[j]
            if c == .good || c == .bad { return c }
            if c == .nearGood && !ignoreNearGood { return c }
            j += direction
        }
        return .bad
    }

    /// Whether a good block starts within `distance` characters after `i`.
    private static func goodFollows(_ i: Int, _ blocks: [TextBlock], _ classes: [Class], _ distance: Int) -> Bool {
        var seen = 0
        var j = i + 1
        while j < blocks.count && seen <= distance {
            if classes[j] == .good { return true }
            seen += blocks[j].length
            j += 1
        }
        return false
    }
}
