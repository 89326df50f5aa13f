/// What happened between members and officers that a member–officer protocol speaks to. The Monitoring Officer
/// records these; each council's own protocol is then checked against them.
public enum ProtocolRecordKind: String, Codable, Sendable, CaseIterable {
    /// A close personal, family or business relationship between a member and an officer.
    case relationship
    /// A member sitting on a body, appointment panel or appeal hearing that affects an officer.
    case officerMatter = "officer-matter"
    /// A member's request for information or documents.
    case informationRequest = "information-request"
    /// An officer invited to a party group meeting.
    case partyGroup = "party-group"
    /// Local (ward) members to be told of a matter, meeting, consultation, news release or officer visit.
    case localMembers = "local-members"
    /// A private and confidential briefing.
    case confidentialBriefing = "confidential-briefing"
}

/// A close personal, family or business relationship between a member and an officer.
public struct RelationshipDisclosure: Codable, Sendable, Equatable {
    public enum Nature: String, Codable, Sendable, CaseIterable { case personal, family, business, closeWorking = "close-working" }
    public var memberId: Int64
    public var officer: String
    public var nature: Nature
    /// The day the Monitoring Officer was told, if they were.
    public var notifiedMonitoringOfficerOn: Day?

    public init(memberId: Int64, officer: String, nature: Nature, notifiedMonitoringOfficerOn: Day?) {
        self.memberId = memberId
        self.officer = officer
        self.nature = nature
        self.notifiedMonitoringOfficerOn = notifiedMonitoringOfficerOn
    }
}

/// A member taking part in something that affects an officer.
public struct OfficerMatter: Codable, Sendable, Equatable {
    public enum Body: String, Codable, Sendable, CaseIterable {
        case appointmentPanel = "appointment-panel"
        case appealHearing = "appeal-hearing"
        case decision

        /// How a sentence names it: "the appointment panel", "the appeal hearing", "a decision".
        public var phrase: String {
            switch self {
            case .appointmentPanel: return "the appointment panel"
            case .appealHearing: return "the appeal hearing"
            case .decision: return "a decision"
            }
        }
    }
    public var memberId: Int64
    public var officer: String
    public var body: Body
    /// Whether it directly affects the officer personally (their appointment, appeal, pay, discipline).
    public var affectsOfficerPersonally: Bool

    public init(memberId: Int64, officer: String, body: Body, affectsOfficerPersonally: Bool) {
        self.memberId = memberId
        self.officer = officer
        self.body = body
        self.affectsOfficerPersonally = affectsOfficerPersonally
    }
}

/// A member's request for information or documents.
public struct InformationRequest: Codable, Sendable, Equatable {
    public enum Basis: String, Codable, Sendable, CaseIterable {
        /// A member of the committee, sub-committee or executive whose business it is.
        case committeeMember = "committee-member"
        case wardMember = "ward-member"
        case scrutiny
        /// No particular role: a "need to know" must be shown.
        case none
    }
    public enum Status: String, Codable, Sendable, CaseIterable { case `public`, confidential, exempt }
    public enum Decision: String, Codable, Sendable, CaseIterable { case pending, provided, refused }
    public var memberId: Int64
    /// The post the request went to ("Head of Planning", "Executive Director, Place").
    public var addressedTo: String
    public var what: String
    /// A third party the member asks on behalf of (a constituent), if any.
    public var onBehalfOf: String?
    public var purpose: String
    public var basis: Basis
    public var documentStatus: Status
    public var decision: Decision
    /// Where a refusal or dispute went, in order ("Head of Service", "Managing Director").
    public var route: [String]
    /// Who was told the information was given ("Cabinet member for Planning", ...).
    public var told: [String]
    /// The information is of a minor nature (5B 7.4 excuses telling others).
    public var minor: Bool
    /// The information was later used for another purpose than the one given.
    public var usedForAnotherPurpose: Bool

    public init(memberId: Int64, addressedTo: String, what: String, onBehalfOf: String?, purpose: String, basis: Basis,
                documentStatus: Status, decision: Decision, route: [String], told: [String], minor: Bool,
                usedForAnotherPurpose: Bool) {
        self.memberId = memberId
        self.addressedTo = addressedTo
        self.what = what
        self.onBehalfOf = onBehalfOf
        self.purpose = purpose
        self.basis = basis
        self.documentStatus = documentStatus
        self.decision = decision
        self.route = route
        self.told = told
        self.minor = minor
        self.usedForAnotherPurpose = usedForAnotherPurpose
    }
}

