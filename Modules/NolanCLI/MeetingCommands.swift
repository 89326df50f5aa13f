import ArgumentParser
import Foundation
import NolanComposition
import NolanDomain
import NolanRegister

extension DeclaredKind: ExpressibleByArgument {}
extension DeclarationAction: ExpressibleByArgument {}

struct Meetings: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Meetings, their agenda items and attendance, and the declarations members make at them.",
        subcommands: [Add.self, Item.self, Attend.self, Declare.self, List.self, Show.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a meeting of a council or one of its committees.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug.") var council: String
        @Option(help: "The body meeting, e.g. \"Full Council\" or \"Planning Committee\".") var committee: String
        @Option(help: "The day of the meeting.") var date: Day

        func run() throws {
            let m = try installation.open().register.addMeeting(council: council, committee: committee, on: date)
            print("Added meeting \(m.id): \(m.committee), \(m.councilSlug), \(m.meetsOn)")
        }
    }

    struct Item: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an item to a meeting's agenda.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "Meeting id.") var meeting: Int64
        @Option(help: "The item's number on the agenda, e.g. 7 or 7(a).") var number: String
        @Option(help: "The item's title.") var title: String
        @Flag(help: "Members of the public may speak on the item (Appendix B paras 6, 7 and 9 turn on this).")
        var publicMaySpeak = false
        @Flag(help: "The item is taken in private (exempt or confidential information).") var restricted = false

        func run() throws {
            let i = try installation.open().register.addAgendaItem(meeting: meeting, number: number, title: title,
                                                                 publicMaySpeak: publicMaySpeak, restricted: restricted)
            print("Added item \(i.id) (\(i.number)) to meeting \(i.meetingId): \(i.title)")
        }
    }

    struct Attend: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record members attending a meeting.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "Meeting id.") var meeting: Int64
        @Option(parsing: .upToNextOption, help: "Member ids.") var members: [Int64]

        func run() throws {
            try installation.open().register.attend(meeting: meeting, members: members)
            print("Meeting \(meeting): attendance recorded for \(members.count) member(s)")
        }
    }

    struct Declare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a declaration made at a meeting.",
            discussion: "--kind dpi or ori names the registered interest with --interest; nri (a non-registrable interest) does not. A sensitive interest is declared without its nature (Appendix B paras 4, 6, 7, 9). --action: left-room, spoke-then-left, remained-under-dispensation (needs a dispensation in force) or remained.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "Meeting id.") var meeting: Int64
        @Option(help: "Agenda item id.") var item: Int64
        @Option(help: "Member id.") var member: Int64
        @Option(help: "dpi, ori or nri.") var kind: DeclaredKind
        @Option(help: "The registered interest declared (dpi, ori).") var interest: Int64?
        @Option(help: "The nature of the interest as declared (omit for a sensitive interest).") var nature: String?
        @Option(help: "What the member did.") var action: DeclarationAction

        func run() throws {
            let d = try installation.open().register.declare(.init(
                meeting: meeting, item: item, member: member, kind: kind, interestId: interest, nature: nature, action: action))
            print("Recorded declaration \(d.id): member \(d.memberId), item \(d.itemId), \(d.kind.rawValue), \(d.action.rawValue)\(d.sensitive ? " (sensitive: existence only)" : "")")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a council's meetings.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug.") var council: String
        @OptionGroup var output: FormatOption

        func run() throws {
            let list = try installation.open().store.read { r in
                if try r.council(council) == nil { throw UserError("council: no council '\(council)'") }
                return try r.meetings(council: council)
            }
            if output.format == .json { return try printJSON(list) }
            print(table(["id", "date", "committee"], list.map { [String($0.id), $0.meetsOn.iso, $0.committee] }))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a meeting: agenda, attendance and the declarations made (public: sensitive interests by existence only).")
        @OptionGroup var installation: InstallationOptions
        @Argument(help: "Meeting id.") var id: Int64
        @OptionGroup var output: FormatOption

        func run() throws {
            let v = try installation.open().register.meetingView(id)
            if output.format == .json { return try printJSON(v) }
            var out = ["Meeting \(v.id): \(v.committee), \(v.council), \(v.meetsOn)"]
            out.append("Attending: \(v.attending.isEmpty ? "(none recorded)" : v.attending.joined(separator: ", "))")
            for i in v.items {
                out.append("")
                out.append("Item \(i.number) (id \(i.id)): \(i.title)\(i.restricted ? " [restricted]" : "")\(i.publicMaySpeak ? " [public may speak]" : "")")
                for d in i.declarations {
                    let nature = d.sensitive ? "an interest (sensitive: nature not disclosed)" : (d.nature ?? "")
                    out.append("  declared: \(d.memberName), \(d.kind.rawValue.uppercased()): \(nature); \(d.action.rawValue)")
                }
            }
            print(out.joined(separator: "\n"))
        }
    }
}
