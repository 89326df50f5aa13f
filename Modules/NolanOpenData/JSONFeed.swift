import Foundation
import NolanDomain
import NolanRegister

/// The register as JSON in the shape of mySociety's "universal" register of interests: register › person ›
/// category › entry › detail, with registered, published and updated dates, and null entries (a nil return),
/// so that civic-tech tools which read that structure can read Nolan's feeds.
enum JSONFeed {
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

    // The document is written in three parts so that registers are added one council at a time: the head (the
    // document's fields, in sorted order, up to the opening of "registers"), each register, and the tail.

    static func head(asAt: Day, generated: String, publisher: String) throws -> String {
        func q(_ s: String) throws -> String { String(decoding: try JSONEncoder().encode(s), as: UTF8.self).replacingOccurrences(of: "\\/", with: "/") }
        return "{\n  \"asAt\" : \(try q(asAt.iso)),\n  \"generated\" : \(try q(generated)),\n  \"licence\" : \(try q(OpenDataExporter.licence)),\n  \"publisher\" : \(try q(publisher)),\n  \"registers\" : [\n"
    }

    static let tail = "\n  ],\n  \"schema\" : \"nolan-register-1\"\n}\n"

    static func encode(_ value: some Encodable) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(value), as: UTF8.self)
    }

    /// A register is written as its head (council, dispensations, meetings, in sorted key order), its persons one by
    /// one, and its tail: keys `council`, `dispensations`, `meetings`, `persons`.
    static func registerHead(_ s: Snapshot) throws -> String {
        "{\n\"council\" : \(try encode(s.header)),\n\"dispensations\" : \(try encode(s.dispensations)),\n\"meetings\" : \(try encode(s.meetings)),\n\"persons\" : [\n"
    }

    static func personJSON(_ m: RegisterView.MemberEntry) throws -> String { try encode(person(m)) }

    static let registerTail = "\n]\n}"

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
