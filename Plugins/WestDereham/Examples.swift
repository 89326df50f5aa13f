import NolanDomain
import NolanPolicy

extension WestDereham {
    /// Worked examples from the West Dereham text's Appendix B, paras 4-10, including what it changes.
    public static let examples: [AdviceExample] = {
        let farm = InterestTouch(label: "interest #2 (Table 1: Land and Property)", kind: .disclosablePecuniary,
                                 interestId: 2, effect: .directlyRelates)
        func hall(_ effect: MatterEffect, finances: Bool?, limbs: Paragraph9Limbs? = nil) -> InterestTouch {
            InterestTouch(label: "interest #1 (Table 2 (a): unpaid director, Village Hall Ltd)", kind: .otherRegistrable,
                          interestId: 1, effect: effect, financialInterestOrWellBeing: finances, paragraph9: limbs)
        }
        let both = Paragraph9Limbs(greaterThanMajorityOfWard: true, reasonablePersonWouldThinkViewAffected: true)
        let secondLimbNotMet = Paragraph9Limbs(greaterThanMajorityOfWard: true, reasonablePersonWouldThinkViewAffected: false)
        var partnersPaddock = farm
        partnersPaddock.owner = .partner
        partnersPaddock.label = "interest #3 (Table 1: Land and Property, your partner's)"
        var sensitiveHall = hall(.directlyRelates, finances: true)
        sensitiveHall.sensitive = true
        let friend = InterestTouch(label: "a close associate's business", kind: .nonRegistrable, owner: .closeAssociate,
                                   effect: .directlyRelates)
        let hallDispensation = DispensationFacts(id: 4, matter: "Village hall lease and grants", interestId: 1,
                                                 grantedOn: Day(year: 2026, month: 5, day: 20)!, expiresOn: Day(year: 2027, month: 5, day: 19)!,
                                                 permits: [.speak], coversItem: true)
        return [
            AdviceExample("A planning application on the member's own farm", source: "Appendix B para 4",
                          .example("Planning application: barn conversion at Hart's Farm", [farm]),
                          expect: .barred(["Appendix B para 4"])),
            AdviceExample("The member's partner's land", source: "Appendix B para 4 and the definition of Disclosable Pecuniary Interest",
                          .example("Planning application: stables on the paddock off Harrow Lane", [partnersPaddock]),
                          expect: .barred(["Appendix B para 4", "Appendix B (definitions of \"Disclosable Pecuniary Interest\" and \"Partner\")"])),
            AdviceExample("Para 5 (bracketed) applies where there are executive arrangements", source: "Appendix B para 5",
                          .example("Cabinet decision on the farm's drainage easement", executiveArrangements: true,
                                   executiveFunction: true, [farm]),
                          expect: ExpectedAdvice(notifyMonitoringOfficer: true, paragraphs: ["Appendix B para 5"])),
            AdviceExample("A grant to the village hall company the member is an unpaid director of", source: "Appendix B para 6",
                          .example("Grant of £2,500 to Little Snorham Village Hall Ltd", [hall(.directlyRelates, finances: true)]),
                          expect: .publicOnly(["Appendix B para 6"])),
            AdviceExample("Para 6 as adopted needs the body's financial interest or well-being: a matter that does not touch it needs no disclosure under para 6", source: "Appendix B para 6",
                          .example("Vote of thanks to the village hall committee", [hall(.directlyRelates, finances: false)]),
                          expect: ExpectedAdvice(mustDisclose: .no, mayVote: .yes, mustLeaveRoom: .no,
                                                 paragraphs: ["Appendix B para 6"], questionsRemain: false)),
            AdviceExample("When it is not known whether the body's finances are concerned, the advisor asks", source: "Appendix B para 6",
                          .example("Village hall booking policy", [hall(.directlyRelates, finances: nil)]),
                          expect: ExpectedAdvice(mustDisclose: .undetermined, mayVote: .undetermined,
                                                 paragraphs: ["Appendix B para 6"], questionsRemain: true)),
            AdviceExample("A sensitive Other Registrable Interest: disclose only its existence", source: "Appendix B paras 2 and 6",
                          .example("Grant of £2,500 to Little Snorham Village Hall Ltd", [sensitiveHall]),
                          expect: .publicOnly(["Appendix B para 6", "Appendix B para 2"], disclose: .existenceOnly)),
            AdviceExample("A dispensation to speak only: the member may speak, then must withdraw; no vote", source: "Appendix B para 6 (dispensation)",
                          .example("Grant of £2,500 to Little Snorham Village Hall Ltd", publicMaySpeak: false,
                                   [hall(.directlyRelates, finances: true)], dispensations: [hallDispensation]),
                          expect: ExpectedAdvice(mustDisclose: .yes, maySpeak: .yes, mayTakePart: .no, mayVote: .no,
                                                 mustLeaveRoom: .yes, dispensationApplied: 4, paragraphs: ["Appendix B para 6"])),
            AdviceExample("A close associate's business directly affected", source: "Appendix B para 7",
                          .example("Market stall licence for the member's business partner", [friend]),
                          expect: .publicOnly(["Appendix B para 7"])),
            AdviceExample("Para 8(c) as adopted: a matter affecting the finances of a Table 2 body, both limbs met", source: "Appendix B paras 8(c) and 9",
                          .example("Precept: withdrawal of the village hall maintenance grant", [hall(.affects, finances: true, limbs: both)]),
                          expect: .publicOnly(["Appendix B para 8(c)", "Appendix B para 9"])),
            AdviceExample("Para 9's second limb not met: disclose and take part", source: "Appendix B para 9",
                          .example("Parish-wide street lighting upgrade", [hall(.affects, finances: true, limbs: secondLimbNotMet)]),
                          expect: .discloseAndRemain(["Appendix B para 9"])),
            AdviceExample("Para 10 as adopted: an Other Registerable Interest on an executive function", source: "Appendix B para 10",
                          .example("Cabinet member decision on community buildings grants", executiveArrangements: true,
                                   executiveFunction: true, [hall(.directlyRelates, finances: true)]),
                          expect: ExpectedAdvice(notifyMonitoringOfficer: true, paragraphs: ["Appendix B para 10"])),
            AdviceExample("This text has no rule on recording interests in executive decision statements", source: "Appendix B para 10",
                          .example("Executive decision: community buildings grants", executiveArrangements: true,
                                   executiveDecision: true, [hall(.directlyRelates, finances: true)]),
                          expect: ExpectedAdvice(recordInDecisionStatement: false, paragraphs: ["Appendix B para 6"])),
            AdviceExample("A parish has no executive arrangements: para 10 cannot apply, and the advisor says so", source: "Appendix B para 10",
                          .example("Chairman's action on the hall grant", executiveFunction: true, [hall(.directlyRelates, finances: true)]),
                          expect: ExpectedAdvice(notifyMonitoringOfficer: false, paragraphs: ["Appendix B para 6"], questionsRemain: true)),
        ]
    }()
}
