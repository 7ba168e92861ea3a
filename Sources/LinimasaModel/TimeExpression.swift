/// An inclusive interval of calendar days.
public struct DayInterval: Hashable, Sendable {
    public var start: CalendarDate
    public var end: CalendarDate

    public init(start: CalendarDate, end: CalendarDate) {
        precondition(start <= end, "interval ends before it starts")
        self.start = start
        self.end = end
    }

    public init(day: CalendarDate) { self.init(start: day, end: day) }

    public func overlaps(_ other: DayInterval) -> Bool { start <= other.end && other.start <= end }
    public var days: Int { end.dayNumber - start.dayNumber + 1 }
}

/// How finely a date is known.
public enum DatePrecision: String, Hashable, Sendable, Comparable, CaseIterable {
    case day, week, month, quarter, year, decade

    private var rank: Int { DatePrecision.allCases.firstIndex(of: self)! }
    public static func < (a: DatePrecision, b: DatePrecision) -> Bool { a.rank < b.rank }
}

/// TimeML's four kinds of temporal expression.
public enum TimexType: String, Hashable, Sendable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

/// A time expression found in text, normalised against the document's
/// publication date (TimeML TIMEX3 in spirit).
public struct TimeExpression: Hashable, Sendable {
    /// Where in the document text, in code points.
    public var span: TextSpan
    public var text: String
    public var type: TimexType
    /// The TIMEX3 value: `2022-10-13`, `2022-W41`, `2022-10`, `2022`,
    /// `P8M`, `PRESENT_REF`, `XXXX-10-13` when the year is unknown.
    public var value: String
    /// The days the expression covers, when it is a date that can be placed.
    public var interval: DayInterval?
    public var precision: DatePrecision?
    /// The rule that recognised it, for `--explain`.
    public var rule: String

    public init(span: TextSpan, text: String, type: TimexType, value: String,
                interval: DayInterval? = nil, precision: DatePrecision? = nil, rule: String) {
        self.span = span
        self.text = text
        self.type = type
        self.value = value
        self.interval = interval
        self.precision = precision
        self.rule = rule
    }
}
