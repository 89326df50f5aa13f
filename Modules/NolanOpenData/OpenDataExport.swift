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
    /// a folder holding an earlier Nolan export (its index.html) is emptied first; any other folder is refused.
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
            for name in existing { try fm.removeItem(atPath: (folder as NSString).appendingPathComponent(name)) }
        }
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var written: [ExportedFile] = []
        var snapshots: [Snapshot] = []
        for slug in councils {
            let s = try Snapshot.collect(service, council: slug, asAt: asAt)
            snapshots.append(s)
            written += try write([s], name: s.council.name, folder: (folder as NSString).appendingPathComponent(slug),
                                 format: format, atom: true)
        }
        if snapshots.count > 1 {
            written += try write(snapshots, name: "All councils", folder: (folder as NSString).appendingPathComponent("all"),
                                 format: format, atom: false)
        }
        let index = (folder as NSString).appendingPathComponent("index.html")
        try IndexPage.folders(snapshots: snapshots, combined: snapshots.count > 1, asAt: asAt, generated: generated)
            .write(toFile: index, atomically: true, encoding: .utf8)
        written.append(ExportedFile(path: index, description: "Index of the councils exported"))
        return written
    }

    func write(_ snapshots: [Snapshot], name: String, folder: String, format: ExportFormat, atom: Bool) throws -> [ExportedFile] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        func path(_ file: String) -> String { (folder as NSString).appendingPathComponent(file) }
        var files: [ExportedFile] = []
        let publisher = snapshots.count == 1 ? snapshots[0].council.name : "Nolan installation (\(snapshots.map(\.council.slug).joined(separator: ", ")))"
        if format.includes(.csv) {
            for t in Table.allCases {
                let w = try CSVWriter(path: path(t.file), header: t.columns.map(\.name))
                for s in snapshots { for r in s.rows(t) { try w.row(r) } }
                try w.close()
                files.append(ExportedFile(path: path(t.file), description: t.title))
            }
            try CSVWMetadata.json(publisher: publisher, asAt: snapshots[0].asAt, generated: generated)
                .write(to: URL(fileURLWithPath: path("csv-metadata.json")))
            files.append(ExportedFile(path: path("csv-metadata.json"), description: "CSVW metadata: columns, types, descriptions, licence, publisher, as-at date"))
        }
        if format.includes(.xml) {
            try XMLFeed.write(snapshots, to: path("register.xml"), generated: generated, publisher: publisher)
            files.append(ExportedFile(path: path("register.xml"), description: "The register as XML (namespace \(XMLFeed.namespace), schema register-1.xsd)"))
            try (XMLFeed.schema + "\n").write(toFile: path("register-1.xsd"), atomically: true, encoding: .utf8)
            files.append(ExportedFile(path: path("register-1.xsd"), description: "The XML schema"))
        }
        if format.includes(.json) {
            try JSONFeed.data(snapshots, generated: generated, publisher: publisher).write(to: URL(fileURLWithPath: path("register.json")))
            files.append(ExportedFile(path: path("register.json"), description: "The register as JSON (register › person › category › entry)"))
        }
        if atom, let s = snapshots.first {
            try AtomFeed.xml(try AtomFeed.entries(service, council: s.council, asAt: s.asAt), council: s.council, generated: generated)
                .write(toFile: path("changes.atom"), atomically: true, encoding: .utf8)
            files.append(ExportedFile(path: path("changes.atom"), description: "Atom feed of register changes: new, amended and ended entries"))
        }
        try IndexPage.files(name: name, files: files, asAt: snapshots[0].asAt, generated: generated)
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

    static func folders(snapshots: [Snapshot], combined: Bool, asAt: Day, generated: String) -> String {
        var items = snapshots.map { "<li><a href=\"\(html($0.council.slug))/index.html\">\(html($0.council.name))</a> (\(html($0.variantTitle)))</li>" }
        if combined { items.append("<li><a href=\"all/index.html\">All councils together</a></li>") }
        return page("Registers of interests as at \(asAt)", "<p>Generated \(html(generated)).</p>\n<ul>\n\(items.joined(separator: "\n"))\n</ul>")
    }
}
