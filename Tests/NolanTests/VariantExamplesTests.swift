import NolanComposition
import NolanPolicy
import Testing

/// The one test that runs the worked examples of every registered variant. A new plugin is tested by adding
/// examples to it, not by adding test code here.
@Suite("Worked examples of every registered variant")
struct VariantExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let variant: String
        let index: Int
        var example: AdviceExample { Registered.registry.variant(variant)!.examples[index] }
        var testDescription: String { "\(variant): \(example.name) [\(example.source)]" }
    }

    static let cases: [Case] = Registered.variants.flatMap { v in v.examples.indices.map { Case(variant: v.id, index: $0) } }

    @Test("Each example gives the advice its paragraph requires", arguments: cases)
    func example(_ c: Case) {
        let variant = Registered.registry.variant(c.variant)!
        let advice = DeclarationAdvisor.advise(c.example.scenario, variant: variant)
        let problems = c.example.expected.mismatches(advice)
        #expect(problems.isEmpty, "\(problems.joined(separator: "; "))")
        #expect(advice.paragraphs.allSatisfy { $0.document == variant.document })
        #expect(advice.explanation.isEmpty == false)
    }

    @Test("Every variant has examples for paras 4 to 10, a sensitive interest, a dispensation, a partner, a relative or close associate, and para 9 not met")
    func coverage() {
        for v in Registered.variants {
            let sources = v.examples.map(\.source).joined(separator: " | ")
            for p in ["para 4", "para 5", "para 6", "para 7", "8(c)", "para 9", "para 10"] {
                #expect(sources.contains(p), "\(v.id) has no example for \(p)")
            }
            let touches = v.examples.flatMap(\.scenario.touches)
            #expect(touches.contains { $0.sensitive }, "\(v.id): no sensitive example")
            #expect(v.examples.contains { !$0.scenario.dispensations.isEmpty && $0.expected.dispensationApplied != nil }, "\(v.id): no dispensation example")
            #expect(touches.contains { $0.owner == .partner && $0.kind == .disclosablePecuniary }, "\(v.id): no partner's DPI")
            #expect(touches.contains { $0.owner == .relative || $0.owner == .closeAssociate }, "\(v.id): no relative or close associate")
            #expect(v.examples.contains { $0.expected.mayVote == .yes && $0.scenario.touches.contains { t in
                t.paragraph9.map { $0.greaterThanMajorityOfWard == false || $0.reasonablePersonWouldThinkViewAffected == false } ?? false
            } }, "\(v.id): no example where para 9's limbs are not both met")
        }
    }
}
