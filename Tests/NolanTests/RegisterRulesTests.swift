import Foundation
import NolanComposition
import NolanDemo
import NolanDomain
import NolanPolicy
import NolanRegister
import NolanStore
import Testing

/// Expects `body` to throw a `UserError` containing `fragment`, and the audit log (so the database) to be unchanged.
func expectRejected(_ f: Fixture, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation,
                    _ body: () throws -> Void) throws {
    let before = try f.auditCount()
    do {
        try body()
        Issue.record("expected an error containing '\(fragment)'", sourceLocation: sourceLocation)
    } catch let e as UserError {
        #expect(e.message.contains(fragment), "\(e.message)", sourceLocation: sourceLocation)
    }
    #expect(try f.auditCount() == before, "a rejected command wrote something", sourceLocation: sourceLocation)
}

@Suite("Members and terms")
struct MemberRulesTests {
    @Test("Bad member input is rejected and writes nothing")
    func badInput() throws {
        let f = try Fixture()
        let s = f.service
        try expectRejected(f, "no council 'nowhere'") {
            _ = try s.addMember(.init(council: "nowhere", name: "A", role: .councillor, ward: nil, party: nil, termStartsOn: day("2024-01-01")))
        }
        try expectRejected(f, "'East' is not a ward of Test District Council") {
            _ = try s.addMember(.init(council: "district", name: "A", role: .councillor, ward: "East", party: nil, termStartsOn: day("2024-01-01")))
        }
        try expectRejected(f, "represents one of its wards") {
            _ = try s.addMember(.init(council: "district", name: "A", role: .councillor, ward: nil, party: nil, termStartsOn: day("2024-01-01")))
        }
        try expectRejected(f, "is after today") {
            _ = try s.addMember(.init(council: "district", name: "A", role: .councillor, ward: "North", party: nil, termStartsOn: day("2026-11-23")))
        }
        try expectRejected(f, "is before the term starts") {
            _ = try s.addMember(.init(council: "district", name: "A", role: .councillor, ward: "North", party: nil,
                                      termStartsOn: day("2024-01-01"), termEndsOn: day("2023-12-31")))
        }
        try expectRejected(f, "name: must not be empty") {
            _ = try s.addMember(.init(council: "district", name: "  ", role: .councillor, ward: "North", party: nil, termStartsOn: day("2024-01-01")))
        }
        try expectRejected(f, "directly elected mayor belongs to a principal authority") {
            _ = try s.addMember(.init(council: "wd-parish", name: "A", role: .mayor, ward: nil, party: nil, termStartsOn: day("2024-01-01")))
        }
    }

    @Test("Ending a term and starting another after re-election")
    func terms() throws {
        let f = try Fixture()
        let m = try f.member(starts: "2023-05-08")
        try expectRejected(f, "is before the term started") { _ = try f.service.endTerm(member: m, on: day("2023-05-07")) }
        try expectRejected(f, "is still in a term") { _ = try f.service.newTerm(member: m, startsOn: day("2024-01-01")) }
        _ = try f.service.endTerm(member: m, on: day("2025-05-04"))
        try expectRejected(f, "no open term") { _ = try f.service.endTerm(member: m, on: day("2025-05-05")) }
        try expectRejected(f, "is not after the previous term ended") { _ = try f.service.newTerm(member: m, startsOn: day("2025-05-04")) }
        let t = try f.service.newTerm(member: m, startsOn: day("2025-05-08"))
        #expect(t.startsOn == day("2025-05-08"))
        // Between terms the Code does not apply: nothing can be registered as of that day.
        try expectRejected(f, "was not in office on 2025-05-06") {
            _ = try f.service.registerInterest(.init(member: m, categoryId: "employment", description: "Job",
                                                     awareOn: day("2025-05-06"), registeredOn: day("2025-05-06")))
        }
    }
}

@Suite("Register of interests")
struct InterestRulesTests {
    func employment(_ m: Int64, aware: String = "2023-05-08", registered: String = "2023-05-20",
                    category: String = "employment", holder: InterestHolder = .member) -> RegisterService.NewInterest {
        .init(member: m, categoryId: category, holder: holder, description: "Land agent", bodyName: "Acme Ltd",
              awareOn: day(aware), registeredOn: day(registered))
    }

