import ArgumentParser
import Foundation
import NolanComposition
import NolanDomain
import NolanRegister

struct Councils: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The councils this installation hosts, from Councils/<slug>/council.yaml.",
        subcommands: [List.self, Sync.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the councils in the database.")
        @OptionGroup var installation: InstallationOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            let inst = try installation.open()
            let councils = try inst.store.read { try $0.councils() }
            if output.format == .json { return try printJSON(councils) }
            print(table(["slug", "name", "kind", "parent", "code of conduct", "protocol"], councils.map {
                [$0.slug, $0.name, $0.kind.rawValue, $0.parentSlug ?? "", $0.codeVariantId, $0.protocolId ?? ""]
            }))
        }
    }

    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create or update every council from the councils folder, in one transaction.",
            discussion: "Checks each file's keys, kinds, parent links, and that its code-of-conduct variant and member–officer protocol are registered. Creates the database if needed.")
        @OptionGroup var installation: InstallationOptions

        func run() throws {
            let inst = try installation.open(create: true)
            let result = try inst.syncCouncils()
            print("Synced \(result.councils.count) councils from \(inst.paths.councils) into \(inst.paths.database)")
            for (slug, from, to) in result.codeChanged {
                print("note: council '\(slug)' now runs code \(to) instead of \(from): its existing entries keep the categories they were registered under; new entries and advice follow \(to)")
            }
            for slug in result.missingFromFolder {
                print("note: council '\(slug)' is in the database but has no folder under \(inst.paths.councils); its register is kept")
            }
        }
    }
}

struct Members: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Councillors, co-opted members and directly elected mayors, and their terms of office.",
        subcommands: [Add.self, List.self, EndTerm.self, NewTerm.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a member and their first term of office.",
            discussion: "--starts is the day the member signed the declaration of acceptance of office, or (co-opted) attended their first meeting: the Code applies from then (Application of the Code of Conduct), and the first registration falls due a set number of days later (Appendix B).")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug.") var council: String
        @Option(help: "Full name.") var name: String
        @Option(help: "councillor, co-opted or mayor.") var role: MemberRole = .councillor
        @Option(help: "Ward (one of the council's wards).") var ward: String?
        @Option(help: "Party or group.") var party: String?
        @Option(help: "Start of the term of office.") var starts: Day
        @Option(help: "Last day of the term, if known.") var ends: Day?

        func run() throws {
            let inst = try installation.open()
            let (m, t) = try inst.register.addMember(.init(council: council, name: name, role: role, ward: ward,
                                                           party: party, termStartsOn: starts, termEndsOn: ends))
            print("Added member \(m.id): \(m.name) (\(m.role.rawValue), \(m.councilSlug)); term \(t.id) from \(t.startsOn)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List members of a council (or of every council).")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug (default: every council).") var council: String?
        @OptionGroup var output: FormatOption

        struct Row: Encodable {
            var member: Member
            var terms: [Term]
        }

        func run() throws {
            let inst = try installation.open()
            let rows = try inst.store.read { r in
                if let c = council, try r.council(c) == nil { throw UserError("council: no council '\(c)'") }
                return try r.members(council: council).map { Row(member: $0, terms: try r.terms(member: $0.id)) }
            }
            if output.format == .json { return try printJSON(rows) }
            print(table(["id", "council", "name", "role", "ward", "party", "terms"], rows.map { r in
                [String(r.member.id), r.member.councilSlug, r.member.name, r.member.role.rawValue, r.member.ward ?? "",
                 r.member.party ?? "", r.terms.map { "\($0.startsOn)–\($0.endsOn?.iso ?? "")" }.joined(separator: ", ")]
            }))
        }
    }

    struct EndTerm: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "end-term",
            abstract: "End a member's current term: the last day they are a member (the Code stops applying after it).")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "Member id.") var member: Int64
        @Option(help: "Last day in office.") var on: Day

        func run() throws {
            let t = try installation.open().register.endTerm(member: member, on: on)
            print("Member \(member): term \(t.id) ends \(t.endsOn!)")
        }
    }

    struct NewTerm: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new-term",
            abstract: "Start a new term after re-election or re-appointment (a new registration falls due: Appendix B).")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "Member id.") var member: Int64
        @Option(help: "Start of the new term.") var starts: Day

        func run() throws {
            let t = try installation.open().register.newTerm(member: member, startsOn: starts)
            print("Member \(member): term \(t.id) from \(t.startsOn)")
        }
    }
}

