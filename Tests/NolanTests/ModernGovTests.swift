import Foundation
import NolanDomain
import NolanOpenData
import NolanRegister
import Testing

@Suite("Modern.Gov meetings")
struct ModernGovMeetingTests {
    let meetingXML = repositoryRoot.appendingPathComponent("Integration/Fixtures/moderngov/meeting.xml").path

    @Test("A meeting already imported (same meetingid, same council) is refused, naming the file and the meeting, and nothing is written")
    func reimportRefused() throws {
        let f = try Fixture()
        let importer = ModernGovImporter(service: f.service, council: "district")
        let (meeting, items) = try importer.importMeeting(meetingXML, committee: nil)
        #expect(meeting.externalId == "moderngov:9001" && items == 3)
        let audited = try f.auditCount()
        for committee in [nil, "Full Council"] {
            let e = #expect(throws: OpenDataError.self) { try importer.importMeeting(meetingXML, committee: committee) }
            #expect(e?.description == "\(meetingXML): nothing was imported: meeting moderngov:9001 is already imported as meeting #\(meeting.id) "
                + "(Planning Committee, 2026-11-19): add a republished agenda's new items with `nolan meetings item --meeting \(meeting.id)`")
        }
        #expect(try f.auditCount() == audited)
        #expect(try f.store.read { try $0.meetings(council: "district") } == [meeting])
        #expect(try f.store.read { try $0.agendaItems(meeting: meeting.id) }.map(\.number) == ["1", "5", "9"])
    }

    @Test("External ids are one council's; meetings recorded by hand have none and never clash")
    func externalIdsPerCouncil() throws {
        let f = try Fixture()
        let s = f.service
        let a = try s.addMeeting(council: "district", committee: "Planning Committee", on: day("2026-11-19"), externalId: "moderngov:1")
        let b = try s.addMeeting(council: "low-parish", committee: "Full Council", on: day("2026-11-19"), externalId: "moderngov:1")
        _ = try s.addMeeting(council: "district", committee: "Full Council", on: day("2026-11-20"))
        _ = try s.addMeeting(council: "district", committee: "Full Council", on: day("2026-11-21"))
        #expect(a.id != b.id)
        #expect(try f.store.read { try $0.meeting(b.id) }?.externalId == "moderngov:1")
        #expect(throws: UserError.self) {
            try s.addMeeting(council: "district", committee: "Planning Committee", on: day("2026-11-19"), externalId: "moderngov:1")
        }
        #expect(try f.store.read { try $0.meetings(council: "district") }.count == 3)
    }
}

@Suite("Modern.Gov councillors")
struct ModernGovCouncillorTests {
    let councillorsXML = repositoryRoot.appendingPathComponent("Integration/Fixtures/moderngov/councillors.xml").path

    @Test("A councillor's ward must be one the council has, as for a member added by hand; nothing is written otherwise")
    func wardsAreTheCouncils() throws {
        let f = try Fixture()
        let before = try f.auditCount()
        // The fixture's wards are Abbey and Northwold: neither is the district's (North, South), and the low parish has none.
        for (council, wards) in [("district", "(wards: North, South)"), ("low-parish", "which has no wards configured")] {
            let e = #expect(throws: ImportFailed.self) {
                try ModernGovImporter(service: f.service, council: council).importCouncillors(councillorsXML)
            }
            #expect(e?.problems.first?.reason.contains("'Abbey' is not a ward of") == true && e?.problems.first?.reason.contains(wards) == true,
                    "\(String(describing: e))")
            #expect(throws: UserError.self) {
                try f.service.addMember(.init(council: council, name: "By Hand", role: .councillor, ward: "Abbey", party: nil,
                                              termStartsOn: day("2023-05-08")))
            }
        }
        #expect(try f.auditCount() == before)
        #expect(try f.store.read { try $0.members(council: nil) }.isEmpty)
    }

    @Test("A feed that is not proper UTF-8 inside a home address is refused without repeating the address's bytes")
    func badByteInHomeAddress() throws {
        let f = try Fixture()
        let text = try String(contentsOfFile: councillorsXML, encoding: .utf8)
        var bytes = Array(text.replacingOccurrences(of: "Secretside", with: "SECRET").utf8)
        let at = try #require(bytes.firstRange(of: Array("SECRET".utf8)))
        bytes.replaceSubrange(at, with: [0x53, 0xA3, 0x43, 0x52])
        let p = try f.write("bad-byte.xml", bytes)
        let e = #expect(throws: OpenDataError.self) { try ModernGovImporter(service: f.service, council: "district").importCouncillors(p) }
        let message = e?.description ?? ""
        #expect(message.contains("not well-formed XML") && message.contains("line 13"), "\(message)")
        #expect(!message.contains("0x") && !message.contains("Bytes"), "\(message)")
    }
}
