import Foundation
import NolanDomain
import NolanPolicy
import NolanRegister

/// Imports Nolan's own register XML (`register.xml`, namespace `urn:nolan:register:1`) into one council of an
/// empty database, keeping the ids, so that exporting again gives the same files (apart from generation times).
///
/// Streaming: members, dispensations and meetings are read one element at a time. Everything goes through the
/// register's rules in one transaction. A public export carries no details of a withheld interest, so one is imported
/// as a withheld placeholder: it stays withheld, with the same id.
public struct RegisterXMLImporter {
    let service: RegisterService
    let council: String
    /// Called as the streamed XML import passes each 10,000 entries read (the CLI shows it on a terminal).
    let progress: ((Int) -> Void)?

    public init(service: RegisterService, council: String, progress: ((Int) -> Void)? = nil) {
        self.service = service
        self.council = council
        self.progress = progress
    }

    public struct Result: Sendable, Equatable {
        public var members = 0
        public var interests = 0
        public var gifts = 0
        public var dispensations = 0
        public var meetings = 0
    }

    /// Imports Nolan's own register JSON (`register.json`): the same records as the XML, read whole (a JSON
    /// document is parsed at once; the XML import streams).
    public func importJSON(_ path: String) throws -> Result {
        guard let data = FileManager.default.contents(atPath: path) else { throw OpenDataError("\(path): cannot be read") }
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw OpenDataError("\(path): not valid JSON: \(error.localizedDescription)")
        }
        guard let doc = root as? [String: Any], doc["schema"] as? String == "nolan-register-1",
              let registers = doc["registers"] as? [[String: Any]] else {
            throw OpenDataError("\(path): not a Nolan register JSON file (schema nolan-register-1)")
        }
        guard let register = registers.first(where: { (($0["council"] as? [String: Any])?["slug"] as? String) == council }) else {
            throw OpenDataError("\(path): no register for council '\(council)' in the file")
        }
        return try importTrees(
            members: (register["persons"] as? [[String: Any]] ?? []).map(JSONTree.member),
            dispensations: (register["dispensations"] as? [[String: Any]] ?? []).map(JSONTree.dispensation),
            meetings: (register["meetings"] as? [[String: Any]] ?? []).map(JSONTree.meeting),
            file: (path as NSString).lastPathComponent)
    }

    public func importFile(_ path: String) throws -> Result {
        let file = (path as NSString).lastPathComponent
        let plan = IdPlan()
        var result = Result()
        var inCouncil = false
        var found = false
        /// The writing thread has stopped (it met a problem): the reading thread stops too.
        struct Stopped: Error {}
        /// What the reading thread hands over: a member read into values, or a dispensation or meeting element.
        enum Record {
            case member(MemberRecord)
            case element(XMLElement)
        }
        func located(_ line: Int, _ body: () throws -> Void) throws {
            do { try body() } catch let u as UserError {
                throw ImportFailed(problems: [ImportProblem(file: file, line: line, column: nil, value: nil, reason: u.message)])
            }
        }
        try service.transaction(ids: plan) { tx in try tx.importInterests(council: council, source: file) { batch in
            // The file is read on a second thread while this one writes (see `pipelined`). A member element carries
            // all their entries (a thousand, in the benchmark's register), so members are handed over one at a time.
            try pipelined(batchSize: 1, produce: { emit in
                // Members are read straight from the stream: their entries and gifts as flat elements, without an
                // element tree (building and freeing one was most of the reading thread's time on a large feed).
                // Dispensations and meetings, a few per council, are read as trees.
                var tree = XMLTreeBuilder()
                var member: MemberRecord?
                var flat: FlatElement?
                var leaf: String?
                var leafText = ""
                /// Depth inside elements that no record reads (they are skipped with everything in them).
                var skipped = 0
                var entries = 0
                do {
                    try XMLRecordReader(path: path).stream(root: { name, line in
                        guard name == "registers" else {
                            throw OpenDataError("\(path):\(line): the root element is <\(name)>, not <registers>: not a Nolan register XML file")
                        }
                    }, open: { name, attributes, line in
                        if skipped > 0 || leaf != nil {
                            skipped += 1
                        } else if tree.isBuilding {
                            tree.open(name, attributes, line: line)
                        } else if flat != nil {
                            leaf = name
                            leafText = ""
                        } else if member != nil {
                            if name == "interest" || name == "gift" {
                                flat = FlatElement(name: name, line: line, attributes: attributes)
                            } else {
                                skipped = 1
                            }
                        } else if name == "council" {
                            inCouncil = attributes["slug"] == council
                            found = found || inCouncil
                        } else if inCouncil, name == "member" {
                            try located(line) { member = try memberRecord(FlatElement(name: name, line: line, attributes: attributes)) }
                        } else if inCouncil, name == "dispensation" || name == "meeting" {
                            tree.open(name, attributes, line: line)
                        }
                    }, text: { text in
                        if skipped > 0 {
                            return
                        } else if leaf != nil {
                            if leafText.isEmpty { leafText = text } else { leafText += text }
                        } else if tree.isBuilding {
                            tree.text(text)
                        }
                    }, close: {
                        if skipped > 0 {
                            skipped -= 1
                        } else if tree.isBuilding {
                            if let e = tree.close(), !emit(.element(e)) { throw Stopped() }
                        } else if let l = leaf {
                            flat?.leaves.append((l, leafText))
                            leaf = nil
                        } else if let f = flat, let id = member?.id {
                            try located(f.line) {
                                if f.name == "interest" { member?.entries.append(try entry(f, member: id)) } else { member?.gifts.append(try gift(f, member: id)) }
                            }
                            flat = nil
                        } else if let m = member {
                            if let progress, (entries + m.entries.count) / 10_000 > entries / 10_000 { progress(entries + m.entries.count) }
                            entries += m.entries.count
                            member = nil
                            if !emit(.member(m)) { throw Stopped() }
                        }
                    })
                } catch is Stopped {
                    return
                }
                if !found { throw OpenDataError("\(path): no <council slug=\"\(council)\"> in the file") }
            }, consume: { (record: Record) in
                switch record {
                case let .member(m): try located(m.line) { try apply(m, tx: tx, batch: batch, plan: plan, result: &result) }
                case let .element(e):
                    try located(e.line) {
                        if e.name == "dispensation" {
                            try dispensation(e, tx: tx, plan: plan, result: &result)
                        } else {
                            try meeting(e, tx: tx, plan: plan, result: &result)
                        }
                    }
                }
            })
        } }
        return result
    }

    func need(_ e: some XMLFields, _ name: String) throws -> String {
        if let v = e.attributes[name] ?? e.value(name) { return v }
        throw UserError("<\(e.name)> has no \(name)")
    }

    func day(_ e: some XMLFields, _ name: String) throws -> Day {
        let t = try need(e, name)
        guard let d = Day(t) else { throw UserError("<\(e.name)> \(name): '\(t)' is not a date") }
        return d
    }

    func id(_ e: some XMLFields, _ name: String = "id") throws -> Int64 {
        let t = try need(e, name)
        guard let v = Int64(t), v > 0 else { throw UserError("<\(e.name)> \(name): '\(t)' is not an id") }
        return v
    }

    /// A `<member>` element read into values: done on the reading thread of a streamed import, so that the writing
    /// thread only applies the register's rules and writes.
    struct MemberRecord {
        enum Entry {
            case withheld
            case nilReturn(InterestTable, registeredOn: Day, publishedOn: Day?)
            case interest(RegisterService.NewInterest, publishedOn: Day?, endedOn: Day?)
        }

        var line: Int
        var id: Int64
        var member: RegisterService.NewMember
        var entries: [(id: Int64, entry: Entry)] = []
        var gifts: [(id: Int64, gift: RegisterService.NewGift)] = []
    }

    func readMember(_ e: XMLElement) throws -> MemberRecord {
        var r = try memberRecord(e)
        for i in e.all("interest") { r.entries.append(try entry(i, member: r.id)) }
        for g in e.all("gift") { r.gifts.append(try gift(g, member: r.id)) }
        return r
    }

    /// A member from their element's attributes, before their entries and gifts.
    func memberRecord(_ e: some XMLFields) throws -> MemberRecord {
        let started = try day(e, "termStarted")
        guard let role = MemberRole(rawValue: try need(e, "role")) else { throw UserError("<member> role: not councillor, co-opted or mayor") }
        return MemberRecord(line: e.line, id: try id(e), member: .init(
            council: council, name: try need(e, "name"), role: role, ward: e.attributes["ward"], party: e.attributes["party"],
            termStartsOn: started))
    }

    func entry(_ i: some XMLFields, member: Int64) throws -> (id: Int64, entry: MemberRecord.Entry) {
        if i.attributes["withheld"] == "true" { return (try id(i), .withheld) }
        if i.attributes["nilReturn"] == "true" {
            guard let t = i.attributes["table"].flatMap(Int.init).flatMap(InterestTable.init) else { throw UserError("<interest> nil return without a table") }
            return (try id(i), .nilReturn(t, registeredOn: try day(i, "registered"), publishedOn: i.value("published").flatMap(Day.init)))
        }
        let registered = try day(i, "registered")
        return (try id(i), .interest(.init(
            member: member, categoryId: try need(i, "category"), description: try need(i, "description"),
            bodyName: i.value("body"), companyNumber: i.value("companyNumber"), address: i.value("address"),
            postcode: i.value("postcode"), uprn: i.value("uprn"), awareOn: registered, registeredOn: registered),
            publishedOn: i.value("published").flatMap(Day.init), endedOn: i.value("ended").flatMap(Day.init)))
    }

    func gift(_ g: some XMLFields, member: Int64) throws -> (id: Int64, gift: RegisterService.NewGift) {
        guard let value = Pence(pounds: try need(g, "value")) else { throw UserError("<gift> value: not an amount") }
        guard let outcome = GiftOutcome(rawValue: try need(g, "outcome")) else { throw UserError("<gift> outcome: not accepted or declined") }
        return (try id(g), .init(member: member, donor: try need(g, "donor"), description: try need(g, "description"),
                                 value: value, receivedOn: try day(g, "received"), registeredOn: try day(g, "registered"),
                                 outcome: outcome, donorInterest: .none))
    }

    /// Adds the member with their entries and gifts, keeping the ids the file gives them.
    func apply(_ r: MemberRecord, tx: RegisterService, batch: InterestBatch, plan: IdPlan, result: inout Result) throws {
        plan.member = r.id
        let (m, _) = try tx.addMember(r.member)
        result.members += 1
        for (id, entry) in r.entries {
            plan.interest = id
            switch entry {
            case .withheld:
                try batch.withheld(member: m.id, on: r.member.termStartsOn)
            case let .nilReturn(table, registered, published):
                try batch.nilReturn(member: m.id, table: table, registeredOn: registered, publishedOn: published)
            case let .interest(input, published, ended):
                try batch.register(input, publishedOn: published, endedOn: ended)
            }
            result.interests += 1
        }
        for (id, gift) in r.gifts {
            plan.gift = id
            _ = try tx.addGift(gift)
            result.gifts += 1
        }
    }

    func dispensation(_ e: XMLElement, tx: RegisterService, plan: IdPlan, result: inout Result) throws {
        plan.dispensation = try id(e)
        let grounds = try need(e, "grounds").split(separator: " ").map { g in
            guard let v = DispensationGround(rawValue: String(g)) else { throw UserError("<dispensation> grounds: '\(g)' is not (a)-(e)") }
            return v
        }
        let permits = try need(e, "permits").split(separator: " ").map { p in
            guard let v = DispensationPermission(rawValue: String(p)) else { throw UserError("<dispensation> permits: '\(p)' is not speak, take-part or vote") }
            return v
        }
        _ = try tx.grantDispensation(.init(
            member: try id(e, "member"), matter: e.value("matter") ?? "Matter withheld with the sensitive interest it concerns",
            interestId: e.attributes["interest"].flatMap(Int64.init), grounds: grounds, grantedOn: try day(e, "granted"),
            expiresOn: try day(e, "expires"), permits: permits))
        result.dispensations += 1
    }

    func meeting(_ e: XMLElement, tx: RegisterService, plan: IdPlan, result: inout Result) throws {
        plan.meeting = try id(e)
        let m = try tx.addMeeting(council: council, committee: try need(e, "committee"), on: try day(e, "date"))
        // Attendance: every member who declared, and (from the JSON feed) the members listed as attending.
        var attending = Set(try e.all("item").flatMap { try $0.all("declaration").map { try id($0, "member") } })
        let members = try tx.store.read { try $0.members(council: council) }
        for a in e.all("attending") {
            guard let m = members.first(where: { $0.name == a.text }) else { throw UserError("<meeting> attending: no member named '\(a.text)'") }
            attending.insert(m.id)
        }
        try tx.attend(meeting: m.id, members: attending.sorted())
        for item in e.all("item") {
            let added = try tx.addAgendaItem(meeting: m.id, number: try need(item, "number"), title: try need(item, "title"),
                                             publicMaySpeak: item.attributes["publicMaySpeak"] == "true",
                                             restricted: item.attributes["restricted"] == "true")
            for d in item.all("declaration") {
                guard let kind = DeclaredKind(rawValue: try need(d, "kind")), let action = DeclarationAction(rawValue: try need(d, "action")) else {
                    throw UserError("<declaration> kind or action not recognised")
                }
                _ = try tx.declare(.init(meeting: m.id, item: added.id, member: try id(d, "member"), kind: kind,
                                         interestId: d.attributes["interest"].flatMap(Int64.init), nature: d.value("nature"), action: action))
            }
        }
        result.meetings += 1
    }
}

