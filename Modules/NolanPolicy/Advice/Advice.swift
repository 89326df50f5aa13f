import NolanDomain

/// A yes/no answer that may still depend on facts the advisor does not have.
public enum Answer: String, Codable, Sendable, Equatable {
    case yes
    case no
    /// The input does not settle it: see `questions`.
    case undetermined
}

/// Whether the member may speak: para 6, 7 and 9 allow it "only if members of the public are also allowed to speak".
public enum SpeakAnswer: String, Codable, Sendable, Equatable {
    case yes
    case onlyBecausePublicMaySpeak = "only-because-public-may-speak"
    case no
    case undetermined
}

/// What must be disclosed about one interest.
public enum DisclosureLevel: String, Codable, Sendable, Equatable {
    /// The existence and nature of the interest.
    case nature
    /// Only that the member has an interest (a sensitive interest: paras 4, 6, 7, 9).
    case existenceOnly = "existence-only"
}

/// The advisor's conclusion on one interest touched by the item.
public struct Finding: Codable, Sendable, Equatable {
    public var interest: String
    /// The paragraph that decides this interest's case.
    public var citation: Citation
    public var mustDisclose: Answer
    /// What to disclose when it must be; nil otherwise.
    public var disclose: DisclosureLevel?
    public var maySpeak: SpeakAnswer
    public var mayTakePart: Answer
    public var mayVote: Answer
    /// Must leave the room (paras 4, 6, 7, 9: "must not remain in the room unless you have been granted a dispensation").
    public var mustLeaveRoom: Answer
    public var explanation: String
}

/// A dispensation that lifts restrictions on this item.
public struct AppliedDispensation: Codable, Sendable, Equatable {
    public var id: Int64
    public var expiresOn: Day
    /// The restrictions it lifts on this item (speak, take-part, vote), and staying in the room.
    public var lifts: [String]
}

/// The declaration advisor's answer: what the member must do on the item, and why.
public struct Advice: Codable, Sendable, Equatable {
    public var mustDisclose: Answer
    /// Per interest: disclose its nature, or only its existence.
    public var disclosures: [String: DisclosureLevel]
    public var maySpeak: SpeakAnswer
    public var mayTakePart: Answer
    public var mayVote: Answer
    public var mustLeaveRoom: Answer
    /// Para 5 (DPI) or West Dereham para 10 (other interests): notify the Monitoring Officer of the interest.
    public var notifyMonitoringOfficer: Bool
    /// ... and take no steps or further steps in the matter apart from arranging for someone else to deal with it.
    public var takeNoFurtherSteps: Bool
    /// LGA para 10: record the existence and nature of the interest in the written statement of the executive decision.
    public var recordInDecisionStatement: Bool
    public var dispensations: [AppliedDispensation]
    public var findings: [Finding]
    /// Every paragraph relied on, as the council's adopted text numbers it.
    public var paragraphs: [Citation]
    /// What the input does not settle; never answered by guessing.
    public var questions: [String]
    /// The advice in plain English, one sentence a line.
    public var explanation: [String]
}
