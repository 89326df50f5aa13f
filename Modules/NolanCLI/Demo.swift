import ArgumentParser
import Foundation
import NolanComposition
import NolanDemo
import NolanDomain
import NolanRegister

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The fictional demo register, and synthetic registers at national scale.",
        subcommands: [Build.self, Generate.self], defaultSubcommand: Build.self)

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a deterministic synthetic register: N parish councils under a principal, members and interests.",
            discussion: "For benchmarks and load tests: the same --seed always gives the same register. Every entry goes through the register's rules (one transaction per council). The database must already hold the principal authority (`nolan councils sync`).")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "How many parish councils.") var councils: Int
        @Option(help: "Members per council.") var members: Int
        @Option(help: "Interests per member.") var interests: Int
        @Option(help: "The random seed.") var seed: UInt64 = 1
        @Option(help: "The principal authority they sit under.") var parent: String = "brackmoor"

        func validate() throws {
            if councils < 1 || members < 0 || interests < 0 { throw ValidationError("--councils must be at least 1; --members and --interests at least 0") }
        }

        func run() throws {
            let inst = try installation.open()
            guard try inst.store.read({ try $0.council(parent) }) != nil else {
                throw UserError("parent: no council '\(parent)' (run `nolan councils sync` first)")
            }
            let start = inst.register.today.adding(days: -400)
            let slugs = try SyntheticRegister(councils: councils, membersPerCouncil: members, interestsPerMember: interests, seed: seed)
                .generate(into: inst.register, parent: parent, variant: "lga-2020", startedOn: start)
            print("Generated \(slugs.count) councils, \(slugs.count * members) members, \(slugs.count * members * interests) interests (seed \(seed)) in \(inst.paths.database)")
        }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Create a database from Councils/, fill it with a fictional register, and print a district summary (`nolan demo`).",
        discussion: """
            The demo register is built in a temporary file beside the database and moved into place only when \
            complete, so an interrupted demo leaves no half-filled database. An existing database holding members \
            is kept unless --replace is given.
            """)

    @OptionGroup var installation: InstallationOptions
    @Flag(help: "Delete an existing database at the --db path first.") var replace = false

    func run() throws {
        let paths = installation.paths
        let fm = FileManager.default
        if fm.fileExists(atPath: paths.database) {
            let existing = try installation.open()
            if !(try existing.isEmpty()), !replace {
                throw UserError("\(paths.database) already holds a register; pass --replace to delete it and build the demo, or --db to use another file")
            }
        }
        let building = paths.database + ".demo-building"
        for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: building + suffix) }
        let built = InstallationPaths(database: building, councils: paths.councils)
        do {
            let inst = try Installation(paths: built, today: try Today.resolve(), actor: installation.actorName)
            let synced = try inst.syncCouncils()
            let missing = DemoRegister.councils.filter { slug in !synced.councils.contains { $0.slug == slug } }
            if !missing.isEmpty {
                throw UserError("\(paths.councils): the demo needs the councils \(missing.joined(separator: ", ")) (as shipped in the repository's Councils/ folder)")
            }
            try DemoRegister(service: inst.register).fill()
            try inst.store.close()
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: building + suffix) }
            throw error
        }
        for suffix in ["-wal", "-shm"] { try? fm.removeItem(atPath: paths.database + suffix) }
        if fm.fileExists(atPath: paths.database) { try fm.removeItem(atPath: paths.database) }
        try fm.moveItem(atPath: building, toPath: paths.database)
        for suffix in ["-wal", "-shm"] { try? fm.removeItem(atPath: building + suffix) }

        let inst = try installation.open()
        print(try DemoSummary.render(inst))
    }
}

/// The district summary `nolan demo` prints: each principal authority with its parish and town councils.
enum DemoSummary {
    static func render(_ inst: Installation) throws -> String {
        let today = inst.register.today
        let councils = try inst.store.read { try $0.councils() }
        let report = try inst.register.deadlines(council: nil, asAt: today, withinDays: 14)
        let counts = Dictionary(uniqueKeysWithValues: report.councils.map { ($0.council, $0) })
        var out = ["Nolan demo register in \(inst.paths.database), as at \(today)", ""]
        var rows: [[String]] = []
        for principal in councils where principal.parentSlug == nil {
            for c in [principal] + councils.filter({ $0.parentSlug == principal.slug }) {
                let view = try inst.register.register(council: c.slug, asAt: today, audience: .public)
                let officer = try inst.register.register(council: c.slug, asAt: today, audience: .officer)
                let published = view.members.reduce(0) { $0 + $1.interests.filter { !$0.withheld }.count }
                let withheld = view.members.reduce(0) { $0 + $1.interests.filter(\.withheld).count }
                let gifts = officer.members.reduce(0) { $0 + $1.gifts.count }
                let disp = try inst.store.read { try $0.dispensations(council: c.slug) }.filter { $0.isInForce(on: today) }.count
                let d = counts[c.slug]
                rows.append([(c.parentSlug == nil ? "" : "  ") + c.name, c.kind.rawValue, c.codeVariantId,
                             String(officer.members.count), String(published), String(withheld), String(gifts), String(disp),
                             String(d?.overdue ?? 0), String(d?.dueSoon ?? 0), String(d?.late ?? 0), String(d?.pending ?? 0)])
            }
        }
        out.append(table(["council", "kind", "code", "members", "published", "withheld", "gifts", "dispensations",
                          "overdue", "due soon", "late", "pending"], rows))
        out.append("")
        out.append("Total: \(report.overdue) overdue, \(report.dueSoon) due within 14 days, \(report.late) registered late, \(report.pending) awaiting the Monitoring Officer")
        let urgent = report.councils.flatMap(\.items).filter { $0.status == .overdue || $0.status == .dueSoon }
        if !urgent.isEmpty {
            out.append("")
            out.append("Overdue and due soon:")
            for i in urgent {
                out.append("  \(i.status.rawValue) \(i.dueOn?.iso ?? ""): \(i.memberName) (\(i.council)) \(i.subject) [\(i.citation)]")
            }
        }
        out.append("")
        // The commands as this binary was run (`.build/debug/nolan` after `make demo`), so that they can be pasted.
        let nolan = CommandLine.arguments.first ?? "nolan"
        out.append("Next: \(nolan) register show --council brackmoor --public    \(nolan) deadlines    \(nolan) meetings show 1")
        out.append("      \(nolan) scan --meeting 2    \(nolan) code diff --council little-snorham    \(nolan) protocol check")
        out.append("      \(nolan) protocol compare brackmoor kingsmere    \(nolan) --help")
        return out.joined(separator: "\n")
    }
}
