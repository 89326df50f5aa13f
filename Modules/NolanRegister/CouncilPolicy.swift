import NolanDomain
import NolanPolicy

/// The code of conduct in force for one council: its adopted variant with the council's overrides applied.
/// Every number a rule uses (days, thresholds) is read from here, never written at the call site.
public struct CouncilPolicy: Sendable {
    public let council: Council
    public let variant: ConductCodeVariant
    public let parameters: VariantParameters

    public init(council: Council, registry: VariantRegistry) throws(UserError) {
        guard let v = registry.variant(council.codeVariantId) else {
            throw UserError("council \(council.slug): code-of-conduct variant '\(council.codeVariantId)' is not registered (known: \(registry.ids.joined(separator: ", ")))")
        }
        self.council = council
        self.variant = v
        self.parameters = v.parameters.applying(council.overrides)
    }

    public func cite(_ rule: RuleKey) -> Citation { variant.cite(rule) }

    /// The category with this id in the council's own variant, or an error listing the ones it has
    /// (a category another variant has, but this council's does not, is rejected: Table 1 and Table 2).
    public func category(_ id: String) throws(UserError) -> InterestCategory {
        guard let c = variant.category(id) else {
            let known = variant.categories.map(\.id).joined(separator: ", ")
            throw UserError("category: '\(id)' is not a category of \(variant.title), which \(council.name) adopted (\(cite(.table1).paragraph) and \(cite(.table2).paragraph): \(known))")
        }
        return c
    }
}

/// A remark a rule makes about an entry that is accepted but deserves attention (late, not required, a 10.1 warning).
public struct RuleNote: Codable, Sendable, Equatable, CustomStringConvertible {
    public enum Level: String, Codable, Sendable { case info, warning }
    public var level: Level
    public var message: String
    public var citation: Citation

    public init(_ level: Level, _ message: String, _ citation: Citation) {
        self.level = level
        self.message = message
        self.citation = citation
    }

    public var description: String { "\(level.rawValue): \(message) [\(citation)]" }
}
