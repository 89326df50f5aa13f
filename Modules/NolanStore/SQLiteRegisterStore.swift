import Foundation
import GRDB
import GRDBSQLite
import NolanDomain

/// The register in one SQLite file, through GRDB linked to the system SQLite (`libsqlite3-dev`).
///
/// A `DatabasePool` keeps the file in WAL mode, so readers never block the writer and a crash mid-write
/// leaves the last committed state; foreign keys are enforced; migrations run when the file is opened.
public final class SQLiteRegisterStore: RegisterStore {
    let pool: DatabasePool
    let now: @Sendable () -> Date

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: String, now: @escaping @Sendable () -> Date = Date.init) throws {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        // 32 MiB of page cache per connection instead of SQLite's 2 MiB: an import of a million interests updates the
        // member index at random places, and with the default cache it spilled pages to the WAL over and over (measured:
        // 6.2 s for the inserts alone, 1.9 s with this cache). Peak memory stays under the issue's 100 MB.
        // Temporary storage in memory: an import's multi-row INSERTs each keep a statement journal of the few pages they
        // change (so that one can be undone alone); on disk, once spilled, that journal cost a million-entry import
        // 258,000 writes to a temporary file (Integration/bench/RESULTS.md). It also holds any temporary table or index
        // a query needs in memory (sorts still spill to disk): no query of Nolan's builds a large one.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY") }
        self.pool = try DatabasePool(path: path, configuration: config)
        self.now = now
        try Migrations.migrator.migrate(pool)
    }

    public func read<T>(_ body: (any RegisterReader) throws -> T) throws -> T {
        try pool.read { db in try body(SQLiteReader(db: db)) }
    }

    public func write<T>(actor: String, _ body: (any RegisterWriter) throws -> T) throws -> T {
        let at = ISO8601DateFormatter().string(from: now())
        return try pool.write { db in try body(SQLiteWriter(db: db, actor: actor, at: at)) }
    }

    /// Closes the database (checkpointing the WAL), so that the file can be moved. The store is unusable after.
    public func close() throws {
        try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try pool.close()
    }

    /// The journal mode SQLite reports ("wal"), for checks and diagnostics.
    public func journalMode() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}

struct SQLiteReader: RegisterReader {
    let db: Database

    /// A record by primary key through a cached prepared statement. The per-row paths (imports, the demo) fetch the
    /// same few records thousands of times; GRDB's query interface would compile, and authorise, the SQL each time,
    /// which a profile of the CSV import showed to be a third of its time.
    func byKey<R: FetchableRecord & TableRecord>(_: R.Type, _ key: some DatabaseValueConvertible, column: String = "id") throws -> R? {
        try R.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(R.databaseTableName) WHERE \(column) = ?"), arguments: [key])
    }

    func councils() throws -> [Council] { try Council.order(Column("slug")).fetchAll(db) }

    func council(_ slug: String) throws -> Council? { try byKey(Council.self, slug, column: "slug") }

    func members(council: String?) throws -> [Member] {
        var q = Member.all()
        if let c = council { q = q.filter(Column("council_slug") == c) }
        return try q.order(Column("id")).fetchAll(db)
    }

    func member(_ id: Int64) throws -> Member? { try byKey(Member.self, id) }

    /// Records whose `member_id` belongs to a member of `council` (all when nil), by id.
    func byCouncil<R: FetchableRecord & TableRecord>(_: R.Type, _ council: String?) throws -> [R] {
        guard let c = council else { return try R.order(Column("id")).fetchAll(db) }
        return try R.fetchAll(db, sql: """
            SELECT t.* FROM \(R.databaseTableName) t JOIN member m ON m.id = t.member_id
            WHERE m.council_slug = ? ORDER BY t.id
            """, arguments: [c])
    }

    func terms(council: String?) throws -> [Term] { try byCouncil(Term.self, council) }

    func terms(member: Int64) throws -> [Term] {
        try Term.fetchAll(db.cachedStatement(sql: "SELECT * FROM term WHERE member_id = ? ORDER BY starts_on, id"), arguments: [member])
    }

