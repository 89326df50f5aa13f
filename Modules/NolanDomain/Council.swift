/// The kinds of council the Code's definition of "local authority" names that one installation hosts.
public enum CouncilKind: String, Codable, Sendable, CaseIterable {
    case district, borough, unitary, county, parish, town

    /// A principal authority keeps the register for itself and for the parish and town councils in its
    /// area (Localism Act 2011 s27(3), s29); parish and town councils sit under one.
    public var isPrincipal: Bool {
        switch self {
        case .district, .borough, .unitary, .county: return true
        case .parish, .town: return false
        }
    }
}

/// The parameters of a code-of-conduct variant that a council may set for itself in its configuration.
/// A nil field means "as the council's variant says".
public struct ParameterOverrides: Codable, Sendable, Equatable {
    public var giftThreshold: Pence?
    public var giftRegistrationDays: Int?
    public var registrationDays: Int?

    public init(giftThreshold: Pence? = nil, giftRegistrationDays: Int? = nil, registrationDays: Int? = nil) {
        self.giftThreshold = giftThreshold
        self.giftRegistrationDays = giftRegistrationDays
        self.registrationDays = registrationDays
    }
}

/// A council hosted by this installation: a principal authority or one of the parish and town councils
/// whose registers its Monitoring Officer keeps.
public struct Council: Codable, Sendable, Equatable {
    public var slug: String
    public var name: String
    public var kind: CouncilKind
    /// The principal authority whose Monitoring Officer keeps this council's register; nil for a principal.
    public var parentSlug: String?
    /// The code of conduct this council adopted (a registered variant id).
    public var codeVariantId: String
    /// The member–officer protocol the council runs; a parish may have none.
    public var protocolId: String?
    public var wards: [String]
    public var website: String?
    public var overrides: ParameterOverrides
    /// Whether the council operates executive arrangements (a leader or mayor and cabinet). Appendix B para 5,
    /// and West Dereham's para 10, concern Cabinet members: a council without executive arrangements has none.
    public var executiveArrangements: Bool

    public init(slug: String, name: String, kind: CouncilKind, parentSlug: String?, codeVariantId: String,
                protocolId: String?, wards: [String], website: String?, overrides: ParameterOverrides,
                executiveArrangements: Bool = false) {
        self.slug = slug
        self.name = name
        self.kind = kind
        self.parentSlug = parentSlug
        self.codeVariantId = codeVariantId
        self.protocolId = protocolId
        self.wards = wards
        self.website = website
        self.overrides = overrides
        self.executiveArrangements = executiveArrangements
    }
}
