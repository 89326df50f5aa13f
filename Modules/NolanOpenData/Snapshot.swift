import NolanDomain
import NolanPolicy
import NolanRegister
import NolanStore

/// Everything a council publishes, as it stood on one day, in its public form only: the public register (a
/// withheld sensitive interest carries nothing but its id), gifts, dispensations (the matter blanked when tied to a
/// withheld interest) and declarations (a sensitive interest's nature absent). Every format is written from this,
/// so no writer can reach a detail the public view does not have.
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
    public var register: RegisterView
    public var dispensations: [PublicDispensation]
    public var meetings: [MeetingView]

    /// Collects the public snapshot of `slug` as at `asAt` (meetings held by then).
    public static func collect(_ service: RegisterService, council slug: String, asAt: Day) throws -> Snapshot {
        let view = try service.register(council: slug, asAt: asAt, audience: .public)
        let (council, dispensations, interests, members, meetingIds) = try service.store.read { r in
            (try r.council(slug)!, try r.dispensations(council: slug), try r.interests(council: slug),
             try r.members(council: slug), try r.meetings(council: slug).filter { $0.meetsOn <= asAt }.map(\.id))
        }
        let withheld = Set(interests.filter { $0.isWithheld }.map(\.id))
        let names = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.name) })
        let variant = try CouncilPolicy(council: council, registry: service.registry).variant
        return Snapshot(
            council: council, variantTitle: variant.title, asAt: asAt, register: view,
            dispensations: dispensations.filter { $0.grantedOn <= asAt }.map { d in
                PublicDispensation(id: d.id, memberId: d.memberId, memberName: names[d.memberId] ?? "", interestId: d.interestId,
                                   matter: d.interestId.map(withheld.contains) == true ? nil : d.matter,
                                   grounds: d.grounds, grantedOn: d.grantedOn, expiresOn: d.expiresOn, permits: d.permits)
            },
            meetings: try meetingIds.map { try service.meetingView($0) })
    }

    func rows(_ table: Table) -> [[String?]] {
        let slug = council.slug
        func b(_ x: Bool) -> String { x ? "true" : "false" }
        switch table {
        case .members:
            return register.members.map { m in
                [slug, String(m.id), m.name, m.role.rawValue, m.ward, m.party, m.termStartedOn.iso]
            }
        case .interests:
            return register.members.flatMap { m in
                m.interests.map { e in
                    [slug, String(m.id), m.name, String(e.id), b(e.withheld), e.table.map(String.init), e.category,
                     e.categoryLabel, e.withheld ? nil : b(e.nilReturn == true), e.description, e.body, e.companyNumber,
                     e.address, e.postcode, e.uprn, e.registeredOn?.iso, e.publishedOn?.iso, e.endedOn?.iso]
                }
            }
        case .gifts:
            return register.members.flatMap { m in
                m.gifts.map { g in
                    [slug, String(m.id), m.name, String(g.id), g.donor, g.description, g.value, g.receivedOn.iso,
                     g.registeredOn.iso, g.outcome.rawValue, b(g.registrable)]
                }
            }
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
