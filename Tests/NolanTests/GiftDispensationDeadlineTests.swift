import Foundation
import GRDB
import NolanComposition
import NolanDomain
import NolanPolicy
import NolanRegister
@testable import NolanStore
import Testing

@Suite("Gifts and hospitality (Code section 10)")
struct GiftRulesTests {
    func gift(_ m: Int64, pence: Int, received: String = "2026-10-01", registered: String = "2026-10-10",
              _ outcome: GiftOutcome = .accepted, seeks: DonorInterest = .none) -> RegisterService.NewGift {
        .init(member: m, donor: "Fen Builders Ltd", description: "Dinner", value: Pence(pence), receivedOn: day(received),
              registeredOn: day(registered), outcome: outcome, donorInterest: seeks)
    }

    @Test("At least £50 is registrable (10.2); £49.99 is not")
    func threshold() throws {
        let f = try Fixture()
        let m = try f.member()
        let (below, belowNotes) = try f.service.addGift(gift(m, pence: 49_99))
        let (at, atNotes) = try f.service.addGift(gift(m, pence: 50_00))
        let p = try CouncilPolicy(council: try f.store.read { try $0.council("district")! }, registry: Registered.registry)
        #expect(!GiftRules.isRegistrable(below, policy: p))
        #expect(GiftRules.isRegistrable(at, policy: p))
        #expect(belowNotes.map(\.citation.paragraph) == ["para 10.2"])
        #expect(belowNotes[0].message.contains("below the £50.00 threshold"))
        #expect(atNotes.isEmpty)
    }

    @Test("A council's override lowers the threshold to £25")
    func override() throws {
        let f = try Fixture()
        let m = try f.member("low-parish")
        let (_, notes) = try f.service.addGift(gift(m, pence: 30_00))
        #expect(notes.isEmpty)
        let (_, small) = try f.service.addGift(gift(m, pence: 24_99))
        #expect(small[0].message.contains("below the £25.00 threshold"))
    }

    @Test("Registered after 28 days is late; a donor seeking a permission draws the 10.1 warning")
    func lateAndInterestedDonor() throws {
        let f = try Fixture()
        let m = try f.member()
        let (_, onTime) = try f.service.addGift(gift(m, pence: 60_00, received: "2024-02-01", registered: "2024-02-29"))
        #expect(onTime.isEmpty)
        let (_, late) = try f.service.addGift(gift(m, pence: 60_00, received: "2026-02-01", registered: "2026-03-02"))
        #expect(late.map(\.message) == ["registered 1 days late: gifts and hospitality of at least £50.00 are registered within 28 days of receipt (due by 2026-03-01)"])
        let (_, warned) = try f.service.addGift(gift(m, pence: 10_00, seeks: .permission))
        #expect(warned.contains { $0.level == .warning && $0.citation.paragraph == "para 10.1" })
        let (_, declined) = try f.service.addGift(gift(m, pence: 240_00, .declined, seeks: .permission))
        #expect(declined.map(\.citation.paragraph) == ["para 10.3"])
        // Para 10.3 sets no time limit: a refused offer registered months later is not late.
        _ = try f.service.addGift(gift(m, pence: 240_00, received: "2026-01-01", registered: "2026-06-01", .declined))
        let report = try f.service.deadlines(council: "district", asAt: day("2026-11-22"), withinDays: 14)
        #expect(report.councils[0].items.filter { $0.kind == .giftRegistration }.count == 1)
    }

    @Test("Bad gift input is rejected and writes nothing")
    func bad() throws {
        let f = try Fixture()
        let m = try f.member()
        try expectRejected(f, "value: must not be negative") { _ = try f.service.addGift(gift(m, pence: -1)) }
        try expectRejected(f, "received: 2026-11-23 is after today") { _ = try f.service.addGift(gift(m, pence: 1, received: "2026-11-23", registered: "2026-11-22")) }
        try expectRejected(f, "is before the gift was received") { _ = try f.service.addGift(gift(m, pence: 1, received: "2026-10-02", registered: "2026-10-01")) }
        try expectRejected(f, "no member with id 999") { _ = try f.service.addGift(gift(999, pence: 1)) }
    }
}

