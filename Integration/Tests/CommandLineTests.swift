import Foundation
import Testing

@Suite("nolan, end to end", .serialized)
struct CommandLineTests {
    @Test("`nolan demo` builds the demo register and prints the district summary; it keeps an existing register")
    func demo() throws {
        let n = try NolanBinary()
        let r = try n.run(["demo"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Brackmoor District Council"))
        #expect(r.stdout.contains("  Little Snorham Parish Council"))
        #expect(r.stdout.contains("west-dereham-2026"))
        #expect(r.stdout.contains("overdue 2026-11-09: Ian Mercer (brackmoor)"))
        #expect(r.stdout.contains("due-soon 2026-11-29: Peter Quinn (ashby-fen)"))
        let again = try n.run(["demo"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already holds a register; pass --replace"))
        #expect(try n.run(["demo", "--replace"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: n.database + ".demo-building"))

        // The public register withholds the sensitive interest entirely, in text and JSON.
        for format in ["text", "json"] {
            let pub = try n.run(["register", "show", "--council", "brackmoor", "--public", "--format", format])
            #expect(pub.status == 0)
            for secret in ["Orchard Close", "PE38 7QT", "harass", "former tenant"] {
                #expect(!pub.stdout.contains(secret), "public \(format) register shows '\(secret)'")
            }
            #expect(pub.stdout.contains("withheld"))
        }
        let officer = try n.run(["register", "show", "--council", "brackmoor"])
        #expect(officer.stdout.contains("3 Orchard Close, Brackmoor"))
        let history = try n.run(["history", "--council", "brackmoor"])
        #expect(history.status == 0 && !history.stdout.contains("Orchard Close") && history.stdout.contains("[withheld]"))
        let deadlines = try n.run(["deadlines", "--format", "json"])
        for secret in ["Orchard Close", "PE38 7QT"] { #expect(!deadlines.stdout.contains(secret)) }
    }

    @Test("A clerk's session: members, interests, review, sensitive interest, gifts, dispensation, register as at a date")
    func workflow() throws {
        let n = try NolanBinary()
        let sync = try n.run(["councils", "sync"])
        #expect(sync.status == 0, "\(sync.stderr)")
        #expect(sync.stdout.contains("Synced 8 councils"))
        let add = try n.run(["members", "add", "--council", "little-snorham", "--name", "Jo Pike", "--starts", "2026-05-07"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.hasPrefix("Added member 1: Jo Pike"))

        // Table 2 (a) "unpaid directorships" is a category of the West Dereham text, not of the LGA model.
        let reg = try n.run(["interests", "register", "--member", "1", "--category", "t2-a", "--description",
                             "Unpaid director, Snorham Village Hall Ltd", "--body", "Snorham Village Hall Ltd",
                             "--aware", "2026-05-07", "--registered", "2026-05-20"])
        #expect(reg.status == 0, "\(reg.stderr)")
        let wrong = try n.run(["interests", "register", "--member", "1", "--category", "t2-b-i", "--description", "x",
                               "--registered", "2026-05-20"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("'t2-b-i' is not a category of West Dereham Parish Council Councillor Code of Conduct"))

        let partner = try n.run(["interests", "register", "--member", "1", "--category", "land", "--holder", "partner",
                                 "--description", "Partner's freehold of Pike's Farm", "--address", "Pike's Farm, Drove Road",
                                 "--postcode", "pe38 9xy", "--registered", "2026-05-21", "--aware", "2026-05-07"])
        #expect(partner.status == 0, "\(partner.stderr)")
        let secret = try n.run(["interests", "register", "--member", "1", "--category", "land", "--description",
                                "Second home at 1 Quiet Lane", "--address", "1 Quiet Lane", "--registered", "2026-06-01",
                                "--aware", "2026-05-30", "--sensitive-reason", "Stalking by a former employee"])
        #expect(secret.status == 0)
        #expect(secret.stdout.contains("awaits the Monitoring Officer's decision"))
        let blocked = try n.run(["interests", "accept", "3", "--on", "2026-06-02"])
        #expect(blocked.status == 1 && blocked.stderr.contains("decide that first"))
        #expect(try n.run(["interests", "sensitivity", "3", "--agree", "--on", "2026-06-03"]).status == 0)
        for id in ["1", "2", "3"] {
            #expect(try n.run(["interests", "accept", id, "--on", "2026-06-05"]).status == 0)
        }

        let view = try n.json(["register", "show", "--council", "little-snorham", "--public"]) as! [String: Any]
        let members = view["members"] as! [[String: Any]]
        let entries = members[0]["interests"] as! [[String: Any]]
        #expect(entries.count == 3)
        #expect(entries.filter { $0["withheld"] as? Bool == true }.count == 1)
        #expect(entries.allSatisfy { $0["holder"] == nil })
        let text = try n.run(["register", "show", "--council", "little-snorham", "--public"]).stdout
        #expect(text.contains("Table 2 (a): Unpaid director") && text.contains("PE38 9XY") && !text.contains("Quiet Lane"))

        // As it stood before acceptance, the public register was empty.
        let earlier = try n.json(["register", "show", "--council", "little-snorham", "--public", "--as-at", "2026-06-04"]) as! [String: Any]
        #expect(((earlier["members"] as! [[String: Any]])[0]["interests"] as! [Any]).isEmpty)

        let gift = try n.run(["gifts", "add", "--member", "1", "--donor", "Snorham Developments", "--description",
                              "Dinner", "--value", "£75", "--received", "2026-07-01", "--registered", "2026-08-15",
                              "--donor-seeks", "permission"])
        #expect(gift.status == 0)
        #expect(gift.stdout.contains("registered 17 days late") && gift.stdout.contains("para 10.1"))
        let negative = try n.run(["gifts", "add", "--member", "1", "--donor", "D", "--description", "x", "--value", "-5",
                                  "--received", "2026-07-01"])
        #expect(negative.status == 1 && negative.stderr.contains("value: must not be negative"))

        let tooLong = try n.run(["dispensations", "grant", "--member", "1", "--matter", "Village hall lease",
                                 "--grounds", "c", "--granted", "2026-06-10", "--expires", "2030-06-10", "--permits", "speak", "vote"])
        #expect(tooLong.status == 1 && tooLong.stderr.contains("s33(3)"))
        let ok = try n.run(["dispensations", "grant", "--member", "1", "--matter", "Village hall lease", "--interest", "1",
                            "--grounds", "c", "e", "--granted", "2026-06-10", "--expires", "2030-06-09", "--permits", "speak", "vote"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(try n.run(["dispensations", "list", "--council", "little-snorham"]).stdout.contains("Village hall lease"))

        let ended = try n.run(["members", "end-term", "--member", "1", "--on", "2026-11-01"])
        #expect(ended.status == 0)
        let after = try n.json(["register", "show", "--council", "little-snorham", "--as-at", "2026-11-02"]) as! [String: Any]
        #expect((after["members"] as! [Any]).isEmpty)

        let history = try n.json(["history", "--council", "little-snorham"]) as! [[String: Any]]
        #expect(history.count >= 10)
        #expect(history.allSatisfy { $0["actor"] as? String == "clerk@test" })
    }

    @Test("A meeting: agenda, attendance, conflict scan, advice, declarations (sensitive: existence only)")
    func meetingDay() throws {
        var n = try NolanBinary()
        #expect(try n.run(["demo"]).status == 0)
        let added = try n.run(["meetings", "add", "--council", "brackmoor", "--committee", "Planning Committee", "--date", "2026-11-20"]).stdout
        #expect(added.hasPrefix("Added meeting "))
        let mid = String(added.dropFirst("Added meeting ".count).prefix { $0.isNumber })
        let titles = [
            "26/01234/FUL: two dwellings on land adjacent to 14 Priory Lane, Brackmoor PE38 4AB",
            "Planning application: 3 Orchard Close, Brackmoor",
            "Premises licence variation: The Riverside Hotel, Mill Road",
            "Annual budget and council tax setting 2027/28",
        ]
        for (k, t) in titles.enumerated() {
            #expect(try n.run(["meetings", "item", "--meeting", mid, "--number", String(k + 1), "--title", t, "--public-may-speak"]).status == 0)
        }
        let shown = try n.json(["meetings", "show", mid]) as! [String: Any]
        var item: [String: String] = [:]
        for i in shown["items"] as! [[String: Any]] { item[i["number"] as! String] = String(i["id"] as! Int) }
        #expect(try n.run(["meetings", "attend", "--meeting", mid, "--members", "1", "3", "5"]).status == 0)
        let scan = try n.json(["scan", "--meeting", mid]) as! [String: Any]
        let hits = scan["hits"] as! [[String: Any]]
        #expect(hits.map { "\($0["memberId"]!):\($0["itemNumber"]!)" } == ["1:1", "3:2"])
        let scanText = try n.run(["scan", "--meeting", mid]).stdout
        #expect(!scanText.contains("Orchard Close, Brackmoor\"") && scanText.contains("interest #8 (sensitive)"))

        // Advice for Cllr Holloway on item 1, from a scenario file.
        let scenario = n.folder.appendingPathComponent("scenario.json")
        try #"{"council": "brackmoor", "member": 1, "meetingDate": "2026-11-20", "item": {"title": "26/01234/FUL", "publicMaySpeak": true, "executiveFunction": false, "executiveDecision": false}, "registeredInterests": [{"id": 2, "effect": "directly-relates"}]}"#
            .write(to: scenario, atomically: true, encoding: .utf8)
        let advice = try n.json(["advise", "--scenario", scenario.path]) as! [String: Any]
        let a = advice["advice"] as! [String: Any]
        #expect(a["mayVote"] as? String == "no" && a["mustLeaveRoom"] as? String == "yes")
        #expect((a["paragraphs"] as! [[String: String]]).contains { $0["paragraph"] == "Appendix B para 4" })
        let text = try n.run(["advise", "--scenario", scenario.path, "--format", "text"]).stdout
        #expect(text.contains("May vote:            no") && text.contains("Appendix B para 4"))
        try #"{"council": "brackmoor", "member": 1, "meetingDate": "2026-11-20", "item": {"title": "x", "publicMaySpeak": "yes"}}"#
            .write(to: scenario, atomically: true, encoding: .utf8)
        let bad = try n.run(["advise", "--scenario", scenario.path])
        #expect(bad.status == 1 && bad.stderr.contains("scenario.json: item.publicMaySpeak"))

        // Declarations: Cllr Raman's sensitive interest is declared without its nature.
        let withNature = try n.run(["meetings", "declare", "--meeting", mid, "--item", item["2"]!, "--member", "3", "--kind", "dpi",
                                    "--interest", "8", "--nature", "Owns 3 Orchard Close", "--action", "left-room"])
        #expect(withNature.status == 1 && withNature.stderr.contains("only its existence is declared"))
        #expect(try n.run(["meetings", "declare", "--meeting", mid, "--item", item["2"]!, "--member", "3", "--kind", "dpi",
                           "--interest", "8", "--action", "left-room"]).status == 0)
        #expect(try n.run(["meetings", "declare", "--meeting", mid, "--item", item["1"]!, "--member", "1", "--kind", "dpi",
                           "--interest", "2", "--nature", "Owns 14 Priory Lane, next to the site", "--action", "left-room"]).status == 0)
        let notAttending = try n.run(["meetings", "declare", "--meeting", mid, "--item", item["1"]!, "--member", "2", "--kind", "nri",
                                      "--nature", "x", "--action", "remained"])
        #expect(notAttending.status == 1 && notAttending.stderr.contains("not recorded as attending"))
        let show = try n.run(["meetings", "show", mid]).stdout
        #expect(show.contains("Priya Raman, DPI: an interest (sensitive: nature not disclosed); left-room"))
        #expect(show.contains("Margaret Holloway, DPI: Owns 14 Priory Lane, next to the site; left-room"))
        #expect(!show.contains("Orchard Close, Brackmoor;"))
        n.today = "2026-11-19"
        let future = try n.run(["meetings", "declare", "--meeting", mid, "--item", item["4"]!, "--member", "5", "--kind", "nri",
                                "--nature", "x", "--action", "remained"])
        #expect(future.status == 1 && future.stderr.contains("is after today"))
    }

    @Test("`nolan variant new` scaffolds a plugin and registers it; a second run or a bad name is refused")
    func scaffold() throws {
        let n = try NolanBinary()
        let root = n.folder.appendingPathComponent("repo")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("Modules/NolanComposition"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("Plugins"), withIntermediateDirectories: true)
        for file in ["Package.swift", "Modules/NolanComposition/Installation.swift"] {
            try fm.copyItem(at: NolanBinary.repositoryRoot.appendingPathComponent(file), to: root.appendingPathComponent(file))
        }
        let r = try n.run(["variant", "new", "ZzScaffoldProbe", "--root", root.path])
        #expect(r.status == 0, "\(r.stderr)")
        for f in ["ZzScaffoldProbe.swift", "ZzScaffoldProbe+Text.swift", "Examples.swift"] {
            #expect(fm.fileExists(atPath: root.appendingPathComponent("Plugins/ZzScaffoldProbe/\(f)").path))
        }
        let package = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(package.contains("let plugins = [\n    \"ZzScaffoldProbe\",\n"))
        let composition = try String(contentsOf: root.appendingPathComponent("Modules/NolanComposition/Installation.swift"), encoding: .utf8)
        #expect(composition.contains("import ZzScaffoldProbe\n") && composition.contains("        ZzScaffoldProbe.variant,\n"))
        let variant = try String(contentsOf: root.appendingPathComponent("Plugins/ZzScaffoldProbe/ZzScaffoldProbe.swift"), encoding: .utf8)
        #expect(variant.contains("public static let id = \"zz-scaffold-probe\"") && variant.contains("LGAModelCode2020.variant.deriving("))
        #expect(try n.run(["variant", "new", "ZzScaffoldProbe", "--root", root.path]).stderr.contains("already exists"))
        #expect(try n.run(["variant", "new", "zzScaffoldProbe", "--root", root.path]).status == 1)
        #expect(try n.run(["variant", "new", "Felpersham", "--id", "west-dereham-2026", "--root", root.path]).stderr.contains("already registered"))
        let show = try n.run(["variant", "show", "west-dereham-2026"]).stdout
        #expect(show.contains("Adopted by") && show.contains("little-snorham") && show.contains("Table 2 (a) [t2-a]: any unpaid directorships"))
        #expect(show.contains("Appendix B para 6: 6. Where a matter arises at a meeting which **directly relates** to the financial interest"))
        let list = try n.run(["variant", "list"]).stdout
        #expect(list.contains("west-dereham-2026") && list.contains("Plugins/WestDereham"))
    }

    @Test("`nolan code show` prints the adopted text; `nolan code diff` its amendments")
    func codeText() throws {
        let n = try NolanBinary()
        #expect(try n.run(["councils", "sync"]).status == 0)
        let show = try n.run(["code", "show", "--council", "little-snorham"])
        #expect(show.status == 0 && show.stdout.contains("WEST DEREHAM PARISH COUNCIL COUNCILLOR CODE OF CONDUCT"))
        let diff = try n.run(["code", "diff", "--council", "little-snorham"]).stdout
        #expect(diff.contains("~ Appendix B para 6") && diff.contains("{+the financial interest or well-being of+}"))
        #expect(try n.run(["code", "diff", "--council", "brackmoor"]).stdout.contains("without local amendments"))
    }

    @Test("Member–officer protocols: show, compare side by side, record and check against each council's own protocol")
    func protocols() throws {
        let n = try NolanBinary()
        #expect(try n.run(["demo"]).status == 0)
        let show = try n.run(["protocol", "show", "--council", "brackmoor"]).stdout
        #expect(show.contains("5B – PROTOCOL ON MEMBER / OFFICER RELATIONS") && show.contains("10.4 Where lawful"))
        let cmp = try n.json(["protocol", "compare", "brackmoor", "kingsmere"]) as! [String: Any]
        let rows = cmp["rows"] as! [[String: Any]]
        func side(_ topic: String, _ key: String) -> [String: Any] { rows.first { $0["topic"] as? String == topic }![key] as! [String: Any] }
        #expect(side("correspondence", "a")["silent"] as? Bool == true)
        #expect(side("correspondence", "b")["silent"] as? Bool == false)
        #expect(side("training", "b")["silent"] as? Bool == true)
        #expect(try n.run(["protocol", "compare", "brackmoor", "ashby-fen"]).stderr.contains("ashby-fen runs no member–officer protocol"))

        let report = try n.json(["protocol", "check"]) as! [String: Any]
        #expect(report["breaches"] as? Int == 4 && report["overdue"] as? Int == 1)
        let before = try n.run(["protocol", "check", "--council", "kingsmere", "--as-at", "2026-10-01"]).stdout
        #expect(before.contains("0 breaches"))

        // The same event checked under each council's own protocol: a briefing shared without permission.
        for council in ["brackmoor", "kingsmere"] {
            let r = try n.run(["protocol", "record", "briefing", "--council", council, "--member", council == "brackmoor" ? "1" : "8",
                               "--role", "other", "--officer", "Director", "--shared-with", "Cllr A", "--on", "2026-11-01"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let district = try n.run(["protocol", "check", "--council", "brackmoor"]).stdout
        #expect(district.contains("[para 7.1]") && district.contains("[para 7.2]"))
        let borough = try n.run(["protocol", "check", "--council", "kingsmere"]).stdout
        #expect(borough.contains("[para 118]") && borough.contains("silent: record #") && !borough.contains("[para 7.1]"))

        let wrongWard = try n.run(["protocol", "record", "local-members", "--council", "brackmoor", "--ward", "Harbour",
                                   "--subject", "consultation", "--matter", "x", "--event", "2026-12-01"])
        #expect(wrongWard.status == 1 && wrongWard.stderr.contains("'Harbour' is not a ward of Brackmoor District Council"))
        let otherCouncil = try n.run(["protocol", "record", "relationship", "--council", "brackmoor", "--member", "8",
                                      "--officer", "x", "--nature", "family"])
        #expect(otherCouncil.status == 1 && otherCouncil.stderr.contains("is a member of kingsmere"))
    }

    @Test("Open data: export every council; import a spreadsheet CSV all or nothing")
    func openData() throws {
        let n = try NolanBinary()
        #expect(try n.run(["demo"]).status == 0)
        let out = n.folder.appendingPathComponent("site").path
        let r = try n.run(["export", "--all", "--format", "all", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        for file in ["index.html", "brackmoor/interests.csv", "brackmoor/register.xml", "brackmoor/register.json",
                     "brackmoor/changes.atom", "brackmoor/csv-metadata.json", "all/interests.csv"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + file), "\(file)")
        }
        let everything = try FileManager.default.subpathsOfDirectory(atPath: out).filter { $0.contains(".") }
            .map { try String(contentsOfFile: out + "/" + $0, encoding: .utf8) }
        #expect(everything.allSatisfy { !$0.contains("Orchard Close") && !$0.contains("former tenant") })
        #expect(try n.run(["export", "--out", out]).stderr.contains("give --council SLUG (one or more) or --all"))
        let again = try n.run(["export", "--all", "--format", "csv", "--out", out])
        #expect(again.status == 1 && again.stderr.contains("is not empty"))
        #expect(try n.run(["export", "--all", "--format", "csv", "--out", out, "--replace"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: out + "/brackmoor/register.xml"))
        let elsewhere = n.folder.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try "mine".write(to: elsewhere.appendingPathComponent("todo.txt"), atomically: true, encoding: .utf8)
        let refused = try n.run(["export", "--all", "--out", elsewhere.path, "--replace"])
        #expect(refused.status == 1 && refused.stderr.contains("does not hold an earlier Nolan export"))
        #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("todo.txt").path))

        let csv = n.folder.appendingPathComponent("new.csv")
        try "Member Name,Category,Description,Registered On\r\nJoan Ellis,employment,Clerk to the drainage board,20/11/2026\r\nJoan Ellis,t2-c,Wrong category,20/11/2026\r\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let before = try n.run(["history", "--council", "ashby-fen"]).stdout
        let bad = try n.run(["import", "--council", "ashby-fen", csv.path])
        #expect(bad.status == 1 && bad.stderr.contains("new.csv:3: column 'Category' (value 't2-c')"))
        #expect(try n.run(["history", "--council", "ashby-fen"]).stdout == before)
        try "Member Name,Category,Description,Registered On\r\nJoan Ellis,employment,Clerk to the drainage board,20/11/2026\r\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let good = try n.run(["import", "--council", "ashby-fen", csv.path])
        #expect(good.status == 0 && good.stdout.contains("Imported 1 rows"))
    }

    @Test("Modern.Gov: councillors by ward (no home address, re-import without duplicates), meetings (a re-import refused), bad and hostile files")
    func moderngov() throws {
        let n = try NolanBinary()
        #expect(try n.run(["councils", "sync"]).status == 0)
        let fixtures = NolanBinary.repositoryRoot.appendingPathComponent("Integration/Fixtures/moderngov").path
        let first = try n.run(["import", "moderngov", "councillors", "--council", "brackmoor", fixtures + "/councillors.xml"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("2 councillors added, 0 updated"))
        let again = try n.run(["import", "moderngov", "councillors", "--council", "brackmoor", fixtures + "/councillors.xml"])
        #expect(again.stdout.contains("0 councillors added, 2 updated"))
        let members = try n.json(["members", "list", "--council", "brackmoor"]) as! [[String: Any]]
        #expect(members.count == 2)
        let marsh = members.first { ($0["member"] as! [String: Any])["name"] as? String == "Owen Marsh" }!
        #expect((marsh["terms"] as! [Any]).count == 2)
        #expect(((marsh["member"] as! [String: Any])["ward"] as? String) == "Northwold")
        // The home address is never stored: not in the database file, not in any output.
        let db = try Data(contentsOf: URL(fileURLWithPath: n.database))
        #expect(db.range(of: Data("Secretside".utf8)) == nil && db.range(of: Data("PE38 0ZZ".utf8)) == nil)
        #expect(!(try n.run(["history", "--council", "brackmoor"]).stdout.contains("Secretside")))

        #expect(try n.run(["import", "moderngov", "councillors", "--council", "brackmoor", fixtures + "/councillors-empty.xml"]).stdout.contains("Imported 0 wards"))
        let redirect = try n.run(["import", "moderngov", "councillors", "--council", "brackmoor", fixtures + "/councillors-redirect.html"])
        #expect(redirect.status == 1 && redirect.stderr.contains("the root element is <html>, not <councillorsbyward>"))
        let laughs = try n.run(["import", "moderngov", "councillors", "--council", "brackmoor", fixtures + "/billion-laughs.xml"])
        #expect(laughs.status == 1 && laughs.stderr.contains("entity"))
        let bad = try n.run(["import", "moderngov", "councillors", "--council", "brackmoor", fixtures + "/councillors-bad-ward.xml"])
        #expect(bad.status == 1 && bad.stderr.contains("councillors-bad-ward.xml:10: column 'startdate' (value '31/02/2023')"))

        let meeting = try n.run(["import", "moderngov", "meeting", "--council", "brackmoor", fixtures + "/meeting.xml"])
        #expect(meeting.status == 0 && meeting.stdout.contains("as new meeting 1 (Planning Committee, 2026-11-19) with 3 agenda items"))
        let shown = try n.json(["meetings", "show", "1"]) as! [String: Any]
        let items = shown["items"] as! [[String: Any]]
        #expect(items.map { $0["number"] as! String } == ["1", "5", "9"])
        #expect(items[1]["publicMaySpeak"] as? Bool == true && items[2]["restricted"] as? Bool == true)

        // The same meeting again, as first published or as republished with an item added, is refused and changes
        // nothing: one meeting, its agenda as first imported, no audit entry.
        let historyBefore = try n.run(["history", "--council", "brackmoor"]).stdout
        for file in ["meeting.xml", "meeting-republished.xml"] {
            let again = try n.run(["import", "moderngov", "meeting", "--council", "brackmoor", fixtures + "/" + file])
            #expect(again.status == 1 && again.stdout.isEmpty)
            #expect(again.stderr.contains("\(file): nothing was imported: meeting moderngov:9001 is already imported as meeting #1"), "\(again.stderr)")
        }
        let meetings = try n.json(["meetings", "list", "--council", "brackmoor"]) as! [[String: Any]]
        #expect(meetings.count == 1 && meetings[0]["externalId"] as? String == "moderngov:9001")
        let after = (try n.json(["meetings", "show", "1"]) as! [String: Any])["items"] as! [[String: Any]]
        #expect(after.map { $0["number"] as! String } == ["1", "5", "9"])
        #expect(try n.run(["history", "--council", "brackmoor"]).stdout == historyBefore)
        // Modern.Gov meeting ids are one council's: another council may hold its own meeting 9001.
        #expect(try n.run(["import", "moderngov", "meeting", "--council", "kingsmere", fixtures + "/meeting.xml"]).stdout.contains("as new meeting 2"))
        let noId = n.folder.appendingPathComponent("no-id.xml")
        try String(decoding: try Data(contentsOf: URL(fileURLWithPath: fixtures + "/meeting.xml")), as: UTF8.self)
            .replacingOccurrences(of: "<meetingid>9001</meetingid>", with: "").write(to: noId, atomically: true, encoding: .utf8)
        let missing = try n.run(["import", "moderngov", "meeting", "--council", "brackmoor", noId.path])
        #expect(missing.status == 1 && missing.stderr.contains("no-id.xml:3: column 'meetingid'"), "\(missing.stderr)")
    }

    @Test("`nolan demo generate` is deterministic for a seed")
    func generate() throws {
        var digests: [String] = []
        for _ in 0..<2 {
            let n = try NolanBinary()
            #expect(try n.run(["councils", "sync"]).status == 0)
            let r = try n.run(["demo", "generate", "--councils", "3", "--members", "4", "--interests", "5", "--seed", "42"])
            #expect(r.status == 0 && r.stdout.contains("Generated 3 councils, 12 members, 60 interests (seed 42)"), "\(r.stderr)")
            let view = try n.run(["register", "show", "--council", "synthetic-42-2", "--public", "--format", "json"]).stdout
            #expect(view.contains("\"interests\""))
            digests.append(view)
        }
        #expect(digests[0] == digests[1])
    }

    @Test("Round trip: export, import the XML or the JSON into an empty database, export again: the same files but for generation times",
          arguments: ["xml", "json", "csv"])
    func roundTrip(format: String) throws {
        let n = try NolanBinary()
        #expect(try n.run(["demo"]).status == 0)
        let first = n.folder.appendingPathComponent("first").path
        let second = n.folder.appendingPathComponent("second").path
        #expect(try n.run(["export", "--all", "--out", first]).status == 0)
        let empty = n.folder.appendingPathComponent("empty.sqlite").path
        #expect(try n.run(["councils", "sync", "--db", empty]).status == 0)
        let slugs = ["brackmoor", "kingsmere", "ashby-fen", "little-snorham", "cold-harrow", "brackmoor-town", "threxton-magna", "wissey-bridge"]
        for slug in slugs {
            let source = format == "csv" ? "\(first)/\(slug)" : "\(first)/\(slug)/register.\(format)"
            let r = try n.run(["import", "--db", empty, "--council", slug, source])
            #expect(r.status == 0, "\(slug): \(r.stderr)")
        }
        #expect(try n.run(["export", "--db", empty, "--all", "--out", second]).status == 0)
        func comparable(_ path: String) throws -> String {
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("generated") && !$0.contains("Generated") && !$0.contains("dc:created") }.joined(separator: "\n")
        }
        // A CSV export carries the tables only (no attendance or agenda flags), so its round trip is checked on the CSV files.
        let files = try FileManager.default.subpathsOfDirectory(atPath: first)
            .filter { $0.contains(".") && !$0.hasSuffix(".atom") && (format != "csv" || $0.hasSuffix(".csv")) }
        #expect(files.count > (format == "csv" ? 40 : 80))
        for f in files {
            #expect(try comparable("\(first)/\(f)") == comparable("\(second)/\(f)"), "\(f) differs after the round trip")
        }
        let again = try n.run(["import", "--db", empty, "--council", "brackmoor", format == "csv" ? "\(first)/brackmoor" : "\(first)/brackmoor/register.\(format)"])
        #expect(again.status == 1 && again.stderr.contains("already in use in this database: import into an empty one"))
    }

    @Test("User errors exit 1 with a message naming what was wrong, and write nothing")
    func userErrors() throws {
        let n = try NolanBinary()
        let missing = try n.run(["register", "show", "--council", "brackmoor"])
        #expect(missing.status == 1 && missing.stderr.contains("no database at"))
        #expect(!FileManager.default.fileExists(atPath: n.database))
        #expect(try n.run(["councils", "sync"]).status == 0)
        let historyBefore = try n.run(["history", "--council", "brackmoor"]).stdout

        let cases: [([String], String)] = [
            (["members", "add", "--council", "nowhere", "--name", "A", "--starts", "2026-01-01"], "no council 'nowhere'"),
            (["members", "add", "--council", "brackmoor", "--name", "A", "--ward", "Abbey", "--starts", "2026-12-01"], "is after today"),
            (["members", "add", "--council", "brackmoor", "--name", "A", "--ward", "Abbey", "--starts", "2026-02-30"], "--starts"),
            (["members", "add", "--council", "brackmoor", "--name", "A", "--ward", "Abbey", "--starts", "2026-05-01", "--ends", "2026-04-01"], "is before the term starts"),
            (["interests", "register", "--member", "99", "--category", "land", "--description", "x"], "no member with id 99"),
            (["members", "add", "--council", "brackmoor"], "--name"),
            (["deadlines", "--within", "-3"], "within"),
        ]
        for (args, fragment) in cases {
            let r = try n.run(args)
            #expect(r.status == 1, "\(args) exited \(r.status)")
            #expect(r.stderr.contains(fragment), "\(args): \(r.stderr)")
        }
        #expect(try n.run(["history", "--council", "brackmoor"]).stdout == historyBefore)
    }

    @Test("A malformed council file or unknown variant is named, with the key, and nothing is synced")
    func badCouncils() throws {
        var n = try NolanBinary()
        let dir = n.folder.appendingPathComponent("Councils/bad-parish")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let district = n.folder.appendingPathComponent("Councils/d")
        try FileManager.default.createDirectory(at: district, withIntermediateDirectories: true)
        try "name: D\nkind: district\ncode-of-conduct: lga-2020\n".write(to: district.appendingPathComponent("council.yaml"), atomically: true, encoding: .utf8)
        try "name: Bad\nkind: parish\nparent: d\ncode-of-conduct: lga-2099\n".write(to: dir.appendingPathComponent("council.yaml"), atomically: true, encoding: .utf8)
        n.councils = n.folder.appendingPathComponent("Councils").path
        let r = try n.run(["councils", "sync"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad-parish/council.yaml: code-of-conduct: unknown variant 'lga-2099'"))
        #expect(try n.run(["councils", "list"]).stdout.split(separator: "\n").count == 1)
    }

    @Test("Every command has real --help", arguments: [
        [], ["demo"], ["demo", "build"], ["demo", "generate"], ["councils"], ["councils", "list"], ["councils", "sync"], ["members", "add"], ["members", "list"],
        ["members", "end-term"], ["members", "new-term"], ["interests", "register"], ["interests", "nil-return"],
        ["interests", "list"], ["interests", "end"], ["interests", "accept"], ["interests", "return"],
        ["interests", "sensitivity"], ["interests", "request-sensitive"], ["advise"], ["gifts", "add"], ["gifts", "list"], ["dispensations", "grant"],
        ["dispensations", "list"], ["register", "show"], ["deadlines"], ["history"], ["meetings", "add"],
        ["meetings", "item"], ["meetings", "attend"], ["meetings", "declare"], ["meetings", "list"], ["meetings", "show"],
        ["scan"], ["code", "show"], ["code", "diff"], ["variant", "list"], ["variant", "show"], ["variant", "new"],
        ["protocol", "show"], ["protocol", "compare"], ["protocol", "check"], ["protocol", "records"],
        ["protocol", "record", "relationship"], ["protocol", "record", "officer-matter"],
        ["protocol", "record", "information-request"], ["protocol", "record", "party-group"],
        ["protocol", "record", "local-members"], ["protocol", "record", "briefing"], ["export"], ["import"], ["import", "file"], ["import", "moderngov", "councillors"], ["import", "moderngov", "meeting"],
    ])
    func help(_ command: [String]) throws {
        let r = try NolanBinary().run(command + ["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: nolan"))
        #expect(r.stdout.contains("OVERVIEW:"))
    }

    @Test("Two processes writing at once both succeed (WAL, busy timeout): no write is lost")
    func concurrentWriters() throws {
        let n = try NolanBinary()
        #expect(try n.run(["councils", "sync"]).status == 0)
        let group = DispatchGroup()
        let failures = Failures()
        for worker in 0..<2 {
            DispatchQueue.global().async(group: group) {
                for i in 0..<10 {
                    let r = try? n.run(["members", "add", "--council", "ashby-fen", "--name", "Member \(worker)-\(i)", "--starts", "2026-05-01"])
                    if r?.status != 0 { failures.add(r?.stderr ?? "did not run") }
                }
            }
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")
        let list = try n.json(["members", "list", "--council", "ashby-fen"]) as! [Any]
        #expect(list.count == 20)
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