    func interests(council: String?) throws -> [Interest] {
        guard let c = council else {
            return try Interest.fetchAll(db.cachedStatement(sql: "SELECT \(Interest.selection) FROM interest ORDER BY id"))
        }
        return try Interest.fetchAll(db.cachedStatement(sql: """
            SELECT \(Interest.columns.map { "t." + $0 }.joined(separator: ", ")) FROM interest t JOIN member m ON m.id = t.member_id
            WHERE m.council_slug = ? ORDER BY t.id
            """), arguments: [c])
    }

    func interest(_ id: Int64) throws -> Interest? {
        try Interest.fetchOne(db.cachedStatement(sql: "SELECT \(Interest.selection) FROM interest WHERE id = ?"), arguments: [id])
    }

    func interests(member: Int64) throws -> [Interest] {
        try Interest.fetchAll(db.cachedStatement(sql: "SELECT \(Interest.selection) FROM interest WHERE member_id = ? ORDER BY id"), arguments: [member])
    }

    func gifts(member: Int64) throws -> [Gift] {
        try Gift.fetchAll(db.cachedStatement(sql: "SELECT * FROM gift WHERE member_id = ? ORDER BY id"), arguments: [member])
    }

    func nilReturns(member: Int64) throws -> [Interest] {
        try Interest.fetchAll(db.cachedStatement(sql: "SELECT \(Interest.selection) FROM interest WHERE member_id = ? AND category_id IS NULL ORDER BY id"),
                              arguments: [member])
    }

    func gifts(council: String?) throws -> [Gift] { try byCouncil(Gift.self, council) }

    func dispensations(council: String?) throws -> [Dispensation] {
        var q = Dispensation.all()
        if let c = council { q = q.filter(Column("council_slug") == c) }
        return try q.order(Column("id")).fetchAll(db)
    }

    func dispensation(_ id: Int64) throws -> Dispensation? { try Dispensation.fetchOne(db, key: id) }

    func meetings(council: String?) throws -> [Meeting] {
        var q = Meeting.all()
        if let c = council { q = q.filter(Column("council_slug") == c) }
        return try q.order(Column("meets_on"), Column("id")).fetchAll(db)
    }

    func meeting(_ id: Int64) throws -> Meeting? { try Meeting.fetchOne(db, key: id) }

    func agendaItems(meeting: Int64) throws -> [AgendaItem] {
        try AgendaItem.filter(Column("meeting_id") == meeting).order(Column("id")).fetchAll(db)
    }

    func attendance(meeting: Int64) throws -> [Int64] {
        try AttendanceRecord.filter(Column("meeting_id") == meeting).order(Column("member_id")).fetchAll(db).map(\.memberId)
    }

    func declarations(meeting: Int64) throws -> [Declaration] {
        try Declaration.filter(Column("meeting_id") == meeting).order(Column("id")).fetchAll(db)
    }

    func protocolRecords(council: String?) throws -> [ProtocolRecord] {
        var q = ProtocolRecord.all()
        if let c = council { q = q.filter(Column("council_slug") == c) }
        return try q.order(Column("occurred_on"), Column("id")).fetchAll(db)
    }

    func auditLog(council: String?) throws -> [AuditEntry] {
        var q = AuditEntry.all()
        if let c = council { q = q.filter(Column("council_slug") == c) }
        return try q.order(Column("id")).fetchAll(db)
    }
}

struct SQLiteWriter: RegisterWriter {
    let db: Database
    let actor: String
    let at: String
    /// The bulk appender of an import under way: its buffered rows are written before anything else reads or writes.
    let bulk = BulkAppend()

    /// The reader for this transaction, after the rows an import has buffered are written.
    func reader() throws -> SQLiteReader {
        try bulk.flush()
        return SQLiteReader(db: db)
    }

