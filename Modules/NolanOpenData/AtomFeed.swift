import Foundation
import NolanDomain
import NolanPolicy
import NolanRegister
import NolanStore

/// An Atom feed of a council's register changes, built from the audit log: an entry published (accepted by the
/// Monitoring Officer), amended while published, or ended. Journalists and civic-tech groups subscribe to it to be
/// told when an entry changes. A sensitive interest appears only as "an entry withheld".
///
/// The feed holds the `limit` most recent changes, newest first, as a subscriber polling it needs; the whole history
/// is the audit log (`nolan history`), and the register itself is in the other files of the export. Unbounded, the
/// feed of a council that imported a million entries was 294 MB, and building it read every entry into memory
/// (1.7 GB); now only the entries the feed shows are read.
enum AtomFeed {
    /// How many changes the feed holds.
    static let limit = 1000

    struct Item {
        var id: String
        var updated: String
        var title: String
        var summary: String
    }

    /// The `limit` most recent changes up to the end of `asAt`, newest first.
    static func entries(_ service: RegisterService, council: Council, asAt: Day, limit: Int = limit) throws -> [Item] {
        let policy = try CouncilPolicy(council: council, registry: service.registry)
        return try service.store.read { r in
            let log = try r.auditLog(council: council.slug)
            let names = Dictionary(uniqueKeysWithValues: try r.members(council: council.slug).map { ($0.id, $0.name) })
            let endOfDay = asAt.iso + "T23:59:59Z"
            let decoder = JSONDecoder()
            func decode(_ json: String?) -> Interest? { json?.data(using: .utf8).flatMap { try? decoder.decode(Interest.self, from: $0) } }
            // An import's audit entry names the ids it created; each entry's state at import is the `before` of its
            // first later change, or the entry as it stands when it has not changed since.
            var firstChange: [Int64: String] = [:]
            for e in log where e.entity == "interest" && e.action == "update" {
                if let id = Int64(e.entityId), firstChange[id] == nil { firstChange[id] = e.before }
            }
            var items: [Item] = []
            func add(_ change: String, _ after: Interest, _ e: AuditEntry, key: String, now current: Interest? = nil) throws {
                guard let now = try current ?? r.interest(after.id) else { return }
                let member = names[now.memberId] ?? "member \(now.memberId)"
                let summary: String
                let what: String
                if now.isWithheld {
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
                items.append(Item(id: "urn:nolan:\(council.slug):audit:\(key)", updated: e.at, title: "\(change): \(member), \(what)", summary: summary))
            }
            for e in log.reversed() where e.entity == "interest" && e.at <= endOfDay {
                if items.count >= limit { break }
                if e.action == "import", let ids = IdRuns(e.entityId) {
                    for run in ids.runs.reversed() {
                        for id in run.reversed() where items.count < limit {
                            let current = try r.interest(id)
                            guard let imported = firstChange[id].map(decode) ?? current, imported.status == .accepted else { continue }
                            try add("New entry", imported, e, key: "\(e.id):\(id)", now: current)
                        }
                    }
                    continue
                }
                guard e.action == "update", let before = decode(e.before), let after = decode(e.after) else { continue }
                if before.status != .accepted && after.status == .accepted {
                    try add("New entry", after, e, key: String(e.id))
                } else if after.status == .accepted && before.endedOn == nil && after.endedOn != nil {
                    try add("Entry ended", after, e, key: String(e.id))
                } else if after.status == .accepted && before.status == .accepted {
                    try add("Entry amended", after, e, key: String(e.id))
                }
            }
            return items
        }
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
