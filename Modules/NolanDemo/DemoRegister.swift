import NolanDomain
import NolanRegister
import WestDereham

/// A realistic, wholly fictional register for the demo councils in `Councils/`: members with interests, a
/// partner's interest, a sensitive interest the Monitoring Officer agreed to withhold, gifts (one late, one from
/// a developer seeking permission, one refused), a dispensation, a returned entry, and overdue and due-soon
/// first registrations. Dates are counted back from today so the demo shows the same picture on any day.
///
/// Every entry goes through `RegisterService`, so the demo obeys the same rules as a clerk at the command line.
public struct DemoRegister {
    let service: RegisterService

    public init(service: RegisterService) { self.service = service }

    /// The councils the demo expects in `Councils/`.
    public static let councils = [
        "brackmoor", "kingsmere", "ashby-fen", "little-snorham", "cold-harrow", "brackmoor-town", "threxton-magna",
        "wissey-bridge",
    ]

    func ago(_ days: Int) -> Day { service.today.adding(days: -days) }

    @discardableResult
    func member(_ council: String, _ name: String, _ role: MemberRole = .councillor, ward: String? = nil,
                party: String? = nil, started: Int) throws -> Int64 {
        try service.addMember(.init(council: council, name: name, role: role, ward: ward, party: party,
                                    termStartsOn: ago(started))).0.id
    }

    /// Registers an interest and, unless `review` is nil, the Monitoring Officer's review of it.
    @discardableResult
    func interest(_ m: Int64, _ category: String, _ description: String, holder: InterestHolder = .member,
                  body: String? = nil, company: String? = nil, address: String? = nil, postcode: String? = nil,
                  uprn: String? = nil, aware: Int, registered: Int, accepted: Int? = nil,
                  sensitive: String? = nil, agreeSensitive: Int? = nil) throws -> Int64 {
        let i = try service.registerInterest(.init(
            member: m, categoryId: category, holder: holder, description: description, bodyName: body,
            companyNumber: company, address: address, postcode: postcode, uprn: uprn, awareOn: ago(aware),
            registeredOn: ago(registered), sensitiveReason: sensitive)).0
        if let d = agreeSensitive { _ = try service.decideSensitivity(i.id, agree: true, on: ago(d)) }
        if let a = accepted { _ = try service.review(i.id, .accept, comment: nil, on: ago(a)) }
        return i.id
    }

    /// A nil return for one table, accepted by the Monitoring Officer.
    func nilReturn(_ m: Int64, _ table: InterestTable, registered: Int, accepted: Int) throws {
        let i = try service.nilReturn(member: m, table: table, registeredOn: ago(registered))
        _ = try service.review(i.id, .accept, comment: nil, on: ago(accepted))
    }

    func gift(_ m: Int64, _ donor: String, _ description: String, pence: Int, received: Int, registered: Int,
              _ outcome: GiftOutcome = .accepted, donorInterest: DonorInterest = .none) throws {
        _ = try service.addGift(.init(member: m, donor: donor, description: description, value: Pence(pence),
                                      receivedOn: ago(received), registeredOn: ago(registered), outcome: outcome,
                                      donorInterest: donorInterest))
    }

    /// How many days ago the demo's West Dereham-code members took office: 170, or fewer when the code was adopted
    /// more recently than that (it was adopted in May 2026).
    func westDerehamStart() throws -> Int {
        guard let adopted = WestDereham.variant.adoptedOn else { return 170 }
        let since = adopted.days(until: service.today)
        guard since >= 40 else {
            throw UserError("the demo's West Dereham parishes need today (\(service.today)) to be at least 40 days after the code's adoption (\(adopted))")
        }
        return min(170, since - 10)
    }