    func councils() throws -> [Council] { try reader().councils() }
    func council(_ slug: String) throws -> Council? { try reader().council(slug) }
    func members(council: String?) throws -> [Member] { try reader().members(council: council) }
    func member(_ id: Int64) throws -> Member? { try reader().member(id) }
    func terms(council: String?) throws -> [Term] { try reader().terms(council: council) }
    func terms(member: Int64) throws -> [Term] { try reader().terms(member: member) }
    func interests(council: String?) throws -> [Interest] { try reader().interests(council: council) }
    func interest(_ id: Int64) throws -> Interest? { try reader().interest(id) }
    func interests(member: Int64) throws -> [Interest] { try reader().interests(member: member) }
    func gifts(member: Int64) throws -> [Gift] { try reader().gifts(member: member) }
    func nilReturns(member: Int64) throws -> [Interest] { try reader().nilReturns(member: member) }
    func gifts(council: String?) throws -> [Gift] { try reader().gifts(council: council) }
    func dispensations(council: String?) throws -> [Dispensation] { try reader().dispensations(council: council) }
    func dispensation(_ id: Int64) throws -> Dispensation? { try reader().dispensation(id) }
    func auditLog(council: String?) throws -> [AuditEntry] { try reader().auditLog(council: council) }
    func meetings(council: String?) throws -> [Meeting] { try reader().meetings(council: council) }
    func meeting(_ id: Int64) throws -> Meeting? { try reader().meeting(id) }
    func agendaItems(meeting: Int64) throws -> [AgendaItem] { try reader().agendaItems(meeting: meeting) }
    func attendance(meeting: Int64) throws -> [Int64] { try reader().attendance(meeting: meeting) }
    func declarations(meeting: Int64) throws -> [Declaration] { try reader().declarations(meeting: meeting) }
    func protocolRecords(council: String?) throws -> [ProtocolRecord] { try reader().protocolRecords(council: council) }

    func insert(_ record: ProtocolRecord) throws -> ProtocolRecord {
        try insertRecord(record, entity: "protocol-record", council: record.councilSlug) { $0.id = $1 }
    }

    func councilOf(meeting id: Int64) throws -> String {
        guard let m = try reader().meeting(id) else { throw UserError.notFound("meeting", String(id)) }
        return m.councilSlug
    }

    func insert(_ meeting: Meeting) throws -> Meeting {
        try insertRecord(meeting, entity: "meeting", council: meeting.councilSlug) { $0.id = $1 }
    }

    func insert(_ item: AgendaItem) throws -> AgendaItem {
        try insertRecord(item, entity: "agenda-item", council: try councilOf(meeting: item.meetingId)) { $0.id = $1 }
    }

    func insert(_ attendance: Attendance) throws {
        _ = try insertRecord(AttendanceRecord(id: 0, meetingId: attendance.meetingId, memberId: attendance.memberId),
                             entity: "attendance", council: try councilOf(meeting: attendance.meetingId)) { $0.id = $1 }
    }

    func insert(_ declaration: Declaration) throws -> Declaration {
        try insertRecord(declaration, entity: "declaration", council: try councilOf(meeting: declaration.meetingId)) { $0.id = $1 }
    }

    static let json: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    func snapshot(_ value: some Encodable) throws -> String {
        String(decoding: try Self.json.encode(value), as: UTF8.self)
    }

    func audit(council: String, entity: String, id: String, action: String, before: String?, after: String?) throws {
        let entry = AuditEntry(id: try nextId(AuditEntry.self), at: at, actor: actor, councilSlug: council,
                               entity: entity, entityId: id, action: action, before: before, after: after)
        try entry.insert(db)
    }

