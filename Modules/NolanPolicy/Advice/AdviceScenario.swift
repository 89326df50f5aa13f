import NolanDomain

/// Whether an agenda matter "directly relates" to an interest or only "affects" it: the distinction Appendix B
/// draws between paras 4, 6 and 7 (directly relates) and paras 8-9 (affects).
public enum MatterEffect: String, Codable, Sendable, CaseIterable {
    case directlyRelates = "directly-relates"
    case affects
}

/// The kind of interest an agenda matter touches.
public enum InterestKind: String, Codable, Sendable, CaseIterable {
    /// Table 1: a Disclosable Pecuniary Interest, the member's or their partner's.
    case disclosablePecuniary = "dpi"
    /// Table 2: an Other Registrable Interest.
    case otherRegistrable = "ori"
    /// Neither: the member's own financial interest or well-being, or a relative's or close associate's (paras 7-9).
    case nonRegistrable = "nri"
}

/// Whose interest it is.
public enum InterestOwner: String, Codable, Sendable, CaseIterable {
    case member
    case partner
    case relative
    case closeAssociate = "close-associate"
}

/// The two limbs of Appendix B para 9. nil means not known: the advisor then asks rather than guesses.
public struct Paragraph9Limbs: Codable, Sendable, Equatable {
    /// (a) The matter affects the financial interest or well-being to a greater extent than it affects the
    /// financial interests of the majority of inhabitants of the ward affected by the decision.
    public var greaterThanMajorityOfWard: Bool?
    /// (b) A reasonable member of the public knowing all the facts would believe it would affect the member's
    /// view of the wider public interest.
    public var reasonablePersonWouldThinkViewAffected: Bool?

    public init(greaterThanMajorityOfWard: Bool?, reasonablePersonWouldThinkViewAffected: Bool?) {
        self.greaterThanMajorityOfWard = greaterThanMajorityOfWard
        self.reasonablePersonWouldThinkViewAffected = reasonablePersonWouldThinkViewAffected
    }
}

/// How one interest is touched by the agenda item.
public struct InterestTouch: Codable, Sendable, Equatable {
    /// How the advice names it ("interest #12 (Table 1: Land and Property)", "a relative's business").
    public var label: String
    public var kind: InterestKind
    public var owner: InterestOwner
    /// The registered interest's id, when it is one; lets a dispensation given for that interest apply.
    public var interestId: Int64?
    /// A sensitive interest (Appendix B para 2): only its existence is disclosed.
    public var sensitive: Bool
    public var effect: MatterEffect
    /// Whether the matter concerns the financial interest or well-being of the body (the test the West Dereham
    /// text adds to paras 6 and 8(c)). nil when not known.
    public var financialInterestOrWellBeing: Bool?
    public var paragraph9: Paragraph9Limbs?

    public init(label: String, kind: InterestKind, owner: InterestOwner = .member, interestId: Int64? = nil,
                sensitive: Bool = false, effect: MatterEffect, financialInterestOrWellBeing: Bool? = nil,
                paragraph9: Paragraph9Limbs? = nil) {
        self.label = label
        self.kind = kind
        self.owner = owner
        self.interestId = interestId
        self.sensitive = sensitive
        self.effect = effect
        self.financialInterestOrWellBeing = financialInterestOrWellBeing
        self.paragraph9 = paragraph9
    }
}

/// The agenda item as it bears on the member.
public struct AgendaItemFacts: Codable, Sendable, Equatable {
    public var title: String
    /// Whether members of the public are allowed to speak on the item (paras 6, 7, 9).
    public var publicMaySpeak: Bool
    /// The member is dealing with it as a Cabinet member in exercise of an executive function (para 5; West Dereham para 10).
    public var executiveFunction: Bool
    /// The member has made an executive decision on it (LGA para 10).
    public var executiveDecision: Bool

    public init(title: String, publicMaySpeak: Bool, executiveFunction: Bool = false, executiveDecision: Bool = false) {
        self.title = title
        self.publicMaySpeak = publicMaySpeak
        self.executiveFunction = executiveFunction
        self.executiveDecision = executiveDecision
    }

    enum CodingKeys: String, CodingKey { case title, publicMaySpeak, executiveFunction, executiveDecision }

    /// `executiveFunction` and `executiveDecision` may be left out of a scenario: most items are neither.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        publicMaySpeak = try c.decode(Bool.self, forKey: .publicMaySpeak)
        executiveFunction = try c.decodeIfPresent(Bool.self, forKey: .executiveFunction) ?? false
        executiveDecision = try c.decodeIfPresent(Bool.self, forKey: .executiveDecision) ?? false
    }
}

/// A dispensation held by the member, as the advisor needs it.
public struct DispensationFacts: Codable, Sendable, Equatable {
    public var id: Int64
    public var matter: String
    public var interestId: Int64?
    public var grantedOn: Day
    public var expiresOn: Day
    public var permits: [DispensationPermission]
    /// Whether someone has confirmed that the dispensation's matter covers this item. A dispensation is granted for a
    /// matter, so it applies only when this is confirmed, whether or not it was given for a registered interest (one
    /// given for an interest then lifts only that interest's restrictions); unconfirmed, the advisor asks.
    public var coversItem: Bool?

    public init(id: Int64, matter: String, interestId: Int64?, grantedOn: Day, expiresOn: Day,
                permits: [DispensationPermission], coversItem: Bool?) {
        self.id = id
        self.matter = matter
        self.interestId = interestId
        self.grantedOn = grantedOn
        self.expiresOn = expiresOn
        self.permits = permits
        self.coversItem = coversItem
    }
}

/// Everything the declaration advisor needs: self-contained, so worked examples need no database.
public struct AdviceScenario: Codable, Sendable, Equatable {
    public var meetingDate: Day
    /// Whether the council operates executive arrangements (a leader or mayor and cabinet). Paras 5 and the West
    /// Dereham para 10 are about Cabinet members; a council without executive arrangements has none.
    public var councilHasExecutiveArrangements: Bool
    public var item: AgendaItemFacts
    public var touches: [InterestTouch]
    public var dispensations: [DispensationFacts]

    public init(meetingDate: Day, councilHasExecutiveArrangements: Bool, item: AgendaItemFacts,
                touches: [InterestTouch], dispensations: [DispensationFacts] = []) {
        self.meetingDate = meetingDate
        self.councilHasExecutiveArrangements = councilHasExecutiveArrangements
        self.item = item
        self.touches = touches
        self.dispensations = dispensations
    }
}
