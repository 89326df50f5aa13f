import NolanPolicy
import Testing
import WestDereham

@Suite("Code text and local amendments")
struct CodeTextTests {
    @Test("Paragraphs carry the labels they are cited by")
    func labels() {
        let blocks = CodeText.blocks(LGAModelCode2020.text)
        func label(startingWith prefix: String) -> String? { blocks.first { $0.text.hasPrefix(prefix) }?.label }
        #expect(label(startingWith: "- 10.2 I register") == "para 10.2")
        #expect(label(startingWith: "4. Where a matter arises") == "Appendix B para 4")
        #expect(label(startingWith: "Best practice 5:") == "Appendix C best practice 5")
        #expect(label(startingWith: "Sponsorship\t") == "Table 1: Sponsorship")
    }

    @Test("The shipped texts are the seeds' words: headings and key sentences present")
    func texts() {
        #expect(LGAModelCode2020.text.hasPrefix("Local Government Association"))
        #expect(LGAModelCode2020.text.contains("10. Where you have a personal interest in any business of your authority and you have made an executive decision"))
        #expect(WestDereham.text.contains("Adopted May 2026"))
        #expect(WestDereham.text.contains("6. Where a matter arises at a meeting which **directly relates** to the financial interest or well-being of one of your Other Registerable Interests"))
        #expect(!WestDereham.text.contains("5B – PROTOCOL"))
    }

    @Test("The West Dereham diff shows its amendments to paras 5, 6, 8(c), 10 and Table 2, and not the unchanged para 4")
    func diff() {
        let changes = CodeText.diff(model: LGAModelCode2020.text, local: WestDereham.text)
        let labels = Set(changes.compactMap(\.label))
        for l in ["Appendix B para 5", "Appendix B para 6", "Appendix B para 8", "Appendix B para 10", "Table 2"] {
            #expect(labels.contains(l), "no change reported at \(l)")
        }
        #expect(!labels.contains("Appendix B para 4"))
        let six = changes.first { $0.label == "Appendix B para 6" }
        #expect(six?.words?.contains("{+the financial interest or well-being of+}") == true)
        #expect(CodeText.diff(model: LGAModelCode2020.text, local: LGAModelCode2020.text).isEmpty)
    }
}
