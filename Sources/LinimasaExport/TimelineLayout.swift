/// Positions for every node of a timeline, computed without Graphviz.
///
/// A timeline needs no layout search: x follows from the date column and
/// y from stacking the column's events inside their swimlane.
/// ``DOTTimelineExporter`` writes these positions as pinned `pos="x,y!"`
/// attributes and `neato -n2` then only draws (0.4 s for 10,000 events,
/// 0.8 s for 20,000, Graphviz 2.43). The positions are Linimasa's own, so
/// the drawing is the same with every Graphviz version and any other
/// renderer can reuse them.
///
/// Cost: one pass over the events plus a hash of (lane, column) cells —
/// O(n) after the O(n log n) bucketing.
///
/// Coordinates are Graphviz points (1/72 inch) with the origin at the
/// bottom left, y growing upwards; the date headings run along the top.
public struct TimelineLayout: Sendable {
    /// Sizes, in points.
    public struct Metrics: Hashable, Sendable {
        public var columnWidth: Double = 190
        public var nodeWidth: Double = 176
        public var rowHeight: Double = 50
        public var nodeHeight: Double = 44
        public var headerHeight: Double = 36
        /// Room left of the columns for lane headings (only with lanes).
        public var laneLabelWidth: Double = 150
        /// Space between two lanes.
        public var laneGap: Double = 14

        public init() {}
    }

    /// A point in Graphviz coordinates.
    public struct Point: Hashable, Sendable {
        public var x: Double
        public var y: Double
    }

    /// A lane's background band: its centre and size.
    public struct Band: Hashable, Sendable {
        public var center: Point
        public var width: Double
        public var height: Double
    }

    public let metrics: Metrics
    public let width: Double
    public let height: Double
    /// Centre of each event's node (same index as the graph's events); nil
    /// when the event has no column (undated and omitted).
    public let eventPositions: [Point?]
    /// Centre of each column heading.
    public let bucketPositions: [Point]
    /// Each lane's band and the centre of its heading.
    public let laneBands: [Band]
    public let laneLabelPositions: [Point]

    public init(bucketing: TimelineBucketing, lanes: TimelineLanes, metrics: Metrics = Metrics()) {
        self.metrics = metrics
        let columns = bucketing.buckets.count
        let laneCount = lanes.lanes.count
        let labelWidth = lanes.lanes.contains { !$0.label.isEmpty } ? metrics.laneLabelWidth : 0

        // Slot of each event within its (lane, column) cell, in graph order,
        // and the tallest cell of each lane.
        var cellFill: [Int: Int] = [:]
        var slot = [Int](repeating: 0, count: bucketing.bucketOfEvent.count)
        var rows = [Int](repeating: 1, count: laneCount)
        for (i, bucket) in bucketing.bucketOfEvent.enumerated() {
            guard let bucket else { continue }
            let lane = lanes.laneOfEvent[i]
            let cell = lane &* columns &+ bucket
            let k = cellFill[cell, default: 0]
            cellFill[cell] = k + 1
            slot[i] = k
            rows[lane] = max(rows[lane], k + 1)
        }

        // Lanes top-down: the offset of each lane's top below the header.
        var laneTop = [Double](repeating: 0, count: laneCount)
        var laneHeight = [Double](repeating: 0, count: laneCount)
        var y = metrics.headerHeight
        for l in 0..<laneCount {
            laneTop[l] = y
            laneHeight[l] = Double(rows[l]) * metrics.rowHeight + metrics.laneGap
            y += laneHeight[l]
        }
        let totalHeight = y
        let totalWidth = labelWidth + Double(max(columns, 1)) * metrics.columnWidth
        width = totalWidth
        height = totalHeight

        func columnX(_ b: Int) -> Double { labelWidth + (Double(b) + 0.5) * metrics.columnWidth }
        eventPositions = bucketing.bucketOfEvent.enumerated().map { i, bucket in
            guard let bucket else { return nil }
            let lane = lanes.laneOfEvent[i]
            let top = laneTop[lane] + metrics.laneGap / 2 + (Double(slot[i]) + 0.5) * metrics.rowHeight
            return Point(x: columnX(bucket), y: totalHeight - top)
        }
        bucketPositions = (0..<columns).map { Point(x: columnX($0), y: totalHeight - metrics.headerHeight / 2) }
        laneBands = (0..<laneCount).map { l in
            Band(center: Point(x: totalWidth / 2, y: totalHeight - laneTop[l] - laneHeight[l] / 2),
                 width: totalWidth, height: laneHeight[l] - metrics.laneGap / 2)
        }
        laneLabelPositions = (0..<laneCount).map { l in
            Point(x: labelWidth / 2, y: totalHeight - laneTop[l] - laneHeight[l] / 2)
        }
    }
}
