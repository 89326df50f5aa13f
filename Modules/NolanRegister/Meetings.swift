import NolanDomain
import NolanPolicy
import NolanStore

/// A meeting as `nolan meetings show` prints it. The public view gives a sensitive interest's declaration as its
/// existence only (Appendix B paras 4, 6, 7, 9: "you do not have to disclose the nature of the interest").
public struct MeetingView: Codable, Sendable, Equatable {
    public struct Item: Codable, Sendable, Equatable {
        public var id: Int64
        public var number: String
        public var title: String
        public var publicMaySpeak: Bool
        public var restricted: Bool
        public var declarations: [DeclarationLine]
    }

    public struct DeclarationLine: Codable, Sendable, Equatable {
        public var id: Int64
        public var memberId: Int64
        public var memberName: String
        /// dpi, ori or nri.
        public var kind: DeclaredKind
        /// The registered interest declared (dpi, ori).
        public var interestId: Int64?
        /// The nature as declared; absent for a sensitive interest.
        public var nature: String?
        public var sensitive: Bool
        public var action: DeclarationAction
    }

    public var id: Int64
    public var council: String
    public var committee: String
    public var meetsOn: Day
    public var attending: [String]
    public var items: [Item]
}

extension RegisterService {
    func meeting(_ id: Int64, in r: any RegisterReader) throws -> Meeting {
        guard let m = try r.meeting(id) else { throw UserError("meeting: no meeting with id \(id)") }
        return m
    }

    /// Records a meeting (it may be in the future: agendas are published before the meeting).
    ///
    /// `externalId` is the meeting's id in the system it is imported from ("moderngov:9001"). A meeting the council
    /// already holds under that id is refused rather than recorded twice; it is not changed either, because a
    /// recorded meeting's day and agenda are what its attendance and declarations were checked against.
    public func addMeeting(council slug: String, committee: String, on day: Day, externalId: String? = nil) throws -> Meeting {
        try store.write(actor: actor) { w in
            let c = try council(slug, in: w)
            if let e = externalId, let known = try w.meetings(council: c.slug).first(where: { $0.externalId == e }) {
                throw UserError("meeting \(e) is already imported as meeting #\(known.id) (\(known.committee), \(known.meetsOn)): "
                                + "add a republished agenda's new items with `nolan meetings item --meeting \(known.id)`")
            }
            return try w.insert(Meeting(id: 0, councilSlug: c.slug, committee: try FieldRules.text(committee, field: "committee"),
                                        meetsOn: day, externalId: externalId))
        }
    }

    public func addAgendaItem(meeting id: Int64, number: String, title: String, publicMaySpeak: Bool,
                              restricted: Bool) throws -> AgendaItem {
        try store.write(actor: actor) { w in
            let m = try meeting(id, in: w)
            let n = try FieldRules.text(number, field: "number")
            if try w.agendaItems(meeting: m.id).contains(where: { $0.number == n }) {
                throw UserError.invalid("number", "meeting \(m.id) already has an item \(n)")
            }
            return try w.insert(AgendaItem(id: 0, meetingId: m.id, number: n, title: try FieldRules.text(title, field: "title"),
                                           publicMaySpeak: publicMaySpeak, restricted: restricted))
        }
    }

    /// Records members as attending; each must be a member of the meeting's council in office on the day.
    public func attend(meeting id: Int64, members: [Int64]) throws {
        try store.write(actor: actor) { w in
            let mt = try meeting(id, in: w)
            let p = try policy(try council(mt.councilSlug, in: w))
            let already = Set(try w.attendance(meeting: mt.id))
            for mid in members where !already.contains(mid) {
                let m = try member(mid, of: mt.councilSlug, in: w)
                _ = try term(of: m, on: mt.meetsOn, field: "member", policy: p, in: w)
                try w.insert(Attendance(meetingId: mt.id, memberId: mid))
            }
        }
    }

    public struct NewDeclaration: Sendable {
        public var meeting: Int64
        public var item: Int64
        public var member: Int64
        public var kind: DeclaredKind
        public var interestId: Int64?
        public var nature: String?
        public var action: DeclarationAction

        public init(meeting: Int64, item: Int64, member: Int64, kind: DeclaredKind, interestId: Int64?, nature: String?,
                    action: DeclarationAction) {
            self.meeting = meeting
            self.item = item
            self.member = member
            self.kind = kind
            self.interestId = interestId
            self.nature = nature
            self.action = action
        }
    }

