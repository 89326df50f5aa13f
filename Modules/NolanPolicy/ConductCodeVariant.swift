import NolanDomain

/// Structured details a category may carry, beyond the free-text description.
public enum DetailField: String, Codable, Sendable, CaseIterable {
    case bodyName = "body"
    case companyNumber = "company-number"
    case address
    case postcode
    case uprn
}

/// One category of registrable interest as the variant's Table 1 or Table 2 states it.
public struct InterestCategory: Codable, Sendable, Equatable {
    /// Stable id used in commands, files and feeds (`employment`, `t2-a`, ...).
    public var id: String
    public var table: InterestTable
    /// How the adopted text labels it: "Table 1: Land and Property", "Table 2 (b)(ii)".
    public var label: String
    /// The category's wording in the adopted text.
    public var text: String
    /// The structured details this category can carry.
    public var fields: [DetailField]

    public init(id: String, table: InterestTable, label: String, text: String, fields: [DetailField]) {
        self.id = id
        self.table = table
        self.label = label
        self.text = text
        self.fields = fields
    }

    /// Only Disclosable Pecuniary Interests can be a partner's (Appendix B, definition of DPI); Table 2
    /// lists "your" other personal interests.
    public var partnerMayHold: Bool { table == .disclosablePecuniary }
}

/// The parameters of a variant: the numbers its text states.
public struct VariantParameters: Codable, Sendable, Equatable {
    /// Para 10.2: register gifts and hospitality with an estimated value of at least this.
    public var giftThreshold: Pence
    /// Para 10.2: ... within this many days of receipt.
    public var giftRegistrationDays: Int
    /// Appendix B opening: register within this many days of becoming a member or re-election.
    public var registrationDays: Int
    /// Appendix B para 1: notify new interests and changes within this many days of becoming aware.
    public var changeNotificationDays: Int
    /// Table 1, Securities (b)(i): total nominal value exceeding this ...
    public var securitiesNominalValue: Pence
    /// ... or one hundredth (1/N) of the total issued share capital.
    public var securitiesShareCapitalDivisor: Int
    /// Table 1, Sponsorship: payments made during the previous N-month period.
    public var sponsorshipMonths: Int
    /// Table 1, Licences: a licence to occupy land for a month or longer.
    public var licenceMinimumMonths: Int

    public init(giftThreshold: Pence, giftRegistrationDays: Int, registrationDays: Int, changeNotificationDays: Int,
                securitiesNominalValue: Pence, securitiesShareCapitalDivisor: Int, sponsorshipMonths: Int,
                licenceMinimumMonths: Int) {
        self.giftThreshold = giftThreshold
        self.giftRegistrationDays = giftRegistrationDays
        self.registrationDays = registrationDays
        self.changeNotificationDays = changeNotificationDays
        self.securitiesNominalValue = securitiesNominalValue
        self.securitiesShareCapitalDivisor = securitiesShareCapitalDivisor
        self.sponsorshipMonths = sponsorshipMonths
        self.licenceMinimumMonths = licenceMinimumMonths
    }

    /// The parameters with a council's overrides applied.
    public func applying(_ o: ParameterOverrides) -> VariantParameters {
        var p = self
        if let v = o.giftThreshold { p.giftThreshold = v }
        if let v = o.giftRegistrationDays { p.giftRegistrationDays = v }
        if let v = o.registrationDays { p.registrationDays = v }
        return p
    }
}

/// The parameters a council may override in its configuration (`overrides:` in council.yaml).
public enum ParameterKey: String, Codable, Sendable, CaseIterable {
    case giftThreshold = "gift-threshold"
    case giftRegistrationDays = "gift-registration-days"
    case registrationDays = "registration-days"
}

/// A code of conduct as one council (or several) adopted it: the base LGA Model Code 2020, or a local
/// variant derived from it by a plugin under `Plugins/`.
///
/// A variant is data: its categories, parameters and the paragraph each rule is stated in. The rules that
/// use it live in `NolanRegister`; a local amendment is a change to this data, never to that code.
public struct ConductCodeVariant: Sendable {
    public var id: String
    public var title: String
    /// The document cited for its paragraphs ("LGA Model Councillor Code of Conduct 2020").
    public var document: String
    /// The variant this one derives from, if any.
    public var basedOn: String?
    /// The folder under `Plugins/` that provides it; nil for the base variant in `Modules/`.
    public var pluginFolder: String?
    public var adoptedOn: Day?
    /// Appendix C best practice 3: codes should be reviewed each year.
    public var nextReviewOn: Day?
    public var categories: [InterestCategory]
    public var parameters: VariantParameters
    public var overridable: Set<ParameterKey>
    /// The paragraph, as this text numbers it, that states each rule.
    public var paragraphs: [RuleKey: String]
    /// How this text's Appendix B paras 6, 8(c) and 10 read (the declaration advisor's data).
    public var declarationRules: DeclarationRules
    /// Worked examples from this text, run by the shared variant test.
    public var examples: [AdviceExample]
    /// Whether the text says the member "must" register Table 2 (West Dereham) or only "should" (the LGA model:
    /// "You should also register details of your other personal interests").
    public var table2Mandatory: Bool
    /// The adopted text, word for word (`nolan code show`).
    public var text: String

    public init(id: String, title: String, document: String, basedOn: String?, pluginFolder: String?,
                adoptedOn: Day?, nextReviewOn: Day?, categories: [InterestCategory], parameters: VariantParameters,
                overridable: Set<ParameterKey>, paragraphs: [RuleKey: String], declarationRules: DeclarationRules,
                examples: [AdviceExample], table2Mandatory: Bool, text: String) {
        self.id = id
        self.title = title
        self.document = document
        self.basedOn = basedOn
        self.pluginFolder = pluginFolder
        self.adoptedOn = adoptedOn
        self.nextReviewOn = nextReviewOn
        self.categories = categories
        self.parameters = parameters
        self.overridable = overridable
        self.paragraphs = paragraphs
        self.declarationRules = declarationRules
        self.examples = examples
        self.table2Mandatory = table2Mandatory
        self.text = text
    }

    /// A local variant: a copy of this one with a new identity and the local text's changes applied.
    public func deriving(id: String, title: String, document: String, pluginFolder: String,
                         _ amend: (inout ConductCodeVariant) -> Void) -> ConductCodeVariant {
        var v = self
        v.id = id
        v.title = title
        v.document = document
        v.basedOn = self.id
        v.pluginFolder = pluginFolder
        amend(&v)
        return v
    }

    public func category(_ id: String) -> InterestCategory? { categories.first { $0.id == id } }

    public func categories(in table: InterestTable) -> [InterestCategory] { categories.filter { $0.table == table } }

    /// The citation of a rule in this variant's own text.
    public func cite(_ rule: RuleKey) -> Citation {
        Citation(document: document, paragraph: paragraphs[rule] ?? "(not stated)")
    }
}

/// The variants this installation knows, by id. Built once by the composition root from the base variant
/// and every plugin.
public struct VariantRegistry: Sendable {
    public let variants: [ConductCodeVariant]

    public init(_ variants: [ConductCodeVariant]) throws(UserError) {
        var seen = Set<String>()
        for v in variants where !seen.insert(v.id).inserted {
            throw UserError("two registered code-of-conduct variants share the id '\(v.id)'")
        }
        self.variants = variants
    }

    public func variant(_ id: String) -> ConductCodeVariant? { variants.first { $0.id == id } }

    public var ids: [String] { variants.map(\.id) }
}