    /// The next id of a table. Ids are assigned here, inside the write transaction, because SQLite admits one
    /// writer at a time: no two transactions can be handed the same id.
    func nextId<R: TableRecord>(_: R.Type) throws -> Int64 {
        (try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM \(R.databaseTableName)")) ?? 0) + 1
    }

    func councilOf(member id: Int64) throws -> String {
        guard let c = try String.fetchOne(db.cachedStatement(sql: "SELECT council_slug FROM member WHERE id = ?"), arguments: [id]) else {
            throw UserError.notFound("member", String(id))
        }
        return c
    }

    func save(_ council: Council) throws {
        try bulk.flush()
        let before = try Council.fetchOne(db, key: council.slug)
        guard before != council else { return }
        try council.save(db)
        try audit(council: council.slug, entity: "council", id: council.slug, action: before == nil ? "create" : "update",
                  before: try before.map(snapshot), after: try snapshot(council))
    }

    /// Inserts `record`. Its id is the next free one, unless the caller gave one (an import keeping the ids of the
    /// register it reads), which must then be free.
    func insertRecord<R: PersistableRecord & TableRecord & Encodable & Identifiable>(
        _ record: R, entity: String, council: String, assign: (inout R, Int64) -> Void
    ) throws -> R where R.ID == Int64 {
        try bulk.flush()
        var r = record
        var id = record.id
        if id == 0 {
            id = try nextId(R.self)
        } else if try R.exists(db, key: id) {
            throw UserError("\(entity) id \(id) is already in use in this database: import into an empty one")
        }
        assign(&r, id)
        try r.insert(db)
        try audit(council: council, entity: entity, id: String(id), action: "create", before: nil, after: try snapshot(r))
        return r
    }

    func updateRecord<R: PersistableRecord & FetchableRecord & TableRecord & Encodable & Equatable>(
        _ record: R, key: Int64, entity: String, council: String
    ) throws {
        try bulk.flush()
        guard let before = try R.fetchOne(db.cachedStatement(sql: "SELECT * FROM \(R.databaseTableName) WHERE id = ?"), arguments: [key]) else {
            throw UserError.notFound(entity, String(key))
        }
        guard before != record else { return }
        try record.update(db)
        try audit(council: council, entity: entity, id: String(key), action: "update",
                  before: try snapshot(before), after: try snapshot(record))
    }

    func insert(_ member: Member) throws -> Member {
        try insertRecord(member, entity: "member", council: member.councilSlug) { $0.id = $1 }
    }

    func insert(_ term: Term) throws -> Term {
        try insertRecord(term, entity: "term", council: try councilOf(member: term.memberId)) { $0.id = $1 }
    }

    func insert(_ interest: Interest) throws -> Interest {
        try insertRecord(interest, entity: "interest", council: try councilOf(member: interest.memberId)) { $0.id = $1 }
    }

    func insert(_ gift: Gift) throws -> Gift {
        try insertRecord(gift, entity: "gift", council: try councilOf(member: gift.memberId)) { $0.id = $1 }
    }

    func insert(_ dispensation: Dispensation) throws -> Dispensation {
        try insertRecord(dispensation, entity: "dispensation", council: dispensation.councilSlug) { $0.id = $1 }
    }

    func update(_ member: Member) throws {
        try updateRecord(member, key: member.id, entity: "member", council: member.councilSlug)
    }

    func update(_ term: Term) throws {
        try updateRecord(term, key: term.id, entity: "term", council: try councilOf(member: term.memberId))
    }

    func update(_ interest: Interest) throws {
        try updateRecord(interest, key: interest.id, entity: "interest", council: try councilOf(member: interest.memberId))
    }

    /// What an import's audit entry records about it.
    struct ImportSummary: Encodable {
        var source: String
        var count: Int
    }

    func appendInterests<T>(council: String, source: String, _ body: (any InterestAppender) throws -> T) throws -> T {
        try bulk.flush()
        let appender = try SQLiteInterestAppender(db: db)
        bulk.appender = appender
        defer { bulk.appender = nil }
        let result = try body(appender)
        try appender.flush()
        if appender.ids.count > 0 {
            try audit(council: council, entity: "interest", id: appender.ids.description, action: "import", before: nil,
                      after: try snapshot(ImportSummary(source: source, count: appender.ids.count)))
        }
        return result
    }
}

/// The import under way in a write transaction, if any. A class so that every copy of the writer sees it.
final class BulkAppend {
    var appender: SQLiteInterestAppender?