    /// Fills the register. The councils must already be synced from `Councils/`.
    public func fill() throws {
        let elected = 1290  // the district's all-out election, about three and a half years ago
        let parishElected = 1295

        // Brackmoor District Council: the principal authority.
        let holloway = try member("brackmoor", "Margaret Holloway", ward: "Abbey", party: "Independent", started: elected)
        try interest(holloway, "employment", "Director and land agent, Holloway Land & Property Ltd",
                     body: "Holloway Land & Property Ltd", company: "09876543", aware: elected, registered: elected - 20,
                     accepted: elected - 27)
        let hollowayHome = try interest(holloway, "land", "Freehold of home, 14 Priory Lane, Brackmoor", address: "14 Priory Lane, Brackmoor",
                     postcode: "pe38 4ab", uprn: "100091234567", aware: elected, registered: elected - 20, accepted: elected - 27)
        try interest(holloway, "employment", "Partner employed as a teacher, Brackmoor Academy Trust", holder: .partner,
                     body: "Brackmoor Academy Trust", aware: elected, registered: elected - 20, accepted: elected - 27)
        try interest(holloway, "t2-a", "Trustee appointed by the council to Brackmoor Leisure Trust",
                     body: "Brackmoor Leisure Trust", company: "7654321", aware: elected, registered: elected - 20,
                     accepted: elected - 27)
        try gift(holloway, "Fenland Chamber of Commerce", "Dinner at the Fenland Business Awards", pence: 85_00,
                 received: 200, registered: 190)

        let okafor = try member("brackmoor", "David Okafor", ward: "Fenside", party: "Labour", started: elected)
        try interest(okafor, "securities", "Shareholding above £25,000 nominal value in Wissey Valley Growers Ltd",
                     body: "Wissey Valley Growers Ltd", company: "04412345", aware: elected, registered: elected - 14,
                     accepted: elected - 21)
        try interest(okafor, "t2-b-iii", "Member, UNISON Eastern Region", body: "UNISON", aware: elected,
                     registered: elected - 14, accepted: elected - 21)
        try gift(okafor, "Kestrel Homes Ltd", "Two hospitality tickets for Newmarket races", pence: 240_00,
                 received: 120, registered: 118, .declined, donorInterest: .permission)

        let raman = try member("brackmoor", "Priya Raman", ward: "Marketgate", party: "Conservative", started: elected)
        try interest(raman, "employment", "Pharmacist, Marketgate Pharmacy", body: "Marketgate Pharmacy Ltd",
                     aware: elected, registered: elected - 10, accepted: elected - 17)
        let ramanProperty = try interest(raman, "land", "Freehold of a residential property in Marketgate ward",
                     address: "3 Orchard Close, Brackmoor", postcode: "PE38 7QT", aware: 400, registered: 390,
                     accepted: 380,
                     sensitive: "A former tenant has been convicted of harassing me; publishing the address would expose my family to intimidation.",
                     agreeSensitive: 385)

        try nilReturn(raman, .otherRegistrable, registered: elected - 10, accepted: elected - 17)

        let barker = try member("brackmoor", "Tom Barker", ward: "Northwold", party: "Liberal Democrat", started: elected)
        try interest(barker, "employment", "Self-employed builder", aware: elected, registered: elected - 25,
                     accepted: elected - 30)
        try nilReturn(barker, .otherRegistrable, registered: elected - 25, accepted: elected - 30)
        try interest(barker, "contracts", "Contract to maintain Northwold allotment fencing, not yet discharged",
                     body: "Barker Building Services", aware: 70, registered: 20, accepted: 15)
        try gift(barker, "Kestrel Homes Ltd", "Lunch at the Riverside Hotel during the Northwold Fields consultation",
                 pence: 60_00, received: 75, registered: 40, donorInterest: .permission)

        let whitlock = try member("brackmoor", "Susan Whitlock", ward: "St Botolph's", party: "Green", started: elected)
        let home = try interest(whitlock, "land", "Freehold of home in St Botolph's ward", address: "Mill House, Fen Road, Brackmoor",
                                postcode: "PE38 2DN", aware: elected, registered: elected - 5, accepted: elected - 12)
        try interest(whitlock, "t2-b-ii", "Trustee, Brackmoor Foodbank", body: "Brackmoor Foodbank", company: "08123456",
                     aware: elected, registered: elected - 5, accepted: elected - 12)
        _ = try service.grantDispensation(.init(
            member: whitlock, matter: "Setting the council tax and the Fen Road drainage levy", interestId: home,
            grounds: [.a, .c], grantedOn: ago(300), expiresOn: DispensationRules.latestExpiry(grantedOn: ago(300)),
            permits: [.speak, .takePart, .vote]))

        try member("brackmoor", "Ian Mercer", ward: "Wissey Vale", party: "Independent", started: 40)

        // Kingsmere Borough Council: a mayor-and-cabinet borough beside the district.
        let mayor = try member("kingsmere", "Angela Fairbrother", .mayor, party: "Labour", started: 900)
        try interest(mayor, "employment", "Elected Mayor of Kingsmere (no other employment)", aware: 900, registered: 880,
                     accepted: 875)
        try nilReturn(mayor, .otherRegistrable, registered: 880, accepted: 875)
        let kay = try member("kingsmere", "Robert Kay", ward: "Harbour", party: "Conservative", started: 900)
        try interest(kay, "corporate-tenancies", "Kay Marine Ltd, of which I am a director, leases a unit from the council",
                     body: "Kay Marine Ltd", company: "03344556", address: "Unit 4, Harbour Road, Kingsmere",
                     postcode: "KM1 4HR", aware: 900, registered: 890, accepted: 884)
        try interest(kay, "t2-b-iii", "Member, Kingsmere Conservative Association", body: "Kingsmere Conservative Association",
                     aware: 900, registered: 890, accepted: 884)

        // Parish and town councils.
        let ellis = try member("ashby-fen", "Joan Ellis", party: nil, started: parishElected)
        try nilReturn(ellis, .disclosablePecuniary, registered: parishElected - 12, accepted: parishElected - 15)
        try nilReturn(ellis, .otherRegistrable, registered: parishElected - 12, accepted: parishElected - 15)
        try member("ashby-fen", "Peter Quinn", .coOpted, started: 20)

        // Little Snorham and Cold Harrow adopted the West Dereham text; their members shown here took office after it.
        let wd = try westDerehamStart()
        let hart = try member("little-snorham", "Rachel Hart", started: wd)
        try interest(hart, "t2-a", "Unpaid director, Little Snorham Village Hall Ltd", body: "Little Snorham Village Hall Ltd",
                     company: "05566778", aware: wd, registered: wd - 9, accepted: wd - 14)
        try interest(hart, "land", "Freehold of Hart's Farm, Snorham Drove", address: "Hart's Farm, Snorham Drove, Little Snorham",
                     postcode: "PE38 9SD", uprn: "10023456789", aware: wd, registered: wd - 9, accepted: wd - 14)
        let lamb = try member("little-snorham", "George Lamb", started: wd)
        try nilReturn(lamb, .disclosablePecuniary, registered: wd - 4, accepted: wd - 10)
        try interest(lamb, "t2-c-i", "Member of the management committee, Snorham Village Trust (charity)",
                     body: "Snorham Village Trust", aware: 30, registered: 10)

        let price = try member("cold-harrow", "Helen Price", started: wd)
        try interest(price, "t2-b", "Representative appointed by the parish council to Cold Harrow Playing Field Committee",
                     body: "Cold Harrow Playing Field Committee", aware: wd, registered: wd - 21, accepted: wd - 26)
        try interest(price, "land", "Partner's freehold of a paddock off Harrow Lane", holder: .partner,
                     address: "Paddock north of 2 Harrow Lane, Cold Harrow", postcode: "PE37 8HL", aware: 25, registered: 6)

        let north = try member("brackmoor-town", "Colin Ashworth", ward: "North", party: "Independent", started: parishElected)
        try interest(north, "employment", "Retired; no employment", aware: parishElected, registered: parishElected - 20,
                     accepted: parishElected - 25)
        try nilReturn(north, .otherRegistrable, registered: parishElected - 20, accepted: parishElected - 25)
        try gift(north, "Brackmoor Rotary Club", "Box of chocolates after a civic visit", pence: 15_00, received: 50,
                 registered: 49)
        try member("brackmoor-town", "Amira Shah", ward: "South", party: "Labour", started: parishElected)

        let dunn = try member("threxton-magna", "Frances Dunn", started: parishElected)
        try nilReturn(dunn, .disclosablePecuniary, registered: parishElected - 18, accepted: parishElected - 22)
        try nilReturn(dunn, .otherRegistrable, registered: parishElected - 18, accepted: parishElected - 22)
        try gift(dunn, "Threxton Magna Show Committee", "Lunch in the show hospitality tent", pence: 30_00, received: 90,
                 registered: 80)

        let cole = try member("wissey-bridge", "Martin Cole", started: parishElected)
        let returned = try interest(cole, "sponsorship", "Election expenses", aware: parishElected, registered: parishElected - 3)
        _ = try service.review(returned, .return, comment: "Please name who paid the election expenses, and for which period (Table 1: Sponsorship).",
                               on: ago(parishElected - 6))
        try interest(cole, "sponsorship", "Election expenses paid by Wissey Bridge Independents association",
                     body: "Wissey Bridge Independents", aware: parishElected, registered: parishElected - 7,
                     accepted: parishElected - 8)
        try nilReturn(cole, .otherRegistrable, registered: parishElected - 7, accepted: parishElected - 8)

        try meetings(holloway: (holloway, hollowayHome), raman: (raman, ramanProperty), barker: barker,
                     whitlock: (whitlock, home), hart: hart, lamb: lamb)
        try protocolRecords(okafor: okafor, barker: barker, holloway: holloway, kay: kay)
    }

