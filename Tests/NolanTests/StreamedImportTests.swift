import Foundation
import NolanDomain
@testable import NolanOpenData
import NolanRegister
import Testing

/// Imports read the file on a second thread while the first writes (`pipelined`): a problem found by either thread,
/// however late in the file, must still leave the database as it was.
@Suite("Streamed imports")
struct StreamedImportTests {
    @Test("A CSV that goes bad after tens of thousands of good rows imports nothing, and says where")
    func csvBadLate() throws {
        let f = try Fixture()
        let m = try f.member(name: "Jo Pike")
        let before = try f.auditCount()
        var text = "member_id,category,description,registered_on\n"
        for k in 0..<30_000 { text += "\(m),land,Field \(k) off Drove Lane,2023-05-10\n" }
        let bytes = Array(text.utf8) + Array("\(m),land,Bad ".utf8) + [0xC3, 0x28] + Array(",2023-05-10\n".utf8)
        let p = try f.write("late.csv", bytes)
        do {
            _ = try CSVImporter(service: f.service, council: "district").importFile(p)
            Issue.record("expected the import to fail")
        } catch let e as OpenDataError {
            #expect(e.description.contains("late.csv:30002: not valid UTF-8"), "\(e.description)")
        }
        #expect(try f.store.read { try $0.interests(member: m) }.isEmpty)
        #expect(try f.auditCount() == before)
    }

    func memberXML(_ id: Int, entries: Int) -> String {
        var s = "<member id=\"\(id)\" name=\"Member \(id)\" role=\"councillor\" ward=\"North\" termStarted=\"2023-05-08\">"
        for k in 0..<entries {
            s += "<interest id=\"\(id * 1000 + k)\" table=\"1\" category=\"land\"><description>Field \(k)</description>"
                + "<registered>2023-05-10</registered><published>2023-05-12</published></interest>"
        }
        return s + "</member>\n"
    }

