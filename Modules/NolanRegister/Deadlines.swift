import NolanDomain
import NolanPolicy
import NolanStore

/// A deadline and the paragraph that sets it.
public struct Due: Sendable, Equatable {
    public var day: Day
    public var citation: Citation
}

/// One line of the deadlines report.
public struct DeadlineItem: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// Appendix B opening: register Table 1 and Table 2 within N days of becoming a member or re-election.
        case firstRegistration = "first-registration"
        /// Appendix B para 1: notify a new or changed interest within N days of becoming aware.
        case interestNotification = "interest-notification"
        /// Para 10.2: register a gift or hospitality within N days of receipt.
        case giftRegistration = "gift-registration"
        /// A submitted entry the Monitoring Officer has not yet accepted or returned.
        case awaitingReview = "awaiting-review"
        /// Appendix B para 3: a sensitive-interest request the Monitoring Officer has not yet decided.
        case sensitivityDecision = "sensitivity-decision"
        /// A dispensation that expires within the window.
        case dispensationExpiry = "dispensation-expiry"
    }

    public enum Status: String, Codable, Sendable {
        /// Past its due day and not done.
        case overdue
        /// Not done, due within the window.
        case dueSoon = "due-soon"
        /// Not done, due later than the window.
        case open
        /// Done, but after the due day.
        case late
        /// Waiting on the Monitoring Officer (no deadline in the Code).
        case pending
    }

    public var council: String
    public var memberId: Int64
    public var memberName: String
    public var kind: Kind
    /// What it concerns ("Table 2 not yet returned", "gift #4"); never a sensitive interest's details.
    public var subject: String
    public var dueOn: Day?
    public var status: Status
    /// Days overdue or late (positive), or days until due (negative means still to come); nil when pending.
    public var days: Int?
    public var citation: Citation
}

public struct CouncilDeadlines: Codable, Sendable, Equatable {
    public var council: String
    public var name: String
    public var overdue: Int
    public var dueSoon: Int
    public var late: Int
    public var pending: Int
    public var items: [DeadlineItem]
}

/// The report of overdue and due-soon items, per council and for everything the installation holds.
public struct DeadlineReport: Codable, Sendable, Equatable {
    public var asAt: Day
    public var withinDays: Int
    public var councils: [CouncilDeadlines]
    public var overdue: Int
    public var dueSoon: Int
    public var late: Int
    public var pending: Int
}

public enum Deadlines {
    /// When an interest had to be notified: within N days of the term starting for one held then (Appendix B
    /// opening), otherwise within N days of becoming aware of it (Appendix B para 1).
    public static func notificationDue(for i: Interest, term: Term, policy p: CouncilPolicy) -> Due {
        if i.awareOn <= term.startsOn {
            return Due(day: firstRegistrationDue(term: term, policy: p), citation: p.cite(.firstRegistration))
        }
        return Due(day: i.awareOn.adding(days: p.parameters.changeNotificationDays), citation: p.cite(.changeNotification))
    }

    /// The last day of the first registration: "within 28 days of becoming a member" (Appendix B), which for
    /// Disclosable Pecuniary Interests the Localism Act 2011 s30(1) counts as 28 days *beginning with* the day the
    /// member takes office. Nolan uses that stricter count (the 28th day is the start day plus 27), because
    /// failing to register a DPI is an offence (s34).
    public static func firstRegistrationDue(term: Term, policy p: CouncilPolicy) -> Day {
        term.startsOn.adding(days: p.parameters.registrationDays - 1)
    }

    static func status(due: Day, asAt: Day, within: Int) -> (DeadlineItem.Status, Int) {
        let d = due.days(until: asAt)
        if d > 0 { return (.overdue, d) }
        return (-d <= within ? .dueSoon : .open, d)
    }
}

extension RegisterService {
    /// Overdue, due-soon, late and pending items as they stood on `asAt`, for one council or all of them.
    public func deadlines(council slug: String?, asAt: Day, withinDays: Int) throws -> DeadlineReport {
        guard withinDays >= 0 else { throw UserError.invalid("within", "must not be negative") }
        return try store.read { r in
            let councils = try slug.map { [try council($0, in: r)] } ?? r.councils()
            var out: [CouncilDeadlines] = []
            for c in councils {
                let p = try policy(c)
                let items = try deadlineItems(c, policy: p, asAt: asAt, within: withinDays, in: r)
                func count(_ s: DeadlineItem.Status) -> Int { items.filter { $0.status == s }.count }
                out.append(CouncilDeadlines(council: c.slug, name: c.name, overdue: count(.overdue), dueSoon: count(.dueSoon),
                                            late: count(.late), pending: count(.pending), items: items))
            }
            return DeadlineReport(asAt: asAt, withinDays: withinDays, councils: out,
                                  overdue: out.reduce(0) { $0 + $1.overdue }, dueSoon: out.reduce(0) { $0 + $1.dueSoon },
                                  late: out.reduce(0) { $0 + $1.late }, pending: out.reduce(0) { $0 + $1.pending })
        }
    }

    /// How reports, advice and the conflict scan name an entry: never a sensitive interest's category or details.
    static func subject(of i: Interest, policy p: CouncilPolicy) -> String {
        if i.isNilReturn { return "nil return #\(i.id) for \(i.table)" }
        if i.isWithheld { return "interest #\(i.id) (sensitive)" }
        return "interest #\(i.id) (\(p.variant.category(i.categoryId ?? "")?.label ?? i.table.description))"
    }

