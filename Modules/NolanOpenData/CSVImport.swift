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

    /// Column names as spreadsheets write them, matched ignoring case, spaces and punctuation.
    static let aliases: [String: [String]] = [
        "council": ["council"],
        "member_id": ["memberid", "councillorid"],
        "member_name": ["membername", "member", "councillor", "councillorname", "name"],
        "role": ["role"], "ward": ["ward"], "party": ["party", "group", "politicalparty"],
        "term_started_on": ["termstartedon", "termstart", "starts", "startdate", "declarationofacceptance"],
        "category": ["category", "categoryid"], "holder": ["holder", "whose"],
        "description": ["description", "details", "interest"],
        "body": ["body", "bodyname", "employer", "company", "organisation", "organization"],
        "company_number": ["companynumber", "companyno", "companieshousenumber"],
        "address": ["address", "landaddress"], "postcode": ["postcode", "postalcode"], "uprn": ["uprn"],
        "aware_on": ["awareon", "aware", "dateaware"],
        "registered_on": ["registeredon", "registered", "dateregistered", "notifiedon"],
        "published_on": ["publishedon", "published", "acceptedon"],
        "ended_on": ["endedon", "ended", "dateended"],
        "sensitive_reason": ["sensitivereason"], "withheld": ["withheld"], "nil_return": ["nilreturn"],
        "donor": ["donor", "from", "giver"], "value": ["value", "valuepounds", "estimatedvalue", "amount"],
        "received_on": ["receivedon", "received", "datereceived", "offeredon"],
        "outcome": ["outcome"], "donor_seeks": ["donorseeks"],
    ]

    static func normalise(_ s: String) -> String { s.lowercased().filter { $0.isLetter || $0.isNumber } }

    /// Imports `path`; returns how many rows were applied.
    public func importFile(_ path: String, encoding: CSVEncoding? = nil, table: ImportTable? = nil) throws -> Int {
        var reader = try CSVReader(path: path, encoding: encoding)
        guard let header = try reader.nextRecord() else { throw OpenDataError("\(path): the file is empty") }
        var columns: [String: Int] = [:]
        var names: [String: String] = [:]
        for (i, raw) in header.fields.enumerated() {
            let n = Self.normalise(raw)
            for (canonical, forms) in Self.aliases where forms.contains(n) && columns[canonical] == nil {
                columns[canonical] = i
                names[canonical] = raw
            }
        }
        let kind = table ?? (columns["donor"] != nil ? .gifts : columns["description"] != nil || columns["category"] != nil ? .interests : .members)
        let file = (path as NSString).lastPathComponent
        var problems: [ImportProblem] = []
        var applied = 0
        let required: [String]
        switch kind {
        case .members: required = ["member_name", "term_started_on"]
        case .interests: required = ["category", "description"]
        case .gifts: required = ["donor", "description", "value", "received_on"]
        }
        for r in required where columns[r] == nil {
            problems.append(ImportProblem(file: file, line: header.line, column: r, value: nil,
                                          reason: "missing column (the header has: \(header.fields.joined(separator: ", ")))"))
        }
        if kind != .members && columns["member_id"] == nil && columns["member_name"] == nil {
            problems.append(ImportProblem(file: file, line: header.line, column: "member_id", value: nil,
                                          reason: "missing column: a member_id or member_name column names each row's member"))
        }
        if !problems.isEmpty { throw ImportFailed(problems: problems) }

        try service.transaction { tx in
            let members = try tx.store.read { try $0.members(council: council) }
            while let record = try reader.nextRecord() {
                applied += 1
                if applied % 10_000 == 0 { progress?(applied) }
                let row = Row(file: file, line: record.line, fields: record.fields, columns: columns, names: names)
                do {
                    try apply(kind, row, tx: tx, members: members)
                } catch let e as RowProblem {
                    problems.append(e.problem)
                } catch let e as UserError {
                    problems.append(row.problem(fromServiceError: e.message))
                }
            }
            if !problems.isEmpty { throw ImportFailed(problems: problems) }
        }
        return applied
    }

    struct RowProblem: Error { var problem: ImportProblem }

    /// One row, with typed access to its columns.
    struct Row {
        let file: String
        let line: Int
        let fields: [String]
        let columns: [String: Int]
        let names: [String: String]
        /// A row asking for a sensitive interest: its values are not repeated in messages.
        var quiet: Bool { !(text("sensitive_reason") ?? "").isEmpty }

        func text(_ c: String) -> String? {
            guard let i = columns[c], i < fields.count else { return nil }
            let v = fields[i].trimmed
            return v.isEmpty ? nil : v
        }

        func fail(_ c: String?, _ reason: String) -> RowProblem {
            RowProblem(problem: ImportProblem(file: file, line: line, column: c.map { names[$0] ?? $0 },
                                              value: quiet ? nil : c.flatMap(text), reason: reason))
        }

        func required(_ c: String) throws -> String {
            guard let v = text(c) else { throw fail(c, "empty, and it is required") }
            return v
        }

        func day(_ c: String) throws -> Day? {
            guard let v = text(c) else { return nil }
            guard let d = Day(v) else { throw fail(c, "not a date (YYYY-MM-DD or DD/MM/YYYY)") }
            return d
        }

        func bool(_ c: String) throws -> Bool {
            guard let v = text(c)?.lowercased() else { return false }
            switch v {
            case "true", "yes", "y", "1": return true
            case "false", "no", "n", "0": return false
            default: throw fail(c, "expected true or false")
            }
        }

        /// Maps a rule's "field: reason" message to the column it concerns.
        func problem(fromServiceError message: String) -> ImportProblem {
            let fieldToColumn = [
                "registered": "registered_on", "aware": "aware_on", "received": "received_on", "description": "description",
                "category": "category", "holder": "holder", "postcode": "postcode", "uprn": "uprn",
                "company-number": "company_number", "body": "body", "address": "address", "ward": "ward", "name": "member_name",
                "term start": "term_started_on", "value": "value", "donor": "donor", "on": "published_on", "role": "role",
                "sensitive-reason": "sensitive_reason",
            ]
            let head = message.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            if let c = fieldToColumn[head] {
                let reason = message.dropFirst(head.count + 1).trimmingCharacters(in: .whitespaces)
                return ImportProblem(file: file, line: line, column: names[c] ?? c, value: quiet ? nil : text(c), reason: reason)
            }
            return ImportProblem(file: file, line: line, column: nil, value: nil, reason: message)
        }
    }

    func member(_ row: Row, _ members: [Member]) throws -> Int64 {
        if let idText = row.text("member_id") {
            guard let id = Int64(idText), members.contains(where: { $0.id == id }) else {
                throw row.fail("member_id", "no member with that id in \(council)")
            }
            return id
        }
        let name = try row.required("member_name")
        let found = members.filter { CSVImporter.normalise($0.name) == CSVImporter.normalise(name) }
        guard found.count == 1 else {
            throw row.fail("member_name", found.isEmpty ? "no member of \(council) with that name" : "more than one member of \(council) has that name: use member_id")
        }
        return found[0].id
    }

    func apply(_ kind: ImportTable, _ row: Row, tx: RegisterService, members: [Member]) throws {
        if let c = row.text("council"), c != council { throw row.fail("council", "the row is for another council (importing into \(council))") }
        switch kind {
        case .members:
            let role = try row.text("role").map { r in
                guard let v = MemberRole(rawValue: r.lowercased()) else { throw row.fail("role", "expected councillor, co-opted or mayor") }
                return v
            } ?? .councillor
            _ = try tx.addMember(.init(council: council, name: try row.required("member_name"), role: role, ward: row.text("ward"),
                                       party: row.text("party"), termStartsOn: try row.day("term_started_on")!))
        case .interests:
            let m = try member(row, members)
            if try row.bool("withheld") { throw row.fail("withheld", "a withheld entry carries no details to import; register it with its details and a sensitive_reason") }
            let registered = try row.day("registered_on") ?? tx.today
            if try row.bool("nil_return") {
                guard let t = row.text("table").flatMap(Int.init).flatMap(InterestTable.init) else { throw row.fail("table", "a nil return names its table, 1 or 2") }
                let i = try tx.nilReturn(member: m, table: t, registeredOn: registered)
                if let p = try row.day("published_on") { _ = try tx.review(i.id, .accept, comment: nil, on: p) }
                return
            }
            let holder = try row.text("holder").map { h in
                guard let v = InterestHolder(rawValue: h.lowercased()) else { throw row.fail("holder", "expected member or partner") }
                return v
            } ?? .member
            let (i, _) = try tx.registerInterest(.init(
                member: m, categoryId: try row.required("category"), holder: holder, description: try row.required("description"),
                bodyName: row.text("body"), companyNumber: row.text("company_number"), address: row.text("address"),
                postcode: row.text("postcode"), uprn: row.text("uprn"), awareOn: try row.day("aware_on") ?? registered,
                registeredOn: registered, sensitiveReason: row.text("sensitive_reason")))
            if let p = try row.day("published_on") {
                if i.sensitivity == .requested { throw row.fail("published_on", "a sensitive-interest request is decided by the Monitoring Officer before publication") }
                _ = try tx.review(i.id, .accept, comment: nil, on: p)
            }
            if let e = try row.day("ended_on") { _ = try tx.endInterest(i.id, on: e) }
        case .gifts:
            let m = try member(row, members)
            let raw = try row.required("value")
            if raw.hasPrefix("-") { throw row.fail("value", "must not be negative") }
            guard let pence = Pence(pounds: raw) else { throw row.fail("value", "not an amount in pounds (e.g. 50 or £49.99)") }
            let outcome = try row.text("outcome").map { o in
                guard let v = GiftOutcome(rawValue: o.lowercased()) else { throw row.fail("outcome", "expected accepted or declined") }
                return v
            } ?? .accepted
            let seeks = try row.text("donor_seeks").map { o in
                guard let v = DonorInterest(rawValue: o.lowercased()) else { throw row.fail("donor_seeks", "expected none, business, permission or licence") }
                return v
            } ?? .none
            let received = try row.day("received_on")!
            _ = try tx.addGift(.init(member: m, donor: try row.required("donor"), description: try row.required("description"),
                                     value: pence, receivedOn: received, registeredOn: try row.day("registered_on") ?? tx.today,
                                     outcome: outcome, donorInterest: seeks))
        }
    }
}