    @Test("An XML feed that stops being well-formed after many members imports nothing; a good one reports progress")
    func xmlBadLate() throws {
        let f = try Fixture()
        let before = try f.auditCount()
        let head = "<?xml version=\"1.0\"?>\n<registers xmlns=\"urn:nolan:register:1\"><council slug=\"district\">\n"
        let members = (1...40).map { memberXML($0, entries: 300) }.joined()
        let bad = try f.write("bad.xml", Array((head + members + "<member id=\"41\" name=\"Cut off\n").utf8))
        do {
            _ = try RegisterXMLImporter(service: f.service, council: "district").importFile(bad)
            Issue.record("expected the import to fail")
        } catch let e as OpenDataError {
            #expect(e.description.contains("bad.xml: not well-formed XML"), "\(e.description)")
        }
        #expect(try f.store.read { try $0.members(council: "district") }.isEmpty)
        #expect(try f.auditCount() == before)

        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var counts: [Int] = []
        }
        let seen = Seen()
        let good = try f.write("good.xml", Array((head + members + "</council></registers>\n").utf8))
        let result = try RegisterXMLImporter(service: f.service, council: "district", progress: { n in
            seen.lock.lock()
            seen.counts.append(n)
            seen.lock.unlock()
        }).importFile(good)
        #expect(result.members == 40 && result.interests == 12_000)
        #expect(seen.counts == [10_200])
        #expect(try f.store.read { try $0.interests(member: 40) }.map(\.id).first == 40_000)
    }

    @Test("A problem past line 65,535 of a feed is reported at its own line")
    func bigLineNumbers() throws {
        let f = try Fixture()
        let head = "<?xml version=\"1.0\"?>\n<registers xmlns=\"urn:nolan:register:1\"><council slug=\"district\">\n"
        let padding = String(repeating: "\n", count: 70_000)
        let member = "<member id=\"1\" name=\"Far Down\" role=\"alderman\" ward=\"North\" termStarted=\"2023-05-08\"/>\n"
        let p = try f.write("long.xml", Array((head + padding + member + "</council></registers>\n").utf8))
        do {
            _ = try RegisterXMLImporter(service: f.service, council: "district").importFile(p)
            Issue.record("expected the import to fail")
        } catch let e as ImportFailed {
            // Without XML_PARSE_BIG_LINES libxml2 says 65535 for every later line. Past that line it takes the number
            // from its input position, which can be one line ahead of the element's own.
            #expect((70_003...70_004).contains(e.problems.first?.line ?? 0), "\(e.description)")
        }
    }

    @Test("Names are matched without their namespace prefix; unknown attributes and elements are passed over; attribute before element")
    func namesAndUnknowns() throws {
        let f = try Fixture()
        let p = try f.write("prefixed.xml", Array("""
            <?xml version="1.0"?>
            <r:registers xmlns:r="urn:nolan:register:1" xmlns:x="urn:example:other"><r:council slug="district">
            <r:member id="7" name="Jo Pike" role="councillor" ward="North" termStarted="2023-05-08" x:note="ignored">
            <r:interest id="70" table="1" category="land" label="Table 1" x:extra="ignored" description="From the attribute">
            <r:description>From the element</r:description><x:unknown><r:body>Inside an unknown element</r:body></x:unknown>
            <r:address> 12 Mill Lane </r:address><r:registered>2023-05-10</r:registered><r:published>2023-05-12</r:published>
            </r:interest></r:member></r:council></r:registers>

            """.utf8))
        let result = try RegisterXMLImporter(service: f.service, council: "district").importFile(p)
        #expect(result.members == 1 && result.interests == 1)
        let entry = try #require(try f.store.read { try $0.interest(70) })
        #expect(entry.memberId == 7 && entry.description == "From the attribute" && entry.bodyName == nil)
        #expect(entry.address == "12 Mill Lane" && entry.registeredOn == day("2023-05-10") && entry.reviewedOn == day("2023-05-12"))
    }

    @Test("Namespace declarations are not read as attributes, and the names of those that are stay right record after record")
    func namespaceDeclarations() throws {
        let f = try Fixture()
        // Each record declares its own prefix: libxml2 frees those names as it moves on, and their memory is reused.
        let records = (0..<400).map { "<rec xmlns:p\($0)=\"urn:x\($0)\" a=\"\($0)\" p\($0):b=\"x\"/>" }.joined(separator: "\n")
        let p = try f.write("ns.xml", Array("<?xml version=\"1.0\"?>\n<all>\n\(records)\n</all>\n".utf8))
        var seen: [[String]] = []
        try XMLRecordReader(path: p).read(record: "rec", root: { _, _ in }) { seen.append($0.attributes.pairs.map { "\($0.name)=\($0.value)" }) }
        #expect(seen == (0..<400).map { ["a=\($0)", "b=x"] })
    }

    @Test("An entry id too large to count on from is refused at its member, and nothing is written")
    func idOutOfRange() throws {
        let f = try Fixture()
        let before = try f.auditCount()
        let p = try f.write("big.xml", Array("""
            <?xml version="1.0"?>
            <registers xmlns="urn:nolan:register:1"><council slug="district">
            <member id="1" name="Jo Pike" role="councillor" ward="North" termStarted="2023-05-08">
            <interest id="9223372036854775807" table="1" category="land"><description>Field</description><registered>2023-05-10</registered></interest>
            </member></council></registers>

            """.utf8))
        do {
            _ = try RegisterXMLImporter(service: f.service, council: "district").importFile(p)
            Issue.record("expected the import to fail")
        } catch let e as ImportFailed {
            #expect(e.problems.first?.line == 3 && e.problems.first?.reason == "interest id 9223372036854775807 is out of range", "\(e.description)")
        }
        #expect(try f.auditCount() == before)
    }

    @Test("A withheld entry ends the member's nil return for its table, as registering it by hand does")
    func withheldEndsNilReturn() throws {
        let f = try Fixture()
        let p = try f.write("withheld.xml", Array("""
            <?xml version="1.0"?>
            <registers xmlns="urn:nolan:register:1"><council slug="district">
            <member id="1" name="Jo Pike" role="councillor" ward="North" termStarted="2023-05-08">
            <interest id="1" table="1" nilReturn="true"><registered>2023-05-08</registered><published>2023-05-09</published></interest>
            <interest id="2" withheld="true"/>
            </member></council></registers>

            """.utf8))
        _ = try RegisterXMLImporter(service: f.service, council: "district").importFile(p)
        let entries = try f.store.read { try $0.interests(member: 1) }
        #expect(entries.map(\.id) == [1, 2])
        #expect(entries[0].isNilReturn && entries[0].endedOn == day("2023-05-08"))
        #expect(entries[1].isWithheld)
    }

    @Test("An id given twice in a feed is refused at the member whose entry repeats it, and nothing is written")
    func duplicateIds() throws {
        let f = try Fixture()
        let before = try f.auditCount()
        let head = "<?xml version=\"1.0\"?>\n<registers xmlns=\"urn:nolan:register:1\"><council slug=\"district\">\n"
        // Member 2's entries repeat member 1's ids 1000-1009 (line 4 of the file).
        let second = memberXML(2, entries: 40).replacingOccurrences(of: "id=\"2000\"", with: "id=\"1005\"")
        let p = try f.write("twice.xml", Array((head + memberXML(1, entries: 40) + second + memberXML(3, entries: 5) + "</council></registers>\n").utf8))
        do {
            _ = try RegisterXMLImporter(service: f.service, council: "district").importFile(p)
            Issue.record("expected the import to fail")
        } catch let e as ImportFailed {
            #expect(e.problems.first?.line == 4 && e.problems.first?.reason == "interest id 1005 appears twice in what is being imported", "\(e.description)")
        }
        #expect(try f.auditCount() == before)
    }

    @Test("A quote left open in a large CSV is reported at its line without reading the rest of the file as one record")
    func openQuote() throws {
        let f = try Fixture()
        let m = try f.member(name: "Jo Pike")
        var text = "member_id,category,description,registered_on\n\(m),land,\"Field off Drove Lane,2023-05-10\n"
        let row = "\(m),land,Field off Drove Lane,2023-05-10\n"
        text += String(repeating: row, count: (CSVReader.maximumRecord / row.utf8.count) + 1000)
        let p = try f.write("open.csv", Array(text.utf8))
        do {
            _ = try CSVImporter(service: f.service, council: "district").importFile(p)
            Issue.record("expected the import to fail")
        } catch let e as OpenDataError {
            #expect(e.description.contains("open.csv:2: a record longer than 16 MiB starts here"), "\(e.description)")
        }
    }
}
