import NolanDomain
import NolanPolicy

/// The mayor-and-cabinet borough's "Rules Relating to Access to Information" and "Protocol on the Council –
/// Relationships between Officers and Members" (seed 000, paragraphs 1-149): Managing Director, Chief Officers,
/// an S151 Officer and the Mayor's Political Assistant.
public enum BoroughMayoralProtocol {
    public static let id = "borough-mayoral-2020"
    public static let document = "Protocol on the Council – Relationships between Officers and Members"

    public static let topics: [ProtocolTopic: [String]] = [
        .relationships: ["41", "42", "43", "53", "54"],
        .informationRequests: ["Rules Relating to Access to Information", "32", "109", "110", "111", "112", "113", "114", "115", "116", "117", "119"],
        .confidentialBriefings: ["118"],
        .partyGroups: ["78", "79", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93"],
        .localMembers: ["99", "100", "101", "102", "103", "104", "105", "106", "107", "108"],
        .media: ["120", "121", "122", "123", "124", "125"],
        .correspondence: ["126", "127", "128", "129", "130", "131"],
        .premises: ["132", "133", "134"],
        .employment: ["50", "51", "52", "53", "54"],
        .scrutiny: ["63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73"],
        .executive: ["56", "57", "58", "59", "60", "61", "62", "94", "95", "96", "97", "98"],
        .resources: ["141", "142", "143"],
        .complaints: ["144", "145", "146", "147", "148", "149"],
    ]

    static func relationship(of member: Int64, with officer: String, before day: Day, in all: [ProtocolRecord]) -> RelationshipDisclosure? {
        for r in all where r.occurredOn <= day {
            if case .relationship(let d) = r.details, d.memberId == member,
               d.officer.lowercased() == officer.lowercased() { return d }
        }
        return nil
    }

    public static let rules: [ProtocolRule] = [
        ProtocolRule(id: "000-42", kind: .relationship, paragraph: "para 42",
                     summary: "Members and Officers should inform the Monitoring Officer of any relationship which might be seen as unduly influencing their work") { r, _, _ in
            guard case .relationship(let d) = r.details else { return nil }
            return d.notifiedMonitoringOfficerOn == nil
                ? RuleOutcome(.concern, "the relationship with \(d.officer) has not been notified to the Monitoring Officer") : nil
        },
        ProtocolRule(id: "000-43", kind: .officerMatter, paragraph: "para 43",
                     summary: "Where a personal relationship has been disclosed, a Member should not sit on a body or participate in any decision which directly affects the Officer on a personal basis") { r, all, _ in
            guard case .officerMatter(let m) = r.details, m.body == .decision, m.affectsOfficerPersonally,
                  let rel = relationship(of: m.memberId, with: m.officer, before: r.occurredOn, in: all),
                  rel.nature == .personal || rel.nature == .family else { return nil }
            return RuleOutcome(.breach, "member \(m.memberId) took part in a decision directly affecting \(m.officer), with whom a \(rel.nature.rawValue) relationship was disclosed")
        },
        ProtocolRule(id: "000-53", kind: .officerMatter, paragraph: "para 53",
                     summary: "Members participating in appointments should not take part where one of the candidates is a close friend or relative") { r, all, _ in
            guard case .officerMatter(let m) = r.details, m.body == .appointmentPanel,
                  let rel = relationship(of: m.memberId, with: m.officer, before: r.occurredOn, in: all),
                  rel.nature == .personal || rel.nature == .family else { return nil }
            return RuleOutcome(.breach, "member \(m.memberId) sat on the appointment panel for \(m.officer), a close friend or relative")
        },
        ProtocolRule(id: "000-54", kind: .officerMatter, paragraph: "para 54",
                     summary: "A Member should not sit on an Appeal Hearing if the appellant is a friend, a relative or an Officer with whom the Member has had a close working relationship") { r, all, _ in
            guard case .officerMatter(let m) = r.details, m.body == .appealHearing,
                  let rel = relationship(of: m.memberId, with: m.officer, before: r.occurredOn, in: all),
                  rel.nature != .business else { return nil }
            return RuleOutcome(.breach, "member \(m.memberId) sat on the appeal hearing of \(m.officer), with whom a relationship was disclosed")
        },
        ProtocolRule(id: "000-110", kind: .informationRequest, paragraph: "para 110",
                     summary: "Information requested on behalf of a third party will only be provided if it is in the public domain and not barred by the Data Protection Act") { r, _, _ in
            guard case .informationRequest(let q) = r.details, let who = q.onBehalfOf, q.decision == .provided,
                  q.documentStatus != .public else { return nil }
            return RuleOutcome(.breach, "\(q.documentStatus.rawValue) information was provided on behalf of a third party (\(who))")
        },
        ProtocolRule(id: "000-112", kind: .informationRequest, paragraph: "para 112",
                     summary: "A Member who is not a member of the committee may have access on a need to know, provided the documents do not contain confidential or exempt information") { r, _, _ in
            guard case .informationRequest(let q) = r.details, q.basis != .committeeMember, q.decision == .provided,
                  q.documentStatus != .public else { return nil }
            return RuleOutcome(.breach, "\(q.documentStatus.rawValue) information was provided to a member who is not a member of the body concerned")
        },
        ProtocolRule(id: "000-32", kind: .informationRequest, paragraph: "paras 32, 113",
                     summary: "A refused Member will be so informed by the Chief Officer and may make the request to the Managing Director, the final arbiter; disputes about need to know go to the Monitoring Officer (113)") { r, _, _ in
            guard case .informationRequest(let q) = r.details, q.decision == .refused else { return nil }
            if q.route.contains(where: { $0.lowercased().contains("managing director") || $0.lowercased().contains("monitoring officer") }) { return nil }
            return RuleOutcome(.due, "refused: the member may take the request to the Managing Director (para 32), or a dispute over need to know to the Monitoring Officer (para 113)")
        },
        ProtocolRule(id: "000-115", kind: .informationRequest, paragraph: "para 115",
                     summary: "Information given to a Member must only be used for the purpose for which it was requested") { r, _, _ in
            guard case .informationRequest(let q) = r.details, q.usedForAnotherPurpose else { return nil }
            return RuleOutcome(.breach, "information given for \"\(q.purpose)\" was used for another purpose")
        },
        ProtocolRule(id: "000-89", kind: .partyGroup, paragraph: "para 89",
                     summary: "An Officer who is not a Chief Officer shall not be invited to a party group meeting, but a senior officer may nominate another Officer") { r, _, _ in
            guard case .partyGroup(let g) = r.details, g.officerRole != .chiefOfficer, g.officerRole != .nominee else { return nil }
            return RuleOutcome(.breach, "\(g.officer), not a Chief Officer or a Chief Officer's nominee, was invited to the \(g.group) group")
        },
        ProtocolRule(id: "000-79", kind: .partyGroup, paragraph: "para 79",
                     summary: "Officers will normally not attend a meeting of a party group where some of those attending are not Members of the Council") { r, _, _ in
            guard case .partyGroup(let g) = r.details, g.nonMembersPresent, g.response == .accepted else { return nil }
            return RuleOutcome(.concern, "\(g.officer) accepted a \(g.group) group meeting attended by non-members (and para 92: no confidential information)")
        },
        ProtocolRule(id: "000-88", kind: .partyGroup, paragraph: "para 88",
                     summary: "An Officer accepting an invitation to one party group shall not decline an invitation to advise another group about the same matter") { r, all, _ in
            guard case .partyGroup(let g) = r.details, g.response == .declined else { return nil }
            let acceptedOther = all.contains { o in
                guard case .partyGroup(let h) = o.details else { return false }
                return o.occurredOn <= r.occurredOn && h.response == .accepted && h.group != g.group
                    && h.officer.lowercased() == g.officer.lowercased() && ProtocolRecord.sameMatter(h.matter, g.matter)
            }
            return acceptedOther ? RuleOutcome(.breach, "\(g.officer) declined the \(g.group) group on \"\(g.matter)\" after accepting another group's invitation on it") : nil
        },
        ProtocolRule(id: "000-99", kind: .localMembers, paragraph: "paras 99-102",
                     summary: "Ward Members must be kept informed (99-100), including of consultations; all Members for the Wards affected are invited to a public meeting the Council organises (102)") { r, _, asAt in
            guard case .localMembers(let n) = r.details else { return nil }
            switch n.subject {
            case .newsRelease, .officerAttendance:
                return RuleOutcome(.silent, "this protocol sets no duty to tell ward members of a \(n.subject == .newsRelease ? "news release" : "officer's attendance at a meeting") (para 122 concerns media interest generally)")
            case .wardMatter, .consultation, .publicMeeting:
                return RuleOutcome.notice(
                    due: n.eventOn.adding(days: -1), doneOn: n.notifiedOn, asAt: asAt,
                    late: { "\(n.ward) ward members were told on \($0), not before \(n.eventOn)" },
                    pending: "\(n.ward) ward members are to be told of \"\(n.matter)\" before \(n.eventOn) (the protocol sets no number of days)")
            }
        },
        ProtocolRule(id: "000-118", kind: .confidentialBriefing, paragraph: "para 118",
                     summary: "When requested to do so, Officers will keep confidential from other Members advice requested by a Member") { r, _, _ in
            guard case .confidentialBriefing(let b) = r.details, b.confidentialityRequested, !b.sharedWith.isEmpty else { return nil }
            return RuleOutcome(.breach, "advice the member asked to be kept confidential was given to \(b.sharedWith.joined(separator: ", "))")
        },
    ]

    public static let silences: [ProtocolRecordKind: String] = [
        .confidentialBriefing: "this protocol has no procedure for who may ask for a private briefing or whether the Monitoring Officer attends (5B 7.1 has one; it is not borrowed); para 118 covers keeping the advice confidential",
    ]

    public static let memberOfficerProtocol = MemberOfficerProtocol(
        id: id, title: "Protocol on the Council – Relationships between Officers and Members (mayor and cabinet borough)",
        document: document, pluginFolder: "BoroughMayoralProtocol", text: text, topics: topics, rules: rules,
        silences: silences, examples: examples)
}
