import Foundation
import NolanDomain
import Yams

/// A council's configuration as read from `Councils/<slug>/council.yaml`, with the file it came from so that
/// later checks (an unknown variant id, say) can still name the file and key.
public struct CouncilConfig: Sendable, Equatable {
    public var council: Council
    public var file: String

    public init(council: Council, file: String) {
        self.council = council
        self.file = file
    }
}

/// Reads the `Councils/` folder: one sub-folder per council, named by its slug, holding `council.yaml`.
///
/// YAML through Yams, the well-kept libyaml binding on the offline package list; Nolan walks the composed node
/// tree itself rather than decoding, so that every error names the file, the line and the key.
public enum CouncilConfigLoader {
    public static let fileName = "council.yaml"

    static let keys: Set<String> = [
        "name", "kind", "parent", "code-of-conduct", "member-officer-protocol", "wards", "website", "overrides",
        "executive-arrangements",
    ]
    static let overrideKeys: Set<String> = ["gift-threshold", "gift-registration-days", "registration-days"]

    /// Loads every council under `directory`, sorted by slug, checking each file and the parent links between them.
    public static func load(directory: String) throws(UserError) -> [CouncilConfig] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw UserError("councils folder \(directory) does not exist (set --councils-folder or NOLAN_COUNCILS)")
        }
        let entries = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        var configs: [CouncilConfig] = []
        for slug in entries where !slug.hasPrefix(".") {
            let folder = (directory as NSString).appendingPathComponent(slug)
            guard fm.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else { continue }
            let file = (folder as NSString).appendingPathComponent(fileName)
            guard fm.fileExists(atPath: file) else {
                throw UserError("\(folder): no \(fileName) in this council folder")
            }
            guard let data = fm.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw UserError("\(file): cannot be read as UTF-8 text")
            }
            configs.append(try parse(text, slug: slug, file: file))
        }
        try checkParents(configs)
        return configs
    }

    /// Parses one council file. `slug` is the folder name; `file` is used in error messages.
    public static func parse(_ text: String, slug: String, file: String) throws(UserError) -> CouncilConfig {
        guard isValidSlug(slug) else {
            throw UserError("\(file): folder name '\(slug)' is not a slug (lower-case letters, digits and hyphens)")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw UserError("\(file): not valid YAML: \(String(describing: error).trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        guard let mapping = root?.mapping else {
            throw UserError("\(file): expected a mapping of keys (name, kind, code-of-conduct, ...)")
        }
        let reader = NodeReader(file: file, mapping: mapping)
        try reader.rejectUnknown(keys, what: "key")
        let kindText = try reader.requiredString("kind")
        guard let kind = CouncilKind(rawValue: kindText) else {
            throw reader.error("kind", "'\(kindText)' is not one of \(CouncilKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var overrides = ParameterOverrides()
        if let o = reader.node("overrides") {
            guard let om = o.mapping else { throw reader.error("overrides", "expected a mapping") }
            let r = NodeReader(file: file, mapping: om, prefix: "overrides.")
            try r.rejectUnknown(overrideKeys, what: "override")
            if let t = try r.optionalString("gift-threshold") {
                guard let p = Pence(pounds: t), p.value > 0 else {
                    throw r.error("gift-threshold", "'\(t)' is not an amount in pounds such as £50 or 50.00")
                }
                overrides.giftThreshold = p
            }
            overrides.giftRegistrationDays = try r.optionalDays("gift-registration-days")
            overrides.registrationDays = try r.optionalDays("registration-days")
        }
        let council = Council(
            slug: slug,
            name: try reader.requiredString("name"),
            kind: kind,
            parentSlug: try reader.optionalString("parent"),
            codeVariantId: try reader.requiredString("code-of-conduct"),
            protocolId: try reader.optionalString("member-officer-protocol"),
            wards: try reader.stringList("wards"),
            website: try reader.optionalString("website"),
            overrides: overrides,
            executiveArrangements: try reader.optionalBool("executive-arrangements") ?? false)
        if council.executiveArrangements, !kind.isPrincipal {
            throw reader.error("executive-arrangements", "a \(kind.rawValue) council cannot operate executive arrangements (they are for principal authorities)")
        }
        if let w = council.website, !(w.hasPrefix("https://") || w.hasPrefix("http://")) {
            throw reader.error("website", "'\(w)' is not an http(s) address")
        }
        var seenWards = Set<String>()
        for w in council.wards where !seenWards.insert(w).inserted {
            throw reader.error("wards", "ward '\(w)' is listed twice")
        }
        if kind.isPrincipal, council.parentSlug != nil {
            throw reader.error("parent", "a \(kind.rawValue) council is a principal authority and has no parent")
        }
        if !kind.isPrincipal, council.parentSlug == nil {
            throw reader.error("parent", "a \(kind.rawValue) council must name its principal authority (the council whose Monitoring Officer keeps its register)")
        }
        return CouncilConfig(council: council, file: file)
    }

    static func checkParents(_ configs: [CouncilConfig]) throws(UserError) {
        let bySlug = Dictionary(uniqueKeysWithValues: configs.map { ($0.council.slug, $0.council) })
        for c in configs {
            guard let p = c.council.parentSlug else { continue }
            guard let parent = bySlug[p] else {
                throw UserError("\(c.file): parent: no council '\(p)' in the councils folder")
            }
            guard parent.kind.isPrincipal else {
                throw UserError("\(c.file): parent: '\(p)' is a \(parent.kind.rawValue) council, not a principal authority")
            }
        }
    }

    public static func isValidSlug(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 64 && !s.hasPrefix("-") && !s.hasSuffix("-")
            && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// Reads typed values out of a YAML mapping, producing errors that name file, line and key.
struct NodeReader {
    let file: String
    let mapping: Node.Mapping
    var prefix = ""

    func node(_ key: String) -> Node? { mapping[Node(key)] }

    func line(of key: String) -> Int? {
        for (k, v) in mapping where k.string == key { return v.mark?.line ?? k.mark?.line }
        return nil
    }

    func error(_ key: String, _ reason: String) -> UserError {
        let at = line(of: key).map { ":\($0)" } ?? ""
        return UserError("\(file)\(at): \(prefix)\(key): \(reason)")
    }

    func rejectUnknown(_ allowed: Set<String>, what: String) throws(UserError) {
        for (k, _) in mapping {
            let name = k.string ?? "?"
            if !allowed.contains(name) {
                let at = k.mark.map { ":\($0.line)" } ?? ""
                throw UserError("\(file)\(at): \(prefix)\(name): unknown \(what) (expected one of \(allowed.sorted().joined(separator: ", ")))")
            }
        }
    }

    func optionalString(_ key: String) throws(UserError) -> String? {
        guard let n = node(key), n.null == nil else { return nil }
        guard let s = n.scalar?.string else { throw error(key, "expected text") }
        let t = s.trimmingCharacters(in: .whitespaces)
        return t.isEmpty ? nil : t
    }

    func requiredString(_ key: String) throws(UserError) -> String {
        guard let s = try optionalString(key) else {
            throw UserError("\(file): \(prefix)\(key): missing (required)")
        }
        return s
    }

    func optionalBool(_ key: String) throws(UserError) -> Bool? {
        guard let n = node(key) else { return nil }
        guard let b = n.bool else { throw error(key, "expected true or false") }
        return b
    }

    func optionalDays(_ key: String) throws(UserError) -> Int? {
        guard let n = node(key) else { return nil }
        guard let d = n.int, (1...366).contains(d) else { throw error(key, "expected a whole number of days from 1 to 366") }
        return d
    }

    func stringList(_ key: String) throws(UserError) -> [String] {
        guard let n = node(key) else { return [] }
        guard let seq = n.sequence else { throw error(key, "expected a list") }
        var out: [String] = []
        for item in seq {
            guard let s = item.scalar?.string.trimmingCharacters(in: .whitespaces), !s.isEmpty else {
                throw error(key, "expected a list of names")
            }
            out.append(s)
        }
        return out
    }
}
