import NolanDomain
import NolanPolicy
import NolanStore

/// The register's rules, applied to one installation's store.
///
/// Every operation is one store transaction: it validates everything first and either writes all it has to
/// (with the audit log) or throws and writes nothing. Each rule cites the paragraph of the council's own
/// adopted code that states it, through `CouncilPolicy`.
public struct RegisterService: Sendable {
    public let store: any RegisterStore
    public let registry: VariantRegistry
    /// The member–officer protocols councils may run.
    public let protocols: ProtocolRegistry
    /// The day the service treats as today: no recorded fact may be dated after it.
    public let today: Day
    /// Who is making changes, for the audit log.
    public let actor: String

    public init(store: any RegisterStore, registry: VariantRegistry, protocols: ProtocolRegistry,
                today: Day, actor: String) {
        self.store = store
        self.registry = registry
        self.protocols = protocols
        self.today = today
        self.actor = actor
    }

    // MARK: Lookups

    /// The council with this slug, or an error saying how to add it: every command and export asks here.
    public func council(_ slug: String, in r: any RegisterReader) throws -> Council {
        guard let c = try r.council(slug) else {
            throw UserError("council: no council '\(slug)' (run `nolan councils list`, or `nolan councils sync` after adding it under Councils/)")
        }
        return c
    }

    func member(_ id: Int64, in r: any RegisterReader) throws -> Member {
        guard let m = try r.member(id) else { throw UserError("member: no member with id \(id)") }
        return m
    }

    func interest(_ id: Int64, in r: any RegisterReader) throws -> Interest {
        guard let i = try r.interest(id) else { throw UserError("interest: no interest with id \(id)") }
        return i
    }

    /// An entry with its council's code, for the rules that change an entry.
    func interestAndPolicy(_ id: Int64, in r: any RegisterReader) throws -> (Interest, CouncilPolicy) {
        let i = try interest(id, in: r)
        return (i, try policy(try council(try member(i.memberId, in: r).councilSlug, in: r)))
    }

    /// The member, who must belong to `council`: a council's records name only its own members.
    func member(_ id: Int64, of council: String, in r: any RegisterReader) throws -> Member {
        let m = try member(id, in: r)
        guard m.councilSlug == council else {
            throw UserError.invalid("member", "member \(id) (\(m.name)) is a member of \(m.councilSlug), not of \(council)")
        }
        return m
    }

    func policy(_ council: Council) throws -> CouncilPolicy { try CouncilPolicy(council: council, registry: registry) }

    func notInFuture(_ day: Day, _ field: String) throws {
        try InterestRules.notInFuture(day, field, today: today)
    }

    /// The member's term in office on `day`, or an error citing when the Code applies.
    func term(of m: Member, on day: Day, field: String, policy p: CouncilPolicy, in r: any RegisterReader) throws -> Term {
        try InterestRules.term(of: m, terms: try r.terms(member: m.id), on: day, field: field, policy: p)
    }

    // MARK: Members

    public struct NewMember: Sendable {
        public var council: String
        public var name: String
        public var role: MemberRole
        public var ward: String?
        public var party: String?
        /// Declaration of acceptance of office, or first meeting attended for a co-opted member.
        public var termStartsOn: Day
        public var termEndsOn: Day?

        public init(council: String, name: String, role: MemberRole, ward: String?, party: String?,
                    termStartsOn: Day, termEndsOn: Day? = nil) {
            self.council = council
            self.name = name
            self.role = role
            self.ward = ward
            self.party = party
            self.termStartsOn = termStartsOn
            self.termEndsOn = termEndsOn
        }
    }

    public func addMember(_ input: NewMember) throws -> (Member, Term) {
        try store.write(actor: actor) { w in
            let c = try council(input.council, in: w)
            let name = try FieldRules.text(input.name, field: "name")
            let ward = try FieldRules.ward(input.ward, role: input.role, council: c)
            if input.role == .mayor, !c.kind.isPrincipal {
                throw UserError.invalid("role", "a directly elected mayor belongs to a principal authority, not a \(c.kind.rawValue) council")
            }
            try notInFuture(input.termStartsOn, "term start")
            if let end = input.termEndsOn, end < input.termStartsOn {
                throw UserError.invalid("term end", "\(end) is before the term starts (\(input.termStartsOn))")
            }
            let m = try w.insert(Member(id: 0, councilSlug: c.slug, name: name, role: input.role, ward: ward,
                                        party: input.party.flatMap { $0.isEmpty ? nil : $0 }))
            let t = try w.insert(Term(id: 0, memberId: m.id, startsOn: input.termStartsOn, endsOn: input.termEndsOn))
            return (m, t)
        }
    }