    @Test("Categories come from the council's own variant")
    func categoriesPerVariant() throws {
        let f = try Fixture()
        let lgaMember = try f.member()
        let wdMember = try f.member("wd-parish", starts: "2026-05-10")
        // Table 2 (b)(i) exists in the LGA model, not in the West Dereham text; (c) the other way round.
        try expectRejected(f, "'t2-b-i' is not a category of West Dereham") {
            _ = try f.service.registerInterest(employment(wdMember, aware: "2026-05-10", registered: "2026-05-20", category: "t2-b-i"))
        }
        // The West Dereham code was adopted in May 2026: nothing is registered under it before then.
        let early = try f.member("wd-parish", starts: "2024-05-10", name: "Early Member")
        try expectRejected(f, "is before West Dereham Parish Council Councillor Code of Conduct was adopted (2026-05-01)") {
            _ = try f.service.registerInterest(employment(early, aware: "2024-05-10", registered: "2024-05-20", category: "t2-a"))
        }
        try expectRejected(f, "'t2-c' is not a category of LGA Model Councillor Code of Conduct 2020") {
            _ = try f.service.registerInterest(employment(lgaMember, category: "t2-c"))
        }
        let (wd, _) = try f.service.registerInterest(employment(wdMember, aware: "2026-05-10", registered: "2026-05-20", category: "t2-a"))
        #expect(wd.table == .otherRegistrable)
        let (lga, _) = try f.service.registerInterest(employment(lgaMember, category: "t2-b-i"))
        #expect(lga.table == .otherRegistrable)
    }

    @Test("A partner's interest is a DPI (Table 1) only")
    func partner() throws {
        let f = try Fixture()
        let m = try f.member()
        try expectRejected(f, "a partner's interest is registrable only in Table 1") {
            _ = try f.service.registerInterest(employment(m, category: "t2-a", holder: .partner))
        }
        let (i, _) = try f.service.registerInterest(employment(m, holder: .partner))
        #expect(i.holder == .partner)
        #expect(i.table == .disclosablePecuniary)
    }

    @Test("Dates: nothing in the future, not registered before aware, only while in office")
    func dates() throws {
        let f = try Fixture()
        let m = try f.member(starts: "2023-05-08")
        try expectRejected(f, "aware: 2026-11-23 is after today") { _ = try f.service.registerInterest(employment(m, aware: "2026-11-23", registered: "2026-11-23")) }
        try expectRejected(f, "is before the member became aware") { _ = try f.service.registerInterest(employment(m, aware: "2024-02-01", registered: "2024-01-31")) }
        try expectRejected(f, "was not in office on 2023-05-07") { _ = try f.service.registerInterest(employment(m, aware: "2023-05-01", registered: "2023-05-07")) }
    }

    @Test("Structured details are checked and normalised")
    func details() throws {
        let f = try Fixture()
        let m = try f.member()
        func land(postcode: String? = nil, uprn: String? = nil, company: String? = nil) -> RegisterService.NewInterest {
            .init(member: m, categoryId: "land", description: "Home", companyNumber: company, address: "1 High St",
                  postcode: postcode, uprn: uprn, awareOn: day("2023-05-08"), registeredOn: day("2023-05-20"))
        }
        try expectRejected(f, "postcode: not a UK postcode") { _ = try f.service.registerInterest(land(postcode: "PE38")) }
        try expectRejected(f, "uprn: not a UPRN") { _ = try f.service.registerInterest(land(uprn: "12ab")) }
        try expectRejected(f, "company-number: Table 1: Land and Property does not carry this detail") { _ = try f.service.registerInterest(land(company: "01234567")) }
        let (i, _) = try f.service.registerInterest(land(postcode: "pe38  9ab", uprn: "100091234567"))
        #expect(i.postcode == "PE38 9AB")
        #expect(i.uprn == "100091234567")
        let (e, _) = try f.service.registerInterest(.init(member: m, categoryId: "employment", description: "Director",
                                                          companyNumber: "1234567", awareOn: day("2023-05-08"), registeredOn: day("2023-05-20")))
        #expect(e.companyNumber == "01234567")
        try expectRejected(f, "not a Companies House number") {
            _ = try f.service.registerInterest(.init(member: m, categoryId: "employment", description: "Director",
                                                     companyNumber: "ABC", awareOn: day("2023-05-08"), registeredOn: day("2023-05-20")))
        }
    }

