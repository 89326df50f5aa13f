import Foundation
import NolanDomain
import NolanRegister

/// One thing wrong with an import file: where, which column, the value, and why.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: String?
    /// The value found; nil when it is not repeated (a row asking for a sensitive interest, or no single value).
    public var value: String?
    public var reason: String

    public var description: String {
        var s = "\(file):\(line)"
        if let c = column { s += ": column '\(c)'" }
        if let v = value { s += " (value '\(v)')" }
        return s + ": " + reason
    }
}

/// An import that was refused: every problem found, and nothing written.
public struct ImportFailed: Error, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]
    public var description: String {
        "nothing was imported: \(problems.count) problem\(problems.count == 1 ? "" : "s")\n" + problems.map(\.description).joined(separator: "\n")
    }
}

/// What a CSV file holds.
public enum ImportTable: String, Sendable, CaseIterable {
    case members, interests, gifts
}

/// Imports a spreadsheet's CSV (or Nolan's own export) of members, interests or gifts into one council, all or
/// nothing: every row is checked by the same rules as the command line, every problem is reported with its file,
/// line, column and value, and nothing is written unless every row is good.
///
/// Within a row, every column that cannot be read (a date, a yes/no, an amount, a member, a required value) is
/// reported; the register's rules, which weigh several columns together, are applied once the row's columns read.
/// Interests go through an `InterestBatch`: one write per row, so that a register of a million entries imports in
/// seconds (issue #4's benchmark).
public struct CSVImporter {
    let service: RegisterService
    let council: String
    /// Called every 10,000 rows with the number read so far (the CLI shows it on a terminal).
    let progress: ((Int) -> Void)?

    public init(service: RegisterService, council: String, progress: ((Int) -> Void)? = nil) {
        self.service = service
        self.council = council
        self.progress = progress
    }

    /// The columns the importer reads, numbered so that a row's values are an array rather than a dictionary.
    enum Column: Int, CaseIterable {
        case council, memberId, memberName, role, ward, party, termStartedOn
        case category, holder, description, body, companyNumber, address, postcode, uprn, table
        case awareOn, registeredOn, publishedOn, endedOn, sensitiveReason, withheld, nilReturn
        case donor, value, receivedOn, outcome, donorSeeks

        /// The name Nolan's own export gives the column.
        var name: String {
            switch self {
            case .memberId: return "member_id"
            case .memberName: return "member_name"
            case .termStartedOn: return "term_started_on"
            case .companyNumber: return "company_number"
            case .awareOn: return "aware_on"
            case .registeredOn: return "registered_on"
            case .publishedOn: return "published_on"
            case .endedOn: return "ended_on"
            case .sensitiveReason: return "sensitive_reason"
            case .nilReturn: return "nil_return"
            case .receivedOn: return "received_on"
            case .donorSeeks: return "donor_seeks"
            default: return String(describing: self)
            }
        }

        /// Names spreadsheets use for the column, compared ignoring case, spaces and punctuation.
        var aliases: [String] {
            switch self {
            case .council: return ["council"]
            case .memberId: return ["memberid", "councillorid"]
            case .memberName: return ["membername", "member", "councillor", "councillorname", "name"]
            case .role: return ["role"]
            case .ward: return ["ward"]
            case .party: return ["party", "group", "politicalparty"]
            case .termStartedOn: return ["termstartedon", "termstart", "starts", "startdate", "declarationofacceptance"]
            case .category: return ["category", "categoryid"]
            case .holder: return ["holder", "whose"]
            case .description: return ["description", "details", "interest"]
            case .body: return ["body", "bodyname", "employer", "company", "organisation", "organization"]
            case .companyNumber: return ["companynumber", "companyno", "companieshousenumber"]
            case .address: return ["address", "landaddress"]
            case .postcode: return ["postcode", "postalcode"]
            case .uprn: return ["uprn"]
            case .table: return ["table", "tablenumber"]
            case .awareOn: return ["awareon", "aware", "dateaware"]
            case .registeredOn: return ["registeredon", "registered", "dateregistered", "notifiedon"]
            case .publishedOn: return ["publishedon", "published", "acceptedon"]
            case .endedOn: return ["endedon", "ended", "dateended"]
            case .sensitiveReason: return ["sensitivereason"]
            case .withheld: return ["withheld"]
            case .nilReturn: return ["nilreturn"]
            case .donor: return ["donor", "from", "giver"]
            case .value: return ["value", "valuepounds", "estimatedvalue", "amount"]
            case .receivedOn: return ["receivedon", "received", "datereceived", "offeredon"]
            case .outcome: return ["outcome"]
            case .donorSeeks: return ["donorseeks"]
            }
        }