/// Turns the JSON feed's objects into the element trees the XML import reads, so one set of rules imports both.
enum JSONTree {
    static func text(_ v: Any?) -> String? {
        switch v {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    static func element(_ name: String, attributes: [String: Any?], children: [String: Any?] = [:]) -> XMLElement {
        let e = XMLElement(name: name, line: 0)
        for (k, v) in attributes { if let t = text(v) { e.attributes[k] = t } }
        for (k, v) in children.sorted(by: { $0.key < $1.key }) {
            guard let t = text(v) else { continue }
            let c = XMLElement(name: k, line: 0)
            c.text = t
            e.children.append(c)
        }
        return e
    }

    static func bool(_ v: Any?) -> String? { (v as? Bool).map { $0 ? "true" : "false" } }

    static func member(_ p: [String: Any]) -> XMLElement {
        let m = element("member", attributes: ["id": p["id"], "name": p["name"], "role": p["role"], "ward": p["ward"],
                                               "party": p["party"], "termStarted": p["termStarted"]])
        for c in p["categories"] as? [[String: Any]] ?? [] {
            for entry in c["entries"] as? [[String: Any]] ?? [] {
                let details = entry["details"] as? [String: Any] ?? [:]
                let withheld = (entry["withheld"] as? Bool) == true
                let nilReturn = (entry["nullEntry"] as? Bool) == true
                m.children.append(element("interest", attributes: [
                    "id": entry["id"], "withheld": bool(entry["withheld"]), "table": c["table"],
                    "category": withheld || nilReturn ? nil : c["category"], "nilReturn": bool(entry["nullEntry"]),
                ], children: [
                    "description": entry["description"], "body": details["body"], "companyNumber": details["companyNumber"],
                    "address": details["address"], "postcode": details["postcode"], "uprn": details["uprn"],
                    "registered": entry["registered"], "published": entry["published"], "ended": entry["ended"],
                ]))
            }
        }
        for g in p["gifts"] as? [[String: Any]] ?? [] {
            m.children.append(element("gift", attributes: ["id": g["id"], "outcome": g["outcome"]], children: [
                "donor": g["donor"], "description": g["description"], "value": g["value"], "received": g["receivedOn"],
                "registered": g["registeredOn"],
            ]))
        }
        return m
    }

    static func dispensation(_ d: [String: Any]) -> XMLElement {
        element("dispensation", attributes: ["id": d["id"], "member": d["memberId"], "memberName": d["memberName"], "interest": d["interestId"]],
                children: ["matter": d["matter"], "grounds": (d["grounds"] as? [String])?.joined(separator: " "),
                           "granted": d["grantedOn"], "expires": d["expiresOn"], "permits": (d["permits"] as? [String])?.joined(separator: " ")])
    }

    static func meeting(_ m: [String: Any]) -> XMLElement {
        let e = element("meeting", attributes: ["id": m["id"], "date": m["meetsOn"], "committee": m["committee"]])
        for name in m["attending"] as? [String] ?? [] {
            let a = XMLElement(name: "attending", line: 0)
            a.text = name
            e.children.append(a)
        }
        for i in m["items"] as? [[String: Any]] ?? [] {
            let item = element("item", attributes: ["number": i["number"], "title": i["title"],
                                                    "publicMaySpeak": bool(i["publicMaySpeak"]), "restricted": bool(i["restricted"])])
            for d in i["declarations"] as? [[String: Any]] ?? [] {
                item.children.append(element("declaration", attributes: [
                    "member": d["memberId"], "memberName": d["memberName"], "kind": d["kind"], "interest": d["interestId"],
                    "sensitive": bool(d["sensitive"]), "action": d["action"],
                ], children: ["nature": d["nature"]]))
            }
            e.children.append(item)
        }
        return e
    }
}

extension RegisterXMLImporter {
    /// Imports a council folder of Nolan's own CSV export (members, interests, gifts, dispensations and declarations
    /// `.csv`) into an empty database, keeping ids, by the same rules as the XML import.
    public func importCSVFolder(_ folder: String) throws -> Result {
        func table(_ name: String) throws -> [[String: String]] {
            let path = (folder as NSString).appendingPathComponent("\(name).csv")
            guard FileManager.default.fileExists(atPath: path) else { return [] }
            var reader = try CSVReader(path: path, encoding: .utf8)
            guard let header = try reader.nextRecord()?.fields else { return [] }
            var rows: [[String: String]] = []
            while let r = try reader.nextRecord() {
                var row: [String: String] = [:]
                for (k, v) in zip(header, r.fields) where !v.isEmpty { row[k] = v }
                if let c = row["council"], c != council { continue }
                rows.append(row)
            }
            return rows
        }
        let interests = Dictionary(grouping: try table("interests"), by: { $0["member_id"] ?? "" })
        let gifts = Dictionary(grouping: try table("gifts"), by: { $0["member_id"] ?? "" })
        var members: [XMLElement] = []
        for m in try table("members") {
            let e = JSONTree.element("member", attributes: ["id": m["member_id"], "name": m["name"], "role": m["role"],
                                                             "ward": m["ward"], "party": m["party"], "termStarted": m["term_started_on"]])
            for i in interests[m["member_id"] ?? ""] ?? [] {
                e.children.append(JSONTree.element("interest", attributes: [
                    "id": i["entry_id"], "withheld": i["withheld"], "table": i["table"], "category": i["category"], "nilReturn": i["nil_return"],
                ], children: [
                    "description": i["description"], "body": i["body"], "companyNumber": i["company_number"], "address": i["address"],
                    "postcode": i["postcode"], "uprn": i["uprn"], "registered": i["registered_on"], "published": i["published_on"],
                    "ended": i["ended_on"],
                ]))
            }
            for g in gifts[m["member_id"] ?? ""] ?? [] {
                e.children.append(JSONTree.element("gift", attributes: ["id": g["gift_id"], "outcome": g["outcome"]], children: [
                    "donor": g["donor"], "description": g["description"], "value": g["value_pounds"], "received": g["received_on"],
                    "registered": g["registered_on"],
                ]))
            }
            members.append(e)
        }
        let dispensations = try table("dispensations").map { d in
            JSONTree.element("dispensation", attributes: ["id": d["dispensation_id"], "member": d["member_id"], "interest": d["interest_id"]],
                             children: ["matter": d["matter"], "grounds": d["grounds"], "granted": d["granted_on"],
                                        "expires": d["expires_on"], "permits": d["permits"]])
        }
        var meetings: [XMLElement] = []
        var byMeeting: [String: XMLElement] = [:]
        for d in try table("declarations") {
            let key = d["meeting_id"] ?? ""
            let meeting = byMeeting[key] ?? {
                let m = JSONTree.element("meeting", attributes: ["id": d["meeting_id"], "date": d["meeting_date"], "committee": d["committee"]])
                byMeeting[key] = m
                meetings.append(m)
                return m
            }()
            let item = meeting.all("item").first { $0.attributes["number"] == d["item_number"] } ?? {
                let i = JSONTree.element("item", attributes: ["number": d["item_number"], "title": d["item_title"]])
                meeting.children.append(i)
                return i
            }()
            item.children.append(JSONTree.element("declaration", attributes: [
                "member": d["member_id"], "kind": d["kind"], "interest": d["interest_id"], "sensitive": d["sensitive"], "action": d["action"],
            ], children: ["nature": d["nature"]]))
        }
        return try importTrees(members: members, dispensations: dispensations, meetings: meetings, file: (folder as NSString).lastPathComponent)
    }

    /// Applies member, dispensation and meeting trees in one transaction, keeping their ids.
    func importTrees(members: [XMLElement], dispensations: [XMLElement], meetings: [XMLElement], file: String) throws -> Result {
        let plan = IdPlan()
        var result = Result()
        try service.transaction(ids: plan) { tx in try tx.importInterests(council: council, source: file) { batch in
            func apply(_ e: XMLElement, _ body: () throws -> Void) throws {
                do { try body() } catch let u as UserError {
                    throw ImportFailed(problems: [ImportProblem(file: file, line: e.line, column: e.name, value: e.attributes["id"], reason: u.message)])
                }
            }
            for e in members { try apply(e) { try self.apply(try readMember(e), tx: tx, batch: batch, plan: plan, result: &result) } }
            for e in dispensations { try apply(e) { try dispensation(e, tx: tx, plan: plan, result: &result) } }
            for e in meetings { try apply(e) { try meeting(e, tx: tx, plan: plan, result: &result) } }
        } }
        return result
    }
}