@Suite("Dispensations (Localism Act 2011 s33)")
struct DispensationRulesTests {
    func grant(_ m: Int64, granted: String, expires: String, grounds: [DispensationGround] = [.c],
               permits: [DispensationPermission] = [.speak, .vote], interest: Int64? = nil) -> RegisterService.NewDispensation {
        .init(member: m, matter: "Budget and council tax", interestId: interest, grounds: grounds, grantedOn: day(granted),
              expiresOn: day(expires), permits: permits)
    }

    @Test("Four years counting the day granted is allowed; a day more is refused", arguments: [
        ("2024-02-29", "2028-02-28"), ("2024-03-01", "2028-02-29"), ("2025-02-28", "2029-02-27"), ("2026-03-31", "2030-03-30"),
    ])
    func fourYears(granted: String, latest: String) throws {
        let f = try Fixture(today: day("2026-11-22"))
        let m = try f.member(starts: "2023-05-08")
        let d = try f.service.grantDispensation(grant(m, granted: granted, expires: latest))
        #expect(d.expiresOn == day(latest))
        try expectRejected(f, "more than four years after \(granted); the latest is \(latest) [Localism Act 2011, s33(3)]") {
            _ = try f.service.grantDispensation(grant(m, granted: granted, expires: day(latest).adding(days: 1).iso))
        }
    }

    @Test("A 29 February grant ends at the latest the day before 29 February (or 28 February) four years on")
    func leapDay() {
        #expect(DispensationRules.latestExpiry(grantedOn: day("2028-02-29")) == day("2032-02-28"))
        #expect(DispensationRules.latestExpiry(grantedOn: day("2096-02-29")) == day("2100-02-27"))
    }

    @Test("Ground (d) needs executive arrangements (s33(2)(d))")
    func groundD() throws {
        let f = try Fixture()
        let m = try f.member("wd-parish")
        try expectRejected(f, "ground (d) concerns members of the executive") {
            _ = try f.service.grantDispensation(grant(m, granted: "2026-06-01", expires: "2027-01-01", grounds: [.d]))
        }
    }

    @Test("Grounds, permissions, dates and the interest are checked")
    func bad() throws {
        let f = try Fixture()
        let m = try f.member()
        let other = try f.member(name: "Other Member")
        let (i, _) = try f.service.registerInterest(.init(member: other, categoryId: "employment", description: "Job",
                                                          awareOn: day("2023-05-08"), registeredOn: day("2023-05-20")))
        try expectRejected(f, "name at least one ground") { _ = try f.service.grantDispensation(grant(m, granted: "2025-01-01", expires: "2026-01-01", grounds: [])) }
        try expectRejected(f, "say what the dispensation permits") { _ = try f.service.grantDispensation(grant(m, granted: "2025-01-01", expires: "2026-01-01", permits: [])) }
        try expectRejected(f, "is before the day it is granted") { _ = try f.service.grantDispensation(grant(m, granted: "2025-01-01", expires: "2024-12-31")) }
        try expectRejected(f, "granted: 2026-11-23 is after today") { _ = try f.service.grantDispensation(grant(m, granted: "2026-11-23", expires: "2027-01-01")) }
        try expectRejected(f, "no interest \(i.id) registered by member \(m)") { _ = try f.service.grantDispensation(grant(m, granted: "2025-01-01", expires: "2026-01-01", interest: i.id)) }
        let d = try f.service.grantDispensation(grant(other, granted: "2025-01-01", expires: "2026-01-01", grounds: [.e, .a, .a], interest: i.id))
        #expect(d.grounds == [.a, .e])
        #expect(d.isInForce(on: day("2026-01-01")) && !d.isInForce(on: day("2026-01-02")))
    }
}

@Suite("Deadlines report")
struct DeadlineTests {
    func items(_ f: Fixture, _ council: String = "district", asAt: String, within: Int = 14) throws -> [DeadlineItem] {
        try f.service.deadlines(council: council, asAt: day(asAt), withinDays: within).councils[0].items
    }