        /// The column a rule's message is about, from the field name it starts with ("postcode: not a UK postcode").
        static func named(byRule field: String) -> Column? {
            switch field {
            case "registered": return .registeredOn
            case "aware": return .awareOn
            case "received": return .receivedOn
            case "company-number": return .companyNumber
            case "name": return .memberName
            case "term start": return .termStartedOn
            case "on": return .publishedOn
            case "sensitive-reason": return .sensitiveReason
            default: return allCases.first { $0.name == field }
            }
        }
    }

    static func normalise(_ s: String) -> String { s.lowercased().filter { $0.isLetter || $0.isNumber } }

    /// Imports `path`; returns how many rows were applied.
    public func importFile(_ path: String, encoding: CSVEncoding? = nil, table: ImportTable? = nil) throws -> Int {
        var reader = try CSVReader(path: path, encoding: encoding)
        guard let header = try reader.nextRecord() else { throw OpenDataError("\(path): the file is empty") }
        var layout = Layout()
        for (i, raw) in header.fields.enumerated() {
            let n = Self.normalise(raw)
            for c in Column.allCases where layout.index[c.rawValue] == nil && c.aliases.contains(n) {
                layout.index[c.rawValue] = i
                layout.names[c.rawValue] = raw
            }
        }
        // A column the importer does not read is ignored, unless its name says it marks rows as sensitive: ignoring
        // that would publish in full an entry the spreadsheet meant to withhold (Appendix B paras 2-3).
        var problems: [ImportProblem] = []
        for (i, raw) in header.fields.enumerated() where !layout.index.contains(i) {
            let n = Self.normalise(raw)
            if n.contains("sensitive") || n.contains("withh") || n.contains("confidential") {
                problems.append(ImportProblem(file: (path as NSString).lastPathComponent, line: header.line, column: raw, value: nil,
                                              reason: "a column the import does not read, and its name says it marks rows as sensitive: name the reasons in a sensitive_reason column (the Monitoring Officer decides), or remove the column"))
            }
        }
        let has = { (c: Column) in layout.index[c.rawValue] != nil }
        let kind = table ?? (has(.donor) ? .gifts : has(.description) || has(.category) ? .interests : .members)
        let file = (path as NSString).lastPathComponent
        let required: [Column]
        switch kind {
        case .members: required = [.memberName, .termStartedOn]
        case .interests: required = [.category, .description]
        case .gifts: required = [.donor, .description, .value, .receivedOn]
        }
        for r in required where !has(r) {
            problems.append(ImportProblem(file: file, line: header.line, column: r.name, value: nil,
                                          reason: "missing column (the header has: \(header.fields.joined(separator: ", ")))"))
        }
        if kind != .members && !has(.memberId) && !has(.memberName) {
            problems.append(ImportProblem(file: file, line: header.line, column: Column.memberId.name, value: nil,
                                          reason: "missing column: a member_id or member_name column names each row's member"))
        }
        if !problems.isEmpty { throw ImportFailed(problems: problems) }

        var applied = 0
        func read(_ record: (line: Int, fields: [String])) -> Row {
            applied += 1
            if applied % 10_000 == 0 { progress?(applied) }
            let row = Row(file: file, line: record.line, fields: record.fields, layout: layout)
            if let c = row.text(.council), c != council { row.problem(.council, "the row is for another council (importing into \(council))") }
            return row
        }
        /// Applies one row's change; a rule's refusal becomes the row's problem, and the import fails at the end.
        func apply(_ row: Row, _ change: (Row) throws -> Void) throws {
            do {
                try change(row)
            } catch let e as UserError {
                row.problem(fromRule: e.message)
            }
            problems += row.problems
        }
        switch kind {
        case .interests:
            // Reading and checking the rows runs on a second thread while this one writes them (see `pipelined`).
            try service.importInterests(council: council, source: file) { batch in
                let members = try MemberLookup(try batch.members(), council: council)
                let checker = try batch.checker()
                try pipelined(produce: { emit in
                    while let record = try reader.nextRecord() {
                        let row = read(record)
                        row.change = interest(row, members: members, checker: checker)
                        guard emit(row) else { return }
                    }
                }, consume: { (row: Row) in
                    try apply(row) { _ in
                        switch row.change {
                        case let .entry(entry)?: try batch.record(entry)
                        case let .nilReturn(member, table, registered, published)?:
                            try batch.nilReturn(member: member, table: table, registeredOn: registered, publishedOn: published)
                        case nil: break
                        }
                    }
                })
                if !problems.isEmpty { throw ImportFailed(problems: problems) }
            }
        case .members, .gifts:
            try service.transaction { tx in
                let members = try MemberLookup(try tx.store.read { try $0.members(council: council) }, council: council)
                while let record = try reader.nextRecord() {
                    let row = read(record)
                    try apply(row) { row in
                        if kind == .members { try member(row, tx: tx) } else { try gift(row, tx: tx, members: members) }
                    }
                }
                if !problems.isEmpty { throw ImportFailed(problems: problems) }
            }
        }
        return applied
    }