    /// Records a declaration made at a meeting that has taken place.
    public func declare(_ input: NewDeclaration) throws -> Declaration {
        try store.write(actor: actor) { w in
            let mt = try meeting(input.meeting, in: w)
            let p = try policy(try council(mt.councilSlug, in: w))
            guard try w.agendaItems(meeting: mt.id).contains(where: { $0.id == input.item }) else {
                throw UserError.invalid("item", "meeting \(mt.id) has no agenda item \(input.item)")
            }
            guard try w.attendance(meeting: mt.id).contains(input.member) else {
                throw UserError.invalid("member", "member \(input.member) is not recorded as attending meeting \(mt.id) (`nolan meetings attend`)")
            }
            try notInFuture(mt.meetsOn, "meeting date")
            var sensitive = false
            if let iid = input.interestId {
                guard let i = try w.interest(iid), i.memberId == input.member, !i.isNilReturn else {
                    throw UserError.invalid("interest", "no interest \(iid) registered by member \(input.member)")
                }
                let expected: DeclaredKind = i.table == .disclosablePecuniary ? .dpi : .ori
                guard input.kind == expected else {
                    throw UserError.invalid("kind", "interest \(iid) is in \(i.table), so it is declared as \(expected.rawValue)")
                }
                sensitive = i.isWithheld
            } else if input.kind != .nri {
                throw UserError.invalid("interest", "a \(input.kind.rawValue) declaration names the registered interest (--interest)")
            }
            var nature = input.nature?.trimmingCharacters(in: .whitespacesAndNewlines)
            if nature?.isEmpty == true { nature = nil }
            if sensitive {
                guard nature == nil else {
                    throw UserError.invalid("nature", "the interest is sensitive: only its existence is declared [\(p.cite(.sensitiveInterest))]")
                }
            } else if nature == nil {
                throw UserError.invalid("nature", "say the nature of the interest as declared")
            }
            if input.action == .remainedUnderDispensation {
                let inForce = try w.dispensations(council: mt.councilSlug).contains {
                    $0.memberId == input.member && $0.isInForce(on: mt.meetsOn)
                }
                guard inForce else {
                    throw UserError.invalid("action", "member \(input.member) held no dispensation in force on \(mt.meetsOn) [\(Citation.dispensationPeriod)]")
                }
            }
            return try w.insert(Declaration(id: 0, meetingId: mt.id, itemId: input.item, memberId: input.member,
                                            kind: input.kind, interestId: input.interestId, nature: nature,
                                            sensitive: sensitive, action: input.action))
        }
    }

    /// A meeting with its agenda, attendance and declarations. Declarations are public; a sensitive interest's
    /// declaration never carries its nature, in either view.
    public func meetingView(_ id: Int64) throws -> MeetingView {
        try store.read { r in
            let mt = try meeting(id, in: r)
            let names = Dictionary(uniqueKeysWithValues: try r.members(council: mt.councilSlug).map { ($0.id, $0.name) })
            let declarations = try r.declarations(meeting: mt.id)
            // An interest that has become sensitive since it was declared is withheld too.
            let sensitiveNow = Set(try declarations.compactMap(\.interestId).filter { try r.interest($0)?.isWithheld == true })
            let items = try r.agendaItems(meeting: mt.id).map { item in
                MeetingView.Item(
                    id: item.id, number: item.number, title: item.title, publicMaySpeak: item.publicMaySpeak,
                    restricted: item.restricted,
                    declarations: declarations.filter { $0.itemId == item.id }.map { d in
                        let sensitive = d.sensitive || (d.interestId.map(sensitiveNow.contains) ?? false)
                        return MeetingView.DeclarationLine(
                            id: d.id, memberId: d.memberId, memberName: names[d.memberId] ?? "", kind: d.kind,
                            interestId: d.interestId, nature: sensitive ? nil : d.nature, sensitive: sensitive, action: d.action)
                    })
            }
            return MeetingView(id: mt.id, council: mt.councilSlug, committee: mt.committee, meetsOn: mt.meetsOn,
                               attending: try r.attendance(meeting: mt.id).map { names[$0] ?? String($0) }, items: items)
        }
    }
}
