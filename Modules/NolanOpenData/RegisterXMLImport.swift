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

    public init(service: RegisterService, council: String) {
        self.service = service
        self.council = council
    }

    public struct Result: Sendable, Equatable {
        public var members = 0
        public var interests = 0
        public var gifts = 0
        public var dispensations = 0
        public var meetings = 0
    }

    public func importFile(_ path: String) throws -> Result {
        let file = (path as NSString).lastPathComponent
        let plan = IdPlan()
        var result = Result()
        var inCouncil = false
        var found = false
        try service.transaction(ids: plan) { tx in
            let variant = try CouncilPolicy(council: try tx.store.read { try $0.council(council) }!, registry: tx.registry).variant
            try XMLRecordReader(path: path).read(records: ["member", "dispensation", "meeting"], root: { name, line in
                guard name == "registers" else {
                    throw OpenDataError("\(path):\(line): the root element is <\(name)>, not <registers>: not a Nolan register XML file")
                }
            }, start: { e in
                if e.name == "council" {
                    inCouncil = e.attributes["slug"] == council
                    found = found || inCouncil
                }
            }) { e in
                guard inCouncil else { return }
                do {
                    switch e.name {
                    case "member": try member(e, tx: tx, plan: plan, variant: variant, result: &result)
                    case "dispensation": try dispensation(e, tx: tx, plan: plan, result: &result)
                    default: try meeting(e, tx: tx, plan: plan, result: &result)
                    }
                } catch let u as UserError {
                    throw ImportFailed(problems: [ImportProblem(file: file, line: e.line, column: nil, value: nil, reason: u.message)])
                }
            }
            if !found { throw OpenDataError("\(path): no <council slug=\"\(council)\"> in the file") }
        }
        return result
    }

    func need(_ e: XMLElement, _ name: String) throws -> String {
        if let v = e.attributes[name] ?? e.value(name) { return v }
        throw UserError("<\(e.name)> has no \(name)")
    }

    func day(_ e: XMLElement, _ name: String) throws -> Day {
        let t = try need(e, name)
        guard let d = Day(t) else { throw UserError("<\(e.name)> \(name): '\(t)' is not a date") }
        return d
    }

    func id(_ e: XMLElement, _ name: String = "id") throws -> Int64 {
        let t = try need(e, name)
        guard let v = Int64(t), v > 0 else { throw UserError("<\(e.name)> \(name): '\(t)' is not an id") }
        return v
    }

    func member(_ e: XMLElement, tx: RegisterService, plan: IdPlan, variant: ConductCodeVariant, result: inout Result) throws {
        let started = try day(e, "termStarted")
        guard let role = MemberRole(rawValue: try need(e, "role")) else { throw UserError("<member> role: not councillor, co-opted or mayor") }
        plan.member = try id(e)
        let (m, _) = try tx.addMember(.init(council: council, name: try need(e, "name"), role: role, ward: e.attributes["ward"],
                                            party: e.attributes["party"], termStartsOn: started))
        result.members += 1
        for i in e.all("interest") {
            plan.interest = try id(i)
            if i.attributes["withheld"] == "true" {
                guard let first = variant.categories(in: .disclosablePecuniary).first else { continue }
                let (w, _) = try tx.registerInterest(.init(
                    member: m.id, categoryId: first.id, description: "Details withheld in the imported register",
                    awareOn: started, registeredOn: started, sensitiveReason: "Withheld as a sensitive interest in the register it was imported from"))
                _ = try tx.decideSensitivity(w.id, agree: true, on: started)
                _ = try tx.review(w.id, .accept, comment: nil, on: started)
            } else if i.attributes["nilReturn"] == "true" {
                guard let t = i.attributes["table"].flatMap(Int.init).flatMap(InterestTable.init) else { throw UserError("<interest> nil return without a table") }
                let n = try tx.nilReturn(member: m.id, table: t, registeredOn: try day(i, "registered"))
                if let p = i.value("published").flatMap(Day.init) { _ = try tx.review(n.id, .accept, comment: nil, on: p) }
            } else {
                let registered = try day(i, "registered")
                let (r, _) = try tx.registerInterest(.init(
                    member: m.id, categoryId: try need(i, "category"), description: try need(i, "description"),
                    bodyName: i.value("body"), companyNumber: i.value("companyNumber"), address: i.value("address"),
                    postcode: i.value("postcode"), uprn: i.value("uprn"), awareOn: registered, registeredOn: registered))
                if let p = i.value("published").flatMap(Day.init) { _ = try tx.review(r.id, .accept, comment: nil, on: p) }
                if let x = i.value("ended").flatMap(Day.init) { _ = try tx.endInterest(r.id, on: x) }
            }
            result.interests += 1
        }
        for g in e.all("gift") {
            plan.gift = try id(g)
            guard let value = Pence(pounds: try need(g, "value")) else { throw UserError("<gift> value: not an amount") }
            guard let outcome = GiftOutcome(rawValue: try need(g, "outcome")) else { throw UserError("<gift> outcome: not accepted or declined") }
            _ = try tx.addGift(.init(member: m.id, donor: try need(g, "donor"), description: try need(g, "description"), value: value,
                                     receivedOn: try day(g, "received"), registeredOn: try day(g, "registered"), outcome: outcome,
                                     donorInterest: .none))
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
        let declaring = Set(try e.all("item").flatMap { try $0.all("declaration").map { try id($0, "member") } })
        try tx.attend(meeting: m.id, members: declaring.sorted())
        for item in e.all("item") {
            let added = try tx.addAgendaItem(meeting: m.id, number: try need(item, "number"), title: try need(item, "title"),
                                             publicMaySpeak: false, restricted: false)
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
