import LinimasaModel

/// A normalised date: its TIMEX3 value, the days it covers and how finely
/// it is known. The unit of arithmetic for the date rules.
struct NormalizedDate: Sendable, Hashable {
    var value: String
    var interval: DayInterval?
    var precision: DatePrecision?
    /// The day itself when the value names one day (anchors later times).
    var day: CalendarDate? { precision == .day ? interval?.start : nil }

    static func day(_ d: CalendarDate) -> NormalizedDate {
        NormalizedDate(value: d.description, interval: DayInterval(day: d), precision: .day)
    }

    /// The ISO week holding `d`: `2022-W42`, Monday to Sunday.
    static func week(of d: CalendarDate) -> NormalizedDate {
        let monday = d.adding(days: 1 - d.weekday)
        let thursday = monday.adding(days: 3)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
        return NormalizedDate(value: "\(TimexCalendar.pad(thursday.year, 4))-W\(TimexCalendar.pad(week, 2))",
                              interval: DayInterval(start: monday, end: monday.adding(days: 6)),
                              precision: .week)
    }

    static func month(_ year: Int, _ month: Int) -> NormalizedDate {
        let first = CalendarDate(year: year, month: month, day: 1)!
        let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
        return NormalizedDate(value: "\(TimexCalendar.pad(year, 4))-\(TimexCalendar.pad(month, 2))",
                              interval: DayInterval(start: first, end: last), precision: .month)
    }

    static func year(_ year: Int) -> NormalizedDate {
        NormalizedDate(value: TimexCalendar.pad(year, 4),
                       interval: DayInterval(start: CalendarDate(year: year, month: 1, day: 1)!,
                                             end: CalendarDate(year: year, month: 12, day: 31)!),
                       precision: .year)
    }

    /// The decade starting at `firstYear` (a multiple of ten): value `199`.
    static func decade(_ firstYear: Int) -> NormalizedDate {
        NormalizedDate(value: TimexCalendar.pad(firstYear / 10, 3),
                       interval: DayInterval(start: CalendarDate(year: firstYear, month: 1, day: 1)!,
                                             end: CalendarDate(year: firstYear + 9, month: 12, day: 31)!),
                       precision: .decade)
    }

    /// The century numbered by its first two digits: `20` for 2000-2099.
    static func century(_ hundreds: Int) -> NormalizedDate {
        NormalizedDate(value: TimexCalendar.pad(hundreds, 2),
                       interval: DayInterval(start: CalendarDate(year: hundreds * 100, month: 1, day: 1)!,
                                             end: CalendarDate(year: hundreds * 100 + 99, month: 12, day: 31)!),
                       precision: .decade)
    }

    /// A reference token with no calendar place.
    static func reference(_ token: String) -> NormalizedDate {
        NormalizedDate(value: token, interval: nil, precision: nil)
    }

    /// The start, middle or end third of this period (value unchanged, as
    /// TIMEX3 carries the part in a modifier). A week's end is its weekend.
    func part(_ part: PeriodPart) -> NormalizedDate {
        guard let iv = interval else { return self }
        if precision == .week {
            switch part {
            case .start: return NormalizedDate(value: value, interval: DayInterval(start: iv.start, end: iv.start.adding(days: 2)), precision: .week)
            case .mid: return NormalizedDate(value: value, interval: DayInterval(start: iv.start.adding(days: 2), end: iv.start.adding(days: 4)), precision: .week)
            case .end: return NormalizedDate(value: value + "-WE", interval: DayInterval(start: iv.start.adding(days: 5), end: iv.end), precision: .week)
            }
        }
        let n = iv.days
        let third = n / 3
        switch part {
        case .start: return NormalizedDate(value: value, interval: DayInterval(start: iv.start, end: iv.start.adding(days: third - 1)), precision: precision)
        case .mid: return NormalizedDate(value: value, interval: DayInterval(start: iv.start.adding(days: third), end: iv.start.adding(days: 2 * third - 1)), precision: precision)
        case .end: return NormalizedDate(value: value, interval: DayInterval(start: iv.start.adding(days: 2 * third), end: iv.end), precision: precision)
        }
    }
}

/// Calendar arithmetic on `CalendarDate` for the temporal rules.
enum TimexCalendar {
    static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// `d` moved by whole months, the day clamped to the month's length.
    static func adding(months: Int, to d: CalendarDate) -> CalendarDate {
        let total = d.year * 12 + (d.month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CalendarDate(year: y, month: m, day: min(d.day, CalendarDate.daysIn(month: m, year: y)))!
    }

    /// `d` moved by `count` units, for counts of days, weeks, months and years.
    static func shift(_ d: CalendarDate, by count: Int, _ unit: TimeUnit) -> CalendarDate? {
        switch unit {
        case .day: return d.adding(days: count)
        case .week: return d.adding(days: 7 * count)
        case .month: return adding(months: count, to: d)
        case .year: return adding(months: 12 * count, to: d)
        case .decade: return adding(months: 120 * count, to: d)
        case .windu: return adding(months: 96 * count, to: d)
        case .century: return adding(months: 1200 * count, to: d)
        case .hour, .minute, .second: return nil
        }
    }

    /// The period of `unit` holding `d`, moved by `shift` periods:
    /// "pekan lalu" is `period(.week, dct, -1)`.
    static func period(_ unit: TimeUnit, of d: CalendarDate, shift: Int) -> NormalizedDate? {
        switch unit {
        case .day: return .day(d.adding(days: shift))
        case .week: return .week(of: d.adding(days: 7 * shift))
        case .month:
            let m = adding(months: shift, to: CalendarDate(year: d.year, month: d.month, day: 1)!)
            return .month(m.year, m.month)
        case .year: return .year(d.year + shift)
        case .decade: return .decade((d.year / 10 + shift) * 10)
        case .century: return .century(d.year / 100 + shift)
        case .windu, .hour, .minute, .second: return nil
        }
    }

    /// The ISO 8601 duration of `count` units (nil count: unknown, `X`).
    static func duration(_ count: Double?, _ unit: TimeUnit) -> String {
        func num(_ m: Double) -> String {
            guard let c = count else { return "X" }
            let v = c * m
            // A count past Int's range (a run of digits in scraped text) is
            // no real duration: unknown, as when no count is given.
            if v == v.rounded() { return Int(exactly: v).map(String.init) ?? "X" }
            return v.isFinite ? String(v) : "X"
        }
        switch unit {
        case .day: return "P\(num(1))D"
        case .week: return "P\(num(1))W"
        case .month: return "P\(num(1))M"
        case .year: return "P\(num(1))Y"
        case .decade: return count == nil ? "PXDE" : "P\(num(10))Y"
        case .windu: return "P\(num(8))Y"
        case .century: return count == nil ? "PXCE" : "P\(num(100))Y"
        case .hour: return "PT\(num(1))H"
        case .minute: return "PT\(num(1))M"
        case .second: return "PT\(num(1))S"
        }
    }

    /// Half a unit, in the next smaller unit: setengah jam = PT30M.
    static func halfDuration(_ unit: TimeUnit) -> String {
        switch unit {
        case .day: return "PT12H"
        case .week: return "P3.5D"
        case .month: return "P15D"
        case .year: return "P6M"
        case .decade: return "P5Y"
        case .windu: return "P4Y"
        case .century: return "P50Y"
        case .hour: return "PT30M"
        case .minute: return "PT30S"
        case .second: return "PT0.5S"
        }
    }
}
