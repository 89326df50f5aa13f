import NolanDomain
import NolanPolicy
import NolanRegister
import NolanStore

/// What a council publishes, as it stood on one day, in its public form only: the council's header, dispensations
/// (the matter blanked when tied to a withheld interest) and declarations (a sensitive interest's nature absent);
/// the members, with their public entries (a withheld sensitive interest carries nothing but its id) and gifts, come
/// one by one from `RegisterService.forEachMember(audience: .public)`. Every format is written from these, so no
/// writer can reach a detail the public view does not have.
public struct Snapshot: Sendable {
    public struct PublicDispensation: Codable, Sendable, Equatable {
        public var id: Int64
        public var memberId: Int64
        public var memberName: String
        /// The registered interest it was granted for, if any.
        public var interestId: Int64?
        public var matter: String?
        public var grounds: [DispensationGround]
        public var grantedOn: Day
        public var expiresOn: Day
        public var permits: [DispensationPermission]
    }

    public var council: Council
    public var variantTitle: String
    public var asAt: Day
    public var header: RegisterView.CouncilHeader
    public var dispensations: [PublicDispensation]
    public var meetings: [MeetingView]

    /// Collects what `slug` publishes besides its members, as at `asAt` (meetings held by then).
    public static func collect(_ service: RegisterService, council slug: String, asAt: Day) throws -> Snapshot {
        // Only the interests dispensations name are looked at (not the whole register: flat memory).
        let (council, dispensations, withheld, members, meetingIds) = try service.store.read { r in
            let council = try service.council(slug, in: r)
            let dispensations = try r.dispensations(council: slug)
            let withheld = Set(try dispensations.compactMap(\.interestId).filter { try r.interest($0)?.isWithheld == true })
            return (council, dispensations, withheld,
                    try r.members(council: slug), try r.meetings(council: slug).filter { $0.meetsOn <= asAt }.map(\.id))
        }
        let names = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.name) })
        let variant = try CouncilPolicy(council: council, registry: service.registry).variant
        let header = RegisterView.CouncilHeader(council: council, variant: variant)
        return Snapshot(
            council: council, variantTitle: variant.title, asAt: asAt, header: header,
            dispensations: dispensations.filter { $0.grantedOn <= asAt }.map { d in
                PublicDispensation(id: d.id, memberId: d.memberId, memberName: names[d.memberId] ?? "", interestId: d.interestId,
                                   matter: d.interestId.map(withheld.contains) == true ? nil : d.matter,
                                   grounds: d.grounds, grantedOn: d.grantedOn, expiresOn: d.expiresOn, permits: d.permits)
            },
            meetings: try meetingIds.map { try service.meetingView($0) })
    }

    /// The rows one member contributes to the members, interests and gifts tables (none to the others).
    func rows(_ table: Table, member m: RegisterView.MemberEntry) -> [[String?]] {
        let slug = council.slug
        switch table {
        case .members:
            return [[slug, String(m.id), m.name, m.role.rawValue, m.ward, m.party, m.termStartedOn.iso]]
        case .interests:
            return m.interests.map { e in
                [slug, String(m.id), m.name, String(e.id), b(e.withheld), e.table.map(String.init), e.category,
                 e.categoryLabel, e.withheld ? nil : b(e.nilReturn == true), e.description, e.body, e.companyNumber,
                 e.address, e.postcode, e.uprn, e.registeredOn?.iso, e.publishedOn?.iso, e.endedOn?.iso]
            }
        case .gifts:
            return m.gifts.map { g in
                [slug, String(m.id), m.name, String(g.id), g.donor, g.description, g.value, g.receivedOn.iso,
                 g.registeredOn.iso, g.outcome.rawValue, b(g.registrable)]
            }
        case .dispensations, .declarations:
            return []
        }
    }

    /// The council's rows of the dispensations and declarations tables (members' tables come member by member).
    func rows(_ table: Table) -> [[String?]] {
        let slug = council.slug
        switch table {
        case .members, .interests, .gifts:
            return []
        case .dispensations:
            return dispensations.map { d in
                [slug, String(d.id), String(d.memberId), d.memberName, d.interestId.map(String.init), d.matter,
                 d.grounds.map(\.rawValue).joined(separator: " "),
                 d.grantedOn.iso, d.expiresOn.iso, d.permits.map(\.rawValue).joined(separator: " ")]
            }
        case .declarations:
            return meetings.flatMap { mt in
                mt.items.flatMap { item in
                    item.declarations.map { d in
                        [slug, String(mt.id), mt.meetsOn.iso, mt.committee, item.number, item.title, String(d.memberId),
                         d.memberName, d.kind.rawValue, d.interestId.map(String.init), b(d.sensitive), d.nature, d.action.rawValue]
                    }
                }
            }
        }
    }
}

/// A boolean as the CSV tables write it.
private func b(_ x: Bool) -> String { x ? "true" : "false" }
