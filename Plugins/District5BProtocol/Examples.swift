import NolanDomain
import NolanPolicy

extension District5BProtocol {
    /// Worked examples from the 5B text: for every rule, one record that complies and one that does not.
    public static let examples: [ProtocolExample] = {
        let day = Day("2026-06-30")!
        let rel = ProtocolRecord.on("2026-02-01", .relationship(RelationshipDisclosure(
            memberId: 1, officer: "Director of Place", nature: .personal, notifiedMonitoringOfficerOn: nil)), id: 1)
        func matter(personally: Bool) -> ProtocolRecord {
            .on("2026-05-01", .officerMatter(OfficerMatter(memberId: 1, officer: "Director of Place", body: .decision,
                                                           affectsOfficerPersonally: personally)), id: 2)
        }
        func request(status: InformationRequest.Status = .public, decision: InformationRequest.Decision = .provided,
                     route: [String] = [], told: [String] = [], minor: Bool = false, behalf: String? = nil,
                     misuse: Bool = false) -> ProtocolRecord {
            .on("2026-05-01", .informationRequest(InformationRequest(
                memberId: 1, addressedTo: "Executive Director, Place", what: "Car park income by site", onBehalfOf: behalf,
                purpose: "Budget scrutiny", basis: .scrutiny, documentStatus: status, decision: decision, route: route,
                told: told, minor: minor, usedForAnotherPurpose: misuse)), id: 3)
        }
        func briefing(_ role: ConfidentialBriefing.RequesterRole = .portfolioHolder, shared: [String] = [], permitted: Bool = false) -> ProtocolRecord {
            .on("2026-05-01", .confidentialBriefing(ConfidentialBriefing(memberId: 1, requesterRole: role, officer: "Executive Director, Resources",
                                                                         monitoringOfficerInvited: true, sharedWith: shared, sharingPermitted: permitted)), id: 4)
        }
        func group(_ name: String = "Independent", byLeader: Bool = true, role: PartyGroupInvitation.OfficerRole = .executiveDirector,
                   nonMembers: Bool = false, approval: Bool = false, copied: Bool = false,
                   response: PartyGroupInvitation.Response = .accepted, id: Int64 = 5) -> ProtocolRecord {
            .on("2026-05-01", .partyGroup(PartyGroupInvitation(group: name, invitedByGroupLeader: byLeader, officer: "Executive Director, Place",
                                                               officerRole: role, matter: "Local Plan review", nonMembersPresent: nonMembers,
                                                               writtenApproval: approval, copiedToAllGroupLeaders: copied, response: response)), id: id)
        }
        func notice(_ subject: LocalMembersNotice.Subject, notified: String?) -> ProtocolRecord {
            .on("2026-06-01", .localMembers(LocalMembersNotice(ward: "Fenside", subject: subject, matter: "Fenside depot closure",
                                                               eventOn: Day("2026-06-20")!, notifiedOn: notified.flatMap(Day.init))), id: 6)
        }
        return [
            ProtocolExample("A relationship recorded, and a decision not affecting the officer", rule: "5B-2.1", [rel, matter(personally: false)], asAt: day, expect: nil),
            ProtocolExample("Deciding the pay of an officer the member is close to", rule: "5B-2.1", [rel, matter(personally: true)], asAt: day, expect: .concern),
            ProtocolExample("Portfolio holder and opposition spokesmen told", rule: "5B-7.4", [request(told: ["Portfolio Holder, Resources", "Opposition spokesmen"])], asAt: day, expect: nil),
            ProtocolExample("Information given and nobody told", rule: "5B-7.4", [request()], asAt: day, expect: .due),
            ProtocolExample("A minor request: nobody need be told", rule: "5B-7.4", [request(minor: true)], asAt: day, expect: nil),
            ProtocolExample("A refusal after the Monitoring Officer's guidance", rule: "5B-7.5", [request(decision: .refused, route: ["Executive Director", "Monitoring Officer"])], asAt: day, expect: nil),
            ProtocolExample("A refusal without the Monitoring Officer", rule: "5B-7.5", [request(decision: .refused, route: ["Executive Director"])], asAt: day, expect: .concern),
            ProtocolExample("Confidential casework after the Executive Director's advice", rule: "5B-7.6", [request(status: .confidential, route: ["Executive Director"])], asAt: day, expect: nil),
            ProtocolExample("Confidential casework sought directly", rule: "5B-7.6", [request(status: .confidential)], asAt: day, expect: .concern),
            ProtocolExample("Information used for its purpose", rule: "5B-7.7", [request()], asAt: day, expect: nil),
            ProtocolExample("Information used for another purpose", rule: "5B-7.7", [request(misuse: true)], asAt: day, expect: .breach),
            ProtocolExample("A portfolio holder asks for a briefing", rule: "5B-7.1", [briefing()], asAt: day, expect: nil),
            ProtocolExample("A backbencher asks for a private briefing", rule: "5B-7.1", [briefing(.other)], asAt: day, expect: .concern),
            ProtocolExample("A briefing shared with the member's permission", rule: "5B-7.2", [briefing(shared: ["Cllr Okafor"], permitted: true)], asAt: day, expect: nil),
            ProtocolExample("A briefing shared without permission", rule: "5B-7.2", [briefing(shared: ["Cllr Okafor"])], asAt: day, expect: .breach),
            ProtocolExample("An Executive Director at a group meeting on the Group Leader's invitation", rule: "5B-6.2", [group()], asAt: day, expect: nil),
            ProtocolExample("An officer invited by a backbencher", rule: "5B-6.2", [group(byLeader: false)], asAt: day, expect: .breach),
            ProtocolExample("Non-members present, approved in writing and copied to all Group Leaders", rule: "5B-6.6", [group(nonMembers: true, approval: true, copied: true)], asAt: day, expect: nil),
            ProtocolExample("Non-members present, approval not copied to all Group Leaders", rule: "5B-6.6", [group(nonMembers: true, approval: true, copied: false)], asAt: day, expect: .breach),
            ProtocolExample("Ward members told ten days before publication", rule: "5B-10", [notice(.wardMatter, notified: "2026-06-10")], asAt: day, expect: nil),
            ProtocolExample("Ward members told five days before publication", rule: "5B-10", [notice(.wardMatter, notified: "2026-06-15")], asAt: day, expect: .breach),
            ProtocolExample("A news release not yet sent to the ward members, a week before", rule: "5B-10", [notice(.newsRelease, notified: nil)], asAt: Day("2026-06-12")!, expect: .due),
            ProtocolExample("An officer attended the parish meeting without telling the ward members", rule: "5B-10", [notice(.officerAttendance, notified: nil)], asAt: day, expect: .overdue),
            ProtocolExample("Attending both groups on the same matter", rule: "5B-4.1",
                            [group("Labour", id: 7), group("Independent", id: 8)], asAt: day, expect: nil),
            ProtocolExample("Declining a second group on the same matter: a concern under 4.1", rule: "5B-4.1",
                            [group("Labour", id: 7), group("Independent", response: .declined, id: 8)], asAt: day, expect: .concern),
            ProtocolExample("A request for a constituent: this protocol is silent", rule: "5B-silent-third-party", [request(behalf: "a constituent")], asAt: day, expect: .silent),
        ]
    }()
}
