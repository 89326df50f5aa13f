import NolanDomain

/// A column of an open-data table: its name, CSVW datatype and what it means. The same list drives the CSV header,
/// the CSVW metadata and the documentation, so they cannot drift apart.
struct Column: Sendable {
    var name: String
    var datatype: String
    var description: String
    var required: Bool

    init(_ name: String, _ datatype: String, _ description: String, required: Bool = false) {
        self.name = name
        self.datatype = datatype
        self.description = description
        self.required = required
    }
}

/// The tables every council's export holds.
enum Table: String, CaseIterable, Sendable {
    case members, interests, gifts, dispensations, declarations

    var file: String { "\(rawValue).csv" }

    var title: String {
        switch self {
        case .members: return "Members in office"
        case .interests: return "Register of interests (public view; sensitive interests withheld)"
        case .gifts: return "Register of gifts and hospitality"
        case .dispensations: return "Dispensations"
        case .declarations: return "Declarations of interest made at meetings"
        }
    }

    var columns: [Column] {
        let council = Column("council", "string", "The council's slug", required: true)
        switch self {
        case .members:
            return [council, Column("member_id", "integer", "Nolan's id of the member", required: true),
                    Column("name", "string", "The member's name", required: true),
                    Column("role", "string", "councillor, co-opted or mayor", required: true),
                    Column("ward", "string", "The ward the member represents"), Column("party", "string", "Party or group"),
                    Column("term_started_on", "date", "Start of the current term of office", required: true)]
        case .interests:
            return [council, Column("member_id", "integer", "The member", required: true),
                    Column("member_name", "string", "The member's name", required: true),
                    Column("entry_id", "integer", "Nolan's id of the entry", required: true),
                    Column("withheld", "boolean", "true when the Monitoring Officer withheld a sensitive interest (Appendix B para 3): every detail column is then empty", required: true),
                    Column("table", "integer", "1: Disclosable Pecuniary Interests; 2: Other Registrable Interests"),
                    Column("category", "string", "The category id in the council's code of conduct"),
                    Column("category_label", "string", "The category as the council's code labels it"),
                    Column("nil_return", "boolean", "true when the member has nothing to register in the table"),
                    Column("description", "string", "What the interest is"), Column("body", "string", "The body concerned"),
                    Column("company_number", "string", "Companies House number"), Column("address", "string", "Address of land"),
                    Column("postcode", "string", "Postcode of land"), Column("uprn", "string", "Unique Property Reference Number"),
                    Column("registered_on", "date", "Day the Monitoring Officer was notified"),
                    Column("published_on", "date", "Day the Monitoring Officer accepted it for the register"),
                    Column("ended_on", "date", "Day the interest ended")]
        case .gifts:
            return [council, Column("member_id", "integer", "The member", required: true),
                    Column("member_name", "string", "The member's name", required: true),
                    Column("gift_id", "integer", "Nolan's id of the entry", required: true),
                    Column("donor", "string", "Who gave or offered it", required: true),
                    Column("description", "string", "What it was", required: true),
                    Column("value_pounds", "decimal", "Estimated value in pounds, two decimals", required: true),
                    Column("received_on", "date", "Day received or offered", required: true),
                    Column("registered_on", "date", "Day registered", required: true),
                    Column("outcome", "string", "accepted or declined", required: true),
                    Column("registrable", "boolean", "Whether para 10.2 or 10.3 of the council's code required it to be registered", required: true)]
        case .dispensations:
            return [council, Column("dispensation_id", "integer", "Nolan's id", required: true),
                    Column("member_id", "integer", "The member", required: true),
                    Column("member_name", "string", "The member's name", required: true),
                    Column("interest_id", "integer", "The registered interest it was granted for, if any"),
                    Column("matter", "string", "The matter it covers (empty when tied to a withheld sensitive interest)"),
                    Column("grounds", "string", "Localism Act 2011 s33(2) grounds, space-separated letters", required: true),
                    Column("granted_on", "date", "Day granted", required: true),
                    Column("expires_on", "date", "Last day it has effect (at most four years: s33(3))", required: true),
                    Column("permits", "string", "What it permits: speak, take-part, vote (space-separated)", required: true)]
        case .declarations:
            return [council, Column("meeting_id", "integer", "Nolan's id of the meeting", required: true),
                    Column("meeting_date", "date", "Day of the meeting", required: true),
                    Column("committee", "string", "The body meeting", required: true),
                    Column("item_number", "string", "The agenda item's number", required: true),
                    Column("item_title", "string", "The agenda item's title", required: true),
                    Column("member_id", "integer", "The member declaring", required: true),
                    Column("member_name", "string", "The member's name", required: true),
                    Column("kind", "string", "dpi, ori or nri", required: true),
                    Column("interest_id", "integer", "The registered interest declared (dpi, ori)"),
                    Column("sensitive", "boolean", "true for a sensitive interest: only its existence was declared", required: true),
                    Column("nature", "string", "The nature as declared (empty when sensitive)"),
                    Column("action", "string", "left-room, spoke-then-left, remained-under-dispensation or remained", required: true)]
        }
    }
}