struct Interests: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Register interests (Table 1 and Table 2 of the council's code), nil returns, and their review.",
        subcommands: [Register.self, NilReturn.self, List.self, End.self, Accept.self, Return.self, RequestSensitive.self,
                      Sensitivity.self])

    struct Register: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register an interest, as submitted by the member (public once the Monitoring Officer accepts it).",
            discussion: """
                --category is one of the council's variant's categories (Table 1: employment, sponsorship, contracts, \
                land, licences, corporate-tenancies, securities; Table 2 as the variant lists it, e.g. t2-a). A \
                category the council's code does not have is rejected. --holder partner is allowed for Table 1 only \
                (Appendix B definition of a Disclosable Pecuniary Interest). --sensitive-reason asks the Monitoring \
                Officer to withhold the interest (Appendix B paras 2-3).
                """)
        @OptionGroup var installation: InstallationOptions
        @Option(help: "Member id.") var member: Int64
        @Option(help: "Category id from the council's code.") var category: String
        @Option(help: "member or partner.") var holder: InterestHolder = .member
        @Option(help: "What the interest is.") var description: String
        @Option(help: "Name of the body (employer, company, charity).") var body: String?
        @Option(name: .customLong("company-number"), help: "Companies House number.") var companyNumber: String?
        @Option(help: "Address of the land.") var address: String?
        @Option(help: "Postcode of the land.") var postcode: String?
        @Option(help: "UPRN of the land.") var uprn: String?
        @Option(help: "Day the member became aware of the interest or change (default: --registered).") var aware: Day?
        @Option(help: "Day the Monitoring Officer was notified (default: today).") var registered: Day?
        @Option(name: .customLong("sensitive-reason"), help: "Why disclosure could lead to violence or intimidation.")
        var sensitiveReason: String?

        func run() throws {
            let inst = try installation.open()
            let reg = registered ?? inst.register.today
            let (i, notes) = try inst.register.registerInterest(.init(
                member: member, categoryId: category, holder: holder, description: description, bodyName: body,
                companyNumber: companyNumber, address: address, postcode: postcode, uprn: uprn, awareOn: aware ?? reg,
                registeredOn: reg, sensitiveReason: sensitiveReason))
            print("Registered interest \(i.id) for member \(i.memberId) (\(i.table)); status: submitted")
            for n in notes { print(n) }
        }
    }

    struct NilReturn: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "nil-return",
            abstract: "Record that the member has nothing to register in Table 1 or Table 2.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "Member id.") var member: Int64
        @Option(help: "1 (Disclosable Pecuniary Interests) or 2 (Other Registrable Interests).") var table: Int
        @Option(help: "Day it was returned (default: today).") var registered: Day?

        func run() throws {
            guard let t = InterestTable(rawValue: table) else { throw UserError.invalid("table", "must be 1 or 2") }
            let inst = try installation.open()
            let i = try inst.register.nilReturn(member: member, table: t, registeredOn: registered ?? inst.register.today)
            print("Recorded nil return \(i.id) for member \(member), \(t); status: submitted")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a council's recorded interests (officer view).")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug.") var council: String
        @Option(help: "Only this member.") var member: Int64?
        @OptionGroup var output: FormatOption

        func run() throws {
            let inst = try installation.open()
            var view = try inst.register.register(council: council, asAt: inst.register.today, audience: .officer)
            if let m = member { view.members = view.members.filter { $0.id == m } }
            let rows = view.members.flatMap { m in m.interests.map { (m, $0) } }
            if output.format == .json { return try printJSON(rows.map(\.1)) }
            print(table(["id", "member", "entry"], rows.map { [String($0.1.id), $0.0.name, RegisterText.line($0.1)] }))
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the day an interest ended (the entry stays in the history).")
        @OptionGroup var installation: InstallationOptions
        @Argument(help: "Interest id.") var id: Int64
        @Option(help: "Day it ended (default: today).") var on: Day?

        func run() throws {
            let inst = try installation.open()
            let i = try inst.register.endInterest(id, on: on ?? inst.register.today)
            print("Interest \(i.id) ended \(i.endedOn!)")
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Monitoring Officer: accept a submitted entry; it is published from that day.")
        @OptionGroup var installation: InstallationOptions
        @Argument(help: "Interest id.") var id: Int64
        @Option(help: "Day of the decision (default: today).") var on: Day?

        func run() throws {
            let inst = try installation.open()
            let i = try inst.register.review(id, .accept, comment: nil, on: on ?? inst.register.today)
            print("Interest \(i.id) accepted \(i.reviewedOn!); published")
        }
    }

    struct Return: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Monitoring Officer: return a submitted entry to the member with a comment.")
        @OptionGroup var installation: InstallationOptions
        @Argument(help: "Interest id.") var id: Int64
        @Option(help: "What the member should correct.") var comment: String
        @Option(help: "Day of the decision (default: today).") var on: Day?

        func run() throws {
            let inst = try installation.open()
            let i = try inst.register.review(id, .return, comment: comment, on: on ?? inst.register.today)
            print("Interest \(i.id) returned \(i.reviewedOn!)")
        }
    }

    struct RequestSensitive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "request-sensitive",
            abstract: "Record a member's request to treat an already registered interest as sensitive (Appendix B paras 2-3).",
            discussion: "The entry is withheld from every public view from now on, until the Monitoring Officer decides with `nolan interests sensitivity`.")
        @OptionGroup var installation: InstallationOptions
        @Argument(help: "Interest id.") var id: Int64
        @Option(help: "Why disclosure could lead to violence or intimidation.") var reason: String
        @Option(help: "Day of the request (default: today).") var on: Day?

        func run() throws {
            let inst = try installation.open()
            let i = try inst.register.requestSensitivity(id, reason: reason, on: on ?? inst.register.today)
            print("Interest \(i.id): sensitive-interest request recorded; withheld from public views until decided")
        }
    }

    struct Sensitivity: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Monitoring Officer: agree or refuse a request to treat an interest as sensitive (Appendix B para 3).")
        @OptionGroup var installation: InstallationOptions
        @Argument(help: "Interest id.") var id: Int64
        @Flag(help: "Agree: the interest is withheld from the public register.") var agree = false
        @Flag(help: "Refuse: the interest is published in full once accepted.") var refuse = false
        @Option(help: "Day of the decision (default: today).") var on: Day?

        func validate() throws {
            guard agree != refuse else { throw ValidationError("give exactly one of --agree or --refuse") }
        }

        func run() throws {
            let inst = try installation.open()
            let i = try inst.register.decideSensitivity(id, agree: agree, on: on ?? inst.register.today)
            print("Interest \(i.id): sensitive-interest request \(i.sensitivity.rawValue) \(i.sensitivityDecidedOn!)")
        }
    }
}

