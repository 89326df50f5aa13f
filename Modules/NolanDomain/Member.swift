/// The three kinds of person the Code calls a "councillor" (LGA Model Code 2020, Definitions).
public enum MemberRole: String, Codable, Sendable, CaseIterable {
    case councillor
    case coOpted = "co-opted"
    case mayor
}

/// A member of a council: a councillor, co-opted member or directly elected mayor.
public struct Member: Codable, Sendable, Equatable {
    public var id: Int64
    public var councilSlug: String
    public var name: String
    public var role: MemberRole
    public var ward: String?
    public var party: String?
    /// The member's id in the system the council imports from ("moderngov:1234"), so re-imports update, not duplicate.
    public var externalId: String?

    public init(id: Int64, councilSlug: String, name: String, role: MemberRole, ward: String?, party: String?,
                externalId: String? = nil) {
        self.id = id
        self.councilSlug = councilSlug
        self.name = name
        self.role = role
        self.ward = ward
        self.party = party
        self.externalId = externalId
    }
}

/// A term of office. The Code applies "as soon as you sign your declaration of acceptance of the office of
/// councillor or attend your first meeting as a co-opted member" until "you cease to be a councillor"
/// (LGA Model Code 2020, Application of the Code of Conduct): `startsOn` is that day, `endsOn` the last day.
public struct Term: Codable, Sendable, Equatable {
    public var id: Int64
    public var memberId: Int64
    public var startsOn: Day
    public var endsOn: Day?

    public init(id: Int64, memberId: Int64, startsOn: Day, endsOn: Day?) {
        self.id = id
        self.memberId = memberId
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    public func isInOffice(on day: Day) -> Bool {
        startsOn <= day && (endsOn.map { day <= $0 } ?? true)
    }
}