    /// Writes the rows the import has buffered; what runs next may read them, or insert interests itself.
    func flush() throws { try appender?.flushForOtherStatements() }
}

/// Inserts interests 32 rows to a statement, without the per-record audit snapshot (see `appendInterests`).
///
/// Written against SQLite's C interface rather than GRDB's `Statement`: building GRDB's `StatementArguments` for the
/// twenty columns of every row was an eighth of a million-row import's time in a profile. Rows are buffered and
/// written 32 to an `INSERT` (ids are given here, as SQLite would: the next after the largest), which saves SQLite
/// the start and end of a statement for most rows. The writer flushes the buffer before anything else reads or
/// writes, so no one sees the table without them. The statements are this object's own and run inside GRDB's open
/// write transaction.
final class SQLiteInterestAppender: InterestAppender {
    static let rowsPerStatement = 32
    let db: Database
    let single: OpaquePointer
    let multiple: OpaquePointer
    private var pending = PendingRows()
    /// The next id to give; nil when it must be read again (other statements may have inserted interests).
    private var nextId: Int64?
    /// The largest id in the table when the import began.
    private let largestAtStart: Int64
    private(set) var ids = IdRuns()

    init(db: Database) throws {
        self.db = db
        let columns = Interest.columns.joined(separator: ", ")
        let row = "(" + Interest.columns.map { _ in "?" }.joined(separator: ", ") + ")"
        single = try Self.prepare(db, "INSERT INTO interest (\(columns)) VALUES \(row)")
        multiple = try Self.prepare(db, "INSERT INTO interest (\(columns)) VALUES " + Array(repeating: row, count: Self.rowsPerStatement).joined(separator: ", "))
        pending.reserve(rows: Self.rowsPerStatement)
        largestAtStart = try Self.largestId(db)
    }

    static func largestId(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM interest")) ?? 0
    }

    deinit {
        sqlite3_finalize(single)
        sqlite3_finalize(multiple)
    }

    static func prepare(_ db: Database, _ sql: String) throws -> OpaquePointer {
        var s: OpaquePointer?
        let code = sqlite3_prepare_v2(db.sqliteConnection, sql, -1, &s, nil)
        guard code == SQLITE_OK, let s else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection))) }
        return s
    }

    func append(_ interest: Interest) throws -> Int64 {
        let next: Int64
        if let n = nextId {
            next = n
        } else {
            next = try Self.largestId(db) + 1
        }
        var id = interest.id
        guard id < Int64.max else { throw UserError("interest id \(id) is out of range") }
        if id == 0 {
            id = next
        } else if id < next {
            // An id given below the next free one may be taken: say so now, at the row that gives it, rather than
            // when the buffer is written with other rows.
            try checkFree(id)
        }
        nextId = max(next, id + 1)
        pending.add(interest, id: id)
        ids.insert(id)
        if pending.ids.count == Self.rowsPerStatement { try flush() }
        return id
    }

    /// Refuses an id that is taken: by a row still in the buffer or already written by this import (above the largest
    /// id the table held when it began), or by a row the database held before. One look-up, whatever the number of ids.
    private func checkFree(_ id: Int64) throws {
        let written = try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM interest WHERE id = ?"), arguments: [id]) == true
        if pending.ids.contains(id) || (written && id > largestAtStart) {
            throw UserError("interest id \(id) appears twice in what is being imported")
        }
        if written { throw UserError("interest id \(id) is already in use in this database: import into an empty one") }
    }

    /// Writes the buffered rows; the next id is read again afterwards.
    func flushForOtherStatements() throws {
        try flush()
        nextId = nil
    }

    func flush() throws {
        guard !pending.ids.isEmpty else { return }
        defer { pending.removeAll() }
        try pending.write(multiple: multiple, single: single, db: db)
    }
}

/// The rows an appender has taken but not yet written, as the values to bind (`Interest.columns.count` a row), their
/// text in one byte buffer. The values are taken from each entry as it comes and bound without copying (SQLITE_STATIC)
/// from that buffer, which is kept from one statement to the next: binding each text as SQLite's own copy
/// (SQLITE_TRANSIENT) cost an allocation and a free per field, and keeping the entries themselves a copy of each,
/// together a sixth of the writing thread's time in the benchmark's million-entry import. A struct, so that filling it
/// field by field is checked for exclusive access once per row, not once per field.
private struct PendingRows {
    /// A value to bind: text is a range of `text`.
    enum Bound {
        case null
        case integer(Int64)
        case text(start: Int, count: Int)
    }

    private var values: [Bound] = []
    private var text: [UInt8] = []
    private(set) var ids: [Int64] = []

    mutating func reserve(rows: Int) {
        values.reserveCapacity(rows * Interest.columns.count)
        text.reserveCapacity(1 << 16)
        ids.reserveCapacity(rows)
    }

