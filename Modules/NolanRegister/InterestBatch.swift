import NolanDomain
import NolanPolicy
import NolanStore

/// Registers the entries of an import (a spreadsheet, a feed) into one council's register, within one transaction.
///
/// Each entry goes through the same rules as the command line (`InterestRules`: registering, the Monitoring Officer's
/// review and sensitive-interest decision, ending), applied in memory to the state the entry is imported in; the entry
/// is then written once, through `RegisterWriter.appendInterests`. What the rules read (the member, their terms, the
/// council's code, their nil returns) is read once per member and kept up to date by the batch itself, because an
/// import of a million rows that re-read them for every row spent most of its time doing so (issue #4's benchmark).
/// Nothing else writes to the register while the batch runs: it lives inside one write transaction.
public final class InterestBatch {
    let service: RegisterService
    let council: Council
    let policy: CouncilPolicy
    let writer: any RegisterWriter
    let appender: any InterestAppender
    private var contexts: [Int64: MemberContext] = [:]

    /// What the rules read of one member, read once and then kept up to date by the batch. A class, so that finding it
    /// for each entry costs one reference rather than a copy of the member, their terms and their nil returns.
    private final class MemberContext {
        let member: Member
        let terms: [Term]
        var nilReturns: [Interest]

        init(member: Member, terms: [Term], nilReturns: [Interest]) {
            self.member = member
            self.terms = terms
            self.nilReturns = nilReturns
        }
    }

    init(service: RegisterService, council: Council, writer: any RegisterWriter, appender: any InterestAppender) throws {
        self.service = service
        self.council = council
        self.policy = try service.policy(council)
        self.writer = writer
        self.appender = appender
    }

    /// The council's members, by id (an import finds each row's member among them).
    public func members() throws -> [Member] { try writer.members(council: council.slug) }

    /// The member, read once; an error for a member of another council (the batch's audit entry names one council).
    private func context(_ id: Int64) throws -> MemberContext {
        if let c = contexts[id] { return c }
        let m = try service.member(id, of: council.slug, in: writer)
        let c = MemberContext(member: m, terms: try writer.terms(member: id), nilReturns: try writer.nilReturns(member: id))
        contexts[id] = c
        return c
    }

    /// Writes `entry` and returns its id.
    private func append(_ entry: Interest, in c: MemberContext) throws -> Int64 {
        let id = try appender.append(entry)
        if entry.isNilReturn {
            var saved = entry
            saved.id = id
            c.nilReturns.append(saved)
        }
        return id
    }

    /// An entry the member registered, accepted by the Monitoring Officer on `publishedOn` (nil: awaiting review) and
    /// ended on `endedOn`: as `registerInterest`, then `review(.accept)` and `endInterest` would record it. `entryId`
    /// keeps the id an imported register gave it (0: the next free one). Returns its id.
    @discardableResult
    public func register(_ input: RegisterService.NewInterest, publishedOn: Day?, endedOn: Day?, entryId: Int64 = 0) throws -> Int64 {
        let c = try context(input.member)
        return try record(try InterestChecker.entry(input, publishedOn: publishedOn, endedOn: endedOn, id: entryId, member: c.member,
                                                    terms: c.terms, policy: policy, today: service.today))
    }

    /// The rules' view of the council's members and their terms as they stand now, for checking entries away from
    /// the write transaction (an import checks its rows on a second thread; see `InterestChecker`).
    public func checker() throws -> InterestChecker {
        let members = try writer.members(council: council.slug)
        let terms = Dictionary(grouping: try writer.terms(council: council.slug), by: \.memberId)
        return InterestChecker(policy: policy, today: service.today,
                               members: Dictionary(uniqueKeysWithValues: members.map { ($0.id, ($0, terms[$0.id] ?? [])) }))
    }

    /// Writes an entry the register's rules have passed, and ends the nil returns it supersedes (as `registerInterest`).
    /// Returns its id.
    @discardableResult
    public func record(_ checked: CheckedEntry) throws -> Int64 {
        let c = try context(checked.interest.memberId)
        let id = try append(checked.interest, in: c)
        let ended = InterestRules.nilReturnsEnded(by: checked.interest, among: c.nilReturns)
        if !ended.isEmpty {
            for n in ended { try writer.update(n) }
            c.nilReturns = c.nilReturns.map { n in ended.first { $0.id == n.id } ?? n }
        }
        return id
    }

