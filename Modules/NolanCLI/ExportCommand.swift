import ArgumentParser
import Foundation
import NolanComposition
import NolanDomain
import NolanOpenData

extension ExportFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the public registers as open data: CSV with CSVW metadata, XML with its schema, JSON, and an Atom feed of changes.",
        discussion: """
            Writes a folder ready to upload: for each council, members, interests (public view), gifts and \
            hospitality, dispensations and meeting declarations as RFC 4180 CSV (UTF-8, ISO dates, money in pounds \
            with two decimals) with csv-metadata.json (CSVW: columns, types, descriptions, the Open Government \
            Licence v3.0, the publisher and the as-at date); register.xml (namespace urn:nolan:register:1, valid \
            against register-1.xsd, written beside it); register.json (register › person › category › entry); \
            changes.atom; and index.html. With --all a folder all/ holds every council together. Sensitive \
            interests appear only as withheld, in every format.
            """)

    @OptionGroup var installation: InstallationOptions
    @Option(help: "The council to export (repeat for several).") var council: [String] = []
    @Flag(help: "Export every council.") var all = false
    @Option(help: "csv, xml, json or all.") var format: ExportFormat = .all
    @Option(help: "The folder to write into (created if needed).") var out: String
    @Option(name: .customLong("as-at"), help: "The registers as they stood at the end of this day (default: today).") var asAt: Day?
    @Flag(help: "Replace --out when it holds an earlier Nolan export, once the new one is complete (a folder must otherwise be new or empty).") var replace = false

    func validate() throws {
        if all == !council.isEmpty { throw ValidationError("give --council SLUG (one or more) or --all") }
    }

    func run() throws {
        let inst = try installation.open()
        let slugs = all ? try inst.store.read { try $0.councils().map(\.slug) } : council
        let files = try OpenDataExporter(service: inst.register).export(councils: slugs, asAt: asAt ?? inst.register.today,
                                                                        format: format, to: out, replace: replace)
        print("Wrote \(files.count) files for \(slugs.count) council(s) to \(out) (index: \((out as NSString).appendingPathComponent("index.html")))")
    }
}
