/// Whether the member accepted the gift or hospitality or refused it (para 10.3 asks for refused
/// significant offers to be registered too).
public enum GiftOutcome: String, Codable, Sendable, CaseIterable {
    case accepted
    case declined
}

/// What the donor wants from the council, if anything. Para 10.1: a member does not accept gifts or
/// hospitality, whatever their value, from persons seeking to acquire, develop or do business with the
/// authority or who may apply for any permission, licence or other significant advantage.
public enum DonorInterest: String, Codable, Sendable, CaseIterable {
    case none
    case business
    case permission
    case licence
}

/// An entry in the register of gifts and hospitality (Code section 10).
public struct Gift: Codable, Sendable, Equatable {
    public var id: Int64
    public var memberId: Int64
    public var donor: String
    public var description: String
    public var value: Pence
    public var receivedOn: Day
    public var registeredOn: Day
    public var outcome: GiftOutcome
    public var donorInterest: DonorInterest

    public init(id: Int64, memberId: Int64, donor: String, description: String, value: Pence, receivedOn: Day,
                registeredOn: Day, outcome: GiftOutcome, donorInterest: DonorInterest) {
        self.id = id
        self.memberId = memberId
        self.donor = donor
        self.description = description
        self.value = value
        self.receivedOn = receivedOn
        self.registeredOn = registeredOn
        self.outcome = outcome
        self.donorInterest = donorInterest
    }
}