    /// Where each column is in the file, and the header's own name for it (used in messages).
    struct Layout {
        var index = [Int?](repeating: nil, count: Column.allCases.count)
        var names = [String?](repeating: nil, count: Column.allCases.count)
    }

    /// One row, with typed access to its columns; each column that cannot be read adds a problem and reads as nil.
    /// A class: rows travel from the reading thread to the writing one, and copying a struct of this size there
    /// and back was a tenth of the writer's time.
    final class Row {
        let file: String
        let line: Int
        let values: [String?]
        let names: [String?]
        var problems: [ImportProblem] = []
        /// What an interest row asks for, once read (nil while unread, or when a column cannot be read).
        var change: InterestChange?

        init(file: String, line: Int, fields: [String], layout: Layout) {
            self.file = file
            self.line = line
            self.names = layout.names
            values = layout.index.map { i in
                guard let i, i < fields.count else { return nil }
                let v = fields[i].trimmed
                return v.isEmpty ? nil : v
            }
        }

        /// A row asking for a sensitive interest: its values are not repeated in messages.
        var quiet: Bool { text(.sensitiveReason) != nil }

        func text(_ c: Column) -> String? { values[c.rawValue] }

        func problem(_ c: Column?, _ reason: String) {
            problems.append(ImportProblem(file: file, line: line, column: c.map { names[$0.rawValue] ?? $0.name },
                                          value: quiet ? nil : c.flatMap(text), reason: reason))
        }

        /// A rule's "field: reason" message, placed on the column it concerns.
        func problem(fromRule message: String) {
            let head = message.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            if let c = Column.named(byRule: head) {
                problem(c, message.dropFirst(head.count + 1).trimmed)
            } else {
                problem(nil, message)
            }
        }

        func required(_ c: Column) -> String? {
            guard let v = text(c) else {
                problem(c, "empty, and it is required")
                return nil
            }
            return v
        }

        func day(_ c: Column) -> Day? {
            guard let v = text(c) else { return nil }
            guard let d = Day(v) else {
                problem(c, "not a date (YYYY-MM-DD or DD/MM/YYYY)")
                return nil
            }
            return d
        }

        func bool(_ c: Column) -> Bool {
            guard let v = text(c)?.lowercased() else { return false }
            switch v {
            case "true", "yes", "y", "1": return true
            case "false", "no", "n", "0": return false
            default:
                problem(c, "expected true or false")
                return false
            }
        }

        func choice<T: RawRepresentable>(_ c: Column, _ expected: String) -> T? where T.RawValue == String {
            guard let v = text(c) else { return nil }
            guard let t = T(rawValue: v.lowercased()) else {
                problem(c, "expected \(expected)")
                return nil
            }
            return t
        }
    }

    /// Members of the council by id and by name (compared ignoring case, spaces and punctuation).
    struct MemberLookup {
        let council: String
        let ids: Set<Int64>
        let byName: [String: [Int64]]

        init(_ members: [Member], council: String) throws {
            self.council = council
            ids = Set(members.map(\.id))
            byName = Dictionary(grouping: members, by: { CSVImporter.normalise($0.name) }).mapValues { $0.map(\.id) }
        }

