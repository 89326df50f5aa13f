import Foundation
import NolanDemo
import NolanDomain
@testable import NolanOpenData
import NolanRegister
import Testing

@Suite("CSV import")
struct CSVImportTests {
    func write(_ f: Fixture, _ name: String, _ bytes: [UInt8]) throws -> String {
        let url = f.folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func records(_ path: String, _ encoding: CSVEncoding? = nil) throws -> [[String]] {
        var r = try CSVReader(path: path, encoding: encoding)
        var out: [[String]] = []
        while let rec = try r.nextRecord() { out.append(rec.fields) }
        return out
    }

    @Test("The reader takes what spreadsheets write: BOM, CRLF, quoted commas, quotes and line breaks")
    func reader() throws {
        let f = try Fixture()
        let text = "\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\nlast,,\n"
        let p = try write(f, "x.csv", Array(text.utf8))
        #expect(try records(p) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\r\nlines"], ["last", "", ""]])
    }

    @Test("Windows-1252 is detected (£ as the byte 0xA3) or chosen; bad UTF-8 when UTF-8 is chosen is an error with its line")
    func windows1252() throws {
        let f = try Fixture()
        let p = try write(f, "w.csv", Array("item,price\n".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x2C, 0xA3, 0x35, 0x30, 0x0A])
        #expect(try records(p) == [["item", "price"], ["Café", "£50"]])
        var r = try CSVReader(path: p, encoding: .utf8)
        _ = try r.nextRecord()
        #expect(throws: OpenDataError.self) { _ = try r.nextRecord() }
    }

    @Test("A file with bad rows imports nothing and reports every bad row with line, column and value")
    func allOrNothing() throws {
        let f = try Fixture()
        let m = try f.member(name: "Jo Pike")
        let before = try f.auditCount()
        let p = try write(f, "interests.csv", Array("""
            Member Name,Category,Description,Registered On,Postcode,Address
            Jo Pike,land,Home,01/06/2026,PE38 9AB,1 High St
            Jo Pike,land,Field,01/06/2026,NOT A POSTCODE,Field off Drove Lane
            Nobody,employment,Job,01/06/2026,,
            Jo Pike,t2-c,Charity,2026-06-01,,
            Jo Pike,employment,Job,31/02/2026,,

            """.utf8))
        let importer = CSVImporter(service: f.service, council: "district")
        do {
            _ = try importer.importFile(p)
            Issue.record("expected the import to fail")
        } catch let e as ImportFailed {
            #expect(e.problems.map(\.line) == [3, 4, 5, 6])
            #expect(e.problems[0].column == "Postcode" && e.problems[0].value == "NOT A POSTCODE")
            #expect(e.problems[1].reason.contains("no member of district with that name"))
            #expect(e.problems[2].reason.contains("'t2-c' is not a category of LGA Model"))
            #expect(e.problems[3].column == "Registered On" && e.problems[3].reason.contains("not a date"))
        }
        #expect(try f.auditCount() == before)
        _ = m
    }

    @Test("A good file imports whole: members, then interests with publication, then gifts")
    func goodFiles() throws {
        let f = try Fixture()
        let members = try write(f, "members.csv", Array("name,role,ward,party,term_started_on\r\nAmy Fox,councillor,North,Green,08/05/2023\r\nBen Lee,councillor,South,,2023-05-08\r\n".utf8))
        #expect(try CSVImporter(service: f.service, council: "district").importFile(members) == 2)
        let interests = try write(f, "interests.csv", Array("member_name,category,description,body,registered_on,published_on\nAmy Fox,t2-b-ii,Trustee,Fen Foodbank,2023-05-20,2023-05-25\nBen Lee,employment,Farmer,,2023-05-21,\n".utf8))
        #expect(try CSVImporter(service: f.service, council: "district").importFile(interests) == 2)
        let view = try f.service.register(council: "district", asAt: day("2026-11-22"), audience: .public)
        #expect(view.members.flatMap(\.interests).map(\.description) == ["Trustee"])
        let gifts = try write(f, "gifts.csv", Array("Member,Donor,Description,Value,Received,Registered\nBen Lee,Fen Show,Lunch,£45.50,01/07/2026,05/07/2026\n".utf8))
        #expect(try CSVImporter(service: f.service, council: "district").importFile(gifts) == 1)
        #expect(try f.store.read { try $0.gifts(council: "district") }.first?.value == Pence(4550))
    }
}

/// Randomised round trips through the writer and the reader: fields full of commas, quotes, CR, LF, non-ASCII and
/// empty strings must come back exactly, and random bytes must never crash the reader (only throw).
@Suite("CSV reader, fuzzed")
struct CSVFuzzTests {
    @Test("Random fields survive writing and reading", arguments: 0..<20)
    func roundTrip(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed))
        let alphabet: [String] = ["a", "Z", "9", ",", "\"", "\r\n", "\n", " ", "£", "é", "–", ";", "'"]
        var rows: [[String]] = []
        for _ in 0..<(Int(rng.next() % 40) + 1) {
            rows.append((0..<4).map { _ in (0..<Int(rng.next() % 12)).map { _ in rng.pick(alphabet) }.joined() })
        }
        // A record of one empty field is a blank line, which the reader skips: give every row a first field.
        rows = rows.map { ["r"] + $0 }
        let f = try Fixture()
        let path = f.folder.appendingPathComponent("fuzz.csv").path
        let w = try CSVWriter(path: path, header: ["r", "a", "b", "c", "d"])
        for r in rows { try w.row(r) }
        try w.close()
        var reader = try CSVReader(path: path, encoding: .utf8)
        _ = try reader.nextRecord()
        var back: [[String]] = []
        while let rec = try reader.nextRecord() { back.append(rec.fields) }
        #expect(back == rows)
    }

    @Test("Random bytes: the reader returns records or throws, and always ends", arguments: 0..<20)
    func garbage(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &+ 77)
        let bytes = (0..<Int(rng.next() % 4000)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let f = try Fixture()
        let url = f.folder.appendingPathComponent("garbage.csv")
        try Data(bytes).write(to: url)
        var reader = try CSVReader(path: url.path)
        var count = 0
        do {
            while try reader.nextRecord() != nil { count += 1 }
        } catch is OpenDataError {
            count += 0
        }
        #expect(count <= bytes.count + 1)
    }
}