    /// Ends the member's current term: the member ceases to be a councillor on `on` (the last day in office).
    public func endTerm(member id: Int64, on day: Day) throws -> Term {
        try store.write(actor: actor) { w in
            let m = try member(id, in: w)
            guard var t = try w.terms(member: id).last(where: { $0.endsOn == nil }) else {
                throw UserError.invalid("member", "member \(id) (\(m.name)) has no open term of office to end")
            }
            if day < t.startsOn {
                throw UserError.invalid("on", "\(day) is before the term started (\(t.startsOn))")
            }
            t.endsOn = day
            try w.update(t)
            return t
        }
    }

    /// Starts a new term after re-election or re-appointment: a fresh registration falls due (Appendix B).
    public func newTerm(member id: Int64, startsOn day: Day) throws -> Term {
        try store.write(actor: actor) { w in
            let m = try member(id, in: w)
            try notInFuture(day, "term start")
            let terms = try w.terms(member: id)
            if let open = terms.first(where: { $0.endsOn == nil }) {
                throw UserError.invalid("member", "member \(id) (\(m.name)) is still in a term that started \(open.startsOn); end it first (`nolan members end-term`)")
            }
            if let last = terms.last, let end = last.endsOn, day <= end {
                throw UserError.invalid("starts", "\(day) is not after the previous term ended (\(end))")
            }
            return try w.insert(Term(id: 0, memberId: id, startsOn: day, endsOn: nil))
        }
    }

    // MARK: Interests

    public struct NewInterest: Sendable {
        public var member: Int64
        public var categoryId: String
        public var holder: InterestHolder
        public var description: String
        public var bodyName: String?
        public var companyNumber: String?
        public var address: String?
        public var postcode: String?
        public var uprn: String?
        public var awareOn: Day
        public var registeredOn: Day
        /// Reasons the member gives for treating the interest as sensitive (Appendix B para 3); nil when not claimed.
        public var sensitiveReason: String?

        public init(member: Int64, categoryId: String, holder: InterestHolder = .member, description: String,
                    bodyName: String? = nil, companyNumber: String? = nil, address: String? = nil,
                    postcode: String? = nil, uprn: String? = nil, awareOn: Day, registeredOn: Day,
                    sensitiveReason: String? = nil) {
            self.member = member
            self.categoryId = categoryId
            self.holder = holder
            self.description = description
            self.bodyName = bodyName
            self.companyNumber = companyNumber
            self.address = address
            self.postcode = postcode
            self.uprn = uprn
            self.awareOn = awareOn
            self.registeredOn = registeredOn
            self.sensitiveReason = sensitiveReason
        }
    }

    /// Registers an interest as submitted by the member; it is public only once the Monitoring Officer accepts it.
    public func registerInterest(_ input: NewInterest) throws -> (Interest, [RuleNote]) {
        try store.write(actor: actor) { w in
            let m = try member(input.member, in: w)
            let p = try policy(try council(m.councilSlug, in: w))
            let (interest, t) = try InterestRules.newEntry(input, member: m, terms: try w.terms(member: m.id), policy: p, today: today)
            let saved = try w.insert(interest)
            var notes: [RuleNote] = []
            for n in InterestRules.nilReturnsEnded(by: saved, among: try w.nilReturns(member: m.id)) {
                try w.update(n)
                notes.append(RuleNote(.info, "nil return #\(n.id) for \(n.table) ended: it no longer holds", p.cite(.changeNotification)))
            }
            let due = Deadlines.notificationDue(for: saved, term: t, policy: p)
            if saved.registeredOn > due.day {
                notes.append(RuleNote(.warning, "registered \(due.day.days(until: saved.registeredOn)) days late: due by \(due.day)", due.citation))
            }
            if saved.sensitivity == .requested {
                notes.append(RuleNote(.info, "sensitive-interest request awaits the Monitoring Officer's decision; the entry cannot be published until it is decided", p.cite(.sensitiveInterest)))
            }
            return (saved, notes)
        }
    }

    /// Records that the member has nothing to register in one table (a nil return).
    public func nilReturn(member id: Int64, table: InterestTable, registeredOn day: Day) throws -> Interest {
        try store.write(actor: actor) { w in
            let m = try member(id, in: w)
            let p = try policy(try council(m.councilSlug, in: w))
            let entry = try InterestRules.nilReturn(member: m, table: table, on: day, terms: try w.terms(member: id),
                                                    entries: try w.interests(member: id), policy: p, today: today)
            return try w.insert(entry)
        }
    }