    mutating func removeAll() {
        values.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
    }

    private mutating func add(_ value: String?) {
        guard var value else { return values.append(.null) }
        let start = text.count
        value.withUTF8 { text.append(contentsOf: $0) }
        values.append(.text(start: start, count: text.count - start))
    }

    /// A day as `YYYY-MM-DD`, written straight into `text`.
    private mutating func add(_ day: Day?) {
        guard let day else { return values.append(.null) }
        let start = text.count
        text.append(UInt8(48 + day.year / 1000 % 10))
        text.append(UInt8(48 + day.year / 100 % 10))
        text.append(UInt8(48 + day.year / 10 % 10))
        text.append(UInt8(48 + day.year % 10))
        text.append(UInt8(ascii: "-"))
        text.append(UInt8(48 + day.month / 10))
        text.append(UInt8(48 + day.month % 10))
        text.append(UInt8(ascii: "-"))
        text.append(UInt8(48 + day.day / 10))
        text.append(UInt8(48 + day.day % 10))
        values.append(.text(start: start, count: 10))
    }

    /// Takes the values of `i` under `id`, in the order of `Interest.columns`.
    mutating func add(_ i: Interest, id: Int64) {
        ids.append(id)
        values.append(.integer(id))
        values.append(.integer(i.memberId))
        values.append(.integer(Int64(i.table.rawValue)))
        add(i.categoryId)
        add(i.holder.rawValue)
        add(i.description)
        add(i.bodyName)
        add(i.companyNumber)
        add(i.address)
        add(i.postcode)
        add(i.uprn)
        add(i.awareOn)
        add(i.registeredOn)
        add(i.endedOn)
        add(i.status.rawValue)
        add(i.reviewedOn)
        add(i.reviewComment)
        add(i.sensitivity.rawValue)
        add(i.sensitivityReason)
        add(i.sensitivityDecidedOn)
    }

    /// Inserts the rows: all in one statement when there are `SQLiteInterestAppender.rowsPerStatement` of them, else (or
    /// when that statement fails) one by one, so that the row at fault is named.
    func write(multiple: OpaquePointer, single: OpaquePointer, db: Database) throws {
        let perRow = Interest.columns.count
        // The bytes stay where they are, unchanged, until the statements below have run and let go of them: what
        // SQLITE_STATIC asks.
        try text.withUnsafeBufferPointer { bytes in
            func bind(_ statement: OpaquePointer, row: Int, at first: Int) {
                for c in 0..<perRow {
                    let index = Int32(first + c + 1)
                    switch values[row * perRow + c] {
                    case .null: sqlite3_bind_null(statement, index)
                    case let .integer(v): sqlite3_bind_int64(statement, index, v)
                    case let .text(start, count):
                        // A nil destructor is SQLITE_STATIC: SQLite reads the text where it is.
                        sqlite3_bind_text(statement, index, bytes.baseAddress.map { UnsafeRawPointer($0 + start).assumingMemoryBound(to: CChar.self) },
                                          Int32(count), nil)
                    }
                }
            }
            if ids.count == SQLiteInterestAppender.rowsPerStatement {
                sqlite3_reset(multiple)
                for row in ids.indices { bind(multiple, row: row, at: row * perRow) }
                let done = sqlite3_step(multiple) == SQLITE_DONE
                sqlite3_reset(multiple)
                sqlite3_clear_bindings(multiple)
                if done { return }
                // The statement wrote nothing; row by row, the one at fault is named.
            }
            for (row, id) in ids.enumerated() {
                sqlite3_reset(single)
                bind(single, row: row, at: 0)
                let code = sqlite3_step(single)
                let extended = sqlite3_extended_errcode(db.sqliteConnection)
                sqlite3_reset(single)
                sqlite3_clear_bindings(single)
                guard code == SQLITE_DONE else {
                    if ResultCode(rawValue: extended) == .SQLITE_CONSTRAINT_PRIMARYKEY {
                        throw UserError("interest id \(id) is already in use in this database: import into an empty one")
                    }
                    throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
            }
        }
    }
}
