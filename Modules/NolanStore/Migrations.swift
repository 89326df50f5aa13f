import GRDB

/// The schema, as forward-only versioned migrations. A shipped migration is never edited: a change is a new
/// migration appended here, so every database, however old, reaches the same schema by the same steps.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: councils, members, terms, interests, gifts, dispensations, audit") { db in
            try db.execute(sql: """
                CREATE TABLE council (
                    slug TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    parent_slug TEXT REFERENCES council(slug),
                    code_variant_id TEXT NOT NULL,
                    protocol_id TEXT,
                    wards TEXT NOT NULL DEFAULT '[]',
                    website TEXT,
                    gift_threshold_pence INTEGER,
                    gift_registration_days INTEGER,
                    registration_days INTEGER
                );
                CREATE TABLE member (
                    id INTEGER PRIMARY KEY NOT NULL,
                    council_slug TEXT NOT NULL REFERENCES council(slug),
                    name TEXT NOT NULL,
                    role TEXT NOT NULL,
                    ward TEXT,
                    party TEXT
                );
                CREATE INDEX member_council ON member(council_slug);
                CREATE TABLE term (
                    id INTEGER PRIMARY KEY NOT NULL,
                    member_id INTEGER NOT NULL REFERENCES member(id),
                    starts_on TEXT NOT NULL,
                    ends_on TEXT,
                    CHECK (ends_on IS NULL OR ends_on >= starts_on)
                );
                CREATE INDEX term_member ON term(member_id);
                CREATE TABLE interest (
                    id INTEGER PRIMARY KEY NOT NULL,
                    member_id INTEGER NOT NULL REFERENCES member(id),
                    table_number INTEGER NOT NULL CHECK (table_number IN (1, 2)),
                    category_id TEXT,
                    holder TEXT NOT NULL,
                    description TEXT NOT NULL,
                    body_name TEXT,
                    company_number TEXT,
                    address TEXT,
                    postcode TEXT,
                    uprn TEXT,
                    aware_on TEXT NOT NULL,
                    registered_on TEXT NOT NULL,
                    ended_on TEXT,
                    status TEXT NOT NULL,
                    reviewed_on TEXT,
                    review_comment TEXT,
                    sensitivity TEXT NOT NULL,
                    sensitivity_reason TEXT,
                    sensitivity_decided_on TEXT
                );
                CREATE INDEX interest_member ON interest(member_id);
                CREATE TABLE gift (
                    id INTEGER PRIMARY KEY NOT NULL,
                    member_id INTEGER NOT NULL REFERENCES member(id),
                    donor TEXT NOT NULL,
                    description TEXT NOT NULL,
                    value_pence INTEGER NOT NULL CHECK (value_pence >= 0),
                    received_on TEXT NOT NULL,
                    registered_on TEXT NOT NULL,
                    outcome TEXT NOT NULL,
                    donor_interest TEXT NOT NULL
                );
                CREATE INDEX gift_member ON gift(member_id);
                CREATE TABLE dispensation (
                    id INTEGER PRIMARY KEY NOT NULL,
                    member_id INTEGER NOT NULL REFERENCES member(id),
                    council_slug TEXT NOT NULL REFERENCES council(slug),
                    matter TEXT NOT NULL,
                    interest_id INTEGER REFERENCES interest(id),
                    grounds TEXT NOT NULL,
                    granted_on TEXT NOT NULL,
                    expires_on TEXT NOT NULL,
                    permits TEXT NOT NULL,
                    CHECK (expires_on >= granted_on)
                );
                CREATE INDEX dispensation_member ON dispensation(member_id);
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY NOT NULL,
                    at TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    council_slug TEXT NOT NULL,
                    entity TEXT NOT NULL,
                    entity_id TEXT NOT NULL,
                    action TEXT NOT NULL,
                    before TEXT,
                    after TEXT
                );
                CREATE INDEX audit_council ON audit(council_slug, id);
                CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }
        m.registerMigration("v2: council executive arrangements") { db in
            try db.execute(sql: "ALTER TABLE council ADD COLUMN executive_arrangements INTEGER NOT NULL DEFAULT 0")
        }
        m.registerMigration("v3: meetings, agenda items, attendance, declarations") { db in
            try db.execute(sql: """
                CREATE TABLE meeting (
                    id INTEGER PRIMARY KEY NOT NULL,
                    council_slug TEXT NOT NULL REFERENCES council(slug),
                    committee TEXT NOT NULL,
                    meets_on TEXT NOT NULL
                );
                CREATE INDEX meeting_council ON meeting(council_slug, meets_on);
                CREATE TABLE agenda_item (
                    id INTEGER PRIMARY KEY NOT NULL,
                    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
                    number TEXT NOT NULL,
                    title TEXT NOT NULL,
                    public_may_speak INTEGER NOT NULL,
                    restricted INTEGER NOT NULL,
                    UNIQUE (meeting_id, number)
                );
                CREATE TABLE attendance (
                    id INTEGER PRIMARY KEY NOT NULL,
                    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
                    member_id INTEGER NOT NULL REFERENCES member(id),
                    UNIQUE (meeting_id, member_id)
                );
                CREATE TABLE declaration (
                    id INTEGER PRIMARY KEY NOT NULL,
                    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
                    item_id INTEGER NOT NULL REFERENCES agenda_item(id),
                    member_id INTEGER NOT NULL REFERENCES member(id),
                    kind TEXT NOT NULL,
                    interest_id INTEGER REFERENCES interest(id),
                    nature TEXT,
                    sensitive INTEGER NOT NULL,
                    action TEXT NOT NULL
                );
                CREATE INDEX declaration_meeting ON declaration(meeting_id);
                """)
        }
        m.registerMigration("v4: member–officer protocol records") { db in
            try db.execute(sql: """
                CREATE TABLE protocol_record (
                    id INTEGER PRIMARY KEY NOT NULL,
                    council_slug TEXT NOT NULL REFERENCES council(slug),
                    kind TEXT NOT NULL,
                    occurred_on TEXT NOT NULL,
                    details TEXT NOT NULL
                );
                CREATE INDEX protocol_record_council ON protocol_record(council_slug, occurred_on);
                """)
        }
        m.registerMigration("v5: members' ids in the systems councils import from") { db in
            try db.execute(sql: """
                ALTER TABLE member ADD COLUMN external_id TEXT;
                CREATE UNIQUE INDEX member_external ON member(council_slug, external_id);
                """)
        }
        m.registerMigration("v6: meetings' ids in the systems councils import from") { db in
            try db.execute(sql: """
                ALTER TABLE meeting ADD COLUMN external_id TEXT;
                CREATE UNIQUE INDEX meeting_external ON meeting(council_slug, external_id);
                """)
        }
        return m
    }
}