    /// Ends an interest on the day it ceased (sold the land, left the body). The entry stays in the history and
    /// in the register as it stood before that day.
    public func endInterest(_ id: Int64, on day: Day) throws -> Interest {
        try store.write(actor: actor) { w in
            var i = try interest(id, in: w)
            try InterestRules.end(&i, on: day, today: today)
            try w.update(i)
            return i
        }
    }

    public enum ReviewDecision: String, Sendable, CaseIterable {
        case accept
        case `return`
    }

    /// The Monitoring Officer accepts an entry (it is published from that day) or returns it with a comment.
    public func review(_ id: Int64, _ decision: ReviewDecision, comment: String?, on day: Day) throws -> Interest {
        try store.write(actor: actor) { w in
            var (i, p) = try interestAndPolicy(id, in: w)
            try InterestRules.review(&i, decision, comment: comment, on: day, policy: p, today: today)
            try w.update(i)
            return i
        }
    }

    /// Appendix B para 3: a member who has a sensitive interest notifies the Monitoring Officer with reasons; this
    /// may come after the interest was registered (when the risk arises later). From the request on, the entry is
    /// withheld from every public view until the Monitoring Officer decides.
    public func requestSensitivity(_ id: Int64, reason: String, on day: Day) throws -> Interest {
        try store.write(actor: actor) { w in
            var (i, p) = try interestAndPolicy(id, in: w)
            try InterestRules.requestSensitivity(&i, reason: reason, on: day, policy: p, today: today)
            try w.update(i)
            return i
        }
    }

    /// Appendix B para 3: "If the Monitoring Officer agrees they will withhold the interest from the public register."
    public func decideSensitivity(_ id: Int64, agree: Bool, on day: Day) throws -> Interest {
        try store.write(actor: actor) { w in
            var (i, p) = try interestAndPolicy(id, in: w)
            try InterestRules.decideSensitivity(&i, agree: agree, on: day, policy: p, today: today)
            try w.update(i)
            return i
        }
    }

    // MARK: Gifts and hospitality

    public struct NewGift: Sendable {
        public var member: Int64
        public var donor: String
        public var description: String
        public var value: Pence
        public var receivedOn: Day
        public var registeredOn: Day
        public var outcome: GiftOutcome
        public var donorInterest: DonorInterest

        public init(member: Int64, donor: String, description: String, value: Pence, receivedOn: Day,
                    registeredOn: Day, outcome: GiftOutcome, donorInterest: DonorInterest) {
            self.member = member
            self.donor = donor
            self.description = description
            self.value = value
            self.receivedOn = receivedOn
            self.registeredOn = registeredOn
            self.outcome = outcome
            self.donorInterest = donorInterest
        }
    }

    public func addGift(_ input: NewGift) throws -> (Gift, [RuleNote]) {
        try store.write(actor: actor) { w in
            let m = try member(input.member, in: w)
            let p = try policy(try council(m.councilSlug, in: w))
            if input.value.value < 0 { throw UserError.invalid("value", "must not be negative") }
            try notInFuture(input.receivedOn, "received")
            try notInFuture(input.registeredOn, "registered")
            if input.registeredOn < input.receivedOn {
                throw UserError.invalid("registered", "\(input.registeredOn) is before the gift was received or offered (\(input.receivedOn))")
            }
            _ = try term(of: m, on: input.receivedOn, field: "received", policy: p, in: w)
            let gift = try w.insert(Gift(
                id: 0, memberId: m.id, donor: try FieldRules.text(input.donor, field: "donor"),
                description: try FieldRules.text(input.description, field: "description"), value: input.value,
                receivedOn: input.receivedOn, registeredOn: input.registeredOn, outcome: input.outcome,
                donorInterest: input.donorInterest))
            return (gift, GiftRules.notes(for: gift, policy: p))
        }
    }

    // MARK: Dispensations

    public struct NewDispensation: Sendable {
        public var member: Int64
        public var matter: String
        public var interestId: Int64?
        public var grounds: [DispensationGround]
        public var grantedOn: Day
        public var expiresOn: Day
        public var permits: [DispensationPermission]

        public init(member: Int64, matter: String, interestId: Int64?, grounds: [DispensationGround],
                    grantedOn: Day, expiresOn: Day, permits: [DispensationPermission]) {
            self.member = member
            self.matter = matter
            self.interestId = interestId
            self.grounds = grounds
            self.grantedOn = grantedOn
            self.expiresOn = expiresOn
            self.permits = permits
        }
    }

