import Foundation
import NolanDomain
import NolanPolicy
import NolanRegister
import NolanStore

/// The formats `nolan export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    case csv, xml, json, all

    func includes(_ f: ExportFormat) -> Bool { self == .all || self == f }
}

/// One file written, with what it is.
public struct ExportedFile: Sendable, Equatable {
    public var path: String
    public var description: String
}

/// Writes a folder ready to upload: per council, the tables as CSV with CSVW metadata, the register as XML (valid
/// against `register-1.xsd`, namespace `XMLFeed.namespace`) and JSON, an Atom feed of register changes, and an
/// index.html listing the files. With several councils, a folder `all/` holds the same for all of them together.
public struct OpenDataExporter {
    public static let licence = "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
    public static let licenceName = "Open Government Licence v3.0"

    let service: RegisterService
    let generated: String

    public init(service: RegisterService, generatedAt: Date = Date()) {
        self.service = service
        self.generated = ISO8601DateFormatter().string(from: generatedAt)
    }

    /// Writes the export into `folder`, which must be empty or absent: a file left from an earlier export (an XML
    /// feed that still names an interest since withheld, say) must never be uploaded with a new one. With `replace`,
    /// a folder holding an earlier Nolan export (its index.html) is replaced; any other folder is refused.
    ///
    /// The export is written into a new folder beside `folder` and put in its place only once complete, so that a
    /// failure half-way leaves the earlier export as it was and no half-written folder to upload.
    public func export(councils: [String], asAt: Day, format: ExportFormat, to folder: String, replace: Bool = false) throws -> [ExportedFile] {
        let fm = FileManager.default
        let existing = (try? fm.contentsOfDirectory(atPath: folder)) ?? []
        if !existing.isEmpty {
            let index = (try? String(contentsOfFile: (folder as NSString).appendingPathComponent("index.html"), encoding: .utf8)) ?? ""
            guard replace else {
                throw OpenDataError("\(folder) is not empty: export into a new folder, or pass --replace to empty a folder that holds an earlier export")
            }
            guard index.contains(IndexPage.marker) else {
                throw OpenDataError("\(folder) is not empty and does not hold an earlier Nolan export (no index.html of one): it is left alone")
            }
        }
        let target = (folder as NSString).standardizingPath
        let staging = target + ".nolan-partial-\(UUID().uuidString)"
        try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: staging) }
        let written = try write(councils: councils, asAt: asAt, format: format, to: staging)
        if fm.fileExists(atPath: target) { try fm.removeItem(atPath: target) }
        try fm.moveItem(atPath: staging, toPath: target)
        return written.map { ExportedFile(path: target + $0.path.dropFirst(staging.count), description: $0.description) }
    }

    func write(councils: [String], asAt: Day, format: ExportFormat, to folder: String) throws -> [ExportedFile] {
        // One council's snapshot is held at a time: each is written to its own folder and appended to all/ as it
        // comes, so memory does not grow with the number of councils (England has about 10,000).
        let names = try service.store.read { r in try councils.map { try service.council($0, in: r).name } }
        let combined = councils.count > 1
            ? try FolderWriter(folder: (folder as NSString).appendingPathComponent("all"), name: "All councils",
                               publisher: "Nolan installation (\(councils.joined(separator: ", ")))", asAt: asAt,
                               format: format, generated: generated)
            : nil
        var written: [ExportedFile] = []
        var listed: [(slug: String, name: String, variant: String)] = []
        for (slug, name) in zip(councils, names) {
            let s = try Snapshot.collect(service, council: slug, asAt: asAt)
            let one = try FolderWriter(folder: (folder as NSString).appendingPathComponent(slug), name: name, publisher: name,
                                       asAt: asAt, format: format, generated: generated)
            try one.begin(s)
            try combined?.begin(s)
            _ = try service.forEachMember(council: slug, asAt: asAt, audience: .public) { m in
                try one.member(m, of: s)
                try combined?.member(m, of: s)
            }
            try one.end(s)
            try combined?.end(s)
            if format == .all {
                try one.atom(try AtomFeed.xml(try AtomFeed.entries(service, council: s.council, asAt: asAt), council: s.council,
                                              generated: generated))
            }
            written += try one.finish()
            listed.append((slug, s.council.name, s.variantTitle))
        }
        if let c = combined { written += try c.finish() }
        let index = (folder as NSString).appendingPathComponent("index.html")
        try IndexPage.folders(listed, combined: combined != nil, asAt: asAt, generated: generated)
            .write(toFile: index, atomically: true, encoding: .utf8)
        written.append(ExportedFile(path: index, description: "Index of the councils exported"))
        return written
    }
}

