/// The two tables of registrable interests in Appendix B of the Code.
public enum InterestTable: Int, Codable, Sendable, CaseIterable, CustomStringConvertible {
    /// Table 1: Disclosable Pecuniary Interests (the 2012 Regulations).
    case disclosablePecuniary = 1
    /// Table 2: Other Registrable Interests, as the council's variant lists them.
    case otherRegistrable = 2

    public var description: String {
        switch self {
        case .disclosablePecuniary: return "Table 1 (Disclosable Pecuniary Interests)"
        case .otherRegistrable: return "Table 2 (Other Registrable Interests)"
        }
    }
}

/// Whose interest an entry is. A Disclosable Pecuniary Interest is "an interest of yourself, or of your
/// partner if you are aware of your partner's interest" (Appendix B, definitions).
public enum InterestHolder: String, Codable, Sendable, CaseIterable {
    case member
    case partner
}

/// Where an entry stands in the Monitoring Officer's review: only accepted entries are published.
public enum ReviewStatus: String, Codable, Sendable, CaseIterable {
    case submitted
    case accepted
    case returned
}

/// Appendix B paras 2–3: the member asks for an interest to be treated as sensitive, with reasons;
/// the Monitoring Officer agrees (it is withheld from the public register) or refuses.
public enum Sensitivity: String, Codable, Sendable, CaseIterable {
    case notClaimed = "none"
    case requested
    case agreed
    case refused
}

/// One entry in a member's register: an interest in one of the variant's categories, or a nil return
/// for a whole table (the member has nothing to register in it).
public struct Interest: Codable, Sendable, Equatable {
    public var id: Int64
    public var memberId: Int64
    public var table: InterestTable
    /// The variant's category id; nil for a nil return.
    public var categoryId: String?
    public var holder: InterestHolder
    public var description: String
    public var bodyName: String?
    public var companyNumber: String?
    public var address: String?
    public var postcode: String?
    public var uprn: String?
    /// The day the member became aware of the interest or of the change (Appendix B para 1).
    public var awareOn: Day
    /// The day the Monitoring Officer was notified.
    public var registeredOn: Day
    public var endedOn: Day?
    public var status: ReviewStatus
    public var reviewedOn: Day?
    public var reviewComment: String?
    public var sensitivity: Sensitivity
    public var sensitivityReason: String?
    public var sensitivityDecidedOn: Day?

    public var isNilReturn: Bool { categoryId == nil }

    /// Withheld from every public view: the Monitoring Officer agreed it is sensitive, or the member has asked and
    /// the decision is pending (Appendix B paras 2-3). Everything that shows an interest outside the officer view
    /// asks this one question.
    public var isWithheld: Bool { sensitivity == .agreed || sensitivity == .requested }

    public init(id: Int64, memberId: Int64, table: InterestTable, categoryId: String?, holder: InterestHolder,
                description: String, bodyName: String? = nil, companyNumber: String? = nil, address: String? = nil,
                postcode: String? = nil, uprn: String? = nil, awareOn: Day, registeredOn: Day, endedOn: Day? = nil,
                status: ReviewStatus = .submitted, reviewedOn: Day? = nil, reviewComment: String? = nil,
                sensitivity: Sensitivity = .notClaimed, sensitivityReason: String? = nil,
                sensitivityDecidedOn: Day? = nil) {
        self.id = id
        self.memberId = memberId
        self.table = table
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
        self.endedOn = endedOn
        self.status = status
        self.reviewedOn = reviewedOn
        self.reviewComment = reviewComment
        self.sensitivity = sensitivity
        self.sensitivityReason = sensitivityReason
        self.sensitivityDecidedOn = sensitivityDecidedOn
    }

    /// Whether the entry was on the public register on `day`: accepted by then and not yet ended.
    public func isPublished(on day: Day) -> Bool {
        status == .accepted && (reviewedOn.map { $0 <= day } ?? false) && registeredOn <= day
            && (endedOn.map { day < $0 } ?? true)
    }

    /// Whether the entry was on the Monitoring Officer's register on `day` (any review state).
    public func isRecorded(on day: Day) -> Bool {
        registeredOn <= day && (endedOn.map { day < $0 } ?? true)
    }
}
