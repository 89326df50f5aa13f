import Foundation

/// A calendar day with no time of day and no time zone.
///
/// Every deadline in the Code is counted in whole days ("within 28 days of ...", Appendix B and
/// para 10.2), so Nolan never lets a time zone or a clock change move a deadline: a `Day` is the
/// proleptic Gregorian date and its arithmetic is done on a day number, not through `Calendar`.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day, or returns nil when the date does not exist (31 April, 29 February 2027).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO 8601 `YYYY-MM-DD`, or the UK form `DD/MM/YYYY` that spreadsheets and Modern.Gov write.
    public init?(_ text: String) {
        // Fast path for the stored form, YYYY-MM-DD, read millions of times by imports and exports: no splitting,
        // trimming or allocation.
        var u = text
        if u.utf8.count == 10, let parsed = u.withUTF8({ Day.parseISO($0) }) {
            self = parsed
            return
        }
        let t = text.trimmed
        let iso = t.split(separator: "-", omittingEmptySubsequences: false)
        let uk = t.split(separator: "/", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2,
           let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) {
            self.init(year: y, month: m, day: d)
        } else if uk.count == 3, uk[2].count == 4, (1...2).contains(uk[0].count), (1...2).contains(uk[1].count),
                  let d = Int(uk[0]), let m = Int(uk[1]), let y = Int(uk[2]) {
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    /// `YYYY-MM-DD` from exactly ten bytes, or nil.
    static func parseISO(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let d = b[i] &- 48
                guard d < 10 else { return nil }
                n = n * 10 + Int(d)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return Day(year: y, month: m, day: d)
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

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
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
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> Day { Day(dayNumber: dayNumber + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.dayNumber - dayNumber }

    /// The same day `years` later; 29 February becomes 28 February in a common year, so a period
    /// "not exceeding four years" computed this way never exceeds it.
    public func adding(years: Int) -> Day {
        let y = year + years
        return Day(year: y, month: month, day: min(day, Day.daysIn(month: month, year: y)))!
    }

    /// The same day `months` later, clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let y = index / 12
        let m = index % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    /// `YYYY-MM-DD`. Written into a ten-byte small string (no heap allocation): exports and imports format
    /// millions of days.
    public var iso: String {
        String(unsafeUninitializedCapacity: 10) { bytes in
            var y = year
            for k in stride(from: 3, through: 0, by: -1) {
                bytes[k] = UInt8(48 + y % 10)
                y /= 10
            }
            bytes[4] = UInt8(ascii: "-")
            bytes[5] = UInt8(48 + month / 10)
            bytes[6] = UInt8(48 + month % 10)
            bytes[7] = UInt8(ascii: "-")
            bytes[8] = UInt8(48 + day / 10)
            bytes[9] = UInt8(48 + day % 10)
            return 10
        }
    }

    public var description: String { iso }

    /// By year, month and day: the same order as by day number, without computing one (imports compare days millions
    /// of times).
    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = Day(s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "'\(s)' is not a date (YYYY-MM-DD)")
        }
        self = d
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
