import Foundation
import NolanComposition
import NolanDomain
import NolanPolicy
import Testing
import WestDereham

@Suite("Code-of-conduct variants")
struct VariantTests {
    @Test("The LGA Model Code 2020 has all seven Table 1 categories and Table 2 (a), (b)(i)-(iii)")
    func lgaCategories() {
        let v = LGAModelCode2020.variant
        #expect(v.categories(in: .disclosablePecuniary).map(\.id)
            == ["employment", "sponsorship", "contracts", "land", "licences", "corporate-tenancies", "securities"])
        #expect(v.categories(in: .otherRegistrable).map(\.id) == ["t2-a", "t2-b-i", "t2-b-ii", "t2-b-iii"])
        #expect(v.parameters.giftThreshold == Pence(50_00))
        #expect(v.parameters.giftRegistrationDays == 28)
        #expect(v.parameters.registrationDays == 28)
        #expect(v.parameters.securitiesNominalValue == Pence(25_000_00))
        #expect(v.parameters.securitiesShareCapitalDivisor == 100)
        #expect(v.category("employment")!.text.hasSuffix("[Any unpaid directorship.]"))
        #expect(v.cite(.giftRegistration).paragraph == "para 10.2")
        #expect(v.cite(.changeNotification).paragraph == "Appendix B para 1")
        for rule in RuleKey.allCases { #expect(v.paragraphs[rule] != nil, "no paragraph for \(rule)") }
    }

    @Test("A local text that numbers Appendix B's declaration paragraphs its own way is cited, explained and asked about by its own numbers")
    func ownNumbering() {
        let renumbered = LGAModelCode2020.variant.deriving(id: "renumbered", title: "Renumbered Code", document: "Renumbered Code",
                                                           pluginFolder: "Renumbered") { v in
            v.declarationRules.numbering = ["4": "Appendix B para 14", "8(a)": "Appendix B para 18(a)", "9": "Appendix B para 19",
                                            "9(a)": "Appendix B para 19(a)", "9(b)": "Appendix B para 19(b)"]
        }
        let land = InterestTouch(label: "interest #2 (Table 1: Land and Property)", kind: .disclosablePecuniary, interestId: 2,
                                 effect: .directlyRelates)
        let barred = DeclarationAdvisor.advise(.example("Houses on the member's land", [land]), variant: renumbered)
        #expect(barred.paragraphs.map(\.paragraph) == ["Appendix B para 14"])
        #expect(barred.explanation.joined().contains("[Appendix B para 14]") && !barred.explanation.joined().contains("para 4"))
        let finances = InterestTouch(label: "your own financial interest", kind: .nonRegistrable, effect: .affects)
        let unknown = DeclarationAdvisor.advise(.example("Parking charges", [finances]), variant: renumbered)
        #expect(unknown.paragraphs.map(\.paragraph) == ["Appendix B para 18(a)", "Appendix B para 19"])
        #expect(unknown.questions.count == 2 && unknown.questions[0].hasSuffix("(Appendix B para 19(a))") && unknown.questions[1].hasSuffix("(Appendix B para 19(b))"))
        #expect(unknown.explanation.joined().contains("two limbs of Appendix B para 19,") && !unknown.explanation.joined().contains("para 9"))
        // The texts Nolan ships number them as the model does.
        #expect(DeclarationAdvisor.advise(.example("Houses on the member's land", [land]), variant: LGAModelCode2020.variant)
            .paragraphs.map(\.paragraph) == ["Appendix B para 4"])
    }

    @Test("West Dereham changes Table 2 and moves unpaid directorships out of Table 1, and nothing else of the register")
    func westDereham() {
        let base = LGAModelCode2020.variant
        let wd = WestDereham.variant
        #expect(wd.basedOn == base.id)
        #expect(wd.categories(in: .otherRegistrable).map(\.id) == ["t2-a", "t2-b", "t2-c", "t2-c-i", "t2-c-ii"])
        #expect(wd.category("t2-a")!.text == "any unpaid directorships")
        #expect(wd.category("employment")!.text == "Any employment, office, trade, profession or vocation carried on for profit or gain.")
        #expect(wd.categories(in: .disclosablePecuniary).map(\.id) == base.categories(in: .disclosablePecuniary).map(\.id))
        for c in wd.categories(in: .disclosablePecuniary) where c.id != "employment" {
            #expect(c == base.category(c.id))
        }
        #expect(wd.parameters == base.parameters)
        #expect(wd.cite(.giftRegistration).document.hasPrefix("West Dereham Parish Council"))
    }

    @Test("Every folder in Plugins/ is a registered variant, and every council names one that exists")
    func registryGuard() throws {
        let plugins = try FileManager.default.contentsOfDirectory(
            atPath: repositoryRoot.appendingPathComponent("Plugins").path).filter { !$0.hasPrefix(".") }
        let registered = Set(Registered.variants.compactMap(\.pluginFolder) + Registered.protocols.map(\.pluginFolder))
        #expect(Set(plugins) == registered)
        #expect(Set(Registered.variants.map(\.id)).count == Registered.variants.count)
        let councils = try Installation.loadCouncils(from: repositoryRoot.appendingPathComponent("Councils").path)
        for c in councils {
            #expect(Registered.registry.variant(c.council.codeVariantId) != nil, "\(c.file)")
            if let p = c.council.protocolId { #expect(Registered.protocolRegistry.protocolNamed(p) != nil, "\(c.file)") }
        }
    }
}