    /// Member–officer records for both principal authorities, checked against each one's own protocol.
    func protocolRecords(okafor: Int64, barker: Int64, holloway: Int64, kay: Int64) throws {
        func record(_ council: String, _ daysAgo: Int, _ d: ProtocolRecord.Details) throws {
            _ = try service.recordProtocol(council: council, occurredOn: ago(daysAgo), d)
        }
        // Brackmoor runs the district's 5B protocol.
        try record("brackmoor", 400, .relationship(RelationshipDisclosure(
            memberId: okafor, officer: "Environmental Health Manager", nature: .family, notifiedMonitoringOfficerOn: ago(398))))
        try record("brackmoor", 60, .officerMatter(OfficerMatter(
            memberId: okafor, officer: "Environmental Health Manager", body: .appealHearing, affectsOfficerPersonally: true)))
        try record("brackmoor", 30, .informationRequest(InformationRequest(
            memberId: barker, addressedTo: "Executive Director, Place", what: "Car park income by site, 2025/26", onBehalfOf: nil,
            purpose: "Budget scrutiny panel", basis: .scrutiny, documentStatus: .public, decision: .provided, route: [], told: [],
            minor: false, usedForAnotherPurpose: false)))
        try record("brackmoor", 21, .partyGroup(PartyGroupInvitation(
            group: "Independent", invitedByGroupLeader: true, officer: "Executive Director, Place", officerRole: .executiveDirector,
            matter: "Local Plan review", nonMembersPresent: true, writtenApproval: true, copiedToAllGroupLeaders: false, response: .accepted)))
        try record("brackmoor", 14, .confidentialBriefing(ConfidentialBriefing(
            memberId: holloway, requesterRole: .portfolioHolder, officer: "Executive Director, Resources", monitoringOfficerInvited: true,
            sharedWith: [], sharingPermitted: false)))
        try record("brackmoor", 2, .localMembers(LocalMembersNotice(
            ward: "Fenside", subject: .wardMatter, matter: "Proposed closure of Fenside depot", eventOn: ago(-5), notifiedOn: nil)))
        // Kingsmere runs the borough's mayoral protocol.
        try record("kingsmere", 45, .partyGroup(PartyGroupInvitation(
            group: "Labour", invitedByGroupLeader: true, officer: "Chief Finance Officer", officerRole: .chiefOfficer,
            matter: "2027/28 budget proposals", nonMembersPresent: false, writtenApproval: false, copiedToAllGroupLeaders: false,
            response: .accepted)))
        try record("kingsmere", 40, .partyGroup(PartyGroupInvitation(
            group: "Conservative", invitedByGroupLeader: true, officer: "Chief Finance Officer", officerRole: .chiefOfficer,
            matter: "2027/28 budget proposals", nonMembersPresent: false, writtenApproval: false, copiedToAllGroupLeaders: false,
            response: .declined)))
        try record("kingsmere", 20, .informationRequest(InformationRequest(
            memberId: kay, addressedTo: "Chief Officer, Housing", what: "Housing allocation file", onBehalfOf: "a constituent",
            purpose: "Constituent's housing case", basis: .wardMember, documentStatus: .confidential, decision: .provided,
            route: [], told: [], minor: false, usedForAnotherPurpose: false)))
        try record("kingsmere", 3, .localMembers(LocalMembersNotice(
            ward: "Harbour", subject: .publicMeeting, matter: "Harbour Road regeneration public meeting", eventOn: ago(-10), notifiedOn: nil)))
    }

