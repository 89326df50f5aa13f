import NolanDomain

/// The topics a member–officer protocol may speak to, for setting two protocols side by side.
public enum ProtocolTopic: String, Codable, Sendable, CaseIterable {
    case relationships
    case informationRequests = "information-requests"
    case confidentialBriefings = "confidential-briefings"
    case partyGroups = "party-groups"
    case localMembers = "local-members"
    case media
    case correspondence
    case premises
    case employment
    case scrutiny
    case executive
    case resources
    case training
    case nonCouncilRepresentatives = "non-council-representatives"
    case complaints
}

/// One finding of a protocol check on one record.
public struct ProtocolFinding: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        /// The record shows the protocol was not followed.
        case breach
        /// A duty is not yet done and its day has passed.
        case overdue
        /// A duty is not yet done; its day is still to come.
        case due
        /// The protocol's words point to a risk ("normally", "should"): for the Monitoring Officer to judge.
        case concern
        /// This protocol says nothing on the point; no other protocol's rule is borrowed.
        case silent
    }

    public var council: String
    public var recordId: Int64
    public var kind: ProtocolRecordKind
    public var status: Status
    /// The rule applied (`000-88`, `5B-6.6`); nil when the protocol is silent.
    public var rule: String?
    public var citation: Citation?
    public var message: String
    public var dueOn: Day?
}

/// What a rule found on one record: nil when the record complies.
public struct RuleOutcome: Sendable, Equatable {
    public var status: ProtocolFinding.Status
    public var message: String
    public var dueOn: Day?

    public init(_ status: ProtocolFinding.Status, _ message: String, dueOn: Day? = nil) {
        self.status = status
        self.message = message
        self.dueOn = dueOn
    }

    /// A duty to tell someone by `due`: done in time (nil), done late (`late` message, a breach), or not done yet
    /// (`pending` message, overdue once `asAt` is past the due day, else due).
    public static func notice(due: Day, doneOn: Day?, asAt: Day, late: (Day) -> String, pending: String) -> RuleOutcome? {
        if let done = doneOn { return done > due ? RuleOutcome(.breach, late(done), dueOn: due) : nil }
        return RuleOutcome(asAt > due ? .overdue : .due, pending, dueOn: due)
    }
}

/// A rule of a protocol: the paragraph it encodes, the kind of record it reads, and the small piece of code that
/// reads it. `evaluate` gets the record and every record of the council (for rules that compare, such as
/// even-handedness between party groups) and the day the check is made.
public struct ProtocolRule: Sendable {
    public var id: String
    public var kind: ProtocolRecordKind
    public var paragraph: String
    public var summary: String
    public var evaluate: @Sendable (ProtocolRecord, [ProtocolRecord], Day) -> RuleOutcome?

    public init(id: String, kind: ProtocolRecordKind, paragraph: String, summary: String,
                evaluate: @escaping @Sendable (ProtocolRecord, [ProtocolRecord], Day) -> RuleOutcome?) {
        self.id = id
        self.kind = kind
        self.paragraph = paragraph
        self.summary = summary
        self.evaluate = evaluate
    }
}

/// A worked example from the protocol's text: records, and what the rule must find on the last one.
public struct ProtocolExample: Sendable {
    public var name: String
    public var rule: String
    /// Earlier records (the context), then the record the example is about.
    public var records: [ProtocolRecord]
    public var asAt: Day
    /// nil: the rule must find nothing (the record complies).
    public var expected: ProtocolFinding.Status?

    public init(_ name: String, rule: String, _ records: [ProtocolRecord], asAt: Day, expect: ProtocolFinding.Status?) {
        self.name = name
        self.rule = rule
        self.records = records
        self.asAt = asAt
        self.expected = expect
    }
}

/// A member–officer protocol as one council runs it: its text, the paragraphs on each topic, its rules as data
/// with small code, and worked examples. Each is a plugin under `Plugins/`.
public struct MemberOfficerProtocol: Sendable {
    public var id: String
    public var title: String
    /// The document cited ("Protocol on the Council – Relationships between Officers and Members").
    public var document: String
    public var pluginFolder: String
    /// The protocol's text, word for word from its source.
    public var text: String
    /// The paragraphs on each topic; a topic absent here is one the protocol is silent on.
    public var topics: [ProtocolTopic: [String]]
    public var rules: [ProtocolRule]
    /// What to say for a kind of record this protocol has no rule on, or on a point within one.
    public var silences: [ProtocolRecordKind: String]
    public var examples: [ProtocolExample]

    public init(id: String, title: String, document: String, pluginFolder: String, text: String,
                topics: [ProtocolTopic: [String]], rules: [ProtocolRule], silences: [ProtocolRecordKind: String],
                examples: [ProtocolExample]) {
        self.id = id
        self.title = title
        self.document = document
        self.pluginFolder = pluginFolder
        self.text = text
        self.topics = topics
        self.rules = rules
        self.silences = silences
        self.examples = examples
    }

    public func cite(_ paragraph: String) -> Citation { Citation(document: document, paragraph: paragraph) }

    /// Every finding on the records that had happened by `asAt`: breaches, duties due or overdue, concerns, and
    /// where this protocol is silent.
    public func check(_ records: [ProtocolRecord], asAt: Day) -> [ProtocolFinding] {
        let known = records.filter { $0.occurredOn <= asAt }
        var out: [ProtocolFinding] = []
        for r in known {
            let kind = r.details.kind
            for rule in rules where rule.kind == kind {
                guard let o = rule.evaluate(r, known, asAt) else { continue }
                out.append(ProtocolFinding(council: r.councilSlug, recordId: r.id, kind: kind, status: o.status,
                                           rule: o.status == .silent ? nil : rule.id,
                                           citation: o.status == .silent ? nil : cite(rule.paragraph),
                                           message: o.message, dueOn: o.dueOn))
            }
            if let silence = silences[kind] {
                out.append(ProtocolFinding(council: r.councilSlug, recordId: r.id, kind: kind, status: .silent, rule: nil,
                                           citation: nil, message: silence, dueOn: nil))
            }
        }
        return out
    }
}

/// The protocols an installation knows, by id.
public struct ProtocolRegistry: Sendable {
    public let protocols: [MemberOfficerProtocol]

    public init(_ protocols: [MemberOfficerProtocol]) throws(UserError) {
        var seen = Set<String>()
        for p in protocols where !seen.insert(p.id).inserted {
            throw UserError("two registered member–officer protocols share the id '\(p.id)'")
        }
        self.protocols = protocols
    }

    public func protocolNamed(_ id: String) -> MemberOfficerProtocol? { protocols.first { $0.id == id } }

    public var ids: [String] { protocols.map(\.id) }
}

extension ProtocolRecord {
    /// Shorthand for examples: a record of `details` on `day` for the council `council`.
    public static func on(_ day: String, _ details: Details, id: Int64 = 1, council: String = "example") -> ProtocolRecord {
        ProtocolRecord(id: id, councilSlug: council, occurredOn: Day(day)!, details: details)
    }

    /// The two matters are the same for even-handedness: their words compared without case or punctuation.
    public static func sameMatter(_ a: String, _ b: String) -> Bool {
        func norm(_ s: String) -> String { s.lowercased().filter { $0.isLetter || $0.isNumber } }
        return norm(a) == norm(b)
    }
}
