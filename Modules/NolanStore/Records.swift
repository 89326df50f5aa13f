import Foundation
import GRDB
import NolanDomain

// GRDB records for the domain types. The mapping is written out rather than derived through Codable so that
// the columns are the documented schema (see Migrations.swift) and a domain rename cannot silently move data.

extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap(Day.init)
    }
}

/// Comma-separated raw values: small closed sets (grounds, permissions) stay readable in the database.
func joinRaw<T: RawRepresentable>(_ values: [T]) -> String where T.RawValue == String {
    values.map(\.rawValue).joined(separator: ",")
}

func splitRaw<T: RawRepresentable>(_ text: String) -> [T] where T.RawValue == String {
    text.split(separator: ",").compactMap { T(rawValue: String($0)) }
}

extension Council: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "council"

    public init(row: Row) throws {
        let wardsJSON: String = row["wards"]
        self.init(
            slug: row["slug"], name: row["name"], kind: CouncilKind(rawValue: row["kind"]) ?? .parish,
            parentSlug: row["parent_slug"], codeVariantId: row["code_variant_id"], protocolId: row["protocol_id"],
            wards: (try? JSONDecoder().decode([String].self, from: Data(wardsJSON.utf8))) ?? [],
            website: row["website"],
            overrides: ParameterOverrides(
                giftThreshold: (row["gift_threshold_pence"] as Int?).map(Pence.init),
                giftRegistrationDays: row["gift_registration_days"],
                registrationDays: row["registration_days"]),
            executiveArrangements: row["executive_arrangements"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["slug"] = slug
        container["name"] = name
        container["kind"] = kind.rawValue
        container["parent_slug"] = parentSlug
        container["code_variant_id"] = codeVariantId
        container["protocol_id"] = protocolId
        container["wards"] = String(decoding: try JSONEncoder().encode(wards), as: UTF8.self)
        container["website"] = website
        container["gift_threshold_pence"] = overrides.giftThreshold?.value
        container["gift_registration_days"] = overrides.giftRegistrationDays
        container["registration_days"] = overrides.registrationDays
        container["executive_arrangements"] = executiveArrangements
    }
}

extension Member: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "member"

    public init(row: Row) throws {
        self.init(id: row["id"], councilSlug: row["council_slug"], name: row["name"],
                  role: MemberRole(rawValue: row["role"]) ?? .councillor, ward: row["ward"], party: row["party"],
                  externalId: row["external_id"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["council_slug"] = councilSlug
        container["name"] = name
        container["role"] = role.rawValue
        container["ward"] = ward
        container["party"] = party
        container["external_id"] = externalId
    }
}

extension Term: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "term"

    public init(row: Row) throws {
        self.init(id: row["id"], memberId: row["member_id"], startsOn: row["starts_on"], endsOn: row["ends_on"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["member_id"] = memberId
        container["starts_on"] = startsOn
        container["ends_on"] = endsOn
    }
}

extension Interest: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "interest"

    /// Reads a row of `selection`'s columns by position: exports read millions of entries, and looking each column up
    /// by name was a third of the reading.
    public init(row: Row) throws {
        self.init(
            id: row[0], memberId: row[1], table: InterestTable(rawValue: row[2]) ?? .disclosablePecuniary,
            categoryId: row[3], holder: InterestHolder(rawValue: row[4]) ?? .member, description: row[5], bodyName: row[6],
            companyNumber: row[7], address: row[8], postcode: row[9], uprn: row[10], awareOn: row[11], registeredOn: row[12],
            endedOn: row[13], status: ReviewStatus(rawValue: row[14]) ?? .submitted, reviewedOn: row[15],
            reviewComment: row[16], sensitivity: Sensitivity(rawValue: row[17]) ?? .notClaimed, sensitivityReason: row[18],
            sensitivityDecidedOn: row[19])
    }

    /// The columns an interest is read from, in the order `init(row:)` reads them (every query of interests selects them).
    static let selection = columns.joined(separator: ", ")

    /// The columns in the order of `databaseValues`: one list serves the record's own encoding and the bulk insert.
    static let columns = [
        "id", "member_id", "table_number", "category_id", "holder", "description", "body_name", "company_number", "address",
        "postcode", "uprn", "aware_on", "registered_on", "ended_on", "status", "reviewed_on", "review_comment", "sensitivity",
        "sensitivity_reason", "sensitivity_decided_on",
    ]

    var databaseValues: [(any DatabaseValueConvertible)?] {
        [id, memberId, table.rawValue, categoryId, holder.rawValue, description, bodyName, companyNumber, address, postcode, uprn,
         awareOn, registeredOn, endedOn, status.rawValue, reviewedOn, reviewComment, sensitivity.rawValue, sensitivityReason,
         sensitivityDecidedOn]
    }

    public func encode(to container: inout PersistenceContainer) throws {
        for (column, value) in zip(Self.columns, databaseValues) { container[column] = value }
    }
}

extension Gift: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "gift"

    public init(row: Row) throws {
        self.init(
            id: row["id"], memberId: row["member_id"], donor: row["donor"], description: row["description"],
            value: Pence(row["value_pence"]), receivedOn: row["received_on"], registeredOn: row["registered_on"],
            outcome: GiftOutcome(rawValue: row["outcome"]) ?? .accepted,
            donorInterest: DonorInterest(rawValue: row["donor_interest"]) ?? .none)
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["member_id"] = memberId
        container["donor"] = donor
        container["description"] = description
        container["value_pence"] = value.value
        container["received_on"] = receivedOn
        container["registered_on"] = registeredOn
        container["outcome"] = outcome.rawValue
        container["donor_interest"] = donorInterest.rawValue
    }
}

extension Dispensation: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "dispensation"

    public init(row: Row) throws {
        self.init(
            id: row["id"], memberId: row["member_id"], councilSlug: row["council_slug"], matter: row["matter"],
            interestId: row["interest_id"], grounds: splitRaw(row["grounds"]), grantedOn: row["granted_on"],
            expiresOn: row["expires_on"], permits: splitRaw(row["permits"]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["member_id"] = memberId
        container["council_slug"] = councilSlug
        container["matter"] = matter
        container["interest_id"] = interestId
        container["grounds"] = joinRaw(grounds)
        container["granted_on"] = grantedOn
        container["expires_on"] = expiresOn
        container["permits"] = joinRaw(permits)
    }
}

extension AuditEntry: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "audit"

    public init(row: Row) throws {
        self.init(id: row["id"], at: row["at"], actor: row["actor"], councilSlug: row["council_slug"],
                  entity: row["entity"], entityId: row["entity_id"], action: row["action"],
                  before: row["before"], after: row["after"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["at"] = at
        container["actor"] = actor
        container["council_slug"] = councilSlug
        container["entity"] = entity
        container["entity_id"] = entityId
        container["action"] = action
        container["before"] = before
        container["after"] = after
    }
}

extension Meeting: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "meeting"

    public init(row: Row) throws {
        self.init(id: row["id"], councilSlug: row["council_slug"], committee: row["committee"], meetsOn: row["meets_on"],
                  externalId: row["external_id"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["council_slug"] = councilSlug
        container["committee"] = committee
        container["meets_on"] = meetsOn
        container["external_id"] = externalId
    }
}

extension AgendaItem: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "agenda_item"

    public init(row: Row) throws {
        self.init(id: row["id"], meetingId: row["meeting_id"], number: row["number"], title: row["title"],
                  publicMaySpeak: row["public_may_speak"], restricted: row["restricted"])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["meeting_id"] = meetingId
        container["number"] = number
        container["title"] = title
        container["public_may_speak"] = publicMaySpeak
        container["restricted"] = restricted
    }
}

/// Attendance rows carry their own id so that the audit log can name them like every other record.
struct AttendanceRecord: FetchableRecord, PersistableRecord, Encodable, Equatable {
    static let databaseTableName = "attendance"
    var id: Int64
    var meetingId: Int64
    var memberId: Int64

    init(id: Int64, meetingId: Int64, memberId: Int64) {
        self.id = id
        self.meetingId = meetingId
        self.memberId = memberId
    }

    init(row: Row) throws {
        self.init(id: row["id"], meetingId: row["meeting_id"], memberId: row["member_id"])
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["meeting_id"] = meetingId
        container["member_id"] = memberId
    }
}

extension Declaration: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "declaration"

    public init(row: Row) throws {
        self.init(id: row["id"], meetingId: row["meeting_id"], itemId: row["item_id"], memberId: row["member_id"],
                  kind: DeclaredKind(rawValue: row["kind"]) ?? .nri, interestId: row["interest_id"], nature: row["nature"],
                  sensitive: row["sensitive"], action: DeclarationAction(rawValue: row["action"]) ?? .remained)
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["meeting_id"] = meetingId
        container["item_id"] = itemId
        container["member_id"] = memberId
        container["kind"] = kind.rawValue
        container["interest_id"] = interestId
        container["nature"] = nature
        container["sensitive"] = sensitive
        container["action"] = action.rawValue
    }
}

/// A protocol record's details are stored as JSON: six small record kinds that are read whole, never queried by
/// field, so one table serves them all and a new kind needs no migration.
extension ProtocolRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "protocol_record"

    public init(row: Row) throws {
        let json: String = row["details"]
        self.init(id: row["id"], councilSlug: row["council_slug"], occurredOn: row["occurred_on"],
                  details: try JSONDecoder().decode(Details.self, from: Data(json.utf8)))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["council_slug"] = councilSlug
        container["kind"] = details.kind.rawValue
        container["occurred_on"] = occurredOn
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        container["details"] = String(decoding: try e.encode(details), as: UTF8.self)
    }
}

extension Member: Identifiable {}
extension Term: Identifiable {}
extension Interest: Identifiable {}
extension Gift: Identifiable {}
extension Dispensation: Identifiable {}
extension Meeting: Identifiable {}
extension AgendaItem: Identifiable {}
extension Declaration: Identifiable {}
extension ProtocolRecord: Identifiable {}
extension AttendanceRecord: Identifiable {}
