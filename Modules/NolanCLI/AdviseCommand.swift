import ArgumentParser
import Foundation
import NolanComposition
import NolanDomain
import NolanPolicy
import NolanRegister

struct Advise: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What must this councillor do on this agenda item? Advice from the council's own Appendix B.",
        discussion: """
            Reads a scenario (JSON; shape in Integration/JSON.md) naming the council, the member, the meeting date, \
            the item (whether the public may speak; whether the member deals with it as a Cabinet member in an \
            executive function, or made an executive decision on it), the registered interests it directly relates \
            to or affects, any other interest of the member or of a relative or close associate, and, when known, the \
            two limbs of para 9. Prints whether to disclose (nature, or existence only for a sensitive interest), \
            whether the member may speak, take part and vote or must leave the room, which dispensation lifts what, \
            whether to notify the Monitoring Officer, the paragraphs relied on, and any questions the input leaves \
            open. It never guesses: an unsettled point is answered "undetermined" with the question to resolve it.
            """)

    @OptionGroup var installation: InstallationOptions
    @Option(help: "The scenario file (JSON); '-' or omitted reads standard input.") var scenario: String?
    @Option(help: "json (default; the shape is in Integration/JSON.md) or text (plain English).") var format: OutputFormat = .json

    func run() throws {
        let source = scenario ?? "-"
        let data: Data
        if source == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: source) else { throw UserError("\(source): cannot be read") }
            data = d
        }
        let request = try JSONInput.decode(AdviceRequest.self, from: data, file: source == "-" ? "standard input" : source)
        let report = try installation.open().register.advise(request)
        if format == .json { return try printJSON(report) }
        print(AdviceText.render(report))
    }
}

/// Decodes JSON input, turning decoding errors into messages that name the file and the field.
enum JSONInput {
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw UserError("\(file): \(path(ctx.codingPath + [key])): missing (required)")
        } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx) {
            throw UserError("\(file): \(path(ctx.codingPath)): \(ctx.debugDescription)")
        } catch let DecodingError.dataCorrupted(ctx) {
            let where_ = ctx.codingPath.isEmpty ? "" : "\(path(ctx.codingPath)): "
            let underlying = (ctx.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
            throw UserError("\(file): \(where_)\(underlying ?? ctx.debugDescription)")
        }
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}

enum AdviceText {
    static func render(_ r: AdviceReport) -> String {
        let a = r.advice
        var out = ["Advice for \(r.memberName) (member \(r.member), \(r.council)) on \"\(r.item)\", \(r.meetingDate)"]
        out.append("Code of conduct: \(r.codeOfConduct)")
        out.append("")
        func yesNo(_ x: Answer) -> String { x == .undetermined ? "undetermined (see questions)" : x.rawValue }
        let disclose: String
        switch a.mustDisclose {
        case .yes:
            disclose = "yes: " + a.disclosures.sorted { $0.key < $1.key }.map { "\($0.key), \($0.value == .nature ? "its nature" : "only that you have an interest")" }.joined(separator: "; ")
        case .no: disclose = "no"
        case .undetermined: disclose = "undetermined (see questions)"
        }
        out.append("Disclose:            \(disclose)")
        let speak: String
        switch a.maySpeak {
        case .yes: speak = "yes"
        case .onlyBecausePublicMaySpeak: speak = "only because members of the public may speak"
        case .no: speak = "no"
        case .undetermined: speak = "undetermined (see questions)"
        }
        out.append("May speak:           \(speak)")
        out.append("May take part:       \(yesNo(a.mayTakePart))")
        out.append("May vote:            \(yesNo(a.mayVote))")
        out.append("Must leave the room: \(yesNo(a.mustLeaveRoom))")
        if a.notifyMonitoringOfficer { out.append("Notify the Monitoring Officer, and take no further steps apart from arranging for someone else to deal with it.") }
        if a.recordInDecisionStatement { out.append("Record the existence and nature of the interest in the written statement of the decision.") }
        for d in a.dispensations { out.append("Dispensation #\(d.id) (until \(d.expiresOn)) lifts: \(d.lifts.joined(separator: ", "))") }
        out.append("")
        out.append("Why:")
        for line in a.explanation { out.append("  - \(line)") }
        out.append("Paragraphs relied on: " + a.paragraphs.map(\.paragraph).joined(separator: "; ") + " (\(a.paragraphs.first?.document ?? ""))")
        if !a.questions.isEmpty {
            out.append("")
            out.append("Questions the scenario leaves open (no answer is guessed):")
            for q in a.questions { out.append("  ? \(q)") }
        }
        return out.joined(separator: "\n")
    }
}
