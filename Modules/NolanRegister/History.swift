import Foundation
import NolanDomain
import NolanStore

/// One change in the audit log, with the fields it changed.
public struct HistoryLine: Codable, Sendable, Equatable {
    public struct Change: Codable, Sendable, Equatable {
        public var field: String
        public var before: String?
        public var after: String?

        public init(field: String, before: String?, after: String?) {
            self.field = field
            self.before = before
            self.after = after
        }
    }

    public var id: Int64
    public var at: String
    public var actor: String
    public var entity: String
    public var entityId: String
    public var action: String
    public var changes: [Change]
}

extension RegisterService {
    /// Detail fields of an interest that the history hides for a sensitive interest unless asked to reveal them.
    static let sensitiveFields: Set<String> = [
        "description", "bodyName", "companyNumber", "address", "postcode", "uprn", "categoryId", "sensitivityReason",
        "reviewComment", "table", "holder", "awareOn", "matter", "nature",
    ]

    /// The audit log of a council, oldest first. Details of interests that are, or were asked to be, sensitive
    /// are shown as "[withheld]" unless `revealSensitive` (for the Monitoring Officer's own use).
    public func history(council slug: String, revealSensitive: Bool) throws -> [HistoryLine] {
        try store.read { r in
            _ = try council(slug, in: r)
            let sensitiveInterests = Set(try r.interests(council: slug).filter { $0.sensitivity != .notClaimed }.map(\.id))
            let tiedToSensitive = { (id: Int64?) in id.map(sensitiveInterests.contains) ?? false }
            // A declaration of a sensitive interest records its nature only for the Monitoring Officer, whether the
            // declaration said so or the interest became sensitive afterwards.
            let declarations = try r.meetings(council: slug).flatMap { try r.declarations(meeting: $0.id) }
            let sensitiveIds = Set(sensitiveInterests.map { "interest:\($0)" })
                .union(try r.dispensations(council: slug).filter { tiedToSensitive($0.interestId) }.map { "dispensation:\($0.id)" })
                .union(declarations.filter { $0.sensitive || tiedToSensitive($0.interestId) }.map { "declaration:\($0.id)" })
            return try r.auditLog(council: slug).map { e in
                let before = Self.fields(e.before)
                let after = Self.fields(e.after)
                let hide = !revealSensitive && sensitiveIds.contains("\(e.entity):\(e.entityId)")
                let changes = Set(before.keys).union(after.keys).sorted().compactMap { k -> HistoryLine.Change? in
                    guard before[k] != after[k] else { return nil }
                    if hide && Self.sensitiveFields.contains(k) {
                        return HistoryLine.Change(field: k, before: before[k] == nil ? nil : "[withheld]",
                                                  after: after[k] == nil ? nil : "[withheld]")
                    }
                    return HistoryLine.Change(field: k, before: before[k], after: after[k])
                }
                return HistoryLine(id: e.id, at: e.at, actor: e.actor, entity: e.entity, entityId: e.entityId,
                                   action: e.action, changes: changes)
            }
        }
    }

    /// A JSON object snapshot flattened to field → text.
    static func fields(_ json: String?) -> [String: String] {
        guard let data = json?.data(using: .utf8),
              let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        var out: [String: String] = [:]
        for (k, v) in obj {
            switch v {
            case let s as String: out[k] = s
            case is NSNull: continue
            case let n as NSNumber: out[k] = n.stringValue
            default:
                if let d = try? JSONSerialization.data(withJSONObject: v, options: [.sortedKeys]) {
                    out[k] = String(decoding: d, as: UTF8.self)
                }
            }
        }
        return out
    }
}
