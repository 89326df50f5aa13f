/// Where a rule comes from: a document and a paragraph as that document numbers it.
///
/// Every answer Nolan gives about the register names the paragraph it relied on, so that a member, clerk
/// or Monitoring Officer can check the software against their council's own adopted text.
public struct Citation: Codable, Sendable, Hashable, CustomStringConvertible {
    public var document: String
    public var paragraph: String

    public init(document: String, paragraph: String) {
        self.document = document
        self.paragraph = paragraph
    }

    public var description: String { "\(document), \(paragraph)" }

    /// Localism Act 2011 s33(3): a dispensation "may not exceed four years". Statute, not code, so it is the
    /// same for every variant.
    public static let dispensationPeriod = Citation(document: "Localism Act 2011", paragraph: "s33(3)")
    /// Localism Act 2011 s33(2)(a)–(e): the grounds on which a dispensation may be granted.
    public static let dispensationGrounds = Citation(document: "Localism Act 2011", paragraph: "s33(2)")
}

/// The rules of the register that a variant must say where it states. A variant maps each to its own
/// paragraph numbering, so a local text that renumbers is cited as adopted.
public enum RuleKey: String, Codable, Sendable, CaseIterable {
    /// The Code applies from the declaration of acceptance (or first meeting, co-opted) until the member ceases.
    case application
    /// Register Table 1 and Table 2 interests within N days of becoming a member or re-election.
    case firstRegistration
    /// Notify new interests and changes within N days of becoming aware.
    case changeNotification
    /// A DPI is the member's own or their partner's; "partner" is defined.
    case partnerInterest
    /// What a sensitive interest is, and that the Monitoring Officer withholds it when they agree.
    case sensitiveInterest
    /// The Table 1 categories.
    case table1
    /// The Table 2 categories.
    case table2
    /// Do not accept gifts from those seeking business, a permission or a licence.
    case giftFromInterestedDonor
    /// Register gifts and hospitality of at least the threshold value within N days of receipt.
    case giftRegistration
    /// Register significant gifts and hospitality offered but refused.
    case declinedGift
    /// The register is kept and published (the duty to register and disclose).
    case register
}
