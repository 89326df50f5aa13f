import ArgumentParser
import Foundation
import NolanComposition
import NolanDomain
import NolanPolicy
import NolanRegister

extension RelationshipDisclosure.Nature: ExpressibleByArgument {}
extension OfficerMatter.Body: ExpressibleByArgument {}
extension InformationRequest.Basis: ExpressibleByArgument {}
extension InformationRequest.Status: ExpressibleByArgument {}
extension InformationRequest.Decision: ExpressibleByArgument {}
extension PartyGroupInvitation.OfficerRole: ExpressibleByArgument {}
extension PartyGroupInvitation.Response: ExpressibleByArgument {}
extension LocalMembersNotice.Subject: ExpressibleByArgument {}
extension ConfidentialBriefing.RequesterRole: ExpressibleByArgument {}

struct ProtocolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol",
        abstract: "Member–officer protocols: their text, side-by-side comparison, records, and checks with cited paragraphs.",
        subcommands: [Show.self, Compare.self, Check.self, Records.self, Record.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the council's member–officer protocol, word for word with its numbering.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug.") var council: String

        func run() throws {
            let (c, p) = try installation.open().register.memberOfficerProtocol(council: council)
            print("\(c.name) runs: \(p.title) (\(p.id))\n")
            print(p.text)
        }
    }

    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set two councils' protocols side by side by topic, citing each one's paragraphs and showing where one is silent.")
        @OptionGroup var installation: InstallationOptions
        @Argument(help: "The first council's slug.") var a: String
        @Argument(help: "The second council's slug.") var b: String
        @OptionGroup var output: FormatOption

        func run() throws {
            let cmp = try installation.open().register.compareProtocols(a, b)
            if output.format == .json { return try printJSON(cmp) }
            func render(_ s: ProtocolComparison.Side) -> String {
                if s.silent { return "    silent: this protocol says nothing on it" }
                return s.paragraphs.map { p in
                    let text = p.text.replacingOccurrences(of: "**", with: "")
                    return "    \(p.label ?? ""): \(text.count > 110 ? String(text.prefix(107)) + "..." : text)"
                }.joined(separator: "\n")
            }
            for row in cmp.rows {
                print("== \(row.topic.rawValue)")
                print("  \(row.a.council) (\(row.a.protocolId)):")
                print(render(row.a))
                print("  \(row.b.council) (\(row.b.protocolId)):")
                print(render(row.b))
                print("")
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open breaches and due or overdue duties under each council's own protocol, with the paragraph each comes from.",
            discussion: "Also lists concerns (where the protocol says \"normally\" or \"should\") and points on which a council's protocol is silent: no other protocol's rule is borrowed.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "Only this council (default: every council that runs a protocol).") var council: String?
        @Option(name: .customLong("as-at"), help: "Check as things stood at the end of this day (default: today).") var asAt: Day?
        @OptionGroup var output: FormatOption

        func run() throws {
            let inst = try installation.open()
            let report = try inst.register.protocolCheck(council: council, asAt: asAt ?? inst.register.today)
            if output.format == .json { return try printJSON(report) }
            func n(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
            print("Protocol check as at \(report.asAt): \(n(report.breaches, "breach", "breaches")), \(report.overdue) overdue, \(report.due) due, \(n(report.concerns, "concern", "concerns"))")
            for c in report.councils {
                print("\n\(c.name) (\(c.council)), \(c.protocolId ?? "no protocol"): \(c.findings.count) findings")
                for f in c.findings {
                    let due = f.dueOn.map { " (due \($0))" } ?? ""
                    let cite = f.citation.map { " [\($0.paragraph)]" } ?? ""
                    print("  \(f.status.rawValue)\(due): record #\(f.recordId) \(f.kind.rawValue): \(f.message)\(cite)")
                }
            }
        }
    }

    struct Records: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a council's member–officer protocol records.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug.") var council: String
        @OptionGroup var output: FormatOption

        func run() throws {
            let list = try installation.open().register.protocolRecords(council: council)
            if output.format == .json { return try printJSON(list) }
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys]
            for r in list {
                print("#\(r.id) \(r.occurredOn) \(r.details.kind.rawValue): \(String(decoding: try e.encode(r.details), as: UTF8.self))")
            }
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record what happened, for checking against the council's protocol.",
            subcommands: [Relationship.self, OfficerMatterCommand.self, InformationRequestCommand.self, PartyGroup.self,
                          LocalMembers.self, Briefing.self])
    }

    /// Options every record command shares.
    struct Common: ParsableArguments {
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug.") var council: String
        @Option(help: "The day it happened (default: today).") var on: Day?

        func record(_ details: ProtocolRecord.Details) throws {
            let inst = try installation.open()
            let r = try inst.register.recordProtocol(council: council, occurredOn: on ?? inst.register.today, details)
            print("Recorded \(r.details.kind.rawValue) #\(r.id) for \(r.councilSlug) on \(r.occurredOn); see `nolan protocol check --council \(r.councilSlug)`")
        }
    }

    struct Relationship: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A close personal, family or business relationship between a member and an officer (000: 41-43; 5B: 2.1).")
        @OptionGroup var common: Common
        @Option(help: "Member id.") var member: Int64
        @Option(help: "The officer (post or name).") var officer: String
        @Option(help: "personal, family, business or close-working.") var nature: RelationshipDisclosure.Nature
        @Option(help: "The day the Monitoring Officer was told.") var notified: Day?

        func run() throws {
            try common.record(.relationship(RelationshipDisclosure(memberId: member, officer: officer, nature: nature, notifiedMonitoringOfficerOn: notified)))
        }
    }

    struct OfficerMatterCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "officer-matter",
            abstract: "A member sitting on a body, appointment panel or appeal hearing concerning an officer (000: 43, 53, 54; 5B: 2.1).")
        @OptionGroup var common: Common
        @Option(help: "Member id.") var member: Int64
        @Option(help: "The officer concerned.") var officer: String
        @Option(help: "appointment-panel, appeal-hearing or decision.") var body: OfficerMatter.Body
        @Flag(help: "It directly affects the officer personally.") var affectsPersonally = false

        func run() throws {
            try common.record(.officerMatter(OfficerMatter(memberId: member, officer: officer, body: body, affectsOfficerPersonally: affectsPersonally)))
        }
    }

    struct InformationRequestCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "information-request",
            abstract: "A member's request for information or documents (000: Access to Information rules, 32, 109-119; 5B: 7.4-7.7).")
        @OptionGroup var common: Common
        @Option(help: "Member id.") var member: Int64
        @Option(help: "The post it went to.") var to: String
        @Option(help: "What was asked for.") var what: String
        @Option(help: "A third party it was asked on behalf of.") var onBehalfOf: String?
        @Option(help: "The purpose given.") var purpose: String
        @Option(help: "The member's need to know: committee-member, ward-member, scrutiny or none.") var basis: InformationRequest.Basis
        @Option(help: "The document's status: public, confidential or exempt.") var status: InformationRequest.Status
        @Option(help: "pending, provided or refused.") var decision: InformationRequest.Decision
        @Option(parsing: .upToNextOption, help: "Where a refusal or dispute went, in order.") var route: [String] = []
        @Option(parsing: .upToNextOption, help: "Who was told the information was given.") var told: [String] = []
        @Flag(help: "The information is of a minor nature.") var minor = false
        @Flag(help: "The information was used for another purpose than the one given.") var usedForAnotherPurpose = false

        func run() throws {
            try common.record(.informationRequest(InformationRequest(
                memberId: member, addressedTo: to, what: what, onBehalfOf: onBehalfOf, purpose: purpose, basis: basis,
                documentStatus: status, decision: decision, route: route, told: told, minor: minor,
                usedForAnotherPurpose: usedForAnotherPurpose)))
        }
    }

    struct PartyGroup: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "party-group",
            abstract: "An officer invited to a party group meeting (000: 78-93; 5B: 6.1-6.7).")
        @OptionGroup var common: Common
        @Option(help: "The party group.") var group: String
        @Flag(help: "The invitation came from the Group Leader.") var invitedByGroupLeader = false
        @Option(help: "The officer invited.") var officer: String
        @Option(help: "chief-officer, executive-director, nominee or other.") var role: PartyGroupInvitation.OfficerRole
        @Option(help: "The matter of Council business.") var matter: String
        @Flag(help: "People who are not members of the Council attend.") var nonMembersPresent = false
        @Flag(help: "Written approval was given for a meeting with non-members (5B 6.6).") var writtenApproval = false
        @Flag(help: "The approval was copied to all the political Group Leaders (5B 6.6).") var copiedToAllGroupLeaders = false
        @Option(help: "accepted, declined or pending.") var response: PartyGroupInvitation.Response

        func run() throws {
            try common.record(.partyGroup(PartyGroupInvitation(
                group: group, invitedByGroupLeader: invitedByGroupLeader, officer: officer, officerRole: role, matter: matter,
                nonMembersPresent: nonMembersPresent, writtenApproval: writtenApproval,
                copiedToAllGroupLeaders: copiedToAllGroupLeaders, response: response)))
        }
    }

    struct LocalMembers: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "local-members",
            abstract: "Something the ward's members must be told of (000: 99-103; 5B: 10.1-10.12), with its due day.")
        @OptionGroup var common: Common
        @Option(help: "The ward affected.") var ward: String
        @Option(help: "ward-matter, public-meeting, consultation, news-release or officer-attendance.") var subject: LocalMembersNotice.Subject
        @Option(help: "What it is.") var matter: String
        @Option(help: "The day of publication, the meeting, the consultation, the release or the visit.") var event: Day
        @Option(help: "The day the ward members were told, if they have been.") var notified: Day?

        func run() throws {
            try common.record(.localMembers(LocalMembersNotice(ward: ward, subject: subject, matter: matter, eventOn: event, notifiedOn: notified)))
        }
    }

    struct Briefing: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A private and confidential briefing (5B: 7.1-7.3; 000: 118).")
        @OptionGroup var common: Common
        @Option(help: "Member id of the member who asked.") var member: Int64
        @Option(help: "group-leader, portfolio-holder, group-spokesman, committee-chairman or other.") var role: ConfidentialBriefing.RequesterRole
        @Option(help: "The officer who gave it.") var officer: String
        @Flag(help: "The Monitoring Officer (or nominee) was invited.") var monitoringOfficerInvited = false
        @Flag(help: "The member did not ask for the advice to be kept confidential (the borough's para 118 applies when asked).")
        var notConfidential = false
        @Option(parsing: .upToNextOption, help: "Members it was shared with afterwards.") var sharedWith: [String] = []
        @Flag(help: "The member permitted the sharing.") var sharingPermitted = false

        func run() throws {
            try common.record(.confidentialBriefing(ConfidentialBriefing(
                memberId: member, requesterRole: role, officer: officer, monitoringOfficerInvited: monitoringOfficerInvited,
                confidentialityRequested: !notConfidential, sharedWith: sharedWith, sharingPermitted: sharingPermitted)))
        }
    }
}
