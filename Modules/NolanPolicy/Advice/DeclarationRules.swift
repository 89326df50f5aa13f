/// The parts of Appendix B paras 4-10 in which adopted texts differ, as data. The advisor reads these; a local
/// variant changes them, never the advisor.
public struct DeclarationRules: Sendable, Equatable {
    /// What a matter must touch for paras 6 and 8(c) to apply to an Other Registrable Interest.
    public enum BodyTest: String, Sendable, Equatable {
        /// LGA: the matter directly relates to (6) or affects (8(c)) the interest or body itself.
        case interestItself = "the interest itself"
        /// West Dereham: the matter directly relates to (6) or affects (8(c)) its financial interest or well-being.
        case financialInterestOrWellBeing = "its financial interest or well-being"
    }

    /// What para 10 requires.
    public enum Paragraph10: String, Sendable, Equatable {
        /// LGA: record the existence and nature of a personal interest in the written statement of an executive decision.
        case recordInExecutiveDecision = "record the interest in the written statement of an executive decision"
        /// West Dereham: for an Other Registerable or Non-Registerable Interest on a matter dealt with as a Cabinet
        /// member in an executive function, notify the Monitoring Officer and take no further steps (bracketed in
        /// the text: it applies only where the council has executive arrangements).
        case executiveFunctionForOtherInterests = "notify the Monitoring Officer and take no further steps (executive function)"
    }

    public var paragraph6: BodyTest
    public var paragraph8c: BodyTest
    public var paragraph10: Paragraph10
    /// Where the adopted text numbers Appendix B's paragraphs on declaring interests differently from the model code:
    /// the text's own paragraph for each of the model's, keyed by the model's number ("4", "8(a)", "9(b)", "10").
    /// The advisor cites, and names in its explanations and questions, the text's own paragraph; one not listed keeps
    /// the model's number. Both texts Nolan ships number them as the model does.
    public var numbering: [String: String]

    public init(paragraph6: BodyTest, paragraph8c: BodyTest, paragraph10: Paragraph10, numbering: [String: String] = [:]) {
        self.paragraph6 = paragraph6
        self.paragraph8c = paragraph8c
        self.paragraph10 = paragraph10
        self.numbering = numbering
    }

    /// The adopted text's paragraph for the model code's Appendix B paragraph `model` ("Appendix B para 8(a)").
    public func paragraph(_ model: String) -> String { numbering[model] ?? "Appendix B para \(model)" }
}
