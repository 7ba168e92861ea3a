/// A publication timestamp as found in metadata: at least a calendar day,
/// optionally a time of day and a UTC offset, plus the text it came from.
public struct PublishedDate: Hashable, Sendable {
    public var date: CalendarDate
    /// Seconds since midnight, when the source gave a time.
    public var secondsOfDay: Int?
    /// Offset from UTC in minutes, when the source gave one ("Z" is 0).
    public var utcOffsetMinutes: Int?

    public init(date: CalendarDate, secondsOfDay: Int? = nil, utcOffsetMinutes: Int? = nil) {
        self.date = date
        self.secondsOfDay = secondsOfDay
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// ISO 8601: `2022-10-13`, or `2022-10-13T08:15:00+07:00` when a time is known.
    public var iso8601: String {
        guard let s = secondsOfDay else { return date.description }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
        var out = "\(date)T\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))"
        if let off = utcOffsetMinutes {
            if off == 0 { out += "Z" } else {
                let a = abs(off)
                out += (off < 0 ? "-" : "+") + two(a / 60) + ":" + two(a % 60)
            }
        }
        return out
    }

    /// Parses the timestamp forms that news metadata uses:
    /// ISO 8601 dates and date-times (`2022-10-13`, `2022-10-13 08:15:00`,
    /// `2022-10-13T08:15:00.000+0700`, `...Z`) and RFC 822 / RFC 2822 dates
    /// as RSS writes them (`Thu, 13 Oct 2022 08:15:00 +0700`, `GMT`, `WIB`).
    public static func parse(_ text: String) -> PublishedDate? {
        let s = Array(text.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }))
        var p = TimestampScanner(bytes: s)
        if let iso = p.iso8601() { return iso }
        p = TimestampScanner(bytes: s)
        return p.rfc822()
    }
}

/// A small cursor over ASCII bytes for `PublishedDate.parse`.
struct TimestampScanner {
    let bytes: [UInt8]
    var i = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { i >= bytes.count }
    var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func digits(min: Int, max: Int) -> Int? {
        var v = 0, n = 0
        while n < max, let c = peek, c >= 0x30, c <= 0x39 {
            v = v * 10 + Int(c - 0x30); n += 1; i += 1
        }
        return n >= min ? v : nil
    }

    mutating func skip(_ c: UInt8) -> Bool {
        if peek == c { i += 1; return true }
        return false
    }

    mutating func skipSpaces() { while peek == 0x20 || peek == 0x09 { i += 1 } }

    mutating func word() -> String {
        let start = i
        while let c = peek, (c | 0x20) >= 0x61, (c | 0x20) <= 0x7A { i += 1 }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    mutating func iso8601() -> PublishedDate? {
        guard let y = digits(min: 4, max: 4), skip(0x2D),
              let m = digits(min: 1, max: 2), skip(0x2D),
              let d = digits(min: 1, max: 2),
              let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        guard peek == 0x54 || peek == 0x74 || peek == 0x20 else {
            return atEnd ? PublishedDate(date: date) : nil
        }
        i += 1
        guard let time = clock() else { return nil }
        let offset = zone()
        skipSpaces()
        guard atEnd else { return nil }
        return PublishedDate(date: date, secondsOfDay: time, utcOffsetMinutes: offset)
    }

    /// `HH:MM[:SS[.fff]]`
    mutating func clock() -> Int? {
        guard let h = digits(min: 1, max: 2), h < 24, skip(0x3A),
              let mi = digits(min: 2, max: 2), mi < 60 else { return nil }
        var sec = 0
        if skip(0x3A) {
            guard let s = digits(min: 2, max: 2), s <= 60 else { return nil }
            sec = min(s, 59)
            if skip(0x2E) || skip(0x2C) { _ = digits(min: 1, max: 9) }
        }
        return h * 3600 + mi * 60 + sec
    }

    /// `Z`, `+07:00`, `+0700`, `GMT`, `UTC`, `WIB`/`WITA`/`WIT` (Indonesian zones).
    mutating func zone() -> Int? {
        skipSpaces()
        if skip(0x5A) || skip(0x7A) { return 0 }
        if let c = peek, c == 0x2B || c == 0x2D {
            i += 1
            guard let h = digits(min: 2, max: 2) else { return nil }
            _ = skip(0x3A)
            let m = digits(min: 2, max: 2) ?? 0
            return (c == 0x2D ? -1 : 1) * (h * 60 + m)
        }
        switch word().uppercased() {
        case "GMT", "UTC", "UT": return 0
        case "WIB": return 7 * 60
        case "WITA": return 8 * 60
        case "WIT": return 9 * 60
        case "EST": return -5 * 60
        case "EDT": return -4 * 60
        case "PST": return -8 * 60
        case "PDT": return -7 * 60
        default: return nil
        }
    }

    /// `[Thu,] 13 Oct 2022 [08:15[:00] [zone]]`
    mutating func rfc822() -> PublishedDate? {
        let first = word()
        if !first.isEmpty {
            guard skip(0x2C) || peek == 0x20 else { return nil }
        }
        skipSpaces()
        guard let d = digits(min: 1, max: 2) else { return nil }
        skipSpaces()
        let monthName = word().lowercased()
        guard let m = TimestampScanner.months[String(monthName.prefix(3))] else { return nil }
        skipSpaces()
        guard var y = digits(min: 2, max: 4) else { return nil }
        if y < 100 { y += y < 70 ? 2000 : 1900 }
        guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        skipSpaces()
        if atEnd { return PublishedDate(date: date) }
        guard let time = clock() else { return nil }
        let offset = zone()
        return PublishedDate(date: date, secondsOfDay: time, utcOffsetMinutes: offset)
    }

    /// English and Indonesian three-letter month abbreviations.
    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "mei": 5, "jun": 6,
        "jul": 7, "aug": 8, "agu": 8, "ags": 8, "sep": 9, "oct": 10, "okt": 10,
        "nov": 11, "dec": 12, "des": 12,
    ]
}
