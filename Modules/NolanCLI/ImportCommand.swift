import ArgumentParser
import Foundation
import NolanComposition
import NolanDomain
import NolanOpenData

extension CSVEncoding: ExpressibleByArgument {}
extension ImportTable: ExpressibleByArgument {}

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import, all or nothing: a spreadsheet's CSV of members, interests or gifts; Nolan's own register.xml, register.json or exported CSV folder; or Modern.Gov responses.",
        subcommands: [CSVFile.self, ModernGov.self], defaultSubcommand: CSVFile.self)

    struct ModernGov: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "moderngov",
            abstract: "Import from Modern.Gov web-service responses: councillors by ward, or a meeting's agenda.",
            subcommands: [Councillors.self, Meeting.self])

        struct Councillors: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Import a GetCouncillorsByWard response: creates or updates members by councillorid, with their wards, parties and terms.",
                discussion: "Never stores or prints a home address. Re-importing updates members without duplicates. An empty <wards/> is valid; a response whose root is not <councillorsbyward> (an HTML redirect page, say) is refused. All or nothing.")
            @OptionGroup var installation: InstallationOptions
            @Option(help: "The council to import into.") var council: String
            @Argument(help: "The XML file.") var file: String

            func run() throws {
                let inst = try installation.open()
                guard try inst.store.read({ try $0.council(council) }) != nil else { throw UserError("council: no council '\(council)'") }
                let r = try ModernGovImporter(service: inst.register, council: council).importCouncillors(file)
                print("Imported \(r.wards) wards from \(file): \(r.created) councillors added, \(r.updated) updated")
            }
        }

        struct Meeting: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Import a GetMeeting response: the meeting and its agenda items, so the advisor and conflict scan run on a real agenda.",
                discussion: "The meeting keeps its meetingid: a meeting the council already holds under that id is refused, naming it, and nothing is changed (add a republished agenda's new items with `nolan meetings item`). A response without a meetingid is refused. All or nothing.")
            @OptionGroup var installation: InstallationOptions
            @Option(help: "The council to import into.") var council: String
            @Option(help: "The committee's name (default: the response's committeetitle, if any).") var committee: String?
            @Argument(help: "The XML file.") var file: String

            func run() throws {
                let inst = try installation.open()
                guard try inst.store.read({ try $0.council(council) }) != nil else { throw UserError("council: no council '\(council)'") }
                let (m, n) = try ModernGovImporter(service: inst.register, council: council).importMeeting(file, committee: committee)
                print("Imported \(file) as new meeting \(m.id) (\(m.committee), \(m.meetsOn)) with \(n) agenda items; run `nolan scan --meeting \(m.id)`")
            }
        }
    }

    struct CSVFile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "file",
            abstract: "Import a CSV of members, interests or gifts, or Nolan's own register.xml, register.json or exported council folder, into a council (`nolan import --council SLUG FILE`).",
            discussion: """
                Reads CSV as spreadsheets write it: UTF-8 with or without a byte-order mark, or Windows-1252 (Excel's \
                "CSV" on UK Windows; detected, or chosen with --encoding), CRLF or LF, quoted fields with commas, \
                quotes and line breaks, dates as YYYY-MM-DD or DD/MM/YYYY, column names matched ignoring case and \
                spacing (Member Name, member_name, ...). What the file holds is told from its columns (donor: gifts; \
                description or category: interests; otherwise members), or set with --table. Every row is checked by \
                the same rules as the commands that record one; if any row is bad nothing is written and every \
                problem is listed with its file, line, column and value. Columns (any case and spacing): members: \
                name, role, ward, party, term_started_on; interests: member_id or member_name, category, description, \
                holder, body, company_number, address, postcode, uprn, aware_on, registered_on, published_on, \
                ended_on, sensitive_reason, nil_return, table; gifts: member_id or member_name, donor, description, \
                value, received_on, registered_on, outcome, donor_seeks.

                A file ending .xml or .json is Nolan's own register XML or JSON (an export), and a folder is a council's \
                folder of Nolan's own CSV export: the council's members, interests, gifts, dispensations and meetings \
                are imported into an empty database keeping their ids, so that exporting again gives the same files \
                apart from generation times.
                """)
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council to import into.") var council: String
        @Option(help: "utf-8 or windows-1252 (default: detected).") var encoding: CSVEncoding?
        @Option(help: "members, interests or gifts (default: told from the columns).") var table: ImportTable?
        @Argument(help: "The CSV file; or Nolan's register.xml or register.json; or an exported council folder of CSV.") var file: String

        func run() throws {
            let inst = try installation.open()
            guard try inst.store.read({ try $0.council(council) }) != nil else { throw UserError("council: no council '\(council)'") }
            var isFolder: ObjCBool = false
            let folder = FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) && isFolder.boolValue
            // Progress goes to a terminal only, on one line that is cleared when the import ends, however it ends.
            let onTerminal = isatty(2) == 1
            func endProgress() { if onTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
            defer { endProgress() }
            if folder || file.lowercased().hasSuffix(".xml") || file.lowercased().hasSuffix(".json") {
                let importer = RegisterXMLImporter(service: inst.register, council: council, progress: onTerminal ? { n in
                    FileHandle.standardError.write(Data("\r\(n) entries read".utf8))
                } : nil)
                let r = folder ? try importer.importCSVFolder(file)
                    : file.lowercased().hasSuffix(".json") ? try importer.importJSON(file) : try importer.importFile(file)
                endProgress()
                print("Imported into \(council): \(r.members) members, \(r.interests) interests, \(r.gifts) gifts, \(r.dispensations) dispensations, \(r.meetings) meetings")
                return
            }
            let importer = CSVImporter(service: inst.register, council: council, progress: onTerminal ? { n in
                FileHandle.standardError.write(Data("\r\(n) rows read".utf8))
            } : nil)
            let n = try importer.importFile(file, encoding: encoding, table: table)
            endProgress()
            print("Imported \(n) rows from \(file) into \(council)")
        }
    }
}