    /// Grants a dispensation. The period may not exceed four years (Localism Act 2011 s33(3)): a longer one is refused.
    public func grantDispensation(_ input: NewDispensation) throws -> Dispensation {
        try store.write(actor: actor) { w in
            let m = try member(input.member, in: w)
            let p = try policy(try council(m.councilSlug, in: w))
            let matter = try FieldRules.text(input.matter, field: "matter")
            guard !input.grounds.isEmpty else {
                throw UserError.invalid("grounds", "name at least one ground, (a) to (e) [\(Citation.dispensationGrounds)]")
            }
            guard !input.permits.isEmpty else {
                throw UserError.invalid("permits", "say what the dispensation permits: speak, take-part, vote")
            }
            if input.grounds.contains(.d), !p.council.executiveArrangements {
                throw UserError.invalid("grounds", "ground (d) concerns members of the executive, and \(p.council.name) has no executive arrangements [\(Citation.dispensationGrounds)]")
            }
            try notInFuture(input.grantedOn, "granted")
            if input.expiresOn < input.grantedOn {
                throw UserError.invalid("expires", "\(input.expiresOn) is before the day it is granted (\(input.grantedOn))")
            }
            let limit = DispensationRules.latestExpiry(grantedOn: input.grantedOn)
            if input.expiresOn > limit {
                throw UserError.invalid("expires", "\(input.expiresOn) is more than four years after \(input.grantedOn); the latest is \(limit) [\(Citation.dispensationPeriod)]")
            }
            _ = try term(of: m, on: input.grantedOn, field: "granted", policy: p, in: w)
            if let iid = input.interestId {
                guard let i = try w.interest(iid), i.memberId == m.id else {
                    throw UserError.invalid("interest", "no interest \(iid) registered by member \(m.id)")
                }
            }
            return try w.insert(Dispensation(
                id: 0, memberId: m.id, councilSlug: m.councilSlug, matter: matter, interestId: input.interestId,
                grounds: Array(Set(input.grounds)).sorted { $0.rawValue < $1.rawValue },
                grantedOn: input.grantedOn, expiresOn: input.expiresOn, permits: Array(Set(input.permits)).sorted()))
        }
    }
}

/// Localism Act 2011 s33(3): "the period specified may not exceed four years".
public enum DispensationRules {
    /// The last day a dispensation granted on `grantedOn` may have effect. A dispensation has effect on the day it
    /// is granted and on its expiry day, so the period granted on 1 March 2024 ends at the latest on 28 February
    /// 2028: four years, not four years and a day. A grant on 29 February ends at the latest on the day before
    /// the same date four years on (28 February, clamped in a common year, less a day).
    public static func latestExpiry(grantedOn: Day) -> Day { grantedOn.adding(years: 4).adding(days: -1) }
}

/// Code section 10 applied to one gift or hospitality entry.
public enum GiftRules {
    /// Para 10.2: accepted gifts and hospitality of at least the threshold must be registered. Para 10.3 asks for
    /// "significant" refused offers without defining the word; Nolan treats an offer at or above the same
    /// threshold as significant, and records any other refused offer too.
    public static func isRegistrable(_ g: Gift, policy p: CouncilPolicy) -> Bool {
        g.value >= p.parameters.giftThreshold
    }

    public static func notes(for g: Gift, policy p: CouncilPolicy) -> [RuleNote] {
        var notes: [RuleNote] = []
        let threshold = p.parameters.giftThreshold
        switch g.outcome {
        case .accepted where isRegistrable(g, policy: p):
            let due = g.receivedOn.adding(days: p.parameters.giftRegistrationDays)
            if g.registeredOn > due {
                notes.append(RuleNote(.warning, "registered \(due.days(until: g.registeredOn)) days late: gifts and hospitality of at least \(threshold) are registered within \(p.parameters.giftRegistrationDays) days of receipt (due by \(due))", p.cite(.giftRegistration)))
            }
        case .accepted:
            notes.append(RuleNote(.info, "below the \(threshold) threshold: not required to be registered, recorded voluntarily", p.cite(.giftRegistration)))
        case .declined where isRegistrable(g, policy: p):
            notes.append(RuleNote(.info, "a significant offer that was refused is registered too", p.cite(.declinedGift)))
        case .declined:
            notes.append(RuleNote(.info, "a refused offer below \(threshold): the Code does not define a \"significant\" offer, so it is recorded; ask the Monitoring Officer if unsure", p.cite(.declinedGift)))
        }
        if g.outcome == .accepted, g.donorInterest != .none {
            let why: String
            switch g.donorInterest {
            case .business: why = "seeking to acquire, develop or do business with the council"
            case .permission: why = "who may apply to the council for a permission"
            case .licence: why = "who may apply to the council for a licence"
            case .none: why = ""
            }
            notes.append(RuleNote(.warning, "accepted from a donor \(why): members do not accept gifts or hospitality from such persons, irrespective of value, where it could give rise to a reasonable suspicion of influence", p.cite(.giftFromInterestedDonor)))
        }
        return notes
    }
}
