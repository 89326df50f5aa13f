import NolanDomain
import NolanPolicy

/// The rules for an entry in the register of interests, as functions of what the register already holds and of today,
/// so that the command line (one change per transaction, `RegisterService`) and imports (thousands of entries,
/// `InterestBatch`) apply exactly the same rules with the same messages and citations.
enum InterestRules {
    /// Nothing recorded may be dated after today.
    static func notInFuture(_ day: Day, _ field: String, today: Day) throws(UserError) {
        if day > today { throw UserError.invalid(field, "\(day) is after today (\(today)); it records something that has happened") }
    }

    /// The member's term in office on `day`, or an error citing when the Code applies.
    static func term(of m: Member, terms: [Term], on day: Day, field: String, policy p: CouncilPolicy) throws(UserError) -> Term {
        guard let t = terms.first(where: { $0.isInOffice(on: day) }) else {
            throw UserError.invalid(field, "member \(m.id) (\(m.name)) was not in office on \(day); the Code applies from the declaration of acceptance (or first meeting, for a co-opted member) until the member ceases [\(p.cite(.application))]")
        }
        return t
    }

    /// A local code applies from its adoption: nothing is registered under its categories before then.
    static func inForce(_ p: CouncilPolicy, on day: Day) throws(UserError) {
        if let adopted = p.variant.adoptedOn, day < adopted {
            throw UserError.invalid("registered", "\(day) is before \(p.variant.title) was adopted (\(adopted)); register under the code then in force")
        }
    }

    /// An entry as the member submits it (Appendix B; Tables 1 and 2 of the council's variant), with the term it falls in.
    static func newEntry(_ input: RegisterService.NewInterest, member m: Member, terms: [Term], policy p: CouncilPolicy,
                         today: Day) throws(UserError) -> (Interest, Term) {
        let category = try p.category(input.categoryId)
        if input.holder == .partner, !category.partnerMayHold {
            throw UserError.invalid("holder", "a partner's interest is registrable only in Table 1: a Disclosable Pecuniary Interest is \"an interest of yourself, or of your partner\", while Table 2 lists your own interests [\(p.cite(.partnerInterest))]")
        }
        func detail(_ value: String?, _ field: DetailField, _ normalise: (String) throws(UserError) -> String) throws(UserError) -> String? {
            guard let v = value?.trimmed, !v.isEmpty else { return nil }
            guard category.fields.contains(field) else {
                throw UserError.invalid(field.rawValue, "\(category.label) does not carry this detail (it carries: \(category.fields.map(\.rawValue).joined(separator: ", ")))")
            }
            return try normalise(v)
        }
        let keep: (String) throws(UserError) -> String = { $0 }
        try notInFuture(input.awareOn, "aware", today: today)
        try notInFuture(input.registeredOn, "registered", today: today)
        if input.registeredOn < input.awareOn {
            throw UserError.invalid("registered", "\(input.registeredOn) is before the member became aware of the interest (\(input.awareOn))")
        }
        let t = try term(of: m, terms: terms, on: input.registeredOn, field: "registered", policy: p)
        try inForce(p, on: input.registeredOn)
        let reason = try input.sensitiveReason.map { r throws(UserError) in try FieldRules.text(r, field: "sensitive-reason") }
        let interest = Interest(
            id: 0, memberId: m.id, table: category.table, categoryId: category.id, holder: input.holder,
            description: try FieldRules.text(input.description, field: "description"),
            bodyName: try detail(input.bodyName, .bodyName, keep),
            companyNumber: try detail(input.companyNumber, .companyNumber, FieldRules.companyNumber),
            address: try detail(input.address, .address, keep),
            postcode: try detail(input.postcode, .postcode, FieldRules.postcode),
            uprn: try detail(input.uprn, .uprn, FieldRules.uprn),
            awareOn: input.awareOn, registeredOn: input.registeredOn,
            sensitivity: reason == nil ? .notClaimed : .requested, sensitivityReason: reason)
        return (interest, t)
    }

    /// The member's nil returns that a new entry ends: a nil return says there is nothing to register in its table,
    /// which stops being true on the day the entry is registered (Appendix B; the change notification rule).
    static func nilReturnsEnded(by entry: Interest, among nilReturns: [Interest]) -> [Interest] {
        nilReturns.filter { $0.table == entry.table && $0.isRecorded(on: entry.registeredOn) }.map {
            var n = $0
            n.endedOn = entry.registeredOn
            return n
        }
    }