    @Test("First registration: the 28th day beginning with the day the term starts (s30(1)), across month ends and leap years", arguments: [
        ("2026-01-31", "2026-02-27"), ("2028-02-02", "2028-02-29"), ("2027-02-02", "2027-03-01"), ("2026-12-05", "2027-01-01"),
    ])
    func firstRegistration(starts: String, due: String) throws {
        let f = try Fixture(today: day("2028-12-31"))
        _ = try f.member(starts: starts)
        let dueDay = day(due)
        let atDue = try items(f, asAt: due)
        #expect(atDue.count == 2)
        #expect(atDue[1].subject.contains("\"should\" register Table 2"))
        #expect(atDue.allSatisfy { $0.kind == .firstRegistration && $0.dueOn == dueDay && $0.status == .dueSoon && $0.days == 0 })
        let dayAfter = try items(f, asAt: dueDay.adding(days: 1).iso)
        #expect(dayAfter.allSatisfy { $0.status == .overdue && $0.days == 1 })
        let early = try items(f, asAt: day(starts).adding(days: 1).iso, within: 7)
        #expect(early.allSatisfy { $0.status == .open })
        #expect(atDue[0].citation.paragraph == "Appendix B (Registering interests, opening paragraph)")
    }

    @Test("West Dereham's Table 2 says \"You must register\": its first-registration item cites that Table as well as the days")
    func table2Duty() throws {
        let f = try Fixture(today: day("2026-12-31"))
        _ = try f.member("wd-parish", starts: "2026-06-01")
        let due = try items(f, "wd-parish", asAt: "2026-06-28")
        #expect(due.count == 2 && !due[1].subject.contains("should"))
        #expect(due[0].citation.paragraph == "Appendix B (Registering interests, opening paragraph)")
        #expect(due[1].citation.paragraph == "Appendix B (Registering interests, opening paragraph); Table 2")
    }

    @Test("A council's registration-days override sets the deadline (21 days)")
    func overrideDays() throws {
        let f = try Fixture()
        _ = try f.member("low-parish", starts: "2026-11-01")
        #expect(try items(f, "low-parish", asAt: "2026-11-22").allSatisfy { $0.dueOn == day("2026-11-21") })
        #expect(try items(f, "low-parish", asAt: "2026-11-23").isEmpty == false)
    }

    @Test("Returning both tables on time clears the item; late returns, gifts and pending reviews are listed")
    func mixed() throws {
        let f = try Fixture()
        let m = try f.member(starts: "2026-01-01")
        let (i, _) = try f.service.registerInterest(.init(member: m, categoryId: "employment", description: "Job",
                                                          awareOn: day("2026-01-01"), registeredOn: day("2026-01-20")))
        _ = try f.service.nilReturn(member: m, table: .otherRegistrable, registeredOn: day("2026-02-05"))
        _ = try f.service.addGift(.init(member: m, donor: "D", description: "Dinner", value: Pence(80_00),
                                        receivedOn: day("2026-03-01"), registeredOn: day("2026-04-15"),
                                        outcome: .accepted, donorInterest: .none))
        let list = try items(f, asAt: "2026-11-22")
        let kinds = list.map { "\($0.kind.rawValue):\($0.status.rawValue)" }
        #expect(kinds.contains("first-registration:late"))   // Table 2 returned 2026-02-05, due 2026-01-29
        #expect(kinds.contains("gift-registration:late"))
        #expect(kinds.filter { $0 == "awaiting-review:pending" }.count == 2)
        _ = try f.service.review(i.id, .accept, comment: nil, on: day("2026-01-25"))
        #expect(try items(f, asAt: "2026-01-24").contains { $0.kind == .awaitingReview && $0.subject.contains("#\(i.id)") })
        #expect(try !items(f, asAt: "2026-01-25").contains { $0.kind == .awaitingReview && $0.subject.contains("#\(i.id)") })
    }

    @Test("The whole-installation report adds up its councils")
    func totals() throws {
        let f = try Fixture()
        _ = try f.member(starts: "2026-01-01")
        _ = try f.member("wd-parish", starts: "2026-11-01")
        let r = try f.service.deadlines(council: nil, asAt: day("2026-11-22"), withinDays: 14)
        #expect(r.councils.map(\.council) == ["district", "low-parish", "wd-parish"])
        #expect(r.overdue == 2 && r.dueSoon == 2)
        #expect(r.overdue == r.councils.reduce(0) { $0 + $1.overdue })
    }
}

@Suite("SQLite store")
struct StoreTests {
    @Test("WAL mode, and the audit log is append-only")
    func walAndAppendOnly() throws {
        let f = try Fixture()
        _ = try f.member()
        #expect(try f.store.journalMode() == "wal")
        let pool = try DatabasePool(path: f.folder.appendingPathComponent("test.sqlite").path)
        #expect(throws: DatabaseError.self) { try pool.write { try $0.execute(sql: "UPDATE audit SET actor = 'x'") } }
        #expect(throws: DatabaseError.self) { try pool.write { try $0.execute(sql: "DELETE FROM audit") } }
        #expect(try pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit WHERE actor = 'tester'") } == 2)
    }

