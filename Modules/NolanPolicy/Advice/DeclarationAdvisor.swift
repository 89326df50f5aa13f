import NolanDomain

/// Answers "what must this councillor do on this agenda item?" from the council's own adopted Appendix B.
///
/// A wrong "you may vote" can expose a councillor to a criminal offence (Localism Act 2011 s34), so the advisor
/// never guesses: where the input does not settle a point (the two limbs of para 9, whether a matter-only
/// dispensation covers the item, West Dereham's financial-interest test) it answers `undetermined` and asks.
/// Every finding cites the paragraph it applies, numbered as the council's text numbers it.
public enum DeclarationAdvisor {
    /// The restriction a paragraph places on a member after disclosure.
    enum Restriction {
        /// Para 4: no discussion or vote, must not remain in the room.
        case barred
        /// Paras 6, 7, 9: may speak only if the public may; otherwise no discussion or vote; must not remain.
        case publicOnly
        /// Disclosed, and may remain, take part and vote (para 9 test not met).
        case none
        /// Para 9 limbs not known: either `publicOnly` or `none`.
        case undetermined
    }

    public static func advise(_ s: AdviceScenario, variant v: ConductCodeVariant) -> Advice {
        var findings: [Finding] = []
        var paragraphs: [Citation] = []
        var questions: [String] = []
        var explanation: [String] = []
        var notifyMO = false
        var recordInStatement = false
        let rules = v.declarationRules
        /// The adopted text's own paragraph for the model code's Appendix B para `p` (`DeclarationRules.numbering`).
        func cite(_ p: String) -> Citation {
            let c = Citation(document: v.document, paragraph: rules.paragraph(p))
            if !paragraphs.contains(c) { paragraphs.append(c) }
            return c
        }
        /// A rule the variant maps to its own paragraph (`ConductCodeVariant.cite`).
        func cite(_ rule: RuleKey) {
            let c = v.cite(rule)
            if !paragraphs.contains(c) { paragraphs.append(c) }
        }
        let executive = s.item.executiveFunction && s.councilHasExecutiveArrangements
        if s.item.executiveFunction && !s.councilHasExecutiveArrangements {
            questions.append("The item is described as dealt with by a Cabinet member in an executive function, but this council has no executive arrangements: check the facts (\(rules.paragraph("5")) and \(rules.paragraph("10")) concern Cabinet members).")
        }

        for t in s.touches {
            // A partner's DPI is the member's own: "an interest of yourself, or of your partner" (the definition).
            if t.kind == .disclosablePecuniary && t.owner == .partner { cite(.partnerInterest) }
            let sensitive = t.sensitive
            var finding: Finding
            switch (t.kind, t.effect) {
            case (.disclosablePecuniary, .directlyRelates):
                finding = make(t, cite("4"), .barred, s, "The item directly relates to a Disclosable Pecuniary Interest\(t.owner == .partner ? " (your partner's, which counts as yours)" : ""): you must disclose it, not take part in any discussion or vote, and not remain in the room unless you have a dispensation.")
            case (.disclosablePecuniary, .affects), (.nonRegistrable, .affects):
                // A partner's DPI is the member's own ("an interest of yourself, or of your partner"): para 8(a).
                let ownInterest = t.owner == .member || (t.kind == .disclosablePecuniary && t.owner == .partner)
                let p8 = cite(ownInterest ? "8(a)" : "8(b)")
                finding = paragraph9(t, s, cite, rules, &questions, after: "The item affects \(ownInterest ? "your own" : "a relative's or close associate's") financial interest or well-being: you must disclose the interest (\(p8.paragraph)).")
            case (.otherRegistrable, .directlyRelates):
                if rules.paragraph6 == .financialInterestOrWellBeing && t.financialInterestOrWellBeing != true {
                    finding = unsettledBodyTest(t, cite("6"), &questions, verb: "directly relates to")
                } else {
                    finding = make(t, cite("6"), .publicOnly, s, "The item directly relates to \(rules.paragraph6 == .financialInterestOrWellBeing ? "the financial interest or well-being of " : "")an Other Registrable Interest: you must disclose it; you may speak only if members of the public may also speak, and otherwise must not take part in any discussion or vote or remain in the room unless you have a dispensation.")
                }
            case (.otherRegistrable, .affects):
                if rules.paragraph8c == .financialInterestOrWellBeing && t.financialInterestOrWellBeing != true {
                    finding = unsettledBodyTest(t, cite("8(c)"), &questions, verb: "affects")
                } else {
                    let p8c = cite("8(c)")
                    finding = paragraph9(t, s, cite, rules, &questions, after: "The item affects \(rules.paragraph8c == .financialInterestOrWellBeing ? "a financial interest or well-being of " : "")a body you registered as an Other Registrable Interest: you must disclose the interest (\(p8c.paragraph)).")
                }
            case (.nonRegistrable, .directlyRelates):
                finding = make(t, cite("7"), .publicOnly, s, "The item directly relates to \(t.owner == .member ? "your financial interest or well-being" : "a financial interest or well-being of a relative or close associate") (not a Disclosable Pecuniary Interest): you must disclose it; you may speak only if members of the public may also speak, and otherwise must not take part in any discussion or vote or remain in the room unless you have a dispensation.")
            }
            if sensitive, finding.mustDisclose != .no {
                finding.disclose = .existenceOnly
                _ = cite("2")
                finding.explanation += " It is a sensitive interest: disclose only that you have an interest, not its nature."
            }
            if executive, t.kind == .disclosablePecuniary {
                // Para 5: a DPI "on a matter" dealt with as a Cabinet member, whether the matter relates to it or affects it.
                notifyMO = true
                let p5 = cite("5")
                explanation.append("As a Cabinet member dealing with it in an executive function you must notify the Monitoring Officer of \(t.label) and take no steps or further steps apart from arranging for someone else to deal with it (\(p5.paragraph)).")
            }
            if executive, t.kind != .disclosablePecuniary, rules.paragraph10 == .executiveFunctionForOtherInterests {
                notifyMO = true
                let p10 = cite("10")
                explanation.append("As a Cabinet member dealing with it in an executive function you must notify the Monitoring Officer of \(t.label) and take no steps or further steps apart from arranging for someone else to deal with it (\(p10.paragraph)).")
            }
            findings.append(finding)
        }

        if s.item.executiveDecision && !s.touches.isEmpty {
            switch rules.paragraph10 {
            case .recordInExecutiveDecision:
                recordInStatement = true
                let p10 = cite("10")
                explanation.append("You made an executive decision on this business: the written statement of the decision must record the existence and nature of your interest (\(p10.paragraph)).")
            case .executiveFunctionForOtherInterests:
                explanation.append("This council's adopted text has no paragraph requiring an interest to be recorded in the written statement of an executive decision (its \(rules.paragraph("10")) is the executive-function rule); none is applied.")
            }
        }

        // Dispensations in force on the meeting date (Appendix B paras 4, 6, 7, 9: "unless you have been granted a dispensation").
        var applied: [AppliedDispensation] = []
        let restricted = findings.indices.filter { findings[$0].mustLeaveRoom != .no }
        // A dispensation is granted for a matter: it applies only once someone has confirmed that this item is within
        // that matter (`coversItem`), whether or not it was given for a registered interest; until then the advisor
        // asks. One given for a registered interest lifts only that interest's restrictions.
        for d in s.dispensations where d.grantedOn <= s.meetingDate && s.meetingDate <= d.expiresOn {
            let tied = d.interestId.map { id in s.touches.contains { $0.interestId == id } } ?? false
            if d.interestId != nil && !tied { continue }
            guard d.coversItem == true else {
                if d.coversItem == nil {
                    questions.append("Dispensation #\(d.id) (\(d.matter)) is in force until \(d.expiresOn): is this item within the matter it was granted for? It is not applied until that is confirmed.")
                }
                continue
            }
            var lifts: [String] = []
            for i in restricted where !tied || s.touches[i].interestId == d.interestId {
                if d.permits.contains(.speak), findings[i].maySpeak != .yes { findings[i].maySpeak = .yes; lifts.append("speak") }
                if d.permits.contains(.takePart), findings[i].mayTakePart != .yes { findings[i].mayTakePart = .yes; lifts.append("take-part") }
                if d.permits.contains(.vote), findings[i].mayVote != .yes { findings[i].mayVote = .yes; lifts.append("vote") }
                // Remaining in the room goes with participating (para 4: "to enable you to participate and vote"):
                // a dispensation only to speak lets the member speak, then withdraw.
                let participates = d.permits.contains(.takePart) || d.permits.contains(.vote)
                if participates, findings[i].mustLeaveRoom != .no { findings[i].mustLeaveRoom = .no; lifts.append("remain in the room") }
            }
            lifts = unique(lifts)
            if !lifts.isEmpty {
                applied.append(AppliedDispensation(id: d.id, expiresOn: d.expiresOn, lifts: lifts))
                let withdraw = lifts.contains("remain in the room") ? "" : " It does not let you take part or vote, so after speaking you must leave the room."
                explanation.append("Dispensation #\(d.id) (\(d.matter)), in force until \(d.expiresOn), lets you: \(lifts.joined(separator: ", ")). You must still disclose the interest.\(withdraw)")
            }
        }
        if s.touches.isEmpty {
            let first = cite("4")
            let last = cite("9")
            explanation.append("No registered or other interest of yours is identified as related to or affected by this item, so the paragraphs on declaring interests (\(first.paragraph) to \(last.paragraph)) require no disclosure. If you are unsure, ask the Monitoring Officer or the Clerk.")
        }

        let advice = Advice(
            mustDisclose: combineRequired(findings.map(\.mustDisclose)),
            disclosures: Dictionary(findings.compactMap { f in f.disclose.map { (f.interest, $0) } }, uniquingKeysWith: { a, b in a == .existenceOnly || b == .existenceOnly ? .existenceOnly : a }),
            maySpeak: combineSpeak(findings.map(\.maySpeak)),
            mayTakePart: combinePermitted(findings.map(\.mayTakePart)),
            mayVote: combinePermitted(findings.map(\.mayVote)),
            mustLeaveRoom: combineRequired(findings.map(\.mustLeaveRoom)),
            notifyMonitoringOfficer: notifyMO, takeNoFurtherSteps: notifyMO,
            recordInDecisionStatement: recordInStatement, dispensations: applied, findings: findings,
            paragraphs: paragraphs, questions: questions,
            explanation: findings.map { "\($0.interest): \($0.explanation) [\($0.citation.paragraph)]" } + explanation)
        return advice
    }

    static func make(_ t: InterestTouch, _ c: Citation, _ r: Restriction, _ s: AdviceScenario, _ text: String) -> Finding {
        let publicSpeak: SpeakAnswer = s.item.publicMaySpeak ? .onlyBecausePublicMaySpeak : .no
        switch r {
        case .barred:
            return Finding(interest: t.label, citation: c, mustDisclose: .yes, disclose: .nature, maySpeak: .no,
                           mayTakePart: .no, mayVote: .no, mustLeaveRoom: .yes, explanation: text)
        case .publicOnly:
            return Finding(interest: t.label, citation: c, mustDisclose: .yes, disclose: .nature, maySpeak: publicSpeak,
                           mayTakePart: .no, mayVote: .no, mustLeaveRoom: .yes, explanation: text)
        case .none:
            return Finding(interest: t.label, citation: c, mustDisclose: .yes, disclose: .nature, maySpeak: .yes,
                           mayTakePart: .yes, mayVote: .yes, mustLeaveRoom: .no, explanation: text)
        case .undetermined:
            return Finding(interest: t.label, citation: c, mustDisclose: .yes, disclose: .nature,
                           maySpeak: s.item.publicMaySpeak ? .onlyBecausePublicMaySpeak : .undetermined,
                           mayTakePart: .undetermined, mayVote: .undetermined, mustLeaveRoom: .undetermined, explanation: text)
        }
    }

    /// Para 8 then the para 9 test: both limbs met → as para 7; either not met → remain and take part; unknown → ask.
    static func paragraph9(_ t: InterestTouch, _ s: AdviceScenario, _ cite: (String) -> Citation, _ rules: DeclarationRules,
                           _ questions: inout [String], after intro: String) -> Finding {
        let c = cite("9")
        let a = t.paragraph9?.greaterThanMajorityOfWard
        let b = t.paragraph9?.reasonablePersonWouldThinkViewAffected
        if a == false || b == false {
            let which = a == false ? "(a): it does not affect it to a greater extent than the financial interests of the majority of inhabitants of the ward affected" : "(b): a reasonable member of the public knowing all the facts would not believe it would affect your view of the wider public interest"
            return make(t, c, .none, s, intro + " The test of \(c.paragraph) is not met on limb \(which); after disclosing you may remain, speak, take part and vote.")
        }
        if a == true && b == true {
            return make(t, c, .publicOnly, s, intro + " Both limbs of \(c.paragraph) are met (greater than the majority of the ward; a reasonable member of the public would think it affects your view): you may speak only if members of the public may also speak, and otherwise must not take part in any discussion or vote or remain in the room unless you have a dispensation.")
        }
        if a == nil {
            questions.append("\(t.label): does the item affect the financial interest or well-being to a greater extent than it affects the financial interests of the majority of inhabitants of the ward affected by the decision? (\(rules.paragraph("9(a)")))")
        }
        if b == nil {
            questions.append("\(t.label): would a reasonable member of the public knowing all the facts believe that it would affect your view of the wider public interest? (\(rules.paragraph("9(b)")))")
        }
        return make(t, c, .undetermined, s, intro + " Whether you may then remain depends on the two limbs of \(c.paragraph), which are not both known: if both are met you may speak only if the public may and must otherwise leave; if either is not met you may remain and take part.")
    }

    /// The West Dereham texts of paras 6 and 8(c) apply only where the matter concerns the financial interest or
    /// well-being of the registered body.
    static func unsettledBodyTest(_ t: InterestTouch, _ c: Citation, _ questions: inout [String], verb: String) -> Finding {
        if t.financialInterestOrWellBeing == false {
            return Finding(interest: t.label, citation: c, mustDisclose: .no, disclose: nil, maySpeak: .yes,
                           mayTakePart: .yes, mayVote: .yes, mustLeaveRoom: .no,
                           explanation: "\(c.paragraph) of this council's text applies where a matter \(verb) the financial interest or well-being of an Other Registerable Interest; this item does not, so that paragraph requires no disclosure for \(t.label).")
        }
        questions.append("\(t.label): does the item concern the financial interest or well-being of that body? (\(c.paragraph) as adopted)")
        return Finding(interest: t.label, citation: c, mustDisclose: .undetermined, disclose: nil, maySpeak: .undetermined,
                       mayTakePart: .undetermined, mayVote: .undetermined, mustLeaveRoom: .undetermined,
                       explanation: "\(c.paragraph) of this council's text applies only where the matter \(verb) the financial interest or well-being of the body; that is not known for \(t.label).")
    }

    /// For permissions: any "no" wins; then any "undetermined"; else "yes".
    static func combinePermitted(_ answers: [Answer]) -> Answer {
        if answers.contains(.no) { return .no }
        if answers.contains(.undetermined) { return .undetermined }
        return .yes
    }

    /// For duties: any "yes" wins; then any "undetermined"; else "no".
    static func combineRequired(_ answers: [Answer]) -> Answer {
        if answers.contains(.yes) { return .yes }
        if answers.contains(.undetermined) { return .undetermined }
        return .no
    }

    static func combineSpeak(_ answers: [SpeakAnswer]) -> SpeakAnswer {
        if answers.contains(.no) { return .no }
        if answers.contains(.undetermined) { return .undetermined }
        if answers.contains(.onlyBecausePublicMaySpeak) { return .onlyBecausePublicMaySpeak }
        return .yes
    }

    static func unique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }
}
