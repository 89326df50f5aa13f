import NolanDomain
import NolanStore

/// A store that is an open write transaction: every read and write goes to that transaction's writer.
///
/// `@unchecked Sendable` because the writer belongs to the transaction's thread; `RegisterService.transaction`
/// only hands this store to code that runs inside that transaction's closure, synchronously.
struct InTransactionStore: RegisterStore, @unchecked Sendable {
    let writer: any RegisterWriter

    func read<T>(_ body: (any RegisterReader) throws -> T) throws -> T { try body(writer) }
    func write<T>(actor: String, _ body: (any RegisterWriter) throws -> T) throws -> T { try body(writer) }
}

extension RegisterService {
    /// Runs `body` as one transaction: every operation of the service given to it commits together, or, if `body`
    /// throws, none does. Imports use it so that a file is applied whole or not at all.
    public func transaction<T>(_ body: (RegisterService) throws -> T) throws -> T {
        try store.write(actor: actor) { w in
            try body(RegisterService(store: InTransactionStore(writer: w), registry: registry, protocols: protocols,
                                     today: today, actor: actor))
        }
    }
}

/// Ids an import wants the next records of each kind to have, so that a register exported and imported again keeps
/// its ids (and its feeds stay comparable). Each planned id is used once, by the next insert of that kind. Imported
/// interests carry their ids themselves (the `entryId` of `InterestBatch`'s methods).
public final class IdPlan: @unchecked Sendable {
    public var member: Int64?
    public var gift: Int64?
    public var dispensation: Int64?
    public var meeting: Int64?

    public init() {}

    func take(_ slot: ReferenceWritableKeyPath<IdPlan, Int64?>) -> Int64 {
        defer { self[keyPath: slot] = nil }
        return self[keyPath: slot] ?? 0
    }
}

/// A writer that gives inserted records the ids an `IdPlan` holds, and otherwise passes everything through.
struct PlannedIdWriter: RegisterWriter {
    let base: any RegisterWriter
    let plan: IdPlan

    func councils() throws -> [Council] { try base.councils() }
    func council(_ slug: String) throws -> Council? { try base.council(slug) }
    func members(council: String?) throws -> [Member] { try base.members(council: council) }
    func member(_ id: Int64) throws -> Member? { try base.member(id) }
    func terms(council: String?) throws -> [Term] { try base.terms(council: council) }
    func terms(member: Int64) throws -> [Term] { try base.terms(member: member) }
    func interests(council: String?) throws -> [Interest] { try base.interests(council: council) }
    func interest(_ id: Int64) throws -> Interest? { try base.interest(id) }
    func interests(member: Int64) throws -> [Interest] { try base.interests(member: member) }
    func gifts(member: Int64) throws -> [Gift] { try base.gifts(member: member) }
    func nilReturns(member: Int64) throws -> [Interest] { try base.nilReturns(member: member) }
    func gifts(council: String?) throws -> [Gift] { try base.gifts(council: council) }
    func dispensations(council: String?) throws -> [Dispensation] { try base.dispensations(council: council) }
    func dispensation(_ id: Int64) throws -> Dispensation? { try base.dispensation(id) }
    func meetings(council: String?) throws -> [Meeting] { try base.meetings(council: council) }
    func meeting(_ id: Int64) throws -> Meeting? { try base.meeting(id) }
    func agendaItems(meeting: Int64) throws -> [AgendaItem] { try base.agendaItems(meeting: meeting) }
    func attendance(meeting: Int64) throws -> [Int64] { try base.attendance(meeting: meeting) }
    func declarations(meeting: Int64) throws -> [Declaration] { try base.declarations(meeting: meeting) }
    func protocolRecords(council: String?) throws -> [ProtocolRecord] { try base.protocolRecords(council: council) }
    func auditLog(council: String?) throws -> [AuditEntry] { try base.auditLog(council: council) }
    func save(_ council: Council) throws { try base.save(council) }

    func insert(_ member: Member) throws -> Member {
        var m = member
        m.id = plan.take(\.member)
        return try base.insert(m)
    }

    func insert(_ term: Term) throws -> Term { try base.insert(term) }

    func insert(_ interest: Interest) throws -> Interest { try base.insert(interest) }

    func insert(_ gift: Gift) throws -> Gift {
        var g = gift
        g.id = plan.take(\.gift)
        return try base.insert(g)
    }

    func insert(_ dispensation: Dispensation) throws -> Dispensation {
        var d = dispensation
        d.id = plan.take(\.dispensation)
        return try base.insert(d)
    }

    func insert(_ meeting: Meeting) throws -> Meeting {
        var m = meeting
        m.id = plan.take(\.meeting)
        return try base.insert(m)
    }

    func insert(_ item: AgendaItem) throws -> AgendaItem { try base.insert(item) }
    func insert(_ attendance: Attendance) throws { try base.insert(attendance) }
    func insert(_ declaration: Declaration) throws -> Declaration { try base.insert(declaration) }
    func insert(_ record: ProtocolRecord) throws -> ProtocolRecord { try base.insert(record) }
    func update(_ member: Member) throws { try base.update(member) }
    func update(_ term: Term) throws { try base.update(term) }
    func update(_ interest: Interest) throws { try base.update(interest) }

    func appendInterests<T>(council: String, source: String, _ body: (any InterestAppender) throws -> T) throws -> T {
        try base.appendInterests(council: council, source: source, body)
    }
}

extension RegisterService {
    /// As `transaction`, with inserted records taking the ids `plan` holds at the time of each insert.
    public func transaction<T>(ids plan: IdPlan, _ body: (RegisterService) throws -> T) throws -> T {
        try store.write(actor: actor) { w in
            try body(RegisterService(store: InTransactionStore(writer: PlannedIdWriter(base: w, plan: plan)), registry: registry,
                                     protocols: protocols, today: today, actor: actor))
        }
    }
}