    @Test("The interest table's columns are in the order interests are read by position (SELECT * included)")
    func interestColumnOrder() throws {
        let f = try Fixture()
        let pool = try DatabasePool(path: f.folder.appendingPathComponent("test.sqlite").path)
        let names = try pool.read { db in try db.columns(in: "interest").map(\.name) }
        #expect(Array(names.prefix(20)) == Interest.columns)
    }

    @Test("Every change is audited with who, before and after")
    func audit() throws {
        let f = try Fixture()
        let m = try f.member()
        _ = try f.service.endTerm(member: m, on: day("2026-05-01"))
        let log = try f.store.read { try $0.auditLog(council: "district") }
        let last = try #require(log.last)
        #expect(last.entity == "term" && last.action == "update" && last.actor == "tester")
        #expect(last.before?.contains("\"endsOn\"") == false && last.after?.contains("\"endsOn\":\"2026-05-01\"") == true)
        let h = try f.service.history(council: "district", revealSensitive: false).last!
        #expect(h.changes == [HistoryLine.Change(field: "endsOn", before: nil, after: "2026-05-01")])
    }

    /// An entry with every column set, so that a bulk write that dropped or shifted a value would show.
    func fullEntry(member: Int64, _ k: Int) -> Interest {
        Interest(id: 0, memberId: member, table: .disclosablePecuniary, categoryId: "land", holder: .partner, description: "Field \(k), \"Drove\" Lane — £5",
                 bodyName: "Body \(k)", companyNumber: "0123456\(k % 10)", address: "\(k) Mill Lane", postcode: "PE33 9AB",
                 uprn: "10000\(k)", awareOn: day("2024-01-0\(k % 9 + 1)"), registeredOn: day("2024-02-1\(k % 9)"),
                 endedOn: day("2025-12-31"), status: .accepted, reviewedOn: day("2024-03-01"), reviewComment: "ok \(k)",
                 sensitivity: .agreed, sensitivityReason: "reason \(k)", sensitivityDecidedOn: day("2024-03-02"))
    }

    @Test("Interests written in bulk (bound from the appender's own buffer) read back exactly, past one statement's rows")
    func bulkWriteKeepsEveryValue() throws {
        let f = try Fixture()
        let m = try f.member()
        let written = (0..<75).map { fullEntry(member: m, $0) }
        let ids = try f.store.write(actor: "t") { w in
            try w.appendInterests(council: "district", source: "test") { a in try written.map { try a.append($0) } }
        }
        let read = try f.store.read { try $0.interests(member: m) }
        #expect(read.count == 75)
        #expect(read == zip(written, ids).map { e, id in var e = e; e.id = id; return e })
    }

    @Test("A bulk write that SQLite refuses fails with SQLite's reason for the row at fault, and leaves nothing behind")
    func bulkWriteRefused() throws {
        let f = try Fixture()
        let m = try f.member()
        let before = try f.auditCount()
        // The seventh entry names a member who does not exist: the 32-row statement fails, and the rows are tried one
        // by one, so that the error is SQLite's own for that row.
        do {
            try f.store.write(actor: "t") { w in
                try w.appendInterests(council: "district", source: "test") { a in
                    for k in 0..<40 { _ = try a.append(fullEntry(member: k == 6 ? 999 : m, k)) }
                }
            }
            Issue.record("expected the write to fail")
        } catch let e as DatabaseError {
            #expect(e.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY, "\(e)")
        }
        #expect(try f.store.read { try $0.interests(member: m) }.isEmpty)
        #expect(try f.auditCount() == before)
    }

    @Test("A write that fails half-way leaves nothing behind")
    func rollback() throws {
        let f = try Fixture()
        let before = try f.auditCount()
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try f.store.write(actor: "t") { w in
                _ = try w.insert(Member(id: 0, councilSlug: "district", name: "Half", role: .councillor, ward: nil, party: nil))
                throw Boom()
            }
        }
        #expect(try f.auditCount() == before)
        #expect(try f.store.read { try $0.members(council: nil) }.isEmpty)
    }
}
