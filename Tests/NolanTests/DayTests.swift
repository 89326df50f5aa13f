import NolanDomain
import Testing

@Suite("Days and money")
struct DayTests {
    @Test("ISO and UK dates parse; impossible dates do not")
    func parsing() {
        #expect(Day("2026-11-22") == Day(year: 2026, month: 11, day: 22))
        #expect(Day("22/11/2026") == Day(year: 2026, month: 11, day: 22))
        #expect(Day("1/2/2028") == Day(year: 2028, month: 2, day: 1))
        #expect(Day("2027-02-29") == nil)
        #expect(Day("2028-02-29") != nil)
        #expect(Day("2026-04-31") == nil)
        #expect(Day("2026-13-01") == nil)
        #expect(Day("2026-1-01") == nil)
        #expect(Day("yesterday") == nil)
    }

    @Test("28-day deadlines across month ends and leap years", arguments: [
        ("2026-01-31", "2026-02-28"),
        ("2028-02-01", "2028-02-29"),
        ("2027-02-01", "2027-03-01"),
        ("2026-12-15", "2027-01-12"),
        ("2100-02-01", "2100-03-01"),  // 2100 is not a leap year
        ("2000-02-01", "2000-02-29"),  // 2000 is
    ])
    func twentyEightDays(from: String, due: String) {
        #expect(Day(from)!.adding(days: 28) == Day(due)!)
    }

    @Test("Adding years from 29 February never overshoots")
    func years() {
        #expect(Day("2024-02-29")!.adding(years: 4) == Day("2028-02-29"))
        #expect(Day("2028-02-29")!.adding(years: 1) == Day("2029-02-28"))
        #expect(Day("2026-01-31")!.adding(months: 1) == Day("2026-02-28"))
        #expect(Day("2028-01-31")!.adding(months: 1) == Day("2028-02-29"))
    }

    @Test("Day numbers round-trip over four centuries")
    func dayNumbers() {
        var d = Day("1900-01-01")!
        for _ in 0..<(146_097 + 10) {
            let next = d.adding(days: 1)
            #expect(Day(dayNumber: d.dayNumber) == d)
            #expect(d.days(until: next) == 1)
            #expect(d < next)
            d = next
        }
        #expect(d == Day("2300-01-11"))
    }

    @Test("Money parses pounds and prints two decimals")
    func money() {
        #expect(Pence(pounds: "£50") == Pence(5000))
        #expect(Pence(pounds: "49.99") == Pence(4999))
        #expect(Pence(pounds: "1,250.5") == Pence(125_050))
        #expect(Pence(pounds: "-5") == nil)
        #expect(Pence(pounds: "5.123") == nil)
        #expect(Pence(pounds: "") == nil)
        #expect(Pence(125_050).description == "£1,250.50")
        #expect(Pence(5).poundsText() == "0.05")
    }
}