    func deadlineItems(_ c: Council, policy p: CouncilPolicy, asAt: Day, within: Int,
                       in r: any RegisterReader) throws -> [DeadlineItem] {
        let members = Dictionary(uniqueKeysWithValues: try r.members(council: c.slug).map { ($0.id, $0) })
        let termsByMember = Dictionary(grouping: try r.terms(council: c.slug), by: \.memberId)
        let allInterests = try r.interests(council: c.slug)
        let interests = allInterests.filter { $0.registeredOn <= asAt }
        let interestsByMember = Dictionary(grouping: interests, by: \.memberId)
        var items: [DeadlineItem] = []
        func add(_ m: Member, _ kind: DeadlineItem.Kind, _ subject: String, _ due: Day?, _ status: DeadlineItem.Status,
                 _ days: Int?, _ cite: Citation) {
            items.append(DeadlineItem(council: c.slug, memberId: m.id, memberName: m.name, kind: kind, subject: subject,
                                      dueOn: due, status: status, days: days, citation: cite))
        }

        for m in members.values.sorted(by: { $0.id < $1.id }) {
            let terms = termsByMember[m.id] ?? []
            guard let term = terms.first(where: { $0.isInOffice(on: asAt) }) else { continue }
            let mine = (interestsByMember[m.id] ?? []).filter {
                $0.registeredOn >= term.startsOn && ($0.status != .returned || ($0.reviewedOn.map { $0 > asAt } ?? true))
            }
            // First registration: both tables returned (an entry or a nil return) within N days of the term starting.
            let due = Deadlines.firstRegistrationDue(term: term, policy: p)
            for table in InterestTable.allCases {
                // The days come from Appendix B's opening paragraph, which says Table 2 "should" be registered; a
                // code that makes it a duty says so in its Table 2 ("You must register as an Other Registrable
                // Interest", West Dereham), which is then cited too.
                let opening = p.cite(.firstRegistration)
                let citation = table == .otherRegistrable && p.variant.table2Mandatory
                    ? Citation(document: opening.document, paragraph: "\(opening.paragraph); \(p.cite(.table2).paragraph)") : opening
                let first = mine.filter { $0.table == table }.map(\.registeredOn).min()
                if let done = first {
                    if done > due {
                        add(m, .firstRegistration, "\(table) returned \(done)", due, .late, due.days(until: done), citation)
                    }
                } else {
                    let (s, d) = Deadlines.status(due: due, asAt: asAt, within: within)
                    let should = table == .otherRegistrable && !p.variant.table2Mandatory
                    add(m, .firstRegistration, "\(table) not yet returned" + (should ? " (this code says the member \"should\" register Table 2)" : ""),
                        due, s, d, citation)
                }
            }
            for i in interestsByMember[m.id] ?? [] {
                let subject = Self.subject(of: i, policy: p)
                if !i.isNilReturn, let t = terms.first(where: { $0.isInOffice(on: i.registeredOn) }), i.awareOn > t.startsOn {
                    let d = Deadlines.notificationDue(for: i, term: t, policy: p)
                    if i.registeredOn > d.day {
                        add(m, .interestNotification, subject + " notified \(i.registeredOn)", d.day, .late, d.day.days(until: i.registeredOn), d.citation)
                    }
                }
                guard i.isRecorded(on: asAt) else { continue }
                let decidedLater = i.sensitivityDecidedOn.map { $0 > asAt } ?? false
                if i.sensitivity == .requested || decidedLater {
                    add(m, .sensitivityDecision, subject, nil, .pending, nil, p.cite(.sensitiveInterest))
                } else if i.status == .submitted || (i.reviewedOn.map { $0 > asAt } ?? false) {
                    add(m, .awaitingReview, subject, nil, .pending, nil, p.cite(.register))
                }
            }
        }
        for g in try r.gifts(council: c.slug) where g.registeredOn <= asAt {
            // Para 10.2's days apply to accepted gifts; para 10.3 (refused offers) sets no time limit.
            guard let m = members[g.memberId], g.outcome == .accepted, GiftRules.isRegistrable(g, policy: p) else { continue }
            let due = g.receivedOn.adding(days: p.parameters.giftRegistrationDays)
            if g.registeredOn > due {
                add(m, .giftRegistration, "gift #\(g.id) from \(g.donor), received \(g.receivedOn), registered \(g.registeredOn)", due, .late, due.days(until: g.registeredOn), p.cite(.giftRegistration))
            }
        }
        // Every interest the council holds, not only those registered by `asAt`: a dispensation's matter stays
        // withheld whenever its interest is sensitive now.
        let sensitive = Set(allInterests.filter { $0.isWithheld }.map(\.id))
        for d in try r.dispensations(council: c.slug) where d.isInForce(on: asAt) {
            guard let m = members[d.memberId] else { continue }
            let left = asAt.days(until: d.expiresOn)
            if left <= within {
                let subject = d.interestId.map(sensitive.contains) == true ? "dispensation #\(d.id) (sensitive)" : "dispensation #\(d.id): \(d.matter)"
                add(m, .dispensationExpiry, subject, d.expiresOn, .dueSoon, -left, Citation.dispensationPeriod)
            }
        }
        let order: [DeadlineItem.Status] = [.overdue, .dueSoon, .late, .pending, .open]
        return items.sorted {
            (order.firstIndex(of: $0.status)!, $0.dueOn ?? asAt, $0.memberId) < (order.firstIndex(of: $1.status)!, $1.dueOn ?? asAt, $1.memberId)
        }
    }
}