struct Gifts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The register of gifts and hospitality (Code section 10).",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a gift or hospitality received, or a significant offer refused.",
            discussion: "Registrable at or above the council's threshold within its days of receipt (para 10.2; £50 and 28 days in the LGA model); refused significant offers are registered too (10.3); a warning is given for one accepted from a donor seeking business, a permission or a licence (10.1).")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "Member id.") var member: Int64
        @Option(help: "Who gave or offered it.") var donor: String
        @Option(help: "What it was.") var description: String
        @Option(parsing: .unconditional, help: "Estimated value in pounds, e.g. 50 or £49.99.") var value: String
        @Option(help: "Day it was received or offered.") var received: Day
        @Option(help: "Day it was registered (default: today).") var registered: Day?
        @Flag(help: "The member refused it.") var declined = false
        @Option(name: .customLong("donor-seeks"), help: "What the donor seeks from the council: none, business, permission or licence.")
        var donorSeeks: DonorInterest = .none

        func run() throws {
            if value.trimmingCharacters(in: .whitespaces).hasPrefix("-") { throw UserError.invalid("value", "must not be negative") }
            guard let pence = Pence(pounds: value) else {
                throw UserError.invalid("value", "'\(value)' is not an amount in pounds (e.g. 50 or 49.99)")
            }
            let inst = try installation.open()
            let (g, notes) = try inst.register.addGift(.init(
                member: member, donor: donor, description: description, value: pence, receivedOn: received,
                registeredOn: registered ?? inst.register.today, outcome: declined ? .declined : .accepted,
                donorInterest: donorSeeks))
            print("Recorded gift \(g.id) for member \(g.memberId): \(g.value), \(g.outcome.rawValue)")
            for n in notes { print(n) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a council's gifts and hospitality.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug.") var council: String
        @OptionGroup var output: FormatOption

        func run() throws {
            let inst = try installation.open()
            let view = try inst.register.register(council: council, asAt: inst.register.today, audience: .officer)
            let rows = view.members.flatMap { m in m.gifts.map { (m.name, $0) } }
            if output.format == .json { return try printJSON(rows.map(\.1)) }
            print(table(["id", "member", "received", "donor", "description", "value", "outcome", "registered", "notes"], rows.map { n, g in
                [String(g.id), n, g.receivedOn.iso, g.donor, g.description, "£" + g.value, g.outcome.rawValue,
                 g.registeredOn.iso, (g.notes ?? []).map { "\($0.level.rawValue): \($0.message) [\($0.citation.paragraph)]" }.joined(separator: "; ")]
            }))
        }
    }
}

