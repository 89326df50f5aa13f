import Foundation
import NolanComposition
import NolanCouncilConfig
import NolanDomain
import Testing

@Suite("Council configuration files")
struct CouncilConfigTests {
    func parse(_ yaml: String, slug: String = "test-parish") throws(UserError) -> CouncilConfig {
        try CouncilConfigLoader.parse(yaml, slug: slug, file: "Councils/\(slug)/council.yaml")
    }

    func message(_ body: () throws -> Void) -> String {
        do { try body() } catch let e as UserError { return e.message } catch { return "unexpected \(error)" }
        return "no error"
    }

    @Test("A complete parish file parses, with its overrides")
    func parsesParish() throws {
        let c = try parse("""
            name: Test Parish Council
            kind: parish
            parent: brackmoor
            code-of-conduct: west-dereham-2026
            wards: [East, West]
            website: https://example.org
            overrides:
              gift-threshold: "£25"
              registration-days: 21
            """).council
        #expect(c.slug == "test-parish")
        #expect(c.kind == .parish)
        #expect(c.parentSlug == "brackmoor")
        #expect(c.codeVariantId == "west-dereham-2026")
        #expect(c.protocolId == nil)
        #expect(c.wards == ["East", "West"])
        #expect(c.overrides == ParameterOverrides(giftThreshold: Pence(2500), registrationDays: 21))
    }

    @Test("Errors name the file, the line and the key")
    func errors() {
        #expect(message { _ = try parse("name: X\nkind: parish\nparent: d\ncode-of-conduct: lga-2020\ncolour: red\n") }
            == "Councils/test-parish/council.yaml:5: colour: unknown key (expected one of code-of-conduct, executive-arrangements, kind, member-officer-protocol, name, overrides, parent, wards, website)")
        #expect(message { _ = try parse("name: X\nkind: hamlet\nparent: d\ncode-of-conduct: lga-2020\n") }
            .hasPrefix("Councils/test-parish/council.yaml:2: kind: 'hamlet' is not one of district"))
        #expect(message { _ = try parse("kind: parish\nparent: d\ncode-of-conduct: lga-2020\n") }
            == "Councils/test-parish/council.yaml: name: missing (required)")
        #expect(message { _ = try parse("name: X\nkind: parish\ncode-of-conduct: lga-2020\n") }
            .contains("council.yaml: parent: a parish council must name its principal authority"))
        #expect(message { _ = try parse("name: X\nkind: district\nparent: y\ncode-of-conduct: lga-2020\n") }
            .contains(":3: parent: a district council is a principal authority"))
        #expect(message { _ = try parse("name: X\nkind: parish\nparent: d\ncode-of-conduct: lga-2020\noverrides:\n  gift-threshold: lots\n") }
            == "Councils/test-parish/council.yaml:6: overrides.gift-threshold: 'lots' is not an amount in pounds such as £50 or 50.00")
        #expect(message { _ = try parse("name: [unclosed\n") }.hasPrefix("Councils/test-parish/council.yaml: not valid YAML"))
        #expect(message { _ = try parse("name: X", slug: "Bad Slug") }.contains("is not a slug"))
    }

    func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("councils-\(UUID().uuidString)")
        for (slug, text) in files {
            let d = dir.appendingPathComponent(slug)
            try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
            try text.write(to: d.appendingPathComponent("council.yaml"), atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    @Test("An unknown variant or protocol id names the file and key")
    func unknownIds() throws {
        let dir = try folder(["d": "name: D\nkind: district\ncode-of-conduct: lga-2019\n"])
        #expect(message { _ = try Installation.loadCouncils(from: dir) }
            == "\(dir)/d/council.yaml: code-of-conduct: unknown variant 'lga-2019' (registered: \(Registered.registry.ids.joined(separator: ", ")))")
        let dir2 = try folder(["d": "name: D\nkind: district\ncode-of-conduct: lga-2020\nmember-officer-protocol: nope\n"])
        #expect(message { _ = try Installation.loadCouncils(from: dir2) }.contains("d/council.yaml: member-officer-protocol: unknown protocol 'nope'"))
        let dir3 = try folder(["p": "name: P\nkind: parish\nparent: nowhere\ncode-of-conduct: lga-2020\n"])
        #expect(message { _ = try Installation.loadCouncils(from: dir3) } == "\(dir3)/p/council.yaml: parent: no council 'nowhere' in the councils folder")
    }

    @Test("Overrides: registration days may not exceed the statutory 28")
    func statutoryCap() throws {
        let dir = try folder(["d": "name: D\nkind: district\ncode-of-conduct: lga-2020\noverrides:\n  registration-days: 60\n"])
        #expect(message { _ = try Installation.loadCouncils(from: dir) }
            == "\(dir)/d/council.yaml: overrides.registration-days: 60 is longer than the 28 days the Localism Act 2011 s30(1) allows for registering Disclosable Pecuniary Interests")
    }

    @Test("The shipped demo councils load: one district, at least five parishes, one on the West Dereham variant")
    func shippedCouncils() throws {
        let configs = try Installation.loadCouncils(from: repositoryRoot.appendingPathComponent("Councils").path)
        let councils = configs.map(\.council)
        let districts = councils.filter { $0.kind == .district }
        #expect(districts.count == 1)
        let parishes = councils.filter { !$0.kind.isPrincipal && $0.parentSlug == districts.first?.slug }
        #expect(parishes.count >= 5)
        #expect(parishes.contains { $0.codeVariantId == "west-dereham-2026" })
    }
}