    @Test("A new interest notified after 28 days is registered but flagged late (Appendix B para 1)")
    func lateNotification() throws {
        let f = try Fixture()
        let m = try f.member(starts: "2023-05-08")
        let (_, onTime) = try f.service.registerInterest(employment(m, aware: "2026-01-31", registered: "2026-02-28"))
        #expect(onTime.isEmpty)
        let (_, late) = try f.service.registerInterest(employment(m, aware: "2026-01-31", registered: "2026-03-01"))
        #expect(late.count == 1)
        #expect(late[0].message == "registered 1 days late: due by 2026-02-28")
        #expect(late[0].citation.paragraph == "Appendix B para 1")
        // An interest held when the term started is due within 28 days of the start (Appendix B opening paragraph).
        let (_, first) = try f.service.registerInterest(employment(m, aware: "2020-01-01", registered: "2023-06-06"))
        #expect(first.first?.citation.paragraph == "Appendix B (Registering interests, opening paragraph)")
        #expect(first.first?.message == "registered 2 days late: due by 2023-06-04")
    }

    @Test("Only accepted entries are public; a returned entry needs a comment")
    func review() throws {
        let f = try Fixture()
        let m = try f.member()
        let (i, _) = try f.service.registerInterest(employment(m))
        func publicIds(_ asAt: String) throws -> [Int64] {
            try f.service.register(council: "district", asAt: day(asAt), audience: .public).members.flatMap { $0.interests.map(\.id) }
        }
        #expect(try publicIds("2026-11-22").isEmpty)
        try expectRejected(f, "needs a comment") { _ = try f.service.review(i.id, .return, comment: " ", on: day("2023-05-25")) }
        try expectRejected(f, "is before the entry was registered") { _ = try f.service.review(i.id, .accept, comment: nil, on: day("2023-05-19")) }
        _ = try f.service.review(i.id, .accept, comment: nil, on: day("2023-05-25"))
        #expect(try publicIds("2023-05-24").isEmpty)
        #expect(try publicIds("2023-05-25") == [i.id])
        try expectRejected(f, "is accepted, not awaiting review") { _ = try f.service.review(i.id, .return, comment: "x", on: day("2023-05-26")) }
        let (j, _) = try f.service.registerInterest(employment(m))
        let r = try f.service.review(j.id, .return, comment: "Name the employer", on: day("2023-05-26"))
        #expect(r.status == .returned)
        #expect(try publicIds("2026-11-22") == [i.id])
    }

    @Test("Ended interests leave the register from the day they end, but stay in it as it stood before")
    func asAt() throws {
        let f = try Fixture()
        let m = try f.member()
        let (i, _) = try f.service.registerInterest(employment(m))
        _ = try f.service.review(i.id, .accept, comment: nil, on: day("2023-05-25"))
        try expectRejected(f, "is before the interest was registered") { _ = try f.service.endInterest(i.id, on: day("2023-05-19")) }
        _ = try f.service.endInterest(i.id, on: day("2025-03-31"))
        try expectRejected(f, "already ended") { _ = try f.service.endInterest(i.id, on: day("2025-04-01")) }
        let before = try f.service.register(council: "district", asAt: day("2025-03-30"), audience: .public)
        let after = try f.service.register(council: "district", asAt: day("2025-03-31"), audience: .public)
        #expect(before.members[0].interests.map(\.id) == [i.id])
        #expect(after.members[0].interests.isEmpty)
    }

    @Test("Nil returns: one per table per term, and not beside an entry")
    func nilReturns() throws {
        let f = try Fixture()
        let m = try f.member()
        let n = try f.service.nilReturn(member: m, table: .otherRegistrable, registeredOn: day("2023-05-20"))
        #expect(n.isNilReturn)
        try expectRejected(f, "already has a nil return") { _ = try f.service.nilReturn(member: m, table: .otherRegistrable, registeredOn: day("2023-05-21")) }
        _ = try f.service.registerInterest(employment(m))
        try expectRejected(f, "already has entry") { _ = try f.service.nilReturn(member: m, table: .disclosablePecuniary, registeredOn: day("2023-05-21")) }
        // A later Table 2 interest ends the Table 2 nil return: the register never shows both.
        let (t2, notes) = try f.service.registerInterest(employment(m, aware: "2024-02-01", registered: "2024-02-10", category: "t2-a"))
        #expect(notes.contains { $0.message == "nil return #\(n.id) for \(InterestTable.otherRegistrable) ended: it no longer holds" })
        let ended = try f.store.read { try $0.interest(n.id) }
        #expect(ended?.endedOn == t2.registeredOn)
    }
}

