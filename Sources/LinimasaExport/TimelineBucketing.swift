import LinimasaGraph
import LinimasaModel

/// How wide one column of a timeline is.
public enum TimelineGranularity: String, CaseIterable, Sendable {
    /// One column per day (`2022-10-13`).
    case day
    /// One column per ISO week, Monday to Sunday (`2022-W41`).
    case week
    /// One column per calendar month (`2022-10`).
    case month

    /// Day columns up to this many days of span.
    public static let dayLimit = 45
    /// Week columns up to this many days of span; months beyond.
    public static let weekLimit = 366

    /// The granularity that keeps a timeline readable: days for up to
    /// ``dayLimit`` days, weeks up to ``weekLimit`` days, months beyond.
    /// `spanDays` counts both ends (one day is a span of 1).
    public static func automatic(spanDays: Int) -> TimelineGranularity {
        spanDays <= dayLimit ? .day : spanDays <= weekLimit ? .week : .month
    }

    /// The first day of the column holding `date`.
    public func start(of date: CalendarDate) -> CalendarDate {
        switch self {
        case .day: return date
        case .week: return date.adding(days: 1 - date.weekday)
        case .month: return CalendarDate(year: date.year, month: date.month, day: 1)!
        }
    }

    /// The first day of the column after the one starting on `start`.
    public func next(after start: CalendarDate) -> CalendarDate {
        switch self {
        case .day: return start.adding(days: 1)
        case .week: return start.adding(days: 7)
        case .month:
            return start.month == 12 ? CalendarDate(year: start.year + 1, month: 1, day: 1)!
                : CalendarDate(year: start.year, month: start.month + 1, day: 1)!
        }
    }

    /// The column's heading: `2022-10-13`, `2022-W41` (ISO 8601 week), `2022-10`.
    public func label(of start: CalendarDate) -> String {
        switch self {
        case .day:
            return start.description
        case .week:
            // The ISO week belongs to the year of its Thursday.
            let thursday = self.start(of: start).adding(days: 3)
            let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
            let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
            return "\(pad(thursday.year, 4))-W\(pad(week, 2))"
        case .month:
            return String(start.description.prefix(7))
        }
    }

    private func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// One column of a timeline.
public struct TimelineBucket: Hashable, Sendable {
    /// First day of the column; nil for the column of undated events.
    public var start: CalendarDate?
    /// Heading: a date, an ISO week, a month, or `undated`.
    public var label: String
    /// Events in the column.
    public var eventCount: Int
}

/// Events sorted into date columns: the time axis of a timeline.
///
/// An event goes to the column of its start day. Undated events go to a
/// last column labelled `undated`, or nowhere, as the options say.
public struct TimelineBucketing: Sendable {
    /// The granularity used (the chosen one, or the automatic one).
    public let granularity: TimelineGranularity
    /// Columns, earliest first; the undated column, when present, last.
    public let buckets: [TimelineBucket]
    /// For each event of the graph (same index), its column, or nil when
    /// the event is left out (undated and omitted).
    public let bucketOfEvent: [Int?]

    /// Heading of the column of undated events.
    public static let undatedLabel = "undated"

    /// - Parameters:
    ///   - granularity: nil chooses by the span of the dated events.
    ///   - includeUndated: whether undated events get a column of their own.
    ///   - includeEmpty: whether the days, weeks or months without events
    ///     between the first and last get (empty) columns, for an even axis.
    public init(events: [EventNode], granularity: TimelineGranularity? = nil,
                includeUndated: Bool = true, includeEmpty: Bool = false) {
        var first: CalendarDate?, last: CalendarDate?
        for e in events {
            guard let d = e.date?.start else { continue }
            if first.map({ d < $0 }) ?? true { first = d }
            if last.map({ d > $0 }) ?? true { last = d }
        }
        let span = first.flatMap { f in last.map { $0.dayNumber - f.dayNumber + 1 } } ?? 1
        let g = granularity ?? .automatic(spanDays: span)
        self.granularity = g

        // Column starts: every one between first and last, or only those used.
        var starts: [CalendarDate] = []
        if includeEmpty, let first, let last {
            var s = g.start(of: first)
            while s <= last { starts.append(s); s = g.next(after: s) }
        } else {
            starts = Set(events.compactMap { $0.date.map { g.start(of: $0.start).dayNumber } })
                .sorted().map { CalendarDate(dayNumber: $0) }
        }
        var column: [Int: Int] = [:]
        for (i, s) in starts.enumerated() { column[s.dayNumber] = i }
        var buckets = starts.map { TimelineBucket(start: $0, label: g.label(of: $0), eventCount: 0) }

        let hasUndated = events.contains { $0.date == nil }
        let undatedColumn: Int? = includeUndated && hasUndated ? buckets.count : nil
        if undatedColumn != nil {
            buckets.append(TimelineBucket(start: nil, label: Self.undatedLabel, eventCount: 0))
        }
        var assignment: [Int?] = []
        assignment.reserveCapacity(events.count)
        for e in events {
            let b = e.date.map { column[g.start(of: $0.start).dayNumber]! } ?? undatedColumn
            if let b { buckets[b].eventCount += 1 }
            assignment.append(b)
        }
        self.buckets = buckets
        self.bucketOfEvent = assignment
    }
}
