import Foundation
import NolanDomain
import NolanPolicy
import NolanRegister
import NolanStore

/// An Atom feed of a council's register changes, built from the audit log: an entry published (accepted by the
/// Monitoring Officer), amended while published, or ended. Journalists and civic-tech groups subscribe to it to be
/// told when an entry changes. A sensitive interest appears only as "an entry withheld".
enum AtomFeed {
    struct Item {
        var id: String
        var updated: String
        var title: String
        var summary: String
    }

    static func entries(_ service: RegisterService, council: Council, asAt: Day) throws -> [Item] {
        let (log, interests, members) = try service.store.read { r in
            (try r.auditLog(council: council.slug), try r.interests(council: council.slug), try r.members(council: council.slug))
        }
        let policy = try CouncilPolicy(council: council, registry: service.registry)
        let byId = Dictionary(uniqueKeysWithValues: interests.map { ($0.id, $0) })
        let names = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0.name) })
        let endOfDay = asAt.iso + "T23:59:59Z"
        let decoder = JSONDecoder()
        var items: [Item] = []
        for e in log where e.entity == "interest" && e.action == "update" && e.at <= endOfDay {
            guard let id = Int64(e.entityId), let now = byId[id],
                  let beforeJSON = e.before?.data(using: .utf8), let afterJSON = e.after?.data(using: .utf8),
                  let before = try? decoder.decode(Interest.self, from: beforeJSON),
                  let after = try? decoder.decode(Interest.self, from: afterJSON) else { continue }
            let change: String
            if before.status != .accepted && after.status == .accepted {
                change = "New entry"
            } else if after.status == .accepted && before.endedOn == nil && after.endedOn != nil {
                change = "Entry ended"
            } else if after.status == .accepted && before.status == .accepted {
                change = "Entry amended"
            } else {
                continue
            }
            let member = names[now.memberId] ?? "member \(now.memberId)"
            let withheld = now.isWithheld
            let summary: String
            let what: String
            if withheld {
                what = "an entry withheld"
                summary = RegisterView.withheldNote(policy)
            } else if after.isNilReturn {
                what = "nil return for \(after.table)"
                summary = after.description
            } else {
                what = policy.variant.category(after.categoryId ?? "")?.label ?? after.table.description
                summary = [after.description, after.bodyName, after.address, after.postcode].compactMap { $0 }.joined(separator: "; ")
                    + (after.endedOn.map { " (ended \($0))" } ?? "")
            }
            items.append(Item(id: "urn:nolan:\(council.slug):audit:\(e.id)", updated: e.at,
                              title: "\(change): \(member), \(what)", summary: summary))
        }
        return items.reversed()
    }

    static func xml(_ items: [Item], council: Council, generated: String) -> String {
        func x(_ s: String) -> String { html(s) }
        var out = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"]
        out.append("  <id>urn:nolan:\(x(council.slug)):changes</id>")
        out.append("  <title>\(x(council.name)): changes to the register of interests</title>")
        out.append("  <updated>\(x(items.first?.updated ?? generated))</updated>")
        out.append("  <author><name>\(x(council.name))</name></author>")
        out.append("  <rights>\(x(OpenDataExporter.licenceName))</rights>")
        for i in items {
            out.append("  <entry>")
            out.append("    <id>\(x(i.id))</id>")
            out.append("    <title>\(x(i.title))</title>")
            out.append("    <updated>\(x(i.updated))</updated>")
            out.append("    <summary>\(x(i.summary))</summary>")
            out.append("  </entry>")
        }
        out.append("</feed>")
        return out.joined(separator: "\n") + "\n"
    }
}
