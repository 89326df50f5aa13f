import Foundation
import NolanDomain
import NolanRegister

/// Imports from Modern.Gov, the committee system most councils already run: its `GetCouncillorsByWard` and
/// `GetMeeting` web-service responses, read with the safe streaming XML reader.
///
/// A councillor's home address (`homeaddress`) is dropped as it is read: it is never stored, printed or logged.
public struct ModernGovImporter {
    let service: RegisterService
    let council: String

    public init(service: RegisterService, council: String) {
        self.service = service
        self.council = council
    }

    /// "08/05/2023" or "unspecified" (nil).
    static func date(_ text: String?, element: XMLElement, name: String, file: String) throws -> Day? {
        guard let t = text, t.lowercased() != "unspecified" else { return nil }
        guard let d = Day(t) else {
            throw ImportProblemError(ImportProblem(file: file, line: element.line, column: name, value: t,
                                                   reason: "not a date (dd/mm/yyyy or 'unspecified')"))
        }
        return d
    }

    struct ImportProblemError: Error {
        var problem: ImportProblem
        init(_ p: ImportProblem) { problem = p }
    }

    /// "Councillor Jane Smith" → "Jane Smith".
    static func plainName(_ s: String) -> String {
        var n = s.trimmingCharacters(in: .whitespaces)
        for prefix in ["Councillor ", "Cllr. ", "Cllr "] where n.hasPrefix(prefix) { n.removeFirst(prefix.count) }
        return n
    }

    public struct CouncillorsResult: Sendable, Equatable {
        public var created: Int
        public var updated: Int
        public var wards: Int
    }

    /// Reads a `GetCouncillorsByWard` response and creates or updates each councillor (by `councillorid`), all or nothing.
    public func importCouncillors(_ path: String) throws -> CouncillorsResult {
        let file = (path as NSString).lastPathComponent
        var members: [(ExternalMember, Int)] = []
        var problems: [ImportProblem] = []
        var wards = 0
        try XMLRecordReader(path: path).read(record: "ward", dropping: ["homeaddress"], root: { name, line in
            guard name == "councillorsbyward" else {
                throw OpenDataError("\(path):\(line): the root element is <\(name)>, not <councillorsbyward>: this is not a GetCouncillorsByWard response (a server sometimes answers with an HTML redirect or login page)")
            }
        }) { ward in
            wards += 1
            let wardTitle = ward.value("wardtitle")
            for c in ward.child("councillors")?.all("councillor") ?? [] {
                do {
                    guard let id = c.value("councillorid") else {
                        throw ImportProblemError(ImportProblem(file: file, line: c.line, column: "councillorid", value: nil, reason: "missing"))
                    }
                    guard let name = c.value("fullusername") else {
                        throw ImportProblemError(ImportProblem(file: file, line: c.line, column: "fullusername", value: nil, reason: "missing"))
                    }
                    var terms: [(starts: Day, ends: Day?)] = []
                    for t in c.child("termsofoffice")?.all("termofoffice") ?? [] {
                        guard let s = try Self.date(t.value("startdate"), element: t, name: "startdate", file: file) else {
                            throw ImportProblemError(ImportProblem(file: file, line: t.line, column: "startdate", value: t.value("startdate"),
                                                                   reason: "a term of office needs its start date"))
                        }
                        terms.append((s, try Self.date(t.value("enddate"), element: t, name: "enddate", file: file)))
                    }
                    if terms.isEmpty {
                        throw ImportProblemError(ImportProblem(file: file, line: c.line, column: "termsofoffice", value: nil,
                                                               reason: "no term of office: Nolan needs the day the councillor took office"))
                    }
                    members.append((ExternalMember(externalId: "moderngov:\(id)", name: Self.plainName(name), ward: wardTitle,
                                                   party: c.value("politicalpartytitle"), terms: terms), c.line))
                } catch let e as ImportProblemError {
                    problems.append(e.problem)
                }
            }
        }
        if !problems.isEmpty { throw ImportFailed(problems: problems) }
        var created = 0
        var updated = 0
        try service.transaction { tx in
            for (m, line) in members {
                do {
                    let (_, isNew) = try tx.upsertExternalMember(council: council, m)
                    if isNew { created += 1 } else { updated += 1 }
                } catch let e as UserError {
                    problems.append(ImportProblem(file: file, line: line, column: nil, value: nil, reason: "councillor \(m.externalId): \(e.message)"))
                }
            }
            if !problems.isEmpty { throw ImportFailed(problems: problems) }
        }
        return CouncillorsResult(created: created, updated: updated, wards: wards)
    }

    /// Reads a `GetMeeting` response into a meeting and its agenda items, in one transaction.
    ///
    /// The meeting keeps its `meetingid` as its external id, so importing a response for a meeting the council
    /// already holds is refused, naming the file and the meeting, and changes nothing: no second copy of the
    /// meeting, and no change under the attendance and declarations already recorded against it.
    public func importMeeting(_ path: String, committee: String?) throws -> (Meeting, Int) {
        let file = (path as NSString).lastPathComponent
        var parsed: XMLElement?
        try XMLRecordReader(path: path).read(record: "meeting", root: { name, line in
            guard name == "meeting" else {
                throw OpenDataError("\(path):\(line): the root element is <\(name)>, not <meeting>: this is not a GetMeeting response")
            }
        }) { parsed = $0 }
        guard let m = parsed else { throw OpenDataError("\(path): no <meeting> element") }
        func problem(_ e: XMLElement, _ column: String, _ value: String?, _ reason: String) -> ImportFailed {
            ImportFailed(problems: [ImportProblem(file: file, line: e.line, column: column, value: value, reason: reason)])
        }
        guard let meetingId = m.value("meetingid") else {
            throw problem(m, "meetingid", nil, "missing: Nolan keeps it to recognise the meeting if it is imported again")
        }
        guard let dayText = m.value("meetingdate") else { throw problem(m, "meetingdate", nil, "missing") }
        guard let day = Day(dayText) else { throw problem(m, "meetingdate", dayText, "not a date (dd/mm/yyyy)") }
        func flag(_ e: XMLElement, _ name: String) throws -> Bool {
            switch e.value(name)?.lowercased() {
            case "true": return true
            case "false", nil: return false
            case let other?: throw problem(e, name, other, "expected True or False")
            }
        }
        var items: [(String, String, Bool, Bool)] = []
        for (k, item) in (m.child("agendaitems")?.all("agendaitem") ?? []).enumerated() {
            guard let title = item.value("agendaitemtitle") else { throw problem(item, "agendaitemtitle", nil, "missing") }
            items.append((item.value("agendaitemnumber") ?? String(k + 1), title, try flag(item, "ispubliccanspeak"), try flag(item, "isrestricted")))
        }
        let name = committee ?? m.value("committeetitle") ?? "Meeting \(meetingId)"
        do {
            return try service.transaction { tx in
                let meeting = try tx.addMeeting(council: council, committee: name, on: day, externalId: "moderngov:\(meetingId)")
                for (number, title, speak, restricted) in items {
                    _ = try tx.addAgendaItem(meeting: meeting.id, number: number, title: title, publicMaySpeak: speak, restricted: restricted)
                }
                return (meeting, items.count)
            }
        } catch let e as UserError {
            throw OpenDataError("\(path): nothing was imported: \(e.message)")
        }
    }
}
