import ArgumentParser
import Foundation
import NolanComposition
import NolanDomain
import NolanRegister

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Pre-meeting conflict scan: registered interests and gift donors each agenda item may relate to.",
        discussion: """
            For every attending member (every member in office when no attendance is recorded) and agenda item, lists \
            the registered interests whose company number, UPRN, postcode, body name, address or land description the \
            item's title names, and the donors of registered gifts it names, ranked by strength, each with the \
            evidence and the advice that would follow if the member confirms the item directly relates to it. A \
            possible match is for the member and the clerk to confirm; the scan itself decides nothing.
            """)

    @OptionGroup var installation: InstallationOptions
    @Option(help: "Meeting id.") var meeting: Int64
    @Option(help: "The lowest score to list (0-100).") var minimumScore: Int = 40
    @OptionGroup var output: FormatOption

    func run() throws {
        let report = try installation.open().register.scan(meeting: meeting, minimumScore: minimumScore)
        if output.format == .json { return try printJSON(report) }
        var out = ["Conflict scan of meeting \(report.meetingId) (\(report.council), \(report.meetsOn)): \(report.membersScanned) members\(report.attendanceRecorded ? " attending" : " in office (no attendance recorded)"), \(report.itemsScanned) items"]
        if report.hits.isEmpty { out.append("No possible conflicts found.") }
        for h in report.hits {
            out.append("")
            out.append("[\(h.score == 0 ? "--" : String(h.score))] \(h.memberName) (member \(h.memberId)), item \(h.itemNumber): \(h.itemTitle)")
            out.append("  \(h.label): \(h.evidence.joined(separator: "; "))")
            if let a = h.adviceIfConfirmed {
                let speak = a.maySpeak.rawValue
                out.append("  If confirmed: disclose \(a.mustDisclose.rawValue); speak \(speak); take part \(a.mayTakePart.rawValue); vote \(a.mayVote.rawValue); leave the room \(a.mustLeaveRoom.rawValue) [\(a.paragraphs.map(\.paragraph).joined(separator: "; "))]")
                for q in a.questions { out.append("  ? \(q)") }
            }
            if let n = h.note { out.append("  \(n)") }
        }
        print(out.joined(separator: "\n"))
    }
}