@Suite("Sensitive interests (Appendix B paras 2-3)")
struct SensitiveInterestTests {
    let secret = "Flat 2, 9 Hidden Way"

    func sensitive(_ f: Fixture, _ m: Int64) throws -> Interest {
        try f.service.registerInterest(.init(
            member: m, categoryId: "land", description: "Home at \(secret)", address: secret, postcode: "PE38 1ZZ",
            uprn: "999888777", awareOn: day("2024-01-10"), registeredOn: day("2024-01-12"),
            sensitiveReason: "Threats from a former partner")).0
    }

    @Test("A request must be decided before acceptance; once agreed, the public sees only that one is withheld")
    func agreed() throws {
        let f = try Fixture()
        let m = try f.member()
        let i = try sensitive(f, m)
        #expect(i.sensitivity == .requested)
        try expectRejected(f, "asks to be treated as sensitive: decide that first") {
            _ = try f.service.review(i.id, .accept, comment: nil, on: day("2024-01-20"))
        }
        _ = try f.service.decideSensitivity(i.id, agree: true, on: day("2024-01-15"))
        try expectRejected(f, "no pending sensitive-interest request") { _ = try f.service.decideSensitivity(i.id, agree: false, on: day("2024-01-16")) }
        _ = try f.service.review(i.id, .accept, comment: nil, on: day("2024-01-20"))

        let view = try f.service.register(council: "district", asAt: day("2026-11-22"), audience: .public)
        let e = try #require(view.members.first?.interests.first)
        #expect(e.withheld)
        #expect(e.description == nil && e.address == nil && e.postcode == nil && e.uprn == nil && e.category == nil && e.table == nil)
        #expect(e.withheldNote?.contains("Appendix B paras 2-3") == true)
        let json = String(decoding: try JSONEncoder().encode(view), as: UTF8.self)
        for leak in [secret, "PE38 1ZZ", "999888777", "Threats", "land"] { #expect(!json.contains(leak), "public JSON shows \(leak)") }
        let officer = try f.service.register(council: "district", asAt: day("2026-11-22"), audience: .officer)
        #expect(officer.members[0].interests[0].address == secret)
        // The history hides it too, unless the Monitoring Officer asks.
        let history = try f.service.history(council: "district", revealSensitive: false)
        let text = String(decoding: try JSONEncoder().encode(history), as: UTF8.self)
        #expect(!text.contains(secret) && !text.contains("Threats"))
        let revealed = String(decoding: try JSONEncoder().encode(try f.service.history(council: "district", revealSensitive: true)), as: UTF8.self)
        #expect(revealed.contains(secret))
        // Deadline reports never name it.
        let report = String(decoding: try JSONEncoder().encode(try f.service.deadlines(council: nil, asAt: day("2024-01-13"), withinDays: 14)), as: UTF8.self)
        #expect(report.contains("(sensitive)") && !report.contains(secret) && !report.contains("Land and Property"))
    }

    @Test("Withholding follows the current decision, for every as-at day; acceptance cannot predate the decision")
    func currentStateWithholds() throws {
        let f = try Fixture()
        let m = try f.member()
        let i = try sensitive(f, m)
        _ = try f.service.decideSensitivity(i.id, agree: true, on: day("2024-01-20"))
        try expectRejected(f, "before the sensitive-interest decision") {
            _ = try f.service.review(i.id, .accept, comment: nil, on: day("2024-01-15"))
        }
        _ = try f.service.review(i.id, .return, comment: "Please say which of \(secret) you mean", on: day("2024-01-21"))
        let history = String(decoding: try JSONEncoder().encode(try f.service.history(council: "district", revealSensitive: false)), as: UTF8.self)
        #expect(!history.contains(secret))
    }

    @Test("A member may ask later for a published interest to be withheld; it is withheld at once, for every as-at day")
    func laterRequest() throws {
        let f = try Fixture()
        let m = try f.member()
        let (i, _) = try f.service.registerInterest(.init(member: m, categoryId: "land", description: "Home at \(secret)",
                                                          address: secret, awareOn: day("2024-01-10"), registeredOn: day("2024-01-12")))
        _ = try f.service.review(i.id, .accept, comment: nil, on: day("2024-01-14"))
        // Declared, with its nature, at a meeting before the member asked for it to be withheld.
        let meeting = try f.service.addMeeting(council: "district", committee: "Planning Committee", on: day("2025-03-03"))
        let item = try f.service.addAgendaItem(meeting: meeting.id, number: "4", title: "Land off Drove Lane", publicMaySpeak: true, restricted: false)
        try f.service.attend(meeting: meeting.id, members: [m])
        _ = try f.service.declare(.init(meeting: meeting.id, item: item.id, member: m, kind: .dpi, interestId: i.id,
                                        nature: "Owner of \(secret)", action: .leftRoom))
        func publicJSON(_ asAt: String) throws -> String {
            String(decoding: try JSONEncoder().encode(try f.service.register(council: "district", asAt: day(asAt), audience: .public)), as: UTF8.self)
        }
        #expect(try publicJSON("2025-01-01").contains(secret))
        _ = try f.service.requestSensitivity(i.id, reason: "A stalker has found the address", on: day("2026-11-01"))
        #expect(try !publicJSON("2025-01-01").contains(secret))
        #expect(try !publicJSON("2026-11-22").contains(secret))
        let g = try f.service.grantDispensation(.init(member: m, matter: "Refuge at \(secret)", interestId: i.id, grounds: [.c],
                                                      grantedOn: day("2026-11-10"), expiresOn: day("2026-12-01"), permits: [.speak]))
        let report = String(decoding: try JSONEncoder().encode(try f.service.deadlines(council: nil, asAt: day("2026-11-22"), withinDays: 14)), as: UTF8.self)
        #expect(report.contains("dispensation #\(g.id) (sensitive)") && !report.contains(secret))
        let history = String(decoding: try JSONEncoder().encode(try f.service.history(council: "district", revealSensitive: false)), as: UTF8.self)
        #expect(!history.contains(secret))
    }

    @Test("A refused request is published in full once accepted")
    func refused() throws {
        let f = try Fixture()
        let m = try f.member()
        let i = try sensitive(f, m)
        _ = try f.service.decideSensitivity(i.id, agree: false, on: day("2024-01-15"))
        _ = try f.service.review(i.id, .accept, comment: nil, on: day("2024-01-20"))
        let e = try f.service.register(council: "district", asAt: day("2026-11-22"), audience: .public).members[0].interests[0]
        #expect(!e.withheld)
        #expect(e.address == secret)
    }

    @Test("Random registers: no withheld detail appears in any public view", arguments: 0..<5)
    func randomRegisters(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        let f = try Fixture()
        let m = try f.member()
        var secrets: [String] = []
        for n in 0..<20 {
            let isSensitive = rng.next() % 3 == 0
            let token = "SECRET\(seed)x\(n)x\(rng.next() % 100_000)"
            let i = try f.service.registerInterest(.init(
                member: m, categoryId: ["employment", "securities", "t2-a", "t2-b-ii"][Int(rng.next() % 4)],
                description: "Entry \(token)", bodyName: "Body \(token)", awareOn: day("2024-01-10"),
                registeredOn: day("2024-01-12"), sensitiveReason: isSensitive ? "Reason \(token)" : nil)).0
            if isSensitive {
                _ = try f.service.decideSensitivity(i.id, agree: true, on: day("2024-01-13"))
                secrets.append(token)
            }
            _ = try f.service.review(i.id, .accept, comment: nil, on: day("2024-01-14"))
        }
        let view = try f.service.register(council: "district", asAt: day("2026-11-22"), audience: .public)
        let json = String(decoding: try JSONEncoder().encode(view), as: UTF8.self)
        for s in secrets { #expect(!json.contains(s)) }
        #expect(view.members[0].interests.filter(\.withheld).count == secrets.count)
    }
}
