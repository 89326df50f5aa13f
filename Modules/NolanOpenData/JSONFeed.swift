import Foundation
import NolanDomain
import NolanRegister

/// The register as JSON in the shape of mySociety's "universal" register of interests: register › person ›
/// category › entry › detail, with registered, published and updated dates, and null entries (a nil return),
/// so that civic-tech tools which read that structure can read Nolan's feeds.
enum JSONFeed {
    struct Document: Encodable {
        var schema = "nolan-register-1"
        var generated: String
        var asAt: Day
        var licence: String
        var publisher: String
        var registers: [Register]
    }

    struct Register: Encodable {
        var council: RegisterView.CouncilHeader
        var persons: [Person]
        var dispensations: [Snapshot.PublicDispensation]
        var meetings: [MeetingView]
    }

    struct Person: Encodable {
        var id: Int64
        var name: String
        var role: MemberRole
        var ward: String?
        var party: String?
        var termStarted: Day
        var categories: [Category]
        var gifts: [RegisterView.GiftEntry]
    }

    struct Category: Encodable {
        /// The category id, or "withheld" for sensitive interests.
        var category: String
        var label: String
        var table: Int?
        var entries: [Entry]
    }

    struct Entry: Encodable {
        var id: Int64
        /// A null entry: the member has nothing to register here (a nil return).
        var nullEntry: Bool
        var withheld: Bool
        var description: String?
        var details: [String: String]?
        var registered: Day?
        var published: Day?
        var updated: Day?
        var ended: Day?
    }

    static func data(_ snapshots: [Snapshot], generated: String, publisher: String) throws -> Data {
        let doc = Document(
            generated: generated, asAt: snapshots.first?.asAt ?? Day(year: 2000, month: 1, day: 1)!,
            licence: OpenDataExporter.licence, publisher: publisher,
            registers: snapshots.map { s in
                Register(council: s.register.council, persons: s.register.members.map(person), dispensations: s.dispensations,
                         meetings: s.meetings)
            })
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try e.encode(doc)
    }

    static func person(_ m: RegisterView.MemberEntry) -> Person {
        var byCategory: [String: Category] = [:]
        var order: [String] = []
        for e in m.interests {
            let key: String
            let label: String
            if e.withheld {
                key = "withheld"
                label = "Withheld sensitive interests"
            } else if e.nilReturn == true {
                key = "table-\(e.table ?? 0)"
                label = "Table \(e.table ?? 0)"
            } else {
                key = e.category ?? "table-\(e.table ?? 0)"
                label = e.categoryLabel ?? key
            }
            if byCategory[key] == nil {
                byCategory[key] = Category(category: key, label: label, table: e.table, entries: [])
                order.append(key)
            }
            var details: [String: String] = [:]
            if let v = e.body { details["body"] = v }
            if let v = e.companyNumber { details["companyNumber"] = v }
            if let v = e.address { details["address"] = v }
            if let v = e.postcode { details["postcode"] = v }
            if let v = e.uprn { details["uprn"] = v }
            byCategory[key]!.entries.append(Entry(
                id: e.id, nullEntry: e.nilReturn == true, withheld: e.withheld,
                description: e.withheld ? e.withheldNote : e.description, details: details.isEmpty ? nil : details,
                registered: e.registeredOn, published: e.publishedOn, updated: e.endedOn ?? e.publishedOn, ended: e.endedOn))
        }
        return Person(id: m.id, name: m.name, role: m.role, ward: m.ward, party: m.party, termStarted: m.termStartedOn,
                      categories: order.map { byCategory[$0]! }, gifts: m.gifts.map { var g = $0; g.notes = nil; return g })
    }
}
