import NolanDomain
import NolanPolicy
import NolanStore

/// The input of `nolan advise`: an agenda item and how it touches one member's registered and other interests,
/// named by id. The shape is documented in Integration/JSON.md.
public struct AdviceRequest: Codable, Sendable {
    public struct RegisteredTouch: Codable, Sendable {
        /// A registered interest of the member.
        public var id: Int64
        public var effect: MatterEffect
        public var financialInterestOrWellBeing: Bool?
        public var paragraph9: Paragraph9Limbs?
    }

    public struct OtherTouch: Codable, Sendable {
        /// `member` (the member's own financial interest or well-being), `relative` or `close-associate`.
        public var owner: InterestOwner
        public var description: String
        public var effect: MatterEffect
        public var sensitive: Bool?
        public var paragraph9: Paragraph9Limbs?
    }

    public var council: String
    public var member: Int64
    public var meetingDate: Day
    public var item: AgendaItemFacts
    public var registeredInterests: [RegisteredTouch]?
    public var otherInterests: [OtherTouch]?
    /// Dispensations given for a matter (not an interest) that someone has confirmed cover this item.
    public var dispensationsCoveringItem: [Int64]?

    public init(council: String, member: Int64, meetingDate: Day, item: AgendaItemFacts,
                registeredInterests: [RegisteredTouch]? = nil, otherInterests: [OtherTouch]? = nil,
                dispensationsCoveringItem: [Int64]? = nil) {
        self.council = council
        self.member = member
        self.meetingDate = meetingDate
        self.item = item
        self.registeredInterests = registeredInterests
        self.otherInterests = otherInterests
        self.dispensationsCoveringItem = dispensationsCoveringItem
    }
}

/// The advice with who and what it is for, as `nolan advise` prints it.
public struct AdviceReport: Codable, Sendable {
    public var council: String
    public var codeOfConduct: String
    public var member: Int64
    public var memberName: String
    public var meetingDate: Day
    public var item: String
    public var advice: Advice
}

extension RegisterService {
    /// A dispensation's matter, or "(withheld)" when it is tied to a sensitive interest: its words may name the very
    /// detail the interest withholds.
    static func publicMatter(_ d: Dispensation, interests: [Int64: Interest]) -> String {
        guard let id = d.interestId, let i = interests[id], i.isWithheld else { return d.matter }
        return "(withheld)"
    }

    /// The advisor's view of a registered interest: its kind from its table, its owner from its holder, and whether
    /// it is withheld (then named only as sensitive).
    static func touch(_ i: Interest, policy p: CouncilPolicy, effect: MatterEffect, financialInterestOrWellBeing: Bool? = nil,
                      paragraph9: Paragraph9Limbs? = nil) -> InterestTouch {
        InterestTouch(label: subject(of: i, policy: p),
                      kind: i.table == .disclosablePecuniary ? .disclosablePecuniary : .otherRegistrable,
                      owner: i.holder == .partner ? .partner : .member, interestId: i.id, sensitive: i.isWithheld,
                      effect: effect, financialInterestOrWellBeing: financialInterestOrWellBeing, paragraph9: paragraph9)
    }

    /// The advisor's view of a member's dispensations; those in `covering` are confirmed to cover the item, the
    /// others left for the advisor to ask about.
    static func dispensationFacts(_ ds: [Dispensation], interests: [Int64: Interest], covering: Set<Int64> = []) -> [DispensationFacts] {
        ds.map {
            DispensationFacts(id: $0.id, matter: publicMatter($0, interests: interests), interestId: $0.interestId,
                              grantedOn: $0.grantedOn, expiresOn: $0.expiresOn, permits: $0.permits,
                              coversItem: covering.contains($0.id) ? true : nil)
        }
    }

    /// Resolves a request against the register (the member's interests, their sensitivity, the member's
    /// dispensations, the council's executive arrangements) and asks the council's variant for advice.
    public func advise(_ request: AdviceRequest) throws -> AdviceReport {
        try store.read { r in
            let c = try council(request.council, in: r)
            let p = try policy(c)
            let m = try member(request.member, of: c.slug, in: r)
            _ = try term(of: m, on: request.meetingDate, field: "meetingDate", policy: p, in: r)
            var touches: [InterestTouch] = []
            // The member's own entries: the interests named below, and those their dispensations are tied to, are theirs.
            let interests = Dictionary(uniqueKeysWithValues: try r.interests(member: m.id).map { ($0.id, $0) })
            for t in request.registeredInterests ?? [] {
                guard let i = interests[t.id], i.memberId == m.id else {
                    throw UserError.invalid("registeredInterests", "no interest \(t.id) registered by member \(m.id)")
                }
                guard !i.isNilReturn else { throw UserError.invalid("registeredInterests", "entry \(t.id) is a nil return, not an interest") }
                guard i.isRecorded(on: request.meetingDate) else {
                    throw UserError.invalid("registeredInterests", "interest \(t.id) was not on the register on \(request.meetingDate)")
                }
                touches.append(Self.touch(i, policy: p, effect: t.effect, financialInterestOrWellBeing: t.financialInterestOrWellBeing,
                                          paragraph9: t.paragraph9))
            }
            for o in request.otherInterests ?? [] {
                guard o.owner != .partner else {
                    throw UserError.invalid("otherInterests.owner", "a partner's financial interest is a relative's or close associate's for paras 7-9: use relative or close-associate")
                }
                touches.append(InterestTouch(
                    label: try FieldRules.text(o.description, field: "otherInterests.description"), kind: .nonRegistrable,
                    owner: o.owner, sensitive: o.sensitive ?? false, effect: o.effect, paragraph9: o.paragraph9))
            }
            let covering = Set(request.dispensationsCoveringItem ?? [])
            let dispensations = try r.dispensations(council: c.slug).filter { $0.memberId == m.id }
            for id in covering where !dispensations.contains(where: { $0.id == id }) {
                throw UserError.invalid("dispensationsCoveringItem", "member \(m.id) holds no dispensation \(id)")
            }
            let scenario = AdviceScenario(
                meetingDate: request.meetingDate, councilHasExecutiveArrangements: c.executiveArrangements,
                item: request.item, touches: touches,
                dispensations: Self.dispensationFacts(dispensations, interests: interests, covering: covering))
            return AdviceReport(council: c.slug, codeOfConduct: p.variant.id, member: m.id, memberName: m.name,
                                meetingDate: request.meetingDate, item: request.item.title,
                                advice: DeclarationAdvisor.advise(scenario, variant: p.variant))
        }
    }
}