/// Writes one export folder, one council's snapshot at a time: CSV tables, the XML feed and the JSON feed are
/// streamed; the CSVW metadata, the schema and the index are written at the end.
final class FolderWriter {
    let folder: String
    let name: String
    let publisher: String
    let asAt: Day
    let format: ExportFormat
    let generated: String
    var csv: [Table: CSVWriter] = [:]
    var xml: XMLStreamWriter?
    var json: FileHandle?
    var jsonCount = 0
    var personCount = 0
    var files: [ExportedFile] = []

    init(folder: String, name: String, publisher: String, asAt: Day, format: ExportFormat, generated: String) throws {
        self.folder = folder
        self.name = name
        self.publisher = publisher
        self.asAt = asAt
        self.format = format
        self.generated = generated
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if format.includes(.csv) {
            for t in Table.allCases { csv[t] = try CSVWriter(path: path(t.file), header: t.columns.map(\.name)) }
        }
        if format.includes(.xml) {
            let w = try XMLStreamWriter(path: path("register.xml"))
            try XMLFeed.begin(w, asAt: asAt, generated: generated, publisher: publisher)
            xml = w
        }
        if format.includes(.json) {
            guard FileManager.default.createFile(atPath: path("register.json"), contents: nil),
                  let h = FileHandle(forWritingAtPath: path("register.json")) else {
                throw OpenDataError("\(path("register.json")): cannot be created for writing")
            }
            try h.write(contentsOf: Data(JSONFeed.head(asAt: asAt, generated: generated, publisher: publisher).utf8))
            json = h
        }
    }

    func path(_ file: String) -> String { (folder as NSString).appendingPathComponent(file) }

    /// Opens a council: its XML element and its JSON register.
    func begin(_ s: Snapshot) throws {
        if let w = xml { try XMLFeed.councilStart(w, s) }
        if let h = json {
            try h.write(contentsOf: Data(((jsonCount > 0 ? ",\n" : "") + (try JSONFeed.registerHead(s))).utf8))
            jsonCount += 1
            personCount = 0
        }
    }

    /// Writes one member, with their entries and gifts, in every format.
    func member(_ m: RegisterView.MemberEntry, of s: Snapshot) throws {
        for (t, w) in csv { for r in s.rows(t, member: m) { try w.row(r) } }
        if let w = xml { try XMLFeed.member(w, m) }
        if let h = json {
            try h.write(contentsOf: Data(((personCount > 0 ? ",\n" : "") + (try JSONFeed.personJSON(m))).utf8))
            personCount += 1
        }
    }

    /// Writes the council's dispensations and declarations and closes it.
    func end(_ s: Snapshot) throws {
        for (t, w) in csv { for r in s.rows(t) { try w.row(r) } }
        if let w = xml { try XMLFeed.councilEnd(w, s) }
        if let h = json { try h.write(contentsOf: Data(JSONFeed.registerTail.utf8)) }
    }

    func atom(_ text: String) throws {
        try text.write(toFile: path("changes.atom"), atomically: true, encoding: .utf8)
        files.append(ExportedFile(path: path("changes.atom"), description: "Atom feed of register changes: the \(AtomFeed.limit) most recent new, amended and ended entries"))
    }

