import NolanDomain
import NolanPolicy

extension BoroughMayoralProtocol {
    /// Worked examples from the protocol's text: for every rule, one record that complies and one that does not.
    public static let examples: [ProtocolExample] = {
        let day = Day("2026-06-30")!
        let told = RelationshipDisclosure(memberId: 1, officer: "Head of Housing", nature: .family, notifiedMonitoringOfficerOn: Day("2026-02-01"))
        let untold = RelationshipDisclosure(memberId: 1, officer: "Head of Housing", nature: .family, notifiedMonitoringOfficerOn: nil)
        let rel = ProtocolRecord.on("2026-02-01", .relationship(told), id: 1)
        func matter(_ body: OfficerMatter.Body, officer: String = "Head of Housing", personally: Bool = true) -> ProtocolRecord {
            .on("2026-05-01", .officerMatter(OfficerMatter(memberId: 1, officer: officer, body: body, affectsOfficerPersonally: personally)), id: 2)
        }
        func request(basis: InformationRequest.Basis = .committeeMember, status: InformationRequest.Status = .public,
                     behalf: String? = nil, decision: InformationRequest.Decision = .provided, route: [String] = [],
                     misuse: Bool = false) -> ProtocolRecord {
            .on("2026-05-01", .informationRequest(InformationRequest(
                memberId: 1, addressedTo: "Chief Officer, Planning", what: "Viability appraisal, Gas Works site", onBehalfOf: behalf,
                purpose: "Development Management Committee", basis: basis, documentStatus: status, decision: decision,
                route: route, told: [], minor: false, usedForAnotherPurpose: misuse)), id: 3)
        }
        func invitation(_ group: String, role: PartyGroupInvitation.OfficerRole = .chiefOfficer, response: PartyGroupInvitation.Response,
                        nonMembers: Bool = false, id: Int64, on: String = "2026-05-01") -> ProtocolRecord {
            .on(on, .partyGroup(PartyGroupInvitation(group: group, invitedByGroupLeader: true, officer: "Chief Officer, Finance",
                                                     officerRole: role, matter: "2027/28 budget proposals", nonMembersPresent: nonMembers,
                                                     writtenApproval: false, copiedToAllGroupLeaders: false, response: response)), id: id)
        }
        func notice(_ subject: LocalMembersNotice.Subject, notified: String?) -> ProtocolRecord {
            .on("2026-06-01", .localMembers(LocalMembersNotice(ward: "Harbour", subject: subject, matter: "Harbour Road regeneration",
                                                               eventOn: Day("2026-06-20")!, notifiedOn: notified.flatMap(Day.init))), id: 4)
        }
        func briefing(shared: [String], asked: Bool = true) -> ProtocolRecord {
            .on("2026-05-01", .confidentialBriefing(ConfidentialBriefing(memberId: 1, requesterRole: .groupLeader, officer: "Managing Director",
                                                                         monitoringOfficerInvited: false, confidentialityRequested: asked,
                                                                         sharedWith: shared, sharingPermitted: false)), id: 5)
        }
        return [
            ProtocolExample("A family relationship notified to the Monitoring Officer", rule: "000-42", [rel], asAt: day, expect: nil),
            ProtocolExample("A relationship never notified", rule: "000-42", [.on("2026-02-01", .relationship(untold))], asAt: day, expect: .concern),
            ProtocolExample("A decision on the officer's own regrading, after the relationship was disclosed", rule: "000-43", [rel, matter(.decision)], asAt: day, expect: .breach),
            ProtocolExample("A decision that does not affect the officer personally", rule: "000-43", [rel, matter(.decision, personally: false)], asAt: day, expect: nil),
            ProtocolExample("Sitting on the appointment panel for a relative", rule: "000-53", [rel, matter(.appointmentPanel)], asAt: day, expect: .breach),
            ProtocolExample("An appointment panel for someone else", rule: "000-53", [rel, matter(.appointmentPanel, officer: "Head of Parks")], asAt: day, expect: nil),
            ProtocolExample("Sitting on the appeal hearing of a relative", rule: "000-54", [rel, matter(.appealHearing)], asAt: day, expect: .breach),
            ProtocolExample("An appeal hearing with no relationship disclosed", rule: "000-54", [matter(.appealHearing)], asAt: day, expect: nil),
            ProtocolExample("Public information for a constituent", rule: "000-110", [request(behalf: "a constituent")], asAt: day, expect: nil),
            ProtocolExample("Confidential information for a constituent", rule: "000-110", [request(status: .confidential, behalf: "a constituent")], asAt: day, expect: .breach),
            ProtocolExample("A committee member sees the committee's exempt report", rule: "000-112", [request(status: .exempt)], asAt: day, expect: nil),
            ProtocolExample("Exempt information given on a bare need to know", rule: "000-112", [request(basis: .none, status: .exempt)], asAt: day, expect: .breach),
            ProtocolExample("A refusal taken to the Managing Director", rule: "000-32", [request(decision: .refused, route: ["Chief Officer", "Managing Director"])], asAt: day, expect: nil),
            ProtocolExample("A refusal with the route not yet taken", rule: "000-32", [request(decision: .refused)], asAt: day, expect: .due),
            ProtocolExample("A need-to-know dispute taken to the Monitoring Officer (para 113)", rule: "000-32",
                            [request(decision: .refused, route: ["Chief Officer", "Monitoring Officer"])], asAt: day, expect: nil),
            ProtocolExample("Information used for its purpose", rule: "000-115", [request()], asAt: day, expect: nil),
            ProtocolExample("Information used for a campaign leaflet", rule: "000-115", [request(misuse: true)], asAt: day, expect: .breach),
            ProtocolExample("A Chief Officer invited to a group", rule: "000-89", [invitation("Labour", response: .accepted, id: 6)], asAt: day, expect: nil),
            ProtocolExample("A junior officer invited directly", rule: "000-89", [invitation("Labour", role: .other, response: .accepted, id: 6)], asAt: day, expect: .breach),
            ProtocolExample("A members-only group meeting", rule: "000-79", [invitation("Labour", response: .accepted, id: 6)], asAt: day, expect: nil),
            ProtocolExample("A group meeting with non-members present", rule: "000-79", [invitation("Labour", response: .accepted, nonMembers: true, id: 6)], asAt: day, expect: .concern),
            ProtocolExample("Advising both groups on the budget", rule: "000-88", [invitation("Labour", response: .accepted, id: 6), invitation("Conservative", response: .accepted, id: 7, on: "2026-05-08")], asAt: day, expect: nil),
            ProtocolExample("Declining the second group on the same matter", rule: "000-88", [invitation("Labour", response: .accepted, id: 6), invitation("Conservative", response: .declined, id: 7, on: "2026-05-08")], asAt: day, expect: .breach),
            ProtocolExample("Ward members invited to the council's public meeting in time", rule: "000-99", [notice(.publicMeeting, notified: "2026-06-05")], asAt: day, expect: nil),
            ProtocolExample("Ward members never told of the consultation", rule: "000-99", [notice(.consultation, notified: nil)], asAt: day, expect: .overdue),
            ProtocolExample("A news release: the protocol is silent on telling ward members", rule: "000-99", [notice(.newsRelease, notified: nil)], asAt: day, expect: .silent),
            ProtocolExample("Confidential advice kept confidential", rule: "000-118", [briefing(shared: [])], asAt: day, expect: nil),
            ProtocolExample("Advice shared that nobody asked to keep confidential", rule: "000-118", [briefing(shared: ["Cllr Kay"], asked: false)], asAt: day, expect: nil),
            ProtocolExample("Advice asked to be kept confidential passed to another member", rule: "000-118", [briefing(shared: ["Cllr Kay"])], asAt: day, expect: .breach),
            ProtocolExample("A business relationship does not bar an appeal hearing under para 54", rule: "000-54",
                            [.on("2026-02-01", .relationship(RelationshipDisclosure(memberId: 1, officer: "Head of Housing", nature: .business, notifiedMonitoringOfficerOn: nil)), id: 1),
                             matter(.appealHearing)], asAt: day, expect: nil),
            ProtocolExample("A ward member given exempt papers of a committee they are not on", rule: "000-112", [request(basis: .wardMember, status: .exempt)], asAt: day, expect: .breach),
        ]
    }()
}
