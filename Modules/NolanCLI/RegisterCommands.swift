import ArgumentParser
import Foundation
import NolanComposition
import NolanDomain
import NolanRegister

struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Show a council's register of interests and gifts and hospitality.",
        subcommands: [Show.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a council's register as it stood on a day.",
            discussion: """
                The officer view (default) shows every entry recorded by that day with its review status and \
                sensitivity. --public shows what the public register showed: entries the Monitoring Officer had \
                accepted, and for an agreed sensitive interest only that one is withheld (Appendix B para 3).
                """)

        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug (its folder under Councils/).") var council: String
        @Flag(help: "Show the public register: accepted entries only, sensitive interests withheld.") var `public` = false
        @Option(name: .customLong("as-at"), help: "Show the register as it stood at the end of this day (default: today).")
        var asAt: Day?
        @OptionGroup var output: FormatOption

        func run() throws {
            let inst = try installation.open()
            let view = try inst.register.register(council: council, asAt: asAt ?? inst.register.today,
                                                  audience: `public` ? .public : .officer)
            if output.format == .json { return try printJSON(view) }
            print(RegisterText.render(view))
        }
    }
}

/// Plain-text rendering of a register view.
enum RegisterText {
    static func render(_ v: RegisterView) -> String {
        var out: [String] = []
        out.append("Register of interests: \(v.council.name)")
        out.append("Code of conduct: \(v.council.codeOfConductTitle) (\(v.council.codeOfConduct))")
        out.append(v.audience == .public
            ? "As at \(v.asAt), public view: accepted entries only; sensitive interests withheld"
            : "As at \(v.asAt), officer view: every recorded entry with its status")
        if v.members.isEmpty { out.append("\nNo members in office on \(v.asAt).") }
        for m in v.members {
            var who = [m.role.rawValue]
            if let w = m.ward { who.append("\(w) ward") }
            if let p = m.party { who.append(p) }
            out.append("")
            out.append("\(m.name) (member \(m.id)): \(who.joined(separator: ", ")); in office since \(m.termStartedOn)")
            for table in InterestTable.allCases {
                let entries = m.interests.filter { $0.table == table.rawValue }
                out.append("  \(table)")
                if entries.isEmpty { out.append("    (nothing \(v.audience == .public ? "published" : "recorded"))") }
                for e in entries { out.append("    " + line(e)) }
            }
            let withheld = m.interests.filter(\.withheld)
            if !withheld.isEmpty {
                out.append("  Withheld")
                for e in withheld { out.append("    #\(e.id) \(e.withheldNote ?? "withheld")") }
            }
            if !m.gifts.isEmpty {
                out.append("  Gifts and hospitality")
                for g in m.gifts {
                    out.append("    #\(g.id) \(g.receivedOn) \(g.donor): \(g.description), £\(g.value), \(g.outcome.rawValue); registered \(g.registeredOn)\(g.registrable ? "" : " (below threshold)")")
                    for n in g.notes ?? [] { out.append("      \(n)") }
                }
            }
        }
        return out.joined(separator: "\n")
    }

    static func line(_ e: RegisterView.Entry) -> String {
        if e.nilReturn == true { return "#\(e.id) nil return: \(e.description ?? ""); registered \(e.registeredOn.map(\.iso) ?? "")" + status(e) }
        var parts = ["#\(e.id) \(e.categoryLabel ?? e.category ?? "")"]
        if e.holder == .partner { parts.append("[partner]") }
        var text = parts.joined(separator: " ") + ": " + (e.description ?? "")
        var details: [String] = []
        if let b = e.body { details.append("body: \(b)") }
        if let c = e.companyNumber { details.append("company \(c)") }
        if let a = e.address { details.append("address: \(a)") }
        if let p = e.postcode { details.append(p) }
        if let u = e.uprn { details.append("UPRN \(u)") }
        if !details.isEmpty { text += " (" + details.joined(separator: "; ") + ")" }
        var dates = ["registered \(e.registeredOn.map(\.iso) ?? "")"]
        if let p = e.publishedOn { dates.append("published \(p)") }
        if let x = e.endedOn { dates.append("ended \(x)") }
        return text + "; " + dates.joined(separator: ", ") + status(e)
    }