    /// A Planning Committee held ten days ago, with its declarations, and next week's agenda for the conflict scan.
    /// Members are (member id, the land interest their declaration names) where they declare.
    func meetings(holloway: (Int64, Int64), raman: (Int64, Int64), barker: Int64, whitlock: (Int64, Int64), hart: Int64,
                  lamb: Int64) throws {
        let held = try service.addMeeting(council: "brackmoor", committee: "Planning Committee", on: ago(10))
        let applications = [
            ("5", "26/00412/FUL: two dwellings on land adjacent to 14 Priory Lane, Brackmoor PE38 4AB", true),
            ("6", "Selective licensing scheme for privately rented homes in Marketgate ward", true),
            ("7", "Fen Road drainage levy: annual review", false),
        ]
        var ids: [String: Int64] = [:]
        for (number, title, speak) in applications {
            ids[number] = try service.addAgendaItem(meeting: held.id, number: number, title: title, publicMaySpeak: speak, restricted: false).id
        }
        try service.attend(meeting: held.id, members: [holloway.0, raman.0, barker, whitlock.0])
        _ = try service.declare(.init(meeting: held.id, item: ids["5"]!, member: holloway.0, kind: .dpi, interestId: holloway.1,
                                      nature: "Owns 14 Priory Lane, next to the application site", action: .leftRoom))
        _ = try service.declare(.init(meeting: held.id, item: ids["6"]!, member: raman.0, kind: .dpi, interestId: raman.1,
                                      nature: nil, action: .leftRoom))
        _ = try service.declare(.init(meeting: held.id, item: ids["7"]!, member: whitlock.0, kind: .dpi, interestId: whitlock.1,
                                      nature: "Owns Mill House, Fen Road, which pays the levy", action: .remainedUnderDispensation))

        let next = try service.addMeeting(council: "brackmoor", committee: "Planning Committee", on: ago(-7))
        for (number, title) in [
            ("4", "26/00731/FUL: conversion of packing shed, Wissey Valley Growers Ltd (04412345)"),
            ("5", "Contract award: allotment fencing repairs to Barker Building Services"),
            ("6", "Grant of £20,000 to Brackmoor Leisure Trust towards the pool roof"),
            ("7", "Premises licence variation: The Riverside Hotel, Mill Road"),
            ("8", "Annual budget and council tax setting"),
        ] {
            _ = try service.addAgendaItem(meeting: next.id, number: number, title: title, publicMaySpeak: true, restricted: false)
        }

        let parish = try service.addMeeting(council: "little-snorham", committee: "Full Council", on: ago(-3))
        _ = try service.addAgendaItem(meeting: parish.id, number: "9", title: "Grant of £2,500 to Little Snorham Village Hall Ltd towards roof repairs",
                                      publicMaySpeak: true, restricted: false)
        _ = try service.addAgendaItem(meeting: parish.id, number: "10", title: "Planning consultation: barn conversion at Hart's Farm, Snorham Drove",
                                      publicMaySpeak: true, restricted: false)
        try service.attend(meeting: parish.id, members: [hart, lamb])
    }
}
