/// A meeting of a council or one of its committees.
public struct Meeting: Codable, Sendable, Equatable {
    public var id: Int64
    public var councilSlug: String
    /// "Full Council", "Planning Committee", ...
    public var committee: String
    public var meetsOn: Day
    /// The meeting's id in the system it was imported from ("moderngov:9001"): one meeting per council, so that
    /// importing the same meeting again is recognised instead of recording it twice.
    public var externalId: String?

    public init(id: Int64, councilSlug: String, committee: String, meetsOn: Day, externalId: String? = nil) {
        self.id = id
        self.councilSlug = councilSlug
        self.committee = committee
        self.meetsOn = meetsOn
        self.externalId = externalId
    }
}

/// An item on a meeting's agenda.
public struct AgendaItem: Codable, Sendable, Equatable {
    public var id: Int64
    public var meetingId: Int64
    /// As the agenda numbers it ("7", "7(a)").
    public var number: String
    public var title: String
    /// Whether members of the public may speak on it (Appendix B paras 6, 7 and 9 turn on this).
    public var publicMaySpeak: Bool
    /// Taken in private (exempt or confidential information).
    public var restricted: Bool

    public init(id: Int64, meetingId: Int64, number: String, title: String, publicMaySpeak: Bool, restricted: Bool) {
        self.id = id
        self.meetingId = meetingId
        self.number = number
        self.title = title
        self.publicMaySpeak = publicMaySpeak
        self.restricted = restricted
    }
}

/// What the member did after declaring.
public enum DeclarationAction: String, Codable, Sendable, CaseIterable {
    case leftRoom = "left-room"
    case spokeThenLeft = "spoke-then-left"
    case remainedUnderDispensation = "remained-under-dispensation"
    case remained
}

/// The kind of interest declared, as Appendix B groups them.
public enum DeclaredKind: String, Codable, Sendable, CaseIterable {
    /// Disclosable Pecuniary Interest (paras 4-5).
    case dpi
    /// Other Registrable Interest (para 6, 8(c)).
    case ori
    /// Non-Registrable Interest (paras 7-9).
    case nri
}

/// A declaration made at a meeting. Public: for a sensitive interest only its existence (Appendix B paras 4, 6, 7, 9).
public struct Declaration: Codable, Sendable, Equatable {
    public var id: Int64
    public var meetingId: Int64
    public var itemId: Int64
    public var memberId: Int64
    public var kind: DeclaredKind
    /// The registered interest declared, when it is one.
    public var interestId: Int64?
    /// The nature of the interest as declared; nil when it is sensitive.
    public var nature: String?
    public var sensitive: Bool
    public var action: DeclarationAction

    public init(id: Int64, meetingId: Int64, itemId: Int64, memberId: Int64, kind: DeclaredKind, interestId: Int64?,
                nature: String?, sensitive: Bool, action: DeclarationAction) {
        self.id = id
        self.meetingId = meetingId
        self.itemId = itemId
        self.memberId = memberId
        self.kind = kind
        self.interestId = interestId
        self.nature = nature
        self.sensitive = sensitive
        self.action = action
    }
}

/// A member recorded as attending a meeting.
public struct Attendance: Codable, Sendable, Equatable {
    public var meetingId: Int64
    public var memberId: Int64

    public init(meetingId: Int64, memberId: Int64) {
        self.meetingId = meetingId
        self.memberId = memberId
    }
}