    /// A nil return for one table, refused while the member has anything recorded in that table this term.
    static func nilReturn(member m: Member, table: InterestTable, on day: Day, terms: [Term], entries: [Interest],
                          policy p: CouncilPolicy, today: Day) throws(UserError) -> Interest {
        try notInFuture(day, "registered", today: today)
        let t = try term(of: m, terms: terms, on: day, field: "registered", policy: p)
        try inForce(p, on: day)
        if let e = entries.first(where: {
            $0.table == table && $0.registeredOn >= t.startsOn && $0.isRecorded(on: day) && $0.status != .returned
        }) {
            throw UserError.invalid("table", "member \(m.id) already has \(e.isNilReturn ? "a nil return" : "entry #\(e.id)") in \(table) this term; a nil return says there is nothing to register")
        }
        return Interest(id: 0, memberId: m.id, table: table, categoryId: nil, holder: .member,
                        description: "No interests to register in \(table)", awareOn: day, registeredOn: day)
    }

    /// The Monitoring Officer's review: accepted entries are published from `day`; a returned one needs a comment.
    static func review(_ i: inout Interest, _ decision: RegisterService.ReviewDecision, comment: String?, on day: Day,
                       policy p: CouncilPolicy, today: Day) throws(UserError) {
        guard i.status == .submitted else {
            throw UserError.invalid("interest", "interest \(i.id) is \(i.status.rawValue), not awaiting review")
        }
        try notInFuture(day, "on", today: today)
        if day < i.registeredOn {
            throw UserError.invalid("on", "\(day) is before the entry was registered (\(i.registeredOn))")
        }
        switch decision {
        case .accept:
            if i.sensitivity == .requested {
                throw UserError.invalid("interest", "interest \(i.id) asks to be treated as sensitive: decide that first (`nolan interests sensitivity \(i.id) --agree|--refuse`) [\(p.cite(.sensitiveInterest))]")
            }
            if let decided = i.sensitivityDecidedOn, day < decided {
                throw UserError.invalid("on", "\(day) is before the sensitive-interest decision (\(decided)); an entry is accepted after that decision [\(p.cite(.sensitiveInterest))]")
            }
            i.status = .accepted
            i.reviewComment = comment
        case .return:
            guard let c = comment?.trimmed, !c.isEmpty else {
                throw UserError.invalid("comment", "returning an entry needs a comment telling the member what to correct")
            }
            i.status = .returned
            i.reviewComment = c
        }
        i.reviewedOn = day
    }

    /// Ends an entry on the day the interest ceased; it stays in the history and in the register as it stood before.
    static func end(_ i: inout Interest, on day: Day, today: Day) throws(UserError) {
        if let e = i.endedOn { throw UserError.invalid("interest", "interest \(i.id) already ended on \(e)") }
        try notInFuture(day, "on", today: today)
        if day < i.registeredOn {
            throw UserError.invalid("on", "\(day) is before the interest was registered (\(i.registeredOn))")
        }
        i.endedOn = day
    }

    /// Appendix B para 3: the member notifies the Monitoring Officer "with the reasons why you believe it is a sensitive
    /// interest"; from then the entry is withheld until the Monitoring Officer decides.
    static func requestSensitivity(_ i: inout Interest, reason: String, on day: Day, policy p: CouncilPolicy, today: Day) throws(UserError) {
        guard !i.isNilReturn else { throw UserError.invalid("interest", "entry \(i.id) is a nil return") }
        guard i.sensitivity == .notClaimed || i.sensitivity == .refused else {
            throw UserError.invalid("interest", "interest \(i.id) is already '\(i.sensitivity.rawValue)' [\(p.cite(.sensitiveInterest))]")
        }
        try notInFuture(day, "on", today: today)
        if day < i.registeredOn { throw UserError.invalid("on", "\(day) is before the entry was registered (\(i.registeredOn))") }
        i.sensitivity = .requested
        i.sensitivityReason = try FieldRules.text(reason, field: "reason")
        i.sensitivityDecidedOn = nil
    }

    /// Appendix B para 3: "If the Monitoring Officer agrees they will withhold the interest from the public register."
    static func decideSensitivity(_ i: inout Interest, agree: Bool, on day: Day, policy p: CouncilPolicy, today: Day) throws(UserError) {
        guard i.sensitivity == .requested else {
            throw UserError.invalid("interest", "interest \(i.id) has no pending sensitive-interest request (it is '\(i.sensitivity.rawValue)') [\(p.cite(.sensitiveInterest))]")
        }
        try notInFuture(day, "on", today: today)
        if day < i.registeredOn {
            throw UserError.invalid("on", "\(day) is before the request was made (\(i.registeredOn))")
        }
        i.sensitivity = agree ? .agreed : .refused
        i.sensitivityDecidedOn = day
    }
}
