import NolanDomain

/// Reads the register. Implemented by each storage backend; callers never see SQL.
public protocol RegisterReader {
    func councils() throws -> [Council]
    func council(_ slug: String) throws -> Council?
    /// Members of one council, or of every council when `council` is nil, by id.
    func members(council: String?) throws -> [Member]
    func member(_ id: Int64) throws -> Member?
    func terms(council: String?) throws -> [Term]
    func terms(member: Int64) throws -> [Term]
    func interests(council: String?) throws -> [Interest]
    func interest(_ id: Int64) throws -> Interest?
    /// One member's entries and gifts, by id: lets a register of any size be read member by member.
    func interests(member: Int64) throws -> [Interest]
    func gifts(member: Int64) throws -> [Gift]
    /// One member's nil returns (read each time an interest is registered, so kept to those rows).
    func nilReturns(member: Int64) throws -> [Interest]
    func gifts(council: String?) throws -> [Gift]
    func dispensations(council: String?) throws -> [Dispensation]
    func dispensation(_ id: Int64) throws -> Dispensation?
    func meetings(council: String?) throws -> [Meeting]
    func meeting(_ id: Int64) throws -> Meeting?
    func agendaItems(meeting: Int64) throws -> [AgendaItem]
    /// Members recorded as attending, by member id.
    func attendance(meeting: Int64) throws -> [Int64]
    func declarations(meeting: Int64) throws -> [Declaration]
    /// Member–officer protocol records of one council (or all), by day.
    func protocolRecords(council: String?) throws -> [ProtocolRecord]
    /// The audit log of one council (or all), oldest first.
    func auditLog(council: String?) throws -> [AuditEntry]
}

/// Changes the register. Every change is written to the append-only audit log, in the same transaction,
/// with the actor and the record before and after; callers cannot write one without the other.
public protocol RegisterWriter: RegisterReader {
    /// Creates or updates a council from its configuration.
    func save(_ council: Council) throws
    /// Inserts a new record and returns it with its id: the next free id when the record's id is 0, else the id
    /// given (imports that keep the ids of the register they read), which must be free.
    func insert(_ member: Member) throws -> Member
    func insert(_ term: Term) throws -> Term
    func insert(_ interest: Interest) throws -> Interest
    func insert(_ gift: Gift) throws -> Gift
    func insert(_ dispensation: Dispensation) throws -> Dispensation
    func insert(_ meeting: Meeting) throws -> Meeting
    func insert(_ item: AgendaItem) throws -> AgendaItem
    func insert(_ attendance: Attendance) throws
    func insert(_ declaration: Declaration) throws -> Declaration
    func insert(_ record: ProtocolRecord) throws -> ProtocolRecord
    func update(_ member: Member) throws
    func update(_ term: Term) throws
    func update(_ interest: Interest) throws
    /// Inserts many new interests for one council as a single import (a spreadsheet or feed of thousands of rows).
    ///
    /// Each record is written once, in the state it is imported in, and the audit log gets one entry for the whole
    /// batch (action `import`: the source, how many, and the ids created) instead of a snapshot of every row. Nothing
    /// is lost by that: the records hold their state as imported, and every later change to one is audited with its
    /// before and after, so the state each had at import is the `before` of its first later change, or the record as
    /// it stands. A million-row import would otherwise write every row twice; the benchmark (#4) measured the
    /// per-row snapshots at about half of the import's time.
    func appendInterests<T>(council: String, source: String, _ body: (any InterestAppender) throws -> T) throws -> T
}

/// Where a bulk import writes its interests, one at a time, inside `RegisterWriter.appendInterests`.
public protocol InterestAppender: AnyObject {
    /// Inserts `interest` as it is (the next free id when its id is 0, else that id, which must be free) and returns its id.
    func append(_ interest: Interest) throws -> Int64
}

/// Ids as a list of runs in the order they came ("1-500,502"), the compact form in which an import's audit entry names what it created.
public struct IdRuns: Sendable, Equatable, CustomStringConvertible {
    public private(set) var runs: [ClosedRange<Int64>] = []
    public private(set) var count = 0

    public init() {}

    /// Parses the form `description` writes; nil when the text is not a list of ids and runs.
    public init?(_ text: String) {
        for part in text.split(separator: ",") {
            let ends = part.split(separator: "-", maxSplits: 1).map { Int64($0) }
            guard let first = ends.first ?? nil, let last = ends.last ?? nil, first <= last else { return nil }
            runs.append(first...last)
            count += Int(last - first + 1)
        }
    }

    /// Adds an id; ids arrive mostly in order (new ids count up), so the last run usually grows by one.
    public mutating func insert(_ id: Int64) {
        count += 1
        if let last = runs.last, last.upperBound + 1 == id {
            runs[runs.count - 1] = last.lowerBound...id
        } else {
            runs.append(id...id)
        }
    }

    /// Every id, in the order the runs were made.
    public var description: String {
        runs.map { $0.count == 1 ? String($0.lowerBound) : "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ",")
    }
}

/// Where the register is kept. One `write` is one transaction: it commits whole or not at all.
///
/// Kept as an interface so that a PostgreSQL backend for a hosted multi-district service can be added
/// beside the SQLite one without touching the rules in `NolanRegister`.
public protocol RegisterStore: Sendable {
    func read<T>(_ body: (any RegisterReader) throws -> T) throws -> T
    func write<T>(actor: String, _ body: (any RegisterWriter) throws -> T) throws -> T
}
