import NolanDomain

extension LGAModelCode2020 {
    /// Worked examples from Appendix B of the LGA Model Code 2020, one or more for each of paras 4-10.
    public static let examples: [AdviceExample] = {
        let home = InterestTouch(label: "interest #2 (Table 1: Land and Property)", kind: .disclosablePecuniary,
                                 interestId: 2, effect: .directlyRelates)
        let trust = InterestTouch(label: "interest #4 (Table 2 (a): Brackmoor Leisure Trust)", kind: .otherRegistrable,
                                  interestId: 4, effect: .directlyRelates)
        func ownFinances(_ effect: MatterEffect, _ a: Bool?, _ b: Bool?) -> InterestTouch {
            InterestTouch(label: "your own financial interest", kind: .nonRegistrable, effect: effect,
                          paragraph9: Paragraph9Limbs(greaterThanMajorityOfWard: a, reasonablePersonWouldThinkViewAffected: b))
        }
        var sensitiveHome = home
        sensitiveHome.sensitive = true
        var partnersJob = home
        partnersJob.label = "interest #3 (Table 1: Employment, your partner's)"
        partnersJob.owner = .partner
        partnersJob.interestId = 3
        var trustAffected = trust
        trustAffected.effect = .affects
        trustAffected.paragraph9 = Paragraph9Limbs(greaterThanMajorityOfWard: true, reasonablePersonWouldThinkViewAffected: true)
        let brother = InterestTouch(label: "your brother's business", kind: .nonRegistrable, owner: .relative,
                                    effect: .directlyRelates)
        let dispensation = DispensationFacts(id: 7, matter: "Planning applications on land the member owns", interestId: 2,
                                             grantedOn: Day(year: 2025, month: 9, day: 1)!, expiresOn: Day(year: 2027, month: 8, day: 31)!,
                                             permits: [.speak, .takePart, .vote], coversItem: true)
        var otherMatter = dispensation
        otherMatter.coversItem = false
        let budget = DispensationFacts(id: 8, matter: "Setting the council tax", interestId: nil,
                                       grantedOn: Day(year: 2026, month: 1, day: 5)!, expiresOn: Day(year: 2030, month: 1, day: 4)!,
                                       permits: [.speak, .takePart, .vote], coversItem: nil)
        return [
            AdviceExample("A planning application for houses on land the member owns", source: "Appendix B para 4",
                          .example("26/00412/FUL: two dwellings on land at 14 Priory Lane", [home]),
                          expect: .barred(["Appendix B para 4"])),
            AdviceExample("A partner's Disclosable Pecuniary Interest counts as the member's", source: "Appendix B para 4 and the definition of Disclosable Pecuniary Interest",
                          .example("Award of the school catering contract to the partner's employer", [partnersJob]),
                          expect: .barred(["Appendix B para 4", "Appendix B (definitions of \"Disclosable Pecuniary Interest\" and \"Partner\")"])),
            AdviceExample("A sensitive DPI: disclose only that there is an interest", source: "Appendix B paras 2 and 4",
                          .example("26/00412/FUL: two dwellings on land at 14 Priory Lane", [sensitiveHome]),
                          expect: .barred(["Appendix B para 4", "Appendix B para 2"], disclose: .existenceOnly)),
            AdviceExample("A dispensation for the interest lets the member stay, speak and vote", source: "Appendix B para 4 (dispensation)",
                          .example("26/00412/FUL: two dwellings on land at 14 Priory Lane", [home], dispensations: [dispensation]),
                          expect: ExpectedAdvice(mustDisclose: .yes, maySpeak: .yes, mayTakePart: .yes, mayVote: .yes,
                                                 mustLeaveRoom: .no, dispensationApplied: 7, paragraphs: ["Appendix B para 4"])),
            AdviceExample("A dispensation for the same interest but another matter lifts nothing", source: "Appendix B para 4 (dispensation)",
                          .example("Highways: stopping up the footpath behind 14 Priory Lane", [home], dispensations: [otherMatter]),
                          expect: .barred(["Appendix B para 4"])),
            AdviceExample("A partner's DPI that the item only affects: para 8(a), as the member's own", source: "Appendix B paras 8(a) and 9",
                          .example("Parking charges in the partner's employer's car park", {
                              var t = partnersJob
                              t.effect = .affects
                              t.paragraph9 = Paragraph9Limbs(greaterThanMajorityOfWard: true, reasonablePersonWouldThinkViewAffected: true)
                              return [t]
                          }()),
                          expect: .publicOnly(["Appendix B para 8(a)", "Appendix B para 9"])),
            AdviceExample("A Cabinet member's DPI that an executive matter only affects still engages para 5", source: "Appendix B para 5",
                          .example("Portfolio decision: parking zone covering Priory Lane", executiveArrangements: true, executiveFunction: true, {
                              var t = home
                              t.effect = .affects
                              t.paragraph9 = Paragraph9Limbs(greaterThanMajorityOfWard: false, reasonablePersonWouldThinkViewAffected: false)
                              return [t]
                          }()),
                          expect: ExpectedAdvice(notifyMonitoringOfficer: true, paragraphs: ["Appendix B para 5"])),
            AdviceExample("A matter-only dispensation is not applied until someone confirms it covers the item", source: "Appendix B para 4 (dispensation)",
                          .example("Council tax setting 2027/28", [home], dispensations: [budget]),
                          expect: ExpectedAdvice(mustDisclose: .yes, mayVote: .no, mustLeaveRoom: .yes,
                                                 paragraphs: ["Appendix B para 4"], questionsRemain: true)),
            AdviceExample("A Cabinet member with a DPI in an executive decision notifies the Monitoring Officer", source: "Appendix B para 5",
                          .example("Portfolio decision: disposal of council land next to 14 Priory Lane", executiveArrangements: true,
                                   executiveFunction: true, [home]),
                          expect: ExpectedAdvice(mustDisclose: .yes, notifyMonitoringOfficer: true, paragraphs: ["Appendix B para 5"])),
            AdviceExample("A grant to a body the member was appointed to by the council", source: "Appendix B para 6",
                          .example("Grant of £20,000 to Brackmoor Leisure Trust", [trust]),
                          expect: .publicOnly(["Appendix B para 6"])),
            AdviceExample("Para 6 when the public may not speak: no speaking either", source: "Appendix B para 6",
                          .example("Grant of £20,000 to Brackmoor Leisure Trust (exempt item)", publicMaySpeak: false, [trust]),
                          expect: .publicOnly(["Appendix B para 6"], publicMaySpeak: false)),
            AdviceExample("Closing the car park next to the member's own shop directly relates to their finances", source: "Appendix B para 7",
                          .example("Closure of Marketgate car park", [ownFinances(.directlyRelates, nil, nil)]),
                          expect: .publicOnly(["Appendix B para 7"])),
            AdviceExample("A licence applied for by the member's brother: a relative's interest", source: "Appendix B para 7",
                          .example("Premises licence: The Riverside Hotel (applicant: the member's brother)", [brother]),
                          expect: .publicOnly(["Appendix B para 7"])),
            AdviceExample("Residents' parking on the member's street, both limbs of para 9 met", source: "Appendix B paras 8(a) and 9",
                          .example("Residents' parking scheme, Priory Lane", [ownFinances(.affects, true, true)]),
                          expect: .publicOnly(["Appendix B para 8(a)", "Appendix B para 9"])),
            AdviceExample("Council tax affects the member no more than most of the ward: para 9(a) not met", source: "Appendix B para 9",
                          .example("Council tax setting 2027/28", [ownFinances(.affects, false, true)]),
                          expect: .discloseAndRemain(["Appendix B para 8(a)", "Appendix B para 9"])),
            AdviceExample("Para 9's limbs unknown: the advisor asks rather than guesses", source: "Appendix B para 9",
                          .example("Residents' parking scheme, Priory Lane", [ownFinances(.affects, true, nil)]),
                          expect: ExpectedAdvice(mustDisclose: .yes, mayTakePart: .undetermined, mayVote: .undetermined,
                                                 mustLeaveRoom: .undetermined, paragraphs: ["Appendix B para 9"], questionsRemain: true)),
            AdviceExample("A decision affecting a body on the member's Table 2", source: "Appendix B paras 8(c) and 9",
                          .example("Leisure centre opening hours review", [trustAffected]),
                          expect: .publicOnly(["Appendix B para 8(c)", "Appendix B para 9"])),
            AdviceExample("A Cabinet member's executive decision records the interest in its written statement", source: "Appendix B para 10",
                          .example("Portfolio decision: leisure contract extension", executiveArrangements: true, executiveDecision: true, [trustAffected]),
                          expect: ExpectedAdvice(recordInDecisionStatement: true, paragraphs: ["Appendix B para 10"])),
        ]
    }()
}
