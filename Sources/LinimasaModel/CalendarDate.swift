/// A day in the proleptic Gregorian calendar, free of time zones.
///
/// News dates are calendar days in the outlet's own zone ("Senin (3/1)"), so
/// Linimasa keeps them as plain year/month/day values and does its own
/// arithmetic instead of going through `Date` and a time zone.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Returns nil when the triple is not a real day (31 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
              day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's
    /// days-from-civil algorithm.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }

    /// `YYYY-MM-DD` (years outside 0…9999 as many digits as they need).
    public var description: String {
        guard (0...9999).contains(year) else {
            func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
            return "\(year)-\(pad(month))-\(pad(day))"
        }
        // Formatted in place: dates are written by the million in exports.
        let digits: (Int) -> UInt8 = { UInt8(truncatingIfNeeded: 0x30 + $0) }
        let bytes: [UInt8] = [
            digits(year / 1000), digits(year / 100 % 10), digits(year / 10 % 10), digits(year % 10), 0x2D,
            digits(month / 10), digits(month % 10), 0x2D, digits(day / 10), digits(day % 10),
        ]
        return String(decoding: bytes, as: UTF8.self)
    }
}
