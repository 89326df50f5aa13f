/// The grounds on which an authority may grant a dispensation (Localism Act 2011 s33(2)(a)–(e)).
public enum DispensationGround: String, Codable, Sendable, CaseIterable {
    /// s33(2)(a): so many members have disclosable pecuniary interests that the body could not transact the business.
    case a
    /// s33(2)(b): without it the representation of political groups would be so upset as to alter the outcome.
    case b
    /// s33(2)(c): granting it is in the interests of persons living in the authority's area.
    case c
    /// s33(2)(d): without it each member of the executive would be prohibited from participating.
    case d
    /// s33(2)(e): it is otherwise appropriate to grant it.
    case e

    public var summary: String {
        switch self {
        case .a: return "so many members are prohibited that the business could not be transacted"
        case .b: return "the representation of political groups would otherwise be so upset as to alter the outcome"
        case .c: return "it is in the interests of persons living in the authority's area"
        case .d: return "each member of the executive would otherwise be prohibited from participating"
        case .e: return "it is otherwise appropriate"
        }
    }
}

/// What a dispensation allows the member to do despite the interest (Appendix B paras 4, 6, 7, 9).
public enum DispensationPermission: String, Codable, Sendable, CaseIterable, Comparable {
    case speak
    case takePart = "take-part"
    case vote

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A dispensation granted to a member, for a matter or for an interest, for a fixed period.
public struct Dispensation: Codable, Sendable, Equatable {
    public var id: Int64
    public var memberId: Int64
    public var councilSlug: String
    /// The matter the dispensation covers, in words ("Annual budget and council tax setting").
    public var matter: String
    /// The registered interest it covers, when it is given for one interest.
    public var interestId: Int64?
    public var grounds: [DispensationGround]
    public var grantedOn: Day
    public var expiresOn: Day
    public var permits: [DispensationPermission]

    public init(id: Int64, memberId: Int64, councilSlug: String, matter: String, interestId: Int64?,
                grounds: [DispensationGround], grantedOn: Day, expiresOn: Day, permits: [DispensationPermission]) {
        self.id = id
        self.memberId = memberId
        self.councilSlug = councilSlug
        self.matter = matter
        self.interestId = interestId
        self.grounds = grounds
        self.grantedOn = grantedOn
        self.expiresOn = expiresOn
        self.permits = permits
    }

    public func isInForce(on day: Day) -> Bool { grantedOn <= day && day <= expiresOn }
}

/// One line of the append-only history: who changed what, when, and the record before and after.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var id: Int64
    /// UTC time the change was committed, ISO 8601.
    public var at: String
    public var actor: String
    public var councilSlug: String
    public var entity: String
    public var entityId: String
    public var action: String
    /// JSON of the record before the change (nil when created).
    public var before: String?
    /// JSON of the record after the change.
    public var after: String?

    public init(id: Int64, at: String, actor: String, councilSlug: String, entity: String, entityId: String,
                action: String, before: String?, after: String?) {
        self.id = id
        self.at = at
        self.actor = actor
        self.councilSlug = councilSlug
        self.entity = entity
        self.entityId = entityId
        self.action = action
        self.before = before
        self.after = after
    }
}
