import Foundation
import NolanCouncilConfig
import NolanDomain
import NolanPolicy
import NolanRegister
import NolanStore
import WestDereham
import BoroughMayoralProtocol
import District5BProtocol
// nolan variant new: plugin imports above this line

/// The composition root: the one place that knows every registered variant and protocol, reads the councils'
/// configuration and wires each council to the code of conduct it adopted.
public enum Registered {
    /// Every code-of-conduct variant: the LGA base and each plugin under `Plugins/`. A new plugin adds a line here.
    public static let variants: [ConductCodeVariant] = [
        LGAModelCode2020.variant,
        WestDereham.variant,
        // nolan variant new: plugin registrations above this line
    ]

    /// Every member–officer protocol a council's configuration may name (`member-officer-protocol:`); each is a
    /// plugin under `Plugins/`. A new protocol plugin adds a line here.
    public static let protocols: [MemberOfficerProtocol] = [
        BoroughMayoralProtocol.memberOfficerProtocol,
        District5BProtocol.memberOfficerProtocol,
    ]

    /// The registry of `protocols`.
    public static let protocolRegistry: ProtocolRegistry = {
        do { return try ProtocolRegistry(protocols) } catch { preconditionFailure(String(describing: error)) }
    }()

    /// The registry of `variants`. Two plugins sharing an id is a programming error caught by the registry test.
    public static let registry: VariantRegistry = {
        do { return try VariantRegistry(variants) } catch { preconditionFailure(String(describing: error)) }
    }()
}

/// Where this installation keeps its data and configuration.
public struct InstallationPaths: Sendable {
    public var database: String
    public var councils: String

    public init(database: String, councils: String) {
        self.database = database
        self.councils = councils
    }

    public static let defaultDatabase = "./nolan.sqlite"
    public static let defaultCouncils = "./Councils"

    /// `--db` / `--councils-folder` when given, else `NOLAN_DB` / `NOLAN_COUNCILS`, else the defaults.
    public static func resolve(database: String?, councils: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> InstallationPaths {
        InstallationPaths(
            database: database ?? environment["NOLAN_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultDatabase,
            councils: councils ?? environment["NOLAN_COUNCILS"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultCouncils)
    }
}

/// An opened installation: its store and the register's rules over it.
public struct Installation: Sendable {
    public let paths: InstallationPaths
    public let store: SQLiteRegisterStore
    public let register: RegisterService

    public init(paths: InstallationPaths, today: Day, actor: String) throws {
        self.paths = paths
        self.store = try SQLiteRegisterStore(path: paths.database)
        self.register = RegisterService(store: store, registry: Registered.registry, protocols: Registered.protocolRegistry,
                                        today: today, actor: actor)
    }

    /// Reads `Councils/` and checks each council against the registered variants and protocols.
    public static func loadCouncils(from folder: String) throws -> [CouncilConfig] {
        let configs = try CouncilConfigLoader.load(directory: folder)
        let registry = Registered.registry
        let protocolIds = Registered.protocols.map(\.id)
        for cfg in configs {
            let c = cfg.council
            if registry.variant(c.codeVariantId) == nil {
                throw UserError("\(cfg.file): code-of-conduct: unknown variant '\(c.codeVariantId)' (registered: \(registry.ids.joined(separator: ", ")))")
            }
            let variant = registry.variant(c.codeVariantId)!
            let set: [(ParameterKey, Bool)] = [
                (.giftThreshold, c.overrides.giftThreshold != nil),
                (.giftRegistrationDays, c.overrides.giftRegistrationDays != nil),
                (.registrationDays, c.overrides.registrationDays != nil),
            ]
            for (key, isSet) in set where isSet && !variant.overridable.contains(key) {
                throw UserError("\(cfg.file): overrides.\(key.rawValue): \(variant.title) does not let a council set this")
            }
            if let d = c.overrides.registrationDays, d > 28 {
                throw UserError("\(cfg.file): overrides.registration-days: \(d) is longer than the 28 days the Localism Act 2011 s30(1) allows for registering Disclosable Pecuniary Interests")
            }
            if let pid = c.protocolId, !protocolIds.contains(pid) {
                throw UserError("\(cfg.file): member-officer-protocol: unknown protocol '\(pid)' (registered: \(protocolIds.joined(separator: ", ")))")
            }
        }
        return configs
    }

    public struct SyncResult: Sendable {
        public var councils: [Council]
        /// Councils in the database that no longer have a folder under `Councils/` (kept: their registers are records).
        public var missingFromFolder: [String]
        /// Councils with members whose code of conduct changed: (slug, from, to).
        public var codeChanged: [(String, String, String)]
    }

    /// Creates or updates every council from `Councils/` in one transaction.
    public func syncCouncils() throws -> SyncResult {
        let configs = try Self.loadCouncils(from: paths.councils)
        return try store.write(actor: register.actor) { w in
            // Parents first, so the foreign key to the principal authority always resolves.
            let ordered = configs.map(\.council).sorted { ($0.parentSlug == nil ? 0 : 1, $0.slug) < ($1.parentSlug == nil ? 0 : 1, $1.slug) }
            var changed: [(String, String, String)] = []
            for c in ordered {
                if let before = try w.council(c.slug), before.codeVariantId != c.codeVariantId, !(try w.members(council: c.slug).isEmpty) {
                    changed.append((c.slug, before.codeVariantId, c.codeVariantId))
                }
                try w.save(c)
            }
            let inFolder = Set(configs.map(\.council.slug))
            let missing = try w.councils().map(\.slug).filter { !inFolder.contains($0) }
            return SyncResult(councils: ordered, missingFromFolder: missing, codeChanged: changed)
        }
    }

    /// Whether the database already holds any member.
    public func isEmpty() throws -> Bool {
        try store.read { r in try r.members(council: nil).isEmpty }
    }
}

/// Today's date as the register sees it: `NOLAN_TODAY` (YYYY-MM-DD) when set, for reproducible runs and tests,
/// otherwise the current date in England (Europe/London), where every council Nolan serves is.
public enum Today {
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Day {
        if let t = environment["NOLAN_TODAY"], !t.isEmpty {
            guard let d = Day(t) else { throw UserError("NOLAN_TODAY: '\(t)' is not a date (YYYY-MM-DD)") }
            return d
        }
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "Europe/London") ?? .current
        let c = cal.dateComponents([.year, .month, .day], from: Date())
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}
