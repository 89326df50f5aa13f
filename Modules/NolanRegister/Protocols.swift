import NolanDomain
import NolanPolicy
import NolanStore

/// The open breaches and due or overdue duties under each council's member–officer protocol.
public struct ProtocolReport: Codable, Sendable, Equatable {
    public struct CouncilFindings: Codable, Sendable, Equatable {
        public var council: String
        public var name: String
        /// The protocol the council runs; nil when it runs none (its records are not checked).
        public var protocolId: String?
        public var findings: [ProtocolFinding]
    }

    public var asAt: Day
    public var councils: [CouncilFindings]
    public var breaches: Int
    public var overdue: Int
    public var due: Int
    public var concerns: Int
}

/// Two protocols side by side, topic by topic.
public struct ProtocolComparison: Codable, Sendable, Equatable {
    public struct Side: Codable, Sendable, Equatable {
        public var council: String
        public var protocolId: String
        /// The paragraphs on the topic with their opening words; empty when the protocol is silent.
        public var paragraphs: [CodeBlock]
        public var silent: Bool
    }

    public struct Row: Codable, Sendable, Equatable {
        public var topic: ProtocolTopic
        public var a: Side
        public var b: Side
    }

    public var rows: [Row]
}

extension RegisterService {
    func memberOfficerProtocol(of c: Council) throws -> MemberOfficerProtocol {
        guard let pid = c.protocolId else {
            throw UserError("council \(c.slug) runs no member–officer protocol (set member-officer-protocol in its council.yaml)")
        }
        guard let p = protocols.protocolNamed(pid) else {
            throw UserError("council \(c.slug): member–officer protocol '\(pid)' is not registered (known: \(protocols.ids.joined(separator: ", ")))")
        }
        return p
    }

    /// The council and the member–officer protocol it runs, or an error saying it runs none.
    public func memberOfficerProtocol(council slug: String) throws -> (Council, MemberOfficerProtocol) {
        try store.read { r in
            let c = try council(slug, in: r)
            return (c, try memberOfficerProtocol(of: c))
        }
    }

    /// Records something that happened between members and officers, after checking who and when.
    public func recordProtocol(council slug: String, occurredOn day: Day, _ details: ProtocolRecord.Details) throws -> ProtocolRecord {
        try store.write(actor: actor) { w in
            let c = try council(slug, in: w)
            _ = try memberOfficerProtocol(of: c)
            try notInFuture(day, "on")
            func ownMember(_ id: Int64) throws { _ = try member(id, of: c.slug, in: w) }
            func text(_ s: String, _ field: String) throws { _ = try FieldRules.text(s, field: field) }
            switch details {
            case .relationship(let d):
                try ownMember(d.memberId)
                try text(d.officer, "officer")
                if let n = d.notifiedMonitoringOfficerOn { try notInFuture(n, "notified") }
            case .officerMatter(let m):
                try ownMember(m.memberId)
                try text(m.officer, "officer")
            case .informationRequest(let q):
                try ownMember(q.memberId)
                try text(q.what, "what")
                try text(q.addressedTo, "to")
                try text(q.purpose, "purpose")
            case .partyGroup(let g):
                try text(g.group, "group")
                try text(g.officer, "officer")
                try text(g.matter, "matter")
            case .localMembers(let n):
                guard c.wards.contains(n.ward) else {
                    throw UserError.invalid("ward", "'\(n.ward)' is not a ward of \(c.name) (wards: \(c.wards.joined(separator: ", ")))")
                }
                try text(n.matter, "matter")
                if let t = n.notifiedOn { try notInFuture(t, "notified") }
            case .confidentialBriefing(let b):
                try ownMember(b.memberId)
                try text(b.officer, "officer")
            }
            return try w.insert(ProtocolRecord(id: 0, councilSlug: c.slug, occurredOn: day, details: details))
        }
    }

    /// Open breaches, due or overdue duties, concerns and silences, for one council or every council that runs a protocol.
    public func protocolCheck(council slug: String?, asAt: Day) throws -> ProtocolReport {
        try store.read { r in
            let councils = try slug.map { [try council($0, in: r)] } ?? r.councils()
            var out: [ProtocolReport.CouncilFindings] = []
            for c in councils {
                guard c.protocolId != nil else {
                    if slug != nil { _ = try memberOfficerProtocol(of: c) }
                    continue
                }
                let p = try memberOfficerProtocol(of: c)
                let records = try r.protocolRecords(council: c.slug)
                var findings = p.check(records, asAt: asAt)
                // Name the ward members to notify (members for the ward in office on the check day).
                let terms = Dictionary(grouping: try r.terms(council: c.slug), by: \.memberId)
                let members = try r.members(council: c.slug).filter { m in (terms[m.id] ?? []).contains { $0.isInOffice(on: asAt) } }
                for i in findings.indices where findings[i].kind == .localMembers && (findings[i].status == .due || findings[i].status == .overdue) {
                    guard let rec = records.first(where: { $0.id == findings[i].recordId }),
                          case .localMembers(let n) = rec.details else { continue }
                    let names = members.filter { $0.ward == n.ward }.map(\.name)
                    findings[i].message += names.isEmpty ? "; no member holds the ward" : "; to notify: \(names.joined(separator: ", "))"
                }
                out.append(.init(council: c.slug, name: c.name, protocolId: p.id, findings: findings))
            }
            let all = out.flatMap(\.findings)
            func count(_ s: ProtocolFinding.Status) -> Int { all.filter { $0.status == s }.count }
            return ProtocolReport(asAt: asAt, councils: out, breaches: count(.breach), overdue: count(.overdue),
                                  due: count(.due), concerns: count(.concern))
        }
    }

    /// The protocols of two councils side by side by topic, with each one's paragraphs, and where one is silent.
    public func compareProtocols(_ a: String, _ b: String) throws -> ProtocolComparison {
        try store.read { r in
            let ca = try council(a, in: r)
            let cb = try council(b, in: r)
            let pa = try memberOfficerProtocol(of: ca)
            let pb = try memberOfficerProtocol(of: cb)
            func side(_ c: Council, _ p: MemberOfficerProtocol, _ topic: ProtocolTopic) -> ProtocolComparison.Side {
                let wanted = p.topics[topic] ?? []
                let blocks = CodeText.blocks(p.text)
                let paragraphs = wanted.map { n in
                    blocks.first { $0.label == "para \(n)" } ?? blocks.first { $0.text.contains(n) }
                        ?? CodeBlock(label: n, text: n)
                }
                return .init(council: c.slug, protocolId: p.id, paragraphs: paragraphs, silent: wanted.isEmpty)
            }
            return ProtocolComparison(rows: ProtocolTopic.allCases.map { t in
                .init(topic: t, a: side(ca, pa, t), b: side(cb, pb, t))
            })
        }
    }

    /// Every protocol record of a council, for listing.
    public func protocolRecords(council slug: String) throws -> [ProtocolRecord] {
        try store.read { r in
            _ = try council(slug, in: r)
            return try r.protocolRecords(council: slug)
        }
    }
}
