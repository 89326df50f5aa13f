import NolanDomain
import NolanPolicy
import NolanStore

/// A council's register as it stood on one day: the JSON shape of `nolan register show --format json`.
///
/// The public view carries accepted entries only, and for an interest the Monitoring Officer agreed is
/// sensitive, only that one is withheld: every detail field is absent, not blanked (Appendix B para 3).
public struct RegisterView: Codable, Sendable, Equatable {
    public enum Audience: String, Codable, Sendable { case `public`, officer }

    public struct CouncilHeader: Codable, Sendable, Equatable {
        public var slug: String
        public var name: String
        public var kind: CouncilKind
        public var parent: String?
        public var codeOfConduct: String
        public var codeOfConductTitle: String
        public var website: String?

        public init(slug: String, name: String, kind: CouncilKind, parent: String?, codeOfConduct: String,
                    codeOfConductTitle: String, website: String?) {
            self.slug = slug
            self.name = name
            self.kind = kind
            self.parent = parent
            self.codeOfConduct = codeOfConduct
            self.codeOfConductTitle = codeOfConductTitle
            self.website = website
        }

        /// The header of `council` under the code it adopted.
        public init(council c: Council, variant v: ConductCodeVariant) {
            self.init(slug: c.slug, name: c.name, kind: c.kind, parent: c.parentSlug, codeOfConduct: v.id,
                      codeOfConductTitle: v.title, website: c.website)
        }
    }

    public struct Entry: Codable, Sendable, Equatable {
        public var id: Int64
        public var withheld: Bool
        /// Set for a withheld entry: why its details are not shown.
        public var withheldNote: String?
        public var table: Int?
        public var category: String?
        public var categoryLabel: String?
        public var nilReturn: Bool?
        /// Officer view only: whose interest it is (the member's or their partner's).
        public var holder: InterestHolder?
        public var description: String?
        public var body: String?
        public var companyNumber: String?
        public var address: String?
        public var postcode: String?
        public var uprn: String?
        public var awareOn: Day?
        public var registeredOn: Day?
        public var publishedOn: Day?
        public var endedOn: Day?
        /// Officer view only.
        public var status: ReviewStatus?
        public var reviewComment: String?
        public var sensitivity: Sensitivity?
        public var sensitivityReason: String?
    }

    public struct GiftEntry: Codable, Sendable, Equatable {
        public var id: Int64
        public var donor: String
        public var description: String
        /// Pounds with two decimals ("50.00").
        public var value: String
        public var valuePence: Int
        public var receivedOn: Day
        public var registeredOn: Day
        public var outcome: GiftOutcome
        /// Whether para 10.2 / 10.3 required it to be registered.
        public var registrable: Bool
        /// Officer view only: the 10.1 warning, lateness.
        public var notes: [RuleNote]?
    }

    public struct MemberEntry: Codable, Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var role: MemberRole
        public var ward: String?
        public var party: String?
        public var termStartedOn: Day
        public var interests: [Entry]
        public var gifts: [GiftEntry]
    }

    public var council: CouncilHeader
    public var asAt: Day
    public var audience: Audience
    public var members: [MemberEntry]

    /// The wording a public view gives in place of a withheld interest.
    public static func withheldNote(_ p: CouncilPolicy) -> String {
        "The member has an interest whose details are withheld because the Monitoring Officer agreed it is a sensitive interest [\(p.cite(.sensitiveInterest))]"
    }
}

extension RegisterService {
    /// The register of one council as it stood at the end of `asAt`: members then in office, with the entries
    /// recorded by then (public: accepted by then) and not yet ended.
    public func register(council slug: String, asAt: Day, audience: RegisterView.Audience) throws -> RegisterView {
        var members: [RegisterView.MemberEntry] = []
        let header = try forEachMember(council: slug, asAt: asAt, audience: audience) { members.append($0) }
        return RegisterView(council: header, asAt: asAt, audience: audience, members: members)
    }

    /// The register member by member: `body` gets each member in office on `asAt` with their entries, one at a time,
    /// so that a register of any size is read and written in flat memory. Returns the council's header.
    public func forEachMember(council slug: String, asAt: Day, audience: RegisterView.Audience,
                              _ body: (RegisterView.MemberEntry) throws -> Void) throws -> RegisterView.CouncilHeader {
        try store.read { r in
            let c = try council(slug, in: r)
            let p = try policy(c)
            let terms = Dictionary(grouping: try r.terms(council: slug), by: \.memberId)
            for m in try r.members(council: slug) {
                guard let term = terms[m.id]?.first(where: { $0.isInOffice(on: asAt) }) else { continue }
                let entries = try r.interests(member: m.id)
                    .filter { audience == .public ? $0.isPublished(on: asAt) : $0.isRecorded(on: asAt) }
                    .map { Self.entry($0, audience: audience, asAt: asAt, policy: p) }
                let giftEntries = try r.gifts(member: m.id).filter { $0.registeredOn <= asAt }.map { g in
                    RegisterView.GiftEntry(
                        id: g.id, donor: g.donor, description: g.description, value: g.value.poundsText(),
                        valuePence: g.value.value, receivedOn: g.receivedOn, registeredOn: g.registeredOn,
                        outcome: g.outcome, registrable: GiftRules.isRegistrable(g, policy: p),
                        notes: audience == .officer ? GiftRules.notes(for: g, policy: p) : nil)
                }
                try body(RegisterView.MemberEntry(
                    id: m.id, name: m.name, role: m.role, ward: m.ward, party: m.party, termStartedOn: term.startsOn,
                    interests: entries, gifts: giftEntries))
            }
            return .init(council: c, variant: p.variant)
        }
    }

    static func entry(_ i: Interest, audience: RegisterView.Audience, asAt: Day, policy p: CouncilPolicy) -> RegisterView.Entry {
        // Withheld by its current state, whatever the as-at day: once agreed (or asked for), the details are not
        // shown for any past day either (Appendix B para 3).
        let withheldFromPublic = audience == .public && i.isWithheld
        if withheldFromPublic {
            return RegisterView.Entry(id: i.id, withheld: true, withheldNote: RegisterView.withheldNote(p))
        }
        let officer = audience == .officer
        let cat = i.categoryId.flatMap(p.variant.category)
        return RegisterView.Entry(
            id: i.id, withheld: false, withheldNote: nil, table: i.table.rawValue, category: i.categoryId,
            categoryLabel: cat?.label, nilReturn: i.isNilReturn ? true : nil, holder: officer ? i.holder : nil,
            description: i.description, body: i.bodyName, companyNumber: i.companyNumber, address: i.address,
            postcode: i.postcode, uprn: i.uprn, awareOn: officer ? i.awareOn : nil, registeredOn: i.registeredOn,
            publishedOn: i.status == .accepted ? i.reviewedOn : nil, endedOn: i.endedOn,
            status: officer ? i.status : nil, reviewComment: officer ? i.reviewComment : nil,
            sensitivity: officer ? i.sensitivity : nil, sensitivityReason: officer ? i.sensitivityReason : nil)
    }
}
