import NolanDomain

/// The LGA Model Councillor Code of Conduct 2020 (seed `000_f7ebd6daefd74db0.txt`): the base variant every
/// local variant derives from. Category wording is the Code's own; paragraph labels are as it numbers them.
public enum LGAModelCode2020 {
    public static let id = "lga-2020"
    public static let document = "LGA Model Councillor Code of Conduct 2020"

    /// Table 1 as the 2012 Regulations describe it, in the Code's words.
    public static let table1: [InterestCategory] = [
        InterestCategory(
            id: "employment", table: .disclosablePecuniary,
            label: "Table 1: Employment, office, trade, profession or vocation",
            text: "Any employment, office, trade, profession or vocation carried on for profit or gain. [Any unpaid directorship.]",
            fields: [.bodyName, .companyNumber]),
        InterestCategory(
            id: "sponsorship", table: .disclosablePecuniary, label: "Table 1: Sponsorship",
            text: "Any payment or provision of any other financial benefit (other than from the council) made to the councillor during the previous 12-month period for expenses incurred by him/her in carrying out his/her duties as a councillor, or towards his/her election expenses. This includes any payment or financial benefit from a trade union within the meaning of the Trade Union and Labour Relations (Consolidation) Act 1992.",
            fields: [.bodyName]),
        InterestCategory(
            id: "contracts", table: .disclosablePecuniary, label: "Table 1: Contracts",
            text: "Any contract made between the councillor or his/her spouse or civil partner or the person with whom the councillor is living as if they were spouses/civil partners (or a firm in which such person is a partner, or an incorporated body of which such person is a director* or a body that such person has a beneficial interest in the securities of*) and the council — (a) under which goods or services are to be provided or works are to be executed; and (b) which has not been fully discharged.",
            fields: [.bodyName, .companyNumber]),
        InterestCategory(
            id: "land", table: .disclosablePecuniary, label: "Table 1: Land and Property",
            text: "Any beneficial interest in land which is within the area of the council. 'Land' excludes an easement, servitude, interest or right in or over land which does not give the councillor or his/her spouse or civil partner or the person with whom the councillor is living as if they were spouses/civil partners (alone or jointly with another) a right to occupy or to receive income.",
            fields: [.address, .postcode, .uprn]),
        InterestCategory(
            id: "licences", table: .disclosablePecuniary, label: "Table 1: Licenses",
            text: "Any licence (alone or jointly with others) to occupy land in the area of the council for a month or longer",
            fields: [.address, .postcode, .uprn]),
        InterestCategory(
            id: "corporate-tenancies", table: .disclosablePecuniary, label: "Table 1: Corporate tenancies",
            text: "Any tenancy where (to the councillor's knowledge)— (a) the landlord is the council; and (b) the tenant is a body that the councillor, or his/her spouse or civil partner or the person with whom the councillor is living as if they were spouses/civil partners is a partner of or a director* of or has a beneficial interest in the securities* of.",
            fields: [.bodyName, .companyNumber, .address, .postcode, .uprn]),
        InterestCategory(
            id: "securities", table: .disclosablePecuniary, label: "Table 1: Securities",
            text: "Any beneficial interest in securities* of a body where— (a) that body (to the councillor's knowledge) has a place of business or land in the area of the council; and (b) either— (i) the total nominal value of the securities* exceeds £25,000 or one hundredth of the total issued share capital of that body; or (ii) if the share capital of that body is of more than one class, the total nominal value of the shares of any one class in which the councillor, or his/her spouse or civil partner or the person with whom the councillor is living as if they were spouses/civil partners has a beneficial interest exceeds one hundredth of the total issued share capital of that class.",
            fields: [.bodyName, .companyNumber]),
    ]

    /// Table 2 of the LGA model: "any business of your authority where it relates to or is likely to affect".
    public static let table2: [InterestCategory] = [
        InterestCategory(
            id: "t2-a", table: .otherRegistrable, label: "Table 2 (a)",
            text: "any body of which you are in general control or management and to which you are nominated or appointed by your authority",
            fields: [.bodyName, .companyNumber]),
        InterestCategory(
            id: "t2-b-i", table: .otherRegistrable, label: "Table 2 (b)(i)",
            text: "any body exercising functions of a public nature",
            fields: [.bodyName, .companyNumber]),
        InterestCategory(
            id: "t2-b-ii", table: .otherRegistrable, label: "Table 2 (b)(ii)",
            text: "any body directed to charitable purposes",
            fields: [.bodyName, .companyNumber]),
        InterestCategory(
            id: "t2-b-iii", table: .otherRegistrable, label: "Table 2 (b)(iii)",
            text: "any body one of whose principal purposes includes the influence of public opinion or policy (including any political party or trade union)",
            fields: [.bodyName, .companyNumber]),
    ]

    public static let variant = ConductCodeVariant(
        id: id,
        title: "LGA Model Councillor Code of Conduct 2020",
        document: document,
        basedOn: nil,
        pluginFolder: nil,
        adoptedOn: nil,
        nextReviewOn: nil,
        categories: table1 + table2,
        parameters: VariantParameters(
            giftThreshold: Pence(50_00),
            giftRegistrationDays: 28,
            registrationDays: 28,
            changeNotificationDays: 28,
            securitiesNominalValue: Pence(25_000_00),
            securitiesShareCapitalDivisor: 100,
            sponsorshipMonths: 12,
            licenceMinimumMonths: 1),
        overridable: Set(ParameterKey.allCases),
        paragraphs: [
            .application: "Application of the Code of Conduct",
            .firstRegistration: "Appendix B (Registering interests, opening paragraph)",
            .changeNotification: "Appendix B para 1",
            .partnerInterest: "Appendix B (definitions of \"Disclosable Pecuniary Interest\" and \"Partner\")",
            .sensitiveInterest: "Appendix B paras 2-3",
            .table1: "Table 1",
            .table2: "Table 2",
            .giftFromInterestedDonor: "para 10.1",
            .giftRegistration: "para 10.2",
            .declinedGift: "para 10.3",
            .register: "para 9.1",
        ],
        declarationRules: DeclarationRules(
            paragraph6: .interestItself, paragraph8c: .interestItself, paragraph10: .recordInExecutiveDecision),
        examples: examples,
        table2Mandatory: false,
        text: text)
}
