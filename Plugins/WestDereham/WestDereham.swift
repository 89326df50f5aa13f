import NolanDomain
import NolanPolicy

/// West Dereham Parish Council's adopted Councillor Code of Conduct (seed `002_58d7c3d3afc2277e.txt`,
/// "Adopted May 2026", "Reviewed May 2027– or if legislation changes").
///
/// It is the LGA Model Code 2020 with local amendments. For the register, what it changes is:
/// - Table 1, Employment: drops "[Any unpaid directorship.]", which moves to Table 2 (a);
/// - Table 2: "You must register as an Other Registrable Interest:" (the LGA model says "should") (a) unpaid directorships; (b) bodies of
///   which you are a member or in general control or management and to which you are nominated or appointed
///   by your authority; (c) bodies exercising functions of a public nature, (i) directed to charitable purposes
///   or (ii)/(iii) one of whose principal purposes includes the influence of public opinion or policy — "of which
///   you are a member or in a position of general control or management". The printed text splits "or policy"
///   into an item (iii) of its own; Nolan keeps it with (ii), whose sentence it ends, and labels it "(ii)-(iii)".
/// For declarations (Appendix B):
/// - para 6 applies where a matter "directly relates to the financial interest or well-being of one of your Other
///   Registerable Interests" (the LGA: "to one of your Other Registerable Interests");
/// - para 8(c) reads "a financial interest or well-being of a body included under Other Registrable Interests";
/// - para 10 is the executive-function rule for Other Registerable and Non-Registerable Interests, in square
///   brackets (it applies only where the council has executive arrangements); the LGA's para 10 (recording an
///   interest in the written statement of an executive decision) is not in this text.
/// Thresholds and days are the model's (£50 and 28 days in para 10.2; 28 days in Appendix B).
public enum WestDereham {
    public static let id = "west-dereham-2026"
    public static let document = "West Dereham Parish Council Councillor Code of Conduct (adopted May 2026)"

    public static let variant = LGAModelCode2020.variant.deriving(
        id: id,
        title: "West Dereham Parish Council Councillor Code of Conduct",
        document: document,
        pluginFolder: "WestDereham"
    ) { v in
        v.adoptedOn = Day(year: 2026, month: 5, day: 1)
        v.nextReviewOn = Day(year: 2027, month: 5, day: 1)
        if let i = v.categories.firstIndex(where: { $0.id == "employment" }) {
            v.categories[i].text = "Any employment, office, trade, profession or vocation carried on for profit or gain."
        }
        v.declarationRules = DeclarationRules(
            paragraph6: .financialInterestOrWellBeing, paragraph8c: .financialInterestOrWellBeing,
            paragraph10: .executiveFunctionForOtherInterests)
        v.examples = examples
        v.table2Mandatory = true
        v.text = text
        v.categories.removeAll { $0.table == .otherRegistrable }
        v.categories += [
            InterestCategory(
                id: "t2-a", table: .otherRegistrable, label: "Table 2 (a)",
                text: "any unpaid directorships", fields: [.bodyName, .companyNumber]),
            InterestCategory(
                id: "t2-b", table: .otherRegistrable, label: "Table 2 (b)",
                text: "Any body of which you are a member or are in a position of general control or management and to which you are nominated or appointed by your authority.",
                fields: [.bodyName, .companyNumber]),
            InterestCategory(
                id: "t2-c", table: .otherRegistrable, label: "Table 2 (c)",
                text: "anybody exercising functions of a public nature, of which you are a member or in a position of general control or management",
                fields: [.bodyName, .companyNumber]),
            InterestCategory(
                id: "t2-c-i", table: .otherRegistrable, label: "Table 2 (c)(i)",
                text: "[any body] directed to charitable purposes, of which you are a member or in a position of general control or management",
                fields: [.bodyName, .companyNumber]),
            InterestCategory(
                id: "t2-c-ii", table: .otherRegistrable, label: "Table 2 (c)(ii)-(iii)",
                text: "[any body] one of whose principal purposes includes the influence of public opinion or policy (including any political party or trade union), of which you are a member or in a position of general control or management",
                fields: [.bodyName, .companyNumber]),
        ]
    }
}
