import Foundation
import NolanDomain
@testable import NolanOpenData
import NolanRegister
import Testing

/// Imports read the file on a second thread while the first writes (`pipelined`): a problem found by either thread,
/// however late in the file, must still leave the database as it was.
@Suite("Streamed imports")
struct StreamedImportTests {
    func write(_ f: Fixture, _ name: String, _ bytes: [UInt8]) throws -> String {
        let url = f.folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test("A CSV that goes bad after tens of thousands of good rows imports nothing, and says where")
    func csvBadLate() throws {
        let f = try Fixture()
        let m = try f.member(name: "Jo Pike")
        let before = try f.auditCount()
        var text = "member_id,category,description,registered_on\n"
        for k in 0..<30_000 { text += "\(m),land,Field \(k) off Drove Lane,2023-05-10\n" }
        let bytes = Array(text.utf8) + Array("\(m),land,Bad ".utf8) + [0xC3, 0x28] + Array(",2023-05-10\n".utf8)
        let p = try write(f, "late.csv", bytes)
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
        let bad = try write(f, "bad.xml", Array((head + members + "<member id=\"41\" name=\"Cut off\n").utf8))
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
        let good = try write(f, "good.xml", Array((head + members + "</council></registers>\n").utf8))
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
        let p = try write(f, "long.xml", Array((head + padding + member + "</council></registers>\n").utf8))
        do {
            _ = try RegisterXMLImporter(service: f.service, council: "district").importFile(p)
            Issue.record("expected the import to fail")
        } catch let e as ImportFailed {
            // Without XML_PARSE_BIG_LINES libxml2 says 65535 for every later line. Past that line it takes the number
            // from its input position, which can be one line ahead of the element's own.
            #expect((70_003...70_004).contains(e.problems.first?.line ?? 0), "\(e.description)")
        }
    }
}
