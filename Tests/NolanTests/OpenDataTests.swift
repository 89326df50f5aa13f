import Foundation
import NolanComposition
import NolanDemo
import NolanDomain
import NolanOpenData
import NolanRegister
import Testing

@Suite("Open data export")
struct OpenDataTests {
    /// Runs xmllint (libxml2-utils, installed by scripts/setup) and returns its exit status and output.
    func xmllint(_ args: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["xmllint"] + args
        let pipe = Pipe()
        p.standardError = pipe
        p.standardOutput = pipe
        try p.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    func files(under folder: URL) -> [URL] {
        (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { !$0.hasDirectoryPath }
    }

    @Test("Random registers: no withheld detail appears in any exported byte, in any format", arguments: 0..<6)
    func noLeaks(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &+ 1000)
        let f = try Fixture()
        let s = f.service
        var secrets: [String] = []
        for k in 0..<3 {
            let m = try f.member(name: "Member \(k)")
            for n in 0..<12 {
                let token = "SECRET\(seed)q\(k)q\(n)q\(rng.next() % 100_000)"
                let sensitive = rng.next() % 3 == 0
                let land = rng.next() % 2 == 0
                let (i, _) = try s.registerInterest(.init(
                    member: m, categoryId: land ? "land" : "t2-a", description: "Entry \(token)",
                    bodyName: land ? nil : "Body \(token)", address: land ? "\(n) \(token) Lane" : nil,
                    awareOn: day("2024-01-10"), registeredOn: day("2024-01-12"),
                    sensitiveReason: sensitive ? "Reason \(token)" : nil))
                if sensitive {
                    _ = try s.decideSensitivity(i.id, agree: rng.next() % 4 != 0, on: day("2024-01-13"))
                    if try f.store.read({ try $0.interest(i.id)!.sensitivity }) == .agreed { secrets.append(token) }
                }
                _ = try s.review(i.id, .accept, comment: nil, on: day("2024-01-14"))
                if sensitive && rng.next() % 2 == 0 {
                    _ = try s.grantDispensation(.init(member: m, matter: "Matter \(token)", interestId: i.id, grounds: [.c],
                                                      grantedOn: day("2025-01-01"), expiresOn: day("2026-01-01"), permits: [.speak]))
                }
            }
        }
        let out = f.folder.appendingPathComponent("export")
        _ = try OpenDataExporter(service: s).export(councils: ["district"], asAt: day("2026-11-22"), format: .all, to: out.path)
        for file in files(under: out) {
            let bytes = try String(contentsOf: file, encoding: .utf8)
            for secret in secrets { #expect(!bytes.contains(secret), "\(file.lastPathComponent) contains \(secret)") }
        }
        let csv = try String(contentsOf: out.appendingPathComponent("district/interests.csv"), encoding: .utf8)
        #expect(csv.components(separatedBy: "\r\n").filter { $0.contains(",true,,,,") }.count == secrets.count)
    }

    @Test("The demo exports to every format; every XML file validates against the shipped XSD")
    func demoExport() throws {
        let f = try Fixture()
        let folder = f.folder.appendingPathComponent("demo-export")
        let db = f.folder.appendingPathComponent("demo.sqlite").path
        let installation = try Installation(paths: InstallationPaths(database: db, councils: repositoryRoot.appendingPathComponent("Councils").path),
                                            today: day("2026-11-22"), actor: "test")
        _ = try installation.syncCouncils()
        try DemoRegister(service: installation.register).fill()
        let slugs = try installation.store.read { try $0.councils().map(\.slug) }
        let written = try OpenDataExporter(service: installation.register).export(councils: slugs, asAt: day("2026-11-22"), format: .all, to: folder.path)
        #expect(written.count == slugs.count * 11 + 10 + 1)
        let schema = repositoryRoot.appendingPathComponent("Modules/NolanOpenData/Schema/register-1.xsd")
        for xml in files(under: folder).filter({ $0.pathExtension == "xml" }) {
            let (status, output) = try xmllint(["--noout", "--schema", schema.path, xml.path])
            #expect(status == 0, "\(xml.path): \(output)")
        }
        for atom in files(under: folder).filter({ $0.pathExtension == "atom" }) {
            #expect(try xmllint(["--noout", atom.path]).0 == 0)
        }
        let shipped = try String(contentsOf: schema, encoding: .utf8)
        #expect(try String(contentsOf: folder.appendingPathComponent("brackmoor/register-1.xsd"), encoding: .utf8) == shipped)
        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("brackmoor/csv-metadata.json"))) as! [String: Any]
        #expect((meta["dc:license"] as! [String: String])["@id"] == OpenDataExporter.licence)
        #expect((meta["tables"] as! [Any]).count == 5)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("brackmoor/register.json"))) as! [String: Any]
        let persons = ((json["registers"] as! [[String: Any]])[0]["persons"] as! [[String: Any]])
        #expect(persons.count == 6)
        let gifts = try String(contentsOf: folder.appendingPathComponent("brackmoor/gifts.csv"), encoding: .utf8)
        #expect(gifts.contains(",85.00,") && gifts.hasPrefix("council,member_id,member_name,gift_id,donor,description,value_pounds"))
        let atom = try String(contentsOf: folder.appendingPathComponent("brackmoor/changes.atom"), encoding: .utf8)
        #expect(atom.contains("New entry: Priya Raman, an entry withheld") && !atom.contains("Orchard"))
    }

    @Test("An export that fails half-way leaves the earlier export as it was, and nothing half-written beside it")
    func failedReplaceKeepsEarlierExport() throws {
        let f = try Fixture()
        _ = try f.member()
        let parent = f.folder.appendingPathComponent("site-parent")
        let folder = parent.appendingPathComponent("site")
        let exporter = OpenDataExporter(service: f.service)
        _ = try exporter.export(councils: ["district"], asAt: day("2026-11-22"), format: .csv, to: folder.path)
        let before = files(under: folder).map(\.path).sorted()
        // The second council does not exist: the export fails after it has begun, in its own new folder.
        #expect(throws: UserError.self) {
            _ = try exporter.export(councils: ["district", "nowhere"], asAt: day("2026-11-22"), format: .all, to: folder.path, replace: true)
        }
        #expect(files(under: folder).map(\.path).sorted() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
        let again = try exporter.export(councils: ["district"], asAt: day("2026-11-22"), format: .all, to: folder.path, replace: true)
        #expect(again.allSatisfy { $0.path.hasPrefix(folder.path + "/") && FileManager.default.fileExists(atPath: $0.path) })
    }

    @Test("CSV quoting follows RFC 4180")
    func quoting() throws {
        let f = try Fixture()
        let m = try f.member(name: "O'Brien, \"Pat\"")
        let (i, _) = try f.service.registerInterest(.init(member: m, categoryId: "employment", description: "Line one\nline two, with \"quotes\"",
                                                          awareOn: day("2024-01-10"), registeredOn: day("2024-01-12")))
        _ = try f.service.review(i.id, .accept, comment: nil, on: day("2024-01-13"))
        let out = f.folder.appendingPathComponent("q")
        _ = try OpenDataExporter(service: f.service).export(councils: ["district"], asAt: day("2026-11-22"), format: .csv, to: out.path)
        let csv = try String(contentsOf: out.appendingPathComponent("district/interests.csv"), encoding: .utf8)
        #expect(csv.contains("\"O'Brien, \"\"Pat\"\"\""))
        #expect(csv.contains("\"Line one\nline two, with \"\"quotes\"\"\""))
        #expect(csv.hasSuffix("\r\n"))
    }
}
