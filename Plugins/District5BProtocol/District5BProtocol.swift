import NolanDomain
import NolanPolicy

/// The district's "5B – Protocol on Member / Officer Relations" (seed 002, sections 1-12): Executive Directors,
/// Group Leaders, Portfolio Holders, a Communications Manager.
public enum District5BProtocol {
    public static let id = "district-5b"
    public static let document = "5B – Protocol on Member / Officer Relations"

    public static let topics: [ProtocolTopic: [String]] = [
        .relationships: ["2.1", "2.2"],
        .informationRequests: ["7.3", "7.4", "7.5", "7.6", "7.7"],
        .confidentialBriefings: ["7.1", "7.2"],
        .partyGroups: ["6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7"],
        .localMembers: ["10.1", "10.2", "10.3", "10.4", "10.5", "10.6", "10.7", "10.8", "10.9", "10.10", "10.11", "10.12"],
        .media: ["9.1", "9.2", "9.3", "9.4"],
        .scrutiny: ["7.3", "9.2"],
        .executive: ["4.1", "5.1", "5.2", "5.3"],
        .resources: ["3.1", "3.2"],
        .training: ["11.1", "11.2"],
        .nonCouncilRepresentatives: ["8.1", "8.2"],
        .complaints: ["1.3", "12.1"],
    ]

    /// Days before publication by which local members are told of a ward matter (10.4: "seven days before").
    public static let wardMatterNoticeDays = 7

