import NolanDomain

/// A worked example a variant carries: a scenario taken from its text and the advice the text requires.
///
/// One shared test runs the examples of every registered variant, so a new plugin is tested by adding examples,
/// not test code (in the spirit of SwiftLint's rule descriptions).
public struct AdviceExample: Sendable {
    public var name: String
    /// The paragraph of the variant's text the example illustrates.
    public var source: String
    public var scenario: AdviceScenario
    public var expected: ExpectedAdvice

    public init(_ name: String, source: String, _ scenario: AdviceScenario, expect expected: ExpectedAdvice) {
        self.name = name
        self.source = source
        self.scenario = scenario
        self.expected = expected
    }
}

/// The parts of an `Advice` an example pins down; nil fields are not checked.
public struct ExpectedAdvice: Sendable, Equatable {
    public var mustDisclose: Answer?
    /// The disclosure level every disclosing finding must have.
    public var disclose: DisclosureLevel?
    public var maySpeak: SpeakAnswer?
    public var mayTakePart: Answer?
    public var mayVote: Answer?
    public var mustLeaveRoom: Answer?
    public var notifyMonitoringOfficer: Bool?
    public var recordInDecisionStatement: Bool?
    /// The dispensation that must be applied.
    public var dispensationApplied: Int64?
    /// Paragraphs (as "Appendix B para N") that must be among those cited.
    public var paragraphs: [String]
    /// Whether questions must remain (true) or none may (false).
    public var questionsRemain: Bool?

    public init(mustDisclose: Answer? = nil, disclose: DisclosureLevel? = nil, maySpeak: SpeakAnswer? = nil,
                mayTakePart: Answer? = nil, mayVote: Answer? = nil, mustLeaveRoom: Answer? = nil,
                notifyMonitoringOfficer: Bool? = nil, recordInDecisionStatement: Bool? = nil,
                dispensationApplied: Int64? = nil, paragraphs: [String], questionsRemain: Bool? = nil) {
        self.mustDisclose = mustDisclose
        self.disclose = disclose
        self.maySpeak = maySpeak
        self.mayTakePart = mayTakePart
        self.mayVote = mayVote
        self.mustLeaveRoom = mustLeaveRoom
        self.notifyMonitoringOfficer = notifyMonitoringOfficer
        self.recordInDecisionStatement = recordInDecisionStatement
        self.dispensationApplied = dispensationApplied
        self.paragraphs = paragraphs
        self.questionsRemain = questionsRemain
    }

    /// Barred outright (para 4): disclose, no speaking, discussion or vote, leave the room.
    public static func barred(_ paragraphs: [String], disclose: DisclosureLevel = .nature) -> ExpectedAdvice {
        ExpectedAdvice(mustDisclose: .yes, disclose: disclose, maySpeak: .no, mayTakePart: .no, mayVote: .no,
                       mustLeaveRoom: .yes, paragraphs: paragraphs, questionsRemain: false)
    }

    /// Paras 6, 7, 9: speak only because the public may (or not at all), no discussion or vote, leave the room.
    public static func publicOnly(_ paragraphs: [String], publicMaySpeak: Bool = true,
                                  disclose: DisclosureLevel = .nature) -> ExpectedAdvice {
        ExpectedAdvice(mustDisclose: .yes, disclose: disclose, maySpeak: publicMaySpeak ? .onlyBecausePublicMaySpeak : .no,
                       mayTakePart: .no, mayVote: .no, mustLeaveRoom: .yes, paragraphs: paragraphs, questionsRemain: false)
    }

    /// Disclose, then remain, speak, take part and vote.
    public static func discloseAndRemain(_ paragraphs: [String]) -> ExpectedAdvice {
        ExpectedAdvice(mustDisclose: .yes, disclose: .nature, maySpeak: .yes, mayTakePart: .yes, mayVote: .yes,
                       mustLeaveRoom: .no, paragraphs: paragraphs, questionsRemain: false)
    }

    /// Every way `advice` differs from what is expected; empty when it matches.
    public func mismatches(_ a: Advice) -> [String] {
        var out: [String] = []
        func check<T: Equatable>(_ name: String, _ want: T?, _ got: T) {
            if let w = want, w != got { out.append("\(name): expected \(w), got \(got)") }
        }
        check("mustDisclose", mustDisclose, a.mustDisclose)
        if let d = disclose {
            for f in a.findings where f.disclose != nil && f.disclose != d {
                out.append("disclose (\(f.interest)): expected \(d), got \(f.disclose!)")
            }
        }
        check("maySpeak", maySpeak, a.maySpeak)
        check("mayTakePart", mayTakePart, a.mayTakePart)
        check("mayVote", mayVote, a.mayVote)
        check("mustLeaveRoom", mustLeaveRoom, a.mustLeaveRoom)
        check("notifyMonitoringOfficer", notifyMonitoringOfficer, a.notifyMonitoringOfficer)
        check("recordInDecisionStatement", recordInDecisionStatement, a.recordInDecisionStatement)
        if let id = dispensationApplied, !a.dispensations.contains(where: { $0.id == id }) {
            out.append("dispensation #\(id) not applied (applied: \(a.dispensations.map(\.id)))")
        }
        let cited = a.paragraphs.map(\.paragraph)
        for p in paragraphs where !cited.contains(p) { out.append("\(p) not cited (cited: \(cited.joined(separator: ", ")))") }
        if let q = questionsRemain, q != !a.questions.isEmpty {
            out.append(q ? "expected questions to remain, none did" : "expected no questions, got \(a.questions)")
        }
        if a.paragraphs.isEmpty { out.append("advice cites no paragraph") }
        return out
    }
}

extension AdviceScenario {
    /// A scenario for a worked example: a meeting on 10 June 2026, the public allowed to speak unless said otherwise.
    public static func example(_ title: String, publicMaySpeak: Bool = true, executiveArrangements: Bool = false,
                               executiveFunction: Bool = false, executiveDecision: Bool = false,
                               _ touches: [InterestTouch], dispensations: [DispensationFacts] = []) -> AdviceScenario {
        AdviceScenario(
            meetingDate: Day(year: 2026, month: 6, day: 10)!, councilHasExecutiveArrangements: executiveArrangements,
            item: AgendaItemFacts(title: title, publicMaySpeak: publicMaySpeak, executiveFunction: executiveFunction,
                                  executiveDecision: executiveDecision),
            touches: touches, dispensations: dispensations)
    }
}