    func finish() throws -> [ExportedFile] {
        if !csv.isEmpty {
            for t in Table.allCases {
                try csv[t]!.close()
                files.append(ExportedFile(path: path(t.file), description: t.title))
            }
            try CSVWMetadata.json(publisher: publisher, asAt: asAt, generated: generated)
                .write(to: URL(fileURLWithPath: path("csv-metadata.json")))
            files.append(ExportedFile(path: path("csv-metadata.json"), description: "CSVW metadata: columns, types, descriptions, licence, publisher, as-at date"))
        }
        if let w = xml {
            try XMLFeed.end(w)
            files.append(ExportedFile(path: path("register.xml"), description: "The register as XML (namespace \(XMLFeed.namespace), schema register-1.xsd)"))
            try (XMLFeed.schema + "\n").write(toFile: path("register-1.xsd"), atomically: true, encoding: .utf8)
            files.append(ExportedFile(path: path("register-1.xsd"), description: "The XML schema"))
        }
        if let h = json {
            try h.write(contentsOf: Data(JSONFeed.tail.utf8))
            try h.close()
            files.append(ExportedFile(path: path("register.json"), description: "The register as JSON (register › person › category › entry)"))
        }
        try IndexPage.files(name: name, files: files, asAt: asAt, generated: generated)
            .write(toFile: path("index.html"), atomically: true, encoding: .utf8)
        files.append(ExportedFile(path: path("index.html"), description: "This folder's index"))
        return files
    }
}

/// CSVW (W3C "CSV on the Web") metadata for the tables of one folder.
enum CSVWMetadata {
    static func json(publisher: String, asAt: Day, generated: String) throws -> Data {
        let tables: [[String: Any]] = Table.allCases.map { t in
            [
                "url": t.file,
                "dc:title": t.title,
                "tableSchema": [
                    "columns": t.columns.map { c in
                        ["name": c.name, "titles": c.name, "datatype": c.datatype, "dc:description": c.description, "required": c.required] as [String: Any]
                    },
                ],
            ]
        }
        let doc: [String: Any] = [
            "@context": "http://www.w3.org/ns/csvw",
            "dc:license": ["@id": OpenDataExporter.licence],
            "dc:publisher": publisher,
            "dc:created": generated,
            "dc:coverage": "Registers as they stood on \(asAt)",
            "nolan:asAt": asAt.iso,
            "dialect": ["encoding": "utf-8", "lineTerminators": ["\r\n"], "header": true],
            "tables": tables,
        ]
        return try JSONSerialization.data(withJSONObject: doc, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}

/// Escapes text for HTML.
func html(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
}

enum IndexPage {
    /// Written in every export's index.html, so that `--replace` empties only a folder Nolan wrote.
    static let marker = "<meta name=\"generator\" content=\"Nolan open-data export\">"

    static func page(_ title: String, _ body: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">\(marker)<title>\(html(title))</title></head>
        <body>
        <h1>\(html(title))</h1>
        \(body)
        <p>Published under the <a href="\(OpenDataExporter.licence)">\(OpenDataExporter.licenceName)</a>. Sensitive interests are withheld (Appendix B para 3 of the Code): only their existence is shown.</p>
        </body></html>

        """
    }

    static func files(name: String, files: [ExportedFile], asAt: Day, generated: String) -> String {
        let items = files.map { "<li><a href=\"\(html(($0.path as NSString).lastPathComponent))\">\(html(($0.path as NSString).lastPathComponent))</a>: \(html($0.description))</li>" }
        return page("\(name): registers as at \(asAt)", "<p>Generated \(html(generated)).</p>\n<ul>\n\(items.joined(separator: "\n"))\n</ul>")
    }

    static func folders(_ councils: [(slug: String, name: String, variant: String)], combined: Bool, asAt: Day, generated: String) -> String {
        var items = councils.map { "<li><a href=\"\(html($0.slug))/index.html\">\(html($0.name))</a> (\(html($0.variant)))</li>" }
        if combined { items.append("<li><a href=\"all/index.html\">All councils together</a></li>") }
        return page("Registers of interests as at \(asAt)", "<p>Generated \(html(generated)).</p>\n<ul>\n\(items.joined(separator: "\n"))\n</ul>")
    }
}