    public static let rules: [ProtocolRule] = [
        ProtocolRule(id: "5B-2.1", kind: .officerMatter, paragraph: "para 2.1",
                     summary: "Relationships should never be allowed to become so close, or appear to be so close, as to bring into question the individual's ability to deal impartially with others") { r, all, _ in
            guard case .officerMatter(let m) = r.details, m.affectsOfficerPersonally else { return nil }
            let related = all.contains { o in
                guard case .relationship(let d) = o.details else { return false }
                return o.occurredOn <= r.occurredOn && d.memberId == m.memberId && d.officer.lowercased() == m.officer.lowercased()
            }
            return related ? RuleOutcome(.concern, "member \(m.memberId) took part in \(m.body.phrase) affecting \(m.officer), with whom a close relationship was recorded: it may bring impartiality into question (the protocol has no specific rule on panels or hearings)") : nil
        },
        ProtocolRule(id: "5B-7.4", kind: .informationRequest, paragraph: "para 7.4",
                     summary: "Unless it is of a minor nature, the relevant Cabinet members, Committee or Overview & Scrutiny Committee Chairman and the Opposition Spokesmen will be advised that the information has been given") { r, _, _ in
            guard case .informationRequest(let q) = r.details, q.decision == .provided, !q.minor, q.told.isEmpty else { return nil }
            return RuleOutcome(.due, "the relevant Cabinet member, committee or O&S chairman and the opposition spokesmen are to be advised that \"\(q.what)\" was given")
        },
        ProtocolRule(id: "5B-7.5", kind: .informationRequest, paragraph: "para 7.5",
                     summary: "If an Executive Director considers the cost or nature of a request unreasonable, they seek the Monitoring Officer's guidance; where necessary the Leader with the other Group Leaders determines it") { r, _, _ in
            guard case .informationRequest(let q) = r.details, q.decision == .refused,
                  !q.route.contains(where: { $0.lowercased().contains("monitoring officer") }) else { return nil }
            return RuleOutcome(.concern, "refused without the Monitoring Officer's guidance being sought: where the cost or nature of a request is thought unreasonable, the Executive Director seeks it")
        },
        ProtocolRule(id: "5B-7.6", kind: .informationRequest, paragraph: "para 7.6",
                     summary: "Confidential information relating to casework should not normally be sought; in exceptional cases members first seek advice from the Executive Director") { r, _, _ in
            guard case .informationRequest(let q) = r.details, q.documentStatus != .public,
                  !q.route.contains(where: { $0.lowercased().contains("executive director") }) else { return nil }
            return RuleOutcome(.concern, "\(q.documentStatus.rawValue) information was sought without first seeking the Executive Director's advice")
        },
        ProtocolRule(id: "5B-7.7", kind: .informationRequest, paragraph: "para 7.7",
                     summary: "Council information provided to a member must only be used for the purpose for which it was provided") { r, _, _ in
            guard case .informationRequest(let q) = r.details, q.usedForAnotherPurpose else { return nil }
            return RuleOutcome(.breach, "information given for \"\(q.purpose)\" was used for another purpose")
        },
        ProtocolRule(id: "5B-7.1", kind: .confidentialBriefing, paragraph: "para 7.1",
                     summary: "Any Group Leader, Portfolio Holder, Group Spokesman or Committee Chairman may request a private and confidential briefing from an Executive Director") { r, _, _ in
            guard case .confidentialBriefing(let b) = r.details, b.requesterRole == .other else { return nil }
            return RuleOutcome(.concern, "member \(b.memberId) is not a Group Leader, Portfolio Holder, Group Spokesman or Committee Chairman, who are the members 7.1 says may ask")
        },
        ProtocolRule(id: "5B-7.2", kind: .confidentialBriefing, paragraph: "para 7.2",
                     summary: "Briefings shall remain strictly confidential and are not to be shared with other Members unless so permitted by the relevant Member") { r, _, _ in
            guard case .confidentialBriefing(let b) = r.details, !b.sharedWith.isEmpty, !b.sharingPermitted else { return nil }
            return RuleOutcome(.breach, "the briefing was shared with \(b.sharedWith.joined(separator: ", ")) without the member's permission")
        },
        ProtocolRule(id: "5B-6.2", kind: .partyGroup, paragraph: "para 6.2",
                     summary: "On the invitation of a Group Leader, an Executive Director or his/her nominee may attend a Group meeting") { r, _, _ in
            guard case .partyGroup(let g) = r.details, g.response == .accepted else { return nil }
            if !g.invitedByGroupLeader { return RuleOutcome(.breach, "the \(g.group) group's invitation did not come from its Group Leader") }
            if g.officerRole != .executiveDirector && g.officerRole != .nominee {
                return RuleOutcome(.breach, "\(g.officer) is not an Executive Director or an Executive Director's nominee")
            }
            return nil
        },
        ProtocolRule(id: "5B-4.1", kind: .partyGroup, paragraph: "para 4.1",
                     summary: "Officers are required at all times to serve the whole Council and provide support regardless of political affiliation") { r, all, _ in
            guard case .partyGroup(let g) = r.details, g.response == .declined else { return nil }
            let acceptedOther = all.contains { o in
                guard case .partyGroup(let h) = o.details else { return false }
                return o.occurredOn <= r.occurredOn && h.response == .accepted && h.group != g.group
                    && h.officer.lowercased() == g.officer.lowercased() && ProtocolRecord.sameMatter(h.matter, g.matter)
            }
            return acceptedOther ? RuleOutcome(.concern, "\(g.officer) declined the \(g.group) group on \"\(g.matter)\" after attending another group on it: officers support every group regardless of political affiliation (the protocol has no express rule like the borough's para 88; difficulties go to the Executive Directors, 6.7)") : nil
        },
        ProtocolRule(id: "5B-6.6", kind: .partyGroup, paragraph: "para 6.6",
                     summary: "Officers will not normally attend a group meeting which includes non-Council members; exceptions are approved by the Executive Directors in writing, copied to all the political Group Leaders") { r, _, _ in
            guard case .partyGroup(let g) = r.details, g.nonMembersPresent, g.response == .accepted else { return nil }
            if !g.writtenApproval { return RuleOutcome(.breach, "\(g.officer) attended a \(g.group) group meeting with non-members without written approval") }
            if !g.copiedToAllGroupLeaders { return RuleOutcome(.breach, "the written approval was not copied to all the political Group Leaders") }
            return nil
        },
        ProtocolRule(id: "5B-10", kind: .localMembers, paragraph: "paras 10.4, 10.8-10.11",
                     summary: "Local members are told of ward matters seven days before publication (10.4), invited to public meetings (10.8), told before an officer attends a public or town/parish meeting (10.9), included in consultations (10.10) and sent news releases before distribution (10.11)") { r, _, asAt in
            guard case .localMembers(let n) = r.details else { return nil }
            let lead: Int
            let rule: String
            switch n.subject {
            case .wardMatter: lead = wardMatterNoticeDays; rule = "seven days before publication (10.4), and kept confidential for those seven days"
            case .publicMeeting: lead = 1; rule = "invited before the meeting (10.8)"
            case .officerAttendance: lead = 1; rule = "told before the meeting takes place (10.9)"
            case .consultation: lead = 0; rule = "included when the consultation is undertaken (10.10)"
            case .newsRelease: lead = 1; rule = "sent the proposed release before distribution (10.11)"
            }
            let due = n.eventOn.adding(days: -lead)
            return RuleOutcome.notice(due: due, doneOn: n.notifiedOn, asAt: asAt,
                                      late: { "\(n.ward) ward members were told on \($0); due by \(due): \(rule)" },
                                      pending: "\(n.ward) ward members: \(rule)")
        },
    ]

    public static let silences: [ProtocolRecordKind: String] = [
        .relationship: "this protocol has no rule that relationships be notified to the Monitoring Officer; 2.1 asks only that they never become, or appear, so close as to bring impartiality into question",
    ]

    /// Points within a kind of record on which 5B says nothing (added by `check` through the rule set below).
    public static let pointSilences: [ProtocolRule] = [
        ProtocolRule(id: "5B-silent-third-party", kind: .informationRequest, paragraph: "",
                     summary: "5B says nothing about information requested on behalf of a third party") { r, _, _ in
            guard case .informationRequest(let q) = r.details, q.onBehalfOf != nil else { return nil }
            return RuleOutcome(.silent, "this protocol says nothing about information requested on behalf of a third party (the borough protocol's para 110 is not borrowed)")
        },
    ]

    public static let memberOfficerProtocol = MemberOfficerProtocol(
        id: id, title: "5B – Protocol on Member / Officer Relations (district)", document: document,
        pluginFolder: "District5BProtocol", text: text, topics: topics, rules: rules + pointSilences, silences: silences,
        examples: examples)
}