struct Dispensations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Dispensations (Localism Act 2011 s33): what they permit, on what grounds, until when.",
        subcommands: [Grant.self, List.self])

    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Grant a dispensation for a matter (optionally tied to one registered interest).",
            discussion: "Grounds are s33(2)(a)-(e); the period may not exceed four years (s33(3)) and a longer one is refused.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "Member id.") var member: Int64
        @Option(help: "The matter it covers.") var matter: String
        @Option(help: "The registered interest it covers, if any.") var interest: Int64?
        @Option(parsing: .upToNextOption, help: "Grounds: a b c d e (Localism Act 2011 s33(2)).") var grounds: [DispensationGround]
        @Option(help: "Day granted (default: today).") var granted: Day?
        @Option(help: "Last day it has effect (at most four years on).") var expires: Day
        @Option(parsing: .upToNextOption, help: "What it permits: speak take-part vote.") var permits: [DispensationPermission]

        func run() throws {
            let inst = try installation.open()
            let d = try inst.register.grantDispensation(.init(
                member: member, matter: matter, interestId: interest, grounds: grounds,
                grantedOn: granted ?? inst.register.today, expiresOn: expires, permits: permits))
            print("Granted dispensation \(d.id) to member \(d.memberId) from \(d.grantedOn) to \(d.expiresOn): \(d.permits.map(\.rawValue).joined(separator: ", "))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a council's dispensations.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug.") var council: String
        @OptionGroup var output: FormatOption

        func run() throws {
            let inst = try installation.open()
            let (list, names) = try inst.store.read { r in
                if try r.council(council) == nil { throw UserError("council: no council '\(council)'") }
                return (try r.dispensations(council: council),
                        Dictionary(uniqueKeysWithValues: try r.members(council: council).map { ($0.id, $0.name) }))
            }
            if output.format == .json { return try printJSON(list) }
            let today = inst.register.today
            print(table(["id", "member", "matter", "interest", "grounds", "permits", "granted", "expires", "in force"], list.map { d in
                [String(d.id), names[d.memberId] ?? String(d.memberId), d.matter, d.interestId.map(String.init) ?? "",
                 d.grounds.map(\.rawValue).joined(separator: ","), d.permits.map(\.rawValue).joined(separator: ","),
                 d.grantedOn.iso, d.expiresOn.iso, d.isInForce(on: today) ? "yes" : "no"]
            }))
        }
    }
}
