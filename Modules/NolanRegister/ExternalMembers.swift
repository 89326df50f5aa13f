import NolanDomain
import NolanStore

/// A member as another system (Modern.Gov) describes them. Never a home address: Nolan neither stores nor prints one.
public struct ExternalMember: Sendable, Equatable {
    public var externalId: String
    public var name: String
    public var ward: String?
    public var party: String?
    /// Terms of office, each a start and an optional end.
    public var terms: [(starts: Day, ends: Day?)]

    public init(externalId: String, name: String, ward: String?, party: String?, terms: [(starts: Day, ends: Day?)]) {
        self.externalId = externalId
        self.name = name
        self.ward = ward
        self.party = party
        self.terms = terms
    }

    public static func == (a: ExternalMember, b: ExternalMember) -> Bool {
        a.externalId == b.externalId && a.name == b.name && a.ward == b.ward && a.party == b.party
            && a.terms.map(\.starts) == b.terms.map(\.starts) && a.terms.map(\.ends) == b.terms.map(\.ends)
    }
}

extension RegisterService {
    /// Creates the member, or updates the one already imported with the same external id (name, ward, party, and
    /// terms matched by their start day). Returns the member and whether it was created.
    public func upsertExternalMember(council slug: String, _ e: ExternalMember) throws -> (Member, Bool) {
        try store.write(actor: actor) { w in
            let c = try council(slug, in: w)
            let name = try FieldRules.text(e.name, field: "name")
            let ward = try FieldRules.ward(e.ward, role: .councillor, council: c)
            for t in e.terms {
                try notInFuture(t.starts, "term start")
                if let end = t.ends, end < t.starts { throw UserError.invalid("term end", "\(end) is before the term starts (\(t.starts))") }
            }
            let existing = try w.members(council: c.slug).first { $0.externalId == e.externalId }
            var member: Member
            let created: Bool
            if var m = existing {
                m.name = name
                m.ward = ward
                m.party = e.party
                try w.update(m)
                member = m
                created = false
            } else {
                member = try w.insert(Member(id: 0, councilSlug: c.slug, name: name, role: .councillor, ward: ward,
                                             party: e.party, externalId: e.externalId))
                created = true
            }
            var terms = try w.terms(member: member.id)
            for t in e.terms.sorted(by: { $0.starts < $1.starts }) {
                if var known = terms.first(where: { $0.startsOn == t.starts }) {
                    if known.endsOn != t.ends {
                        known.endsOn = t.ends
                        try w.update(known)
                    }
                    continue
                }
                let overlaps = terms.contains { o in
                    let oEnd = o.endsOn ?? Day(year: 9999, month: 12, day: 31)!
                    let tEnd = t.ends ?? Day(year: 9999, month: 12, day: 31)!
                    return o.startsOn <= tEnd && t.starts <= oEnd
                }
                if overlaps {
                    throw UserError.invalid("term start", "the term from \(t.starts) overlaps a term of office already recorded for \(name)")
                }
                terms.append(try w.insert(Term(id: 0, memberId: member.id, startsOn: t.starts, endsOn: t.ends)))
            }
            return (member, created)
        }
    }
}