        func member(_ row: Row) -> Int64? {
            if let idText = row.text(.memberId) {
                guard let id = Int64(idText), ids.contains(id) else {
                    row.problem(.memberId, "no member with that id in \(council)")
                    return nil
                }
                return id
            }
            guard let name = row.required(.memberName) else { return nil }
            let found = byName[CSVImporter.normalise(name)] ?? []
            guard found.count == 1 else {
                row.problem(.memberName, found.isEmpty ? "no member of \(council) with that name" : "more than one member of \(council) has that name: use member_id")
                return nil
            }
            return found[0]
        }
    }

    func member(_ row: Row, tx: RegisterService) throws {
        let role: MemberRole? = row.choice(.role, "councillor, co-opted or mayor")
        let name = row.required(.memberName)
        let start = row.day(.termStartedOn)
        guard row.problems.isEmpty, let name, let start else {
            if row.problems.isEmpty { row.problem(.termStartedOn, "empty, and it is required") }
            return
        }
        _ = try tx.addMember(.init(council: council, name: name, role: role ?? .councillor, ward: row.text(.ward),
                                   party: row.text(.party), termStartsOn: start))
    }

    /// What an interest row asks the register to record, once its columns read.
    enum InterestChange {
        /// An entry the register's rules have passed, ready to write.
        case entry(CheckedEntry)
        /// A nil return, checked when it is written: it depends on the rows before it.
        case nilReturn(member: Int64, table: InterestTable, registeredOn: Day, publishedOn: Day?)
    }

    /// Reads an interest row's columns and checks an entry by the register's rules, which need nothing written before
    /// it (so this runs on the reading thread); nil when a column cannot be read or a rule refuses the entry (the row
    /// then holds the problems).
    func interest(_ row: Row, members: MemberLookup, checker: InterestChecker) -> InterestChange? {
        let m = members.member(row)
        if row.bool(.withheld) { row.problem(.withheld, "a withheld entry carries no details to import; register it with its details and a sensitive_reason") }
        let registered = row.day(.registeredOn) ?? service.today
        let published = row.day(.publishedOn)
        let ended = row.day(.endedOn)
        let aware = row.day(.awareOn)
        if row.bool(.nilReturn) {
            let t = row.text(.table).flatMap(Int.init).flatMap(InterestTable.init)
            if t == nil { row.problem(.table, "a nil return names its table, 1 or 2") }
            guard row.problems.isEmpty, let m, let t else { return nil }
            return .nilReturn(member: m, table: t, registeredOn: registered, publishedOn: published)
        }
        let holder: InterestHolder? = row.choice(.holder, "member or partner")
        let category = row.required(.category)
        let description = row.required(.description)
        if published != nil, row.text(.sensitiveReason) != nil {
            row.problem(.publishedOn, "a sensitive-interest request is decided by the Monitoring Officer before publication")
        }
        guard row.problems.isEmpty, let m, let category, let description else { return nil }
        do throws(UserError) {
            return .entry(try checker.entry(.init(
                member: m, categoryId: category, holder: holder ?? .member, description: description, bodyName: row.text(.body),
                companyNumber: row.text(.companyNumber), address: row.text(.address), postcode: row.text(.postcode),
                uprn: row.text(.uprn), awareOn: aware ?? registered, registeredOn: registered,
                sensitiveReason: row.text(.sensitiveReason)), publishedOn: published, endedOn: ended))
        } catch {
            row.problem(fromRule: error.message)
            return nil
        }
    }

    func gift(_ row: Row, tx: RegisterService, members: MemberLookup) throws {
        let m = members.member(row)
        var pence: Pence?
        if let raw = row.required(.value) {
            if raw.hasPrefix("-") {
                row.problem(.value, "must not be negative")
            } else if let p = Pence(pounds: raw) {
                pence = p
            } else {
                row.problem(.value, "not an amount in pounds (e.g. 50 or £49.99)")
            }
        }
        let outcome: GiftOutcome? = row.choice(.outcome, "accepted or declined")
        let seeks: DonorInterest? = row.choice(.donorSeeks, "none, business, permission or licence")
        let donor = row.required(.donor)
        let description = row.required(.description)
        let received = row.day(.receivedOn)
        if received == nil, row.text(.receivedOn) == nil { row.problem(.receivedOn, "empty, and it is required") }
        let registered = row.day(.registeredOn) ?? service.today
        guard row.problems.isEmpty, let m, let pence, let donor, let description, let received else { return }
        _ = try tx.addGift(.init(member: m, donor: donor, description: description, value: pence, receivedOn: received,
                                 registeredOn: registered, outcome: outcome ?? .accepted, donorInterest: seeks ?? .none))
    }
}