    static func status(_ e: RegisterView.Entry) -> String {
        var s: [String] = []
        if let st = e.status { s.append(st.rawValue) }
        if let c = e.reviewComment { s.append("comment: \(c)") }
        if let sen = e.sensitivity, sen != .notClaimed { s.append("sensitive: \(sen.rawValue)") }
        return s.isEmpty ? "" : " [" + s.joined(separator: "; ") + "]"
    }
}

struct DeadlinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "Overdue, due-soon, late and pending items, per council and for the whole installation.",
        discussion: """
            First registrations (Appendix B: within the variant's registration days of the term starting), notices of \
            new or changed interests (Appendix B para 1), gifts and hospitality (para 10.2), entries awaiting the \
            Monitoring Officer's review or sensitivity decision, and dispensations about to expire. Days and \
            thresholds come from each council's variant and overrides.
            """)

    @OptionGroup var installation: InstallationOptions
    @Option(help: "Only this council (default: every council).") var council: String?
    @Option(name: .customLong("as-at"), help: "Report as things stood at the end of this day (default: today).") var asAt: Day?
    @Option(help: "How many days ahead counts as due soon.") var within: Int = 14
    @OptionGroup var output: FormatOption

    func run() throws {
        let inst = try installation.open()
        let report = try inst.register.deadlines(council: council, asAt: asAt ?? inst.register.today, withinDays: within)
        if output.format == .json { return try printJSON(report) }
        print(DeadlineText.render(report))
    }
}

enum DeadlineText {
    static func render(_ r: DeadlineReport) -> String {
        var out = ["Deadlines as at \(r.asAt) (due soon: within \(r.withinDays) days)"]
        out.append("Total: \(r.overdue) overdue, \(r.dueSoon) due soon, \(r.late) registered late, \(r.pending) awaiting the Monitoring Officer")
        for c in r.councils {
            out.append("")
            out.append("\(c.name) (\(c.council)): \(c.overdue) overdue, \(c.dueSoon) due soon, \(c.late) late, \(c.pending) pending")
            let rows = c.items.map { i -> [String] in
                let days: String
                switch (i.status, i.days) {
                case (.overdue, let d?), (.late, let d?): days = "\(d) days"
                case (_, let d?): days = "in \(-d) days"
                default: days = ""
                }
                return [i.status.rawValue, i.dueOn?.iso ?? "", days, "\(i.memberName) (\(i.memberId))", i.kind.rawValue, i.subject, "[\(i.citation)]"]
            }
            if !rows.isEmpty {
                out.append(table(["status", "due", "days", "member", "kind", "subject", "rule"], rows)
                    .split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            }
        }
        return out.joined(separator: "\n")
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The append-only audit log of a council: who changed what, when, before and after.",
        discussion: """
            Details of interests that are or were claimed as sensitive are shown as [withheld] unless \
            --reveal-sensitive is given (for the Monitoring Officer's own use; never for publication). To see the \
            register as it stood on a past day, use `nolan register show --as-at DATE`.
            """)

    @OptionGroup var installation: InstallationOptions
    @Option(help: "The council's slug.") var council: String
    @Flag(help: "Show sensitive interests' details (Monitoring Officer only).") var revealSensitive = false
    @OptionGroup var output: FormatOption

    func run() throws {
        let inst = try installation.open()
        let lines = try inst.register.history(council: council, revealSensitive: revealSensitive)
        if output.format == .json { return try printJSON(lines) }
        for l in lines {
            print("\(l.at)  #\(l.id)  \(l.actor)  \(l.action) \(l.entity) \(l.entityId)")
            for c in l.changes {
                print("    \(c.field): \(c.before ?? "∅") → \(c.after ?? "∅")")
            }
        }
    }
}
