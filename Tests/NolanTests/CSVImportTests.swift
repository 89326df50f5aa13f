import Foundation
import NolanDemo
import NolanDomain
@testable import NolanOpenData
import NolanRegister
import NolanStore
import Testing

@Suite("CSV import")
struct CSVImportTests {
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
        let p = try f.write("x.csv", Array(text.utf8))
        #expect(try records(p) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\r\nlines"], ["last", "", ""]])
    }

    @Test("Windows-1252 is detected (£ as the byte 0xA3) or chosen; bad UTF-8 when UTF-8 is chosen is an error with its line")
    func windows1252() throws {
        let f = try Fixture()
        let p = try f.write("w.csv", Array("item,price\n".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x2C, 0xA3, 0x35, 0x30, 0x0A])
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
        let p = try f.write("interests.csv", Array("""
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
        let members = try f.write("members.csv", Array("name,role,ward,party,term_started_on\r\nAmy Fox,councillor,North,Green,08/05/2023\r\nBen Lee,councillor,South,,2023-05-08\r\n".utf8))
        #expect(try CSVImporter(service: f.service, council: "district").importFile(members) == 2)
        let interests = try f.write("interests.csv", Array("member_name,category,description,body,registered_on,published_on\nAmy Fox,t2-b-ii,Trustee,Fen Foodbank,2023-05-20,2023-05-25\nBen Lee,employment,Farmer,,2023-05-21,\n".utf8))
        #expect(try CSVImporter(service: f.service, council: "district").importFile(interests) == 2)
        let view = try f.service.register(council: "district", asAt: day("2026-11-22"), audience: .public)
        #expect(view.members.flatMap(\.interests).map(\.description) == ["Trustee"])
        let gifts = try f.write("gifts.csv", Array("Member,Donor,Description,Value,Received,Registered\nBen Lee,Fen Show,Lunch,£45.50,01/07/2026,05/07/2026\n".utf8))
        #expect(try CSVImporter(service: f.service, council: "district").importFile(gifts) == 1)
        #expect(try f.store.read { try $0.gifts(council: "district") }.first?.value == Pence(4550))
    }
}

extension CSVImportTests {
    @Test("Within one row every column that cannot be read is reported, not only the first")
    func everyProblemInARow() throws {
        let f = try Fixture()
        _ = try f.member(name: "Jo Pike")
        let p = try f.write("interests.csv", Array("""
            member_name,category,description,registered_on,published_on,holder,withheld
            Nobody,,Home,31/02/2026,someday,spouse,maybe

            """.utf8))
        do {
            _ = try CSVImporter(service: f.service, council: "district").importFile(p)
            Issue.record("expected the import to fail")
        } catch let e as ImportFailed {
            #expect(Set(e.problems.compactMap(\.column)) == ["member_name", "category", "registered_on", "published_on", "holder", "withheld"])
            #expect(e.problems.allSatisfy { $0.line == 2 })
        }
    }

    @Test("An import is one audit entry naming the file and the ids it created; nil returns import with their table")
    func importAuditEntry() throws {
        let f = try Fixture()
        let m = try f.member(name: "Jo Pike")
        let before = try f.auditCount()
        let p = try f.write("jo.csv", Array("""
            member_id,table,nil_return,category,description,registered_on,published_on
            \(m),2,true,,,2023-05-10,2023-05-12
            \(m),1,false,land,Home,2023-05-10,2023-05-12
            \(m),1,false,employment,Farmer,2023-05-11,

            """.utf8))
        #expect(try CSVImporter(service: f.service, council: "district").importFile(p) == 3)
        let log = try f.store.read { try $0.auditLog(council: nil) }.dropFirst(before)
        #expect(log.count == 1)
        #expect(log.first?.action == "import" && log.first?.entity == "interest" && log.first?.entityId == "1-3")
        #expect(log.first?.after?.contains("jo.csv") == true)
        let entries = try f.store.read { try $0.interests(member: m) }
        #expect(entries.map(\.status) == [.accepted, .accepted, .submitted])
        #expect(entries[0].isNilReturn && entries[0].table == .otherRegistrable && entries[0].endedOn == nil)
        let history = try f.service.history(council: "district", revealSensitive: false)
        #expect(history.last?.action == "import" && history.last?.changes.contains { $0.field == "source" && $0.after == "jo.csv" } == true)
        // The change feed announces the two entries published by the import, and then the third once it is accepted.
        let council = try #require(try f.store.read { try $0.council("district") })
        #expect(try AtomFeed.entries(f.service, council: council, asAt: day("2026-11-22")).map(\.title).sorted()
            == ["New entry: Jo Pike, Table 1: Land and Property", "New entry: Jo Pike, nil return for Table 2 (Other Registrable Interests)"])
        _ = try f.service.review(entries[2].id, .accept, comment: nil, on: day("2023-05-20"))
        #expect(try AtomFeed.entries(f.service, council: council, asAt: day("2026-11-22")).first?.title
            == "New entry: Jo Pike, Table 1: Employment, office, trade, profession or vocation")
    }

    @Test("A column that marks rows as sensitive, under a name the import does not read, refuses the file")
    func sensitiveColumn() throws {
        let f = try Fixture()
        _ = try f.member(name: "Jo Pike")
        let before = try f.auditCount()
        let p = try f.write("marked.csv", Array("member_name,category,description,registered_on,published_on,Sensitive?,Notes\nJo Pike,land,Home,2023-05-10,2023-05-12,yes,\n".utf8))
        do {
            _ = try CSVImporter(service: f.service, council: "district").importFile(p)
            Issue.record("expected the import to fail")
        } catch let e as ImportFailed {
            #expect(e.problems.map(\.column) == ["Sensitive?"] && e.problems.first?.line == 1)
        }
        #expect(try f.auditCount() == before)
    }

    @Test("The change feed holds the most recent changes, newest first, an import's entries among them")
    func changeFeedBounded() throws {
        let f = try Fixture()
        let m = try f.member(name: "Jo Pike")
        var text = "member_id,category,description,registered_on,published_on\n"
        for k in 1...5 { text += "\(m),land,Field \(k),2023-05-10,2023-05-12\n" }
        let p = try f.write("five.csv", Array(text.utf8))
        #expect(try CSVImporter(service: f.service, council: "district").importFile(p) == 5)
        let council = try #require(try f.store.read { try $0.council("district") })
        func feed(_ limit: Int) throws -> [String] {
            try AtomFeed.entries(f.service, council: council, asAt: day("2026-11-22"), limit: limit).map { "\($0.title.prefix(9)) \($0.summary)" }
        }
        #expect(try feed(3) == ["New entry Field 5", "New entry Field 4", "New entry Field 3"])
        let first = try #require(try f.store.read { try $0.interests(member: m) }.first)
        _ = try f.service.endInterest(first.id, on: day("2024-01-31"))
        #expect(try feed(2) == ["Entry end Field 1 (ended 2024-01-31)", "New entry Field 5"])
        #expect(try feed(AtomFeed.limit).count == 6)
    }

    @Test("Run lists of ids print and parse back")
    func idRuns() {
        var r = IdRuns()
        for id: Int64 in [1, 2, 3, 7, 9, 10] { r.insert(id) }
        #expect(r.description == "1-3,7,9-10" && r.count == 6)
        #expect(IdRuns(r.description) == r)
        #expect(r.runs == [1...3, 7...7, 9...10])
        #expect(IdRuns("3-1") == nil && IdRuns("x") == nil)
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

    @Test("Records that cross the reader's 256 KiB blocks come back whole (quotes, CRLF and line breaks at every offset)", arguments: 0..<4)
    func acrossBlocks(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &+ 1000)
        let alphabet: [String] = ["a", "bc", ",", "\"", "\"\"", "\r\n", "\n", "\r", "£", "é", " "]
        var rows: [[String]] = []
        var size = 0
        while size < 700_000 {
            let row = ["r"] + (0..<Int(rng.next() % 6)).map { _ in (0..<Int(rng.next() % 30)).map { _ in rng.pick(alphabet) }.joined() }
            size += row.reduce(0) { $0 + $1.utf8.count + 3 }
            rows.append(row)
        }
        let f = try Fixture()
        let path = f.folder.appendingPathComponent("blocks.csv").path
        let w = try CSVWriter(path: path, header: ["r"])
        for r in rows { try w.row(r) }
        try w.close()
        let back = try CSVImportTests().records(path, .utf8).dropFirst()
        #expect(Array(back) == rows)
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
