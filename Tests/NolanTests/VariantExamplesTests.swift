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

/// The same test for member–officer protocols: every registered protocol's examples, by rule.
@Suite("Worked examples of every registered protocol")
struct ProtocolExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let protocolId: String
        let index: Int
        var example: ProtocolExample { Registered.protocolRegistry.protocolNamed(protocolId)!.examples[index] }
        var testDescription: String { "\(protocolId): \(example.name) [\(example.rule)]" }
    }

    static let cases: [Case] = Registered.protocols.flatMap { p in p.examples.indices.map { Case(protocolId: p.id, index: $0) } }

    @Test("Each example finds what its paragraph requires", arguments: cases)
    func example(_ c: Case) throws {
        let p = Registered.protocolRegistry.protocolNamed(c.protocolId)!
        let rule = try #require(p.rules.first { $0.id == c.example.rule }, "no rule \(c.example.rule)")
        let subject = try #require(c.example.records.last)
        let outcome = rule.evaluate(subject, c.example.records, c.example.asAt)
        #expect(outcome?.status == c.example.expected, "\(outcome?.message ?? "no finding")")
        if let o = outcome, o.status != .silent {
            // A finding carries its paragraph when the whole check runs.
            let findings = p.check(c.example.records, asAt: c.example.asAt).filter { $0.rule == rule.id && $0.recordId == subject.id }
            #expect(findings.first?.citation == p.cite(rule.paragraph))
        }
    }

    @Test("Every rule of every protocol has an example that passes and one that does not")
    func coverage() {
        for p in Registered.protocols {
            for rule in p.rules {
                let mine = p.examples.filter { $0.rule == rule.id }
                if rule.paragraph.isEmpty {
                    #expect(mine.contains { $0.expected == .silent }, "\(p.id) \(rule.id): no example of the silence")
                } else {
                    #expect(mine.contains { $0.expected == nil }, "\(p.id) \(rule.id): no passing example")
                    #expect(mine.contains { $0.expected != nil }, "\(p.id) \(rule.id): no example that finds something")
                }
            }
        }
    }

    @Test("Each protocol names its paragraphs on every topic it covers, and they exist in its text")
    func topics() {
        for p in Registered.protocols {
            let labels = Set(CodeText.blocks(p.text).compactMap(\.label))
            for (topic, paras) in p.topics {
                for n in paras where n.first?.isNumber == true {
                    #expect(labels.contains("para \(n)"), "\(p.id) \(topic.rawValue): no para \(n) in the text")
                }
            }
        }
    }
}
