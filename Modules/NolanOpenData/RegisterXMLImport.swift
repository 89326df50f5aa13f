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
        /// What the reading thread hands over: a member read into values, or a dispensation or meeting element.
        enum Record {
            case member(MemberRecord)
            case element(XMLElement)
        }
        func located<T>(_ line: Int, _ body: () throws -> T) throws -> T {
            do { return try body() } catch let u as UserError {
                throw ImportFailed(problems: [ImportProblem(file: file, line: line, column: nil, value: nil, reason: u.message)])
            }
        }
        try service.transaction(ids: plan) { tx in try tx.importInterests(council: council, source: file) { batch in
            // The file is read on a second thread while this one applies the register's rules and writes (see
            // `pipelined`). A member element carries all their entries (a thousand, in the benchmark's register), so
            // members are handed over one at a time. Reading (libxml2 alone takes as long as xmllint) is the larger
            // job of the two: the rules run here, and the records are freed here too. Measured on the benchmark's
            // million-entry feed, checking the entries on the reading thread instead made the import 0.3 s slower.
            try pipelined(batchSize: 1, freeOnProducer: false, produce: { emit in
                // Members are read straight from the stream into values, their entries and gifts field by field
                // (`EntryFields`), without an element tree: building and freeing one per entry was most of the
                // reading thread's time on a large feed. Dispensations and meetings, a few per council, are trees.
                let xml = try XMLPullReader(path: path)
                let root = try xml.root()
                guard root.name == "registers" else {
                    throw OpenDataError("\(path):\(root.line): the root element is <\(root.name)>, not <registers>: not a Nolan register XML file")
                }
                let councilName = xml.name("council"), memberName = xml.name("member"), slug = xml.name("slug")
                let interestName = xml.name("interest"), giftName = xml.name("gift")
                let dispensationName = xml.name("dispensation"), meetingName = xml.name("meeting")
                let fields = EntryFields.Field.allCases.map { (xml.name(String(describing: $0)), $0) }
                func field(_ n: XMLName) -> EntryFields.Field? { fields.first { $0.0 == n }?.1 }

                /// The entry just started, its attributes and then its text-only children, to its end.
                func readEntry(_ name: String) throws -> EntryFields {
                    var f = EntryFields(name: name, line: xml.line)
                    xml.forEachAttribute { n, value in
                        if let field = field(n) { f.set(field, value()) }
                    }
                    while let e = try xml.next() {
                        switch e {
                        case .end: return f
                        case .text: continue
                        case let .start(n):
                            if let field = field(n) { f.set(field, try xml.elementText()) } else { try xml.skipElement() }
                        }
                    }
                    return f
                }
                /// The member just started, with their entries and gifts, to their end.
                func readMember() throws -> MemberRecord {
                    let line = xml.line
                    let element = XMLElement(name: "member", line: line)
                    element.attributes = xml.attributes
                    var m = try located(line) { try memberRecord(element) }
                    while let e = try xml.next() {
                        switch e {
                        case .end: return m
                        case .text: continue
                        case let .start(n) where n == interestName:
                            let f = try readEntry("interest")
                            m.entries.append(try located(f.line) { try entry(f, member: m.id) })
                        case let .start(n) where n == giftName:
                            let f = try readEntry("gift")
                            m.gifts.append(try located(f.line) { try gift(f, member: m.id) })
                        case .start:
                            try xml.skipElement()
                        }
                    }
                    return m
                }

                var inCouncil = false
                var found = false
                var entries = 0
                while let e = try xml.next() {
                    guard case let .start(n) = e else { continue }
                    if n == councilName {
                        var s: String?
                        xml.forEachAttribute { name, value in if name == slug { s = value() } }
                        inCouncil = s == council
                        found = found || inCouncil
                    } else if inCouncil, n == memberName {
                        let m = try readMember()
                        if let progress, (entries + m.entries.count) / 10_000 > entries / 10_000 { progress(entries + m.entries.count) }
                        entries += m.entries.count
                        if !emit(.member(m)) { return }
                    } else if inCouncil, n == dispensationName || n == meetingName {
                        if !emit(.element(try xml.element(named: n))) { return }
                    }
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

    func need(_ e: XMLElement, _ name: String) throws -> String {
        if let v = e.attributes[name] ?? e.value(name) { return v }
        throw UserError("<\(e.name)> has no \(name)")
    }

    func day(_ e: XMLElement, _ name: String) throws -> Day {
        try Self.day(try need(e, name), element: e.name, name)
    }

    /// `name` is made into text only for the error: entries' days are read a few million times in a large feed.
    static func day(_ t: String, element: String, _ name: @autoclosure () -> String) throws -> Day {
        guard let d = Day(t) else { throw UserError("<\(element)> \(name()): '\(t)' is not a date") }
        return d
    }

    func id(_ e: XMLElement, _ name: String = "id") throws -> Int64 {
        try Self.id(try need(e, name), element: e.name, name)
    }

    static func id(_ t: String, element: String, _ name: String) throws -> Int64 {
        guard let v = Int64(t), v > 0 else { throw UserError("<\(element)> \(name): '\(t)' is not an id") }
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
        for i in e.all("interest") { r.entries.append(try entry(EntryFields(i), member: r.id)) }
        for g in e.all("gift") { r.gifts.append(try gift(EntryFields(g), member: r.id)) }
        return r
    }

    /// A member from their element's attributes, before their entries and gifts.
    func memberRecord(_ e: XMLElement) throws -> MemberRecord {
        let started = try day(e, "termStarted")
        guard let role = MemberRole(rawValue: try need(e, "role")) else { throw UserError("<member> role: not councillor, co-opted or mayor") }
        return MemberRecord(line: e.line, id: try id(e), member: .init(
            council: council, name: try need(e, "name"), role: role, ward: e.attributes["ward"], party: e.attributes["party"],
            termStartsOn: started))
    }

    func entry(_ i: EntryFields, member: Int64) throws -> (id: Int64, entry: MemberRecord.Entry) {
        if i[.withheld] == "true" { return (try i.entryId(), .withheld) }
        if i[.nilReturn] == "true" {
            guard let t = i[.table].flatMap(Int.init).flatMap(InterestTable.init) else { throw UserError("<interest> nil return without a table") }
            return (try i.entryId(), .nilReturn(t, registeredOn: try i.day(.registered), publishedOn: i[.published].flatMap(Day.init)))
        }
        let registered = try i.day(.registered)
        return (try i.entryId(), .interest(.init(
            member: member, categoryId: try i.need(.category), description: try i.need(.description),
            bodyName: i[.body], companyNumber: i[.companyNumber], address: i[.address],
            postcode: i[.postcode], uprn: i[.uprn], awareOn: registered, registeredOn: registered),
            publishedOn: i[.published].flatMap(Day.init), endedOn: i[.ended].flatMap(Day.init)))
    }

    func gift(_ g: EntryFields, member: Int64) throws -> (id: Int64, gift: RegisterService.NewGift) {
        guard let value = Pence(pounds: try g.need(.value)) else { throw UserError("<gift> value: not an amount") }
        guard let outcome = GiftOutcome(rawValue: try g.need(.outcome)) else { throw UserError("<gift> outcome: not accepted or declined") }
        return (try g.entryId(), .init(member: member, donor: try g.need(.donor), description: try g.need(.description),
                                  value: value, receivedOn: try g.day(.received), registeredOn: try g.day(.registered),
                                  outcome: outcome, donorInterest: .none))
    }

    /// Adds the member with their entries and gifts, keeping the ids the file gives them.
    func apply(_ r: MemberRecord, tx: RegisterService, batch: InterestBatch, plan: IdPlan, result: inout Result) throws {
        plan.member = r.id
        let (m, _) = try tx.addMember(r.member)
        result.members += 1
        for (id, entry) in r.entries {
            switch entry {
            case .withheld:
                try batch.withheld(member: m.id, on: r.member.termStartsOn, entryId: id)
            case let .nilReturn(table, registered, published):
                try batch.nilReturn(member: m.id, table: table, registeredOn: registered, publishedOn: published, entryId: id)
            case let .interest(input, published, ended):
                try batch.register(input, publishedOn: published, endedOn: ended, entryId: id)
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

/// The fields of one register entry, an `<interest>` or a `<gift>`, from its attributes and its text-only children,
/// trimmed, empty ones left out. An attribute comes before a child of the same name, and the first child before
/// the rest. Read field by field from the stream in a large feed, and from an element tree for the JSON feed and
/// the CSV folder, so that one set of rules (`entry`, `gift`) reads all three.
struct EntryFields {
    /// Every field either entry has, named as the feed names them.
    enum Field: CaseIterable {
        case id, withheld, table, category, nilReturn, description, body, companyNumber, address, postcode, uprn
        case registered, published, ended, donor, value, received, outcome
    }

    let name: String
    let line: Int
    // One stored property per field rather than an array: an array of optional strings per entry was an allocation,
    // and its generic clean-up a tenth of the reading thread's own work, on a feed of a million entries.
    private var id, withheld, table, category, nilReturn, description, body, companyNumber, address, postcode, uprn, registered, published, ended, donor, value, received, outcome: String?

    init(name: String, line: Int) {
        self.name = name
        self.line = line
    }

    init(_ e: XMLElement) {
        self.init(name: e.name, line: e.line)
        let named = Dictionary(uniqueKeysWithValues: Field.allCases.map { (String(describing: $0), $0) })
        for (n, v) in e.attributes.pairs { if let f = named[n] { set(f, v) } }
        for (n, v, _) in e.leaves { if let f = named[n] { set(f, v) } }
        for c in e.children { if let f = named[c.name] { set(f, c.text) } }
    }

    subscript(field: Field) -> String? {
        get {
            switch field {
            case .id: id
            case .withheld: withheld
            case .table: table
            case .category: category
            case .nilReturn: nilReturn
            case .description: description
            case .body: body
            case .companyNumber: companyNumber
            case .address: address
            case .postcode: postcode
            case .uprn: uprn
            case .registered: registered
            case .published: published
            case .ended: ended
            case .donor: donor
            case .value: value
            case .received: received
            case .outcome: outcome
            }
        }
        set {
            switch field {
            case .id: id = newValue
            case .withheld: withheld = newValue
            case .table: table = newValue
            case .category: category = newValue
            case .nilReturn: nilReturn = newValue
            case .description: description = newValue
            case .body: body = newValue
            case .companyNumber: companyNumber = newValue
            case .address: address = newValue
            case .postcode: postcode = newValue
            case .uprn: uprn = newValue
            case .registered: registered = newValue
            case .published: published = newValue
            case .ended: ended = newValue
            case .donor: donor = newValue
            case .value: value = newValue
            case .received: received = newValue
            case .outcome: outcome = newValue
            }
        }
    }

    /// Keeps `text`, trimmed, unless the field already has a value or the text is empty.
    mutating func set(_ field: Field, _ text: String) {
        guard self[field] == nil else { return }
        let t = text.trimmed
        if !t.isEmpty { self[field] = t }
    }

    func need(_ field: Field) throws -> String {
        if let v = self[field] { return v }
        throw UserError("<\(name)> has no \(field)")
    }

    func day(_ field: Field) throws -> Day { try RegisterXMLImporter.day(try need(field), element: name, "\(field)") }

    func entryId() throws -> Int64 { try RegisterXMLImporter.id(try need(.id), element: name, "id") }
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