/// An officer invited to a party group meeting.
public struct PartyGroupInvitation: Codable, Sendable, Equatable {
    public enum OfficerRole: String, Codable, Sendable, CaseIterable {
        case chiefOfficer = "chief-officer"
        case executiveDirector = "executive-director"
        /// Nominated by a Chief Officer or Executive Director to attend on their behalf.
        case nominee
        case other
    }
    public enum Response: String, Codable, Sendable, CaseIterable { case accepted, declined, pending }
    public var group: String
    /// Who invited: "group leader" or another.
    public var invitedByGroupLeader: Bool
    public var officer: String
    public var officerRole: OfficerRole
    public var matter: String
    public var nonMembersPresent: Bool
    /// Written approval for a meeting with non-members present, and whether it was copied to every group leader.
    public var writtenApproval: Bool
    public var copiedToAllGroupLeaders: Bool
    public var response: Response

    public init(group: String, invitedByGroupLeader: Bool, officer: String, officerRole: OfficerRole, matter: String,
                nonMembersPresent: Bool, writtenApproval: Bool, copiedToAllGroupLeaders: Bool, response: Response) {
        self.group = group
        self.invitedByGroupLeader = invitedByGroupLeader
        self.officer = officer
        self.officerRole = officerRole
        self.matter = matter
        self.nonMembersPresent = nonMembersPresent
        self.writtenApproval = writtenApproval
        self.copiedToAllGroupLeaders = copiedToAllGroupLeaders
        self.response = response
    }
}

/// Something local (ward) members are to be told of.
public struct LocalMembersNotice: Codable, Sendable, Equatable {
    public enum Subject: String, Codable, Sendable, CaseIterable {
        /// A matter affecting the ward, before the council publishes it.
        case wardMatter = "ward-matter"
        /// A public meeting the council organises on a local issue.
        case publicMeeting = "public-meeting"
        case consultation
        case newsRelease = "news-release"
        /// An officer attending a public meeting or a town or parish council meeting.
        case officerAttendance = "officer-attendance"
    }
    public var ward: String
    public var subject: Subject
    public var matter: String
    /// The day of publication, the meeting, the consultation's start, the release or the visit.
    public var eventOn: Day
    /// The day the ward members were told (or invited), if they have been.
    public var notifiedOn: Day?

    public init(ward: String, subject: Subject, matter: String, eventOn: Day, notifiedOn: Day?) {
        self.ward = ward
        self.subject = subject
        self.matter = matter
        self.eventOn = eventOn
        self.notifiedOn = notifiedOn
    }
}

/// A private and confidential briefing asked of an officer.
public struct ConfidentialBriefing: Codable, Sendable, Equatable {
    public enum RequesterRole: String, Codable, Sendable, CaseIterable {
        case groupLeader = "group-leader"
        case portfolioHolder = "portfolio-holder"
        case groupSpokesman = "group-spokesman"
        case committeeChairman = "committee-chairman"
        case other
    }
    public var memberId: Int64
    public var requesterRole: RequesterRole
    public var officer: String
    public var monitoringOfficerInvited: Bool
    /// The member asked for the advice to be kept confidential from other members (the borough's para 118 turns on it).
    public var confidentialityRequested: Bool
    /// Members it was shared with afterwards, and whether the requesting member permitted that.
    public var sharedWith: [String]
    public var sharingPermitted: Bool

    public init(memberId: Int64, requesterRole: RequesterRole, officer: String, monitoringOfficerInvited: Bool,
                confidentialityRequested: Bool = true, sharedWith: [String], sharingPermitted: Bool) {
        self.memberId = memberId
        self.requesterRole = requesterRole
        self.officer = officer
        self.monitoringOfficerInvited = monitoringOfficerInvited
        self.confidentialityRequested = confidentialityRequested
        self.sharedWith = sharedWith
        self.sharingPermitted = sharingPermitted
    }
}

/// One protocol record as stored: what kind, for which council, on which day, and its details.
public struct ProtocolRecord: Codable, Sendable, Equatable {
    public enum Details: Codable, Sendable, Equatable {
        case relationship(RelationshipDisclosure)
        case officerMatter(OfficerMatter)
        case informationRequest(InformationRequest)
        case partyGroup(PartyGroupInvitation)
        case localMembers(LocalMembersNotice)
        case confidentialBriefing(ConfidentialBriefing)

        public var kind: ProtocolRecordKind {
            switch self {
            case .relationship: return .relationship
            case .officerMatter: return .officerMatter
            case .informationRequest: return .informationRequest
            case .partyGroup: return .partyGroup
            case .localMembers: return .localMembers
            case .confidentialBriefing: return .confidentialBriefing
            }
        }
    }

    public var id: Int64
    public var councilSlug: String
    /// The day it happened (the disclosure, sitting, request, invitation, notice or briefing).
    public var occurredOn: Day
    public var details: Details

    public init(id: Int64, councilSlug: String, occurredOn: Day, details: Details) {
        self.id = id
        self.councilSlug = councilSlug
        self.occurredOn = occurredOn
        self.details = details
    }
}