    /// A nil return for one table, accepted on `publishedOn` (nil: awaiting review): as `nilReturn` then `review`.
    /// `entryId` keeps the id an imported register gave it (0: the next free one). Returns its id.
    @discardableResult
    public func nilReturn(member id: Int64, table: InterestTable, registeredOn day: Day, publishedOn: Day?, entryId: Int64 = 0) throws -> Int64 {
        let c = try context(id)
        var entry = try InterestRules.nilReturn(member: c.member, table: table, on: day, terms: c.terms,
                                                entries: try writer.interests(member: id), policy: policy, today: service.today)
        entry.id = entryId
        if let p = publishedOn { try InterestRules.review(&entry, .accept, comment: nil, on: p, policy: policy, today: service.today) }
        return try append(entry, in: c)
    }

    /// An entry that the register it is imported from withholds as sensitive (a public feed carries no details of it):
    /// recorded as a withheld Table 1 entry on `day`, the Monitoring Officer having agreed it is sensitive and accepted
    /// it (Appendix B paras 2-3), so that it stays withheld under the same id (`entryId`; 0: the next free one).
    /// Returns its id.
    @discardableResult
    public func withheld(member id: Int64, on day: Day, entryId: Int64 = 0) throws -> Int64 {
        guard let first = policy.variant.categories(in: .disclosablePecuniary).first else {
            throw UserError("\(policy.variant.title) has no Table 1 category to record a withheld entry under")
        }
        let c = try context(id)
        var (entry, _) = try InterestRules.newEntry(
            .init(member: id, categoryId: first.id, description: "Details withheld in the imported register", awareOn: day,
                  registeredOn: day, sensitiveReason: "Withheld as a sensitive interest in the register it was imported from"),
            member: c.member, terms: c.terms, policy: policy, today: service.today)
        try InterestRules.decideSensitivity(&entry, agree: true, on: day, policy: policy, today: service.today)
        try InterestRules.review(&entry, .accept, comment: nil, on: day, policy: policy, today: service.today)
        entry.id = entryId
        return try record(CheckedEntry(entry))
    }
}

/// Checks entries by the register's rules against a fixed view of a council's members and terms, so that an import can
/// check rows on one thread while another writes them. Only for entries: a nil return depends on what the member
/// has recorded so far, which only the batch sees (`InterestBatch.nilReturn`).
public struct InterestChecker: Sendable {
    let policy: CouncilPolicy
    let today: Day
    let members: [Int64: (Member, [Term])]

    /// The entry as `InterestBatch.register` would record it, or the rule it breaks.
    public func entry(_ input: RegisterService.NewInterest, publishedOn: Day?, endedOn: Day?) throws(UserError) -> CheckedEntry {
        guard let (m, terms) = members[input.member] else { throw UserError("member: no member with id \(input.member)") }
        return try Self.entry(input, publishedOn: publishedOn, endedOn: endedOn, id: 0, member: m, terms: terms, policy: policy, today: today)
    }

    static func entry(_ input: RegisterService.NewInterest, publishedOn: Day?, endedOn: Day?, id: Int64, member: Member, terms: [Term],
                      policy: CouncilPolicy, today: Day) throws(UserError) -> CheckedEntry {
        var (entry, _) = try InterestRules.newEntry(input, member: member, terms: terms, policy: policy, today: today)
        entry.id = id
        if let day = publishedOn { try InterestRules.review(&entry, .accept, comment: nil, on: day, policy: policy, today: today) }
        if let day = endedOn { try InterestRules.end(&entry, on: day, today: today) }
        return CheckedEntry(entry)
    }
}

/// An entry that has passed the register's rules (`InterestChecker`, or the batch itself): only these can be written
/// through `InterestBatch.record`, so that no import writes an entry the rules have not seen.
public struct CheckedEntry: Sendable {
    public let interest: Interest

    init(_ interest: Interest) { self.interest = interest }
}

extension RegisterService {
    /// Runs `body` with a batch that registers many entries into `council` as one import named by `source` (a file
    /// name), in one transaction with one audit entry (see `RegisterWriter.appendInterests`).
    public func importInterests<T>(council slug: String, source: String, _ body: (InterestBatch) throws -> T) throws -> T {
        try store.write(actor: actor) { w in
            let c = try council(slug, in: w)
            return try w.appendInterests(council: slug, source: source) { a in
                try body(try InterestBatch(service: self, council: c, writer: w, appender: a))
            }
        }
    }
}
