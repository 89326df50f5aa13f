import NolanDomain
import NolanRegister
import Testing

@Suite("Pre-meeting conflict scan")
struct ConflictScanTests {
    let matcher = ConflictMatcher(council: Council(
        slug: "little-snorham", name: "Little Snorham Parish Council", kind: .parish, parentSlug: "brackmoor",
        codeVariantId: "west-dereham-2026", protocolId: nil, wards: ["Church End"], website: nil, overrides: .init()))

    func interest(_ category: String, _ description: String, body: String? = nil, company: String? = nil,
                  address: String? = nil, postcode: String? = nil, uprn: String? = nil) -> Interest {
        Interest(id: 1, memberId: 1, table: .disclosablePecuniary, categoryId: category, holder: .member,
                 description: description, bodyName: body, companyNumber: company, address: address, postcode: postcode,
                 uprn: uprn, awareOn: Day("2026-06-01")!, registeredOn: Day("2026-06-01")!)
    }

    var farm: Interest {
        interest("land", "Freehold of Hart's Farm, Snorham Drove", address: "Hart's Farm, Snorham Drove, Little Snorham",
                 postcode: "PE38 9SD", uprn: "10023456789")
    }
    var hall: Interest {
        interest("t2-a", "Unpaid director, Little Snorham Village Hall Ltd", body: "Little Snorham Village Hall Ltd", company: "05566778")
    }
    var builder: Interest { interest("contracts", "Fencing contract", body: "Barker Building Services") }
    var home: Interest { interest("land", "Freehold of home", address: "14 Priory Lane, Brackmoor", postcode: "PE38 4AB") }
    var mill: Interest { interest("land", "Freehold of home", address: "Mill House, Fen Road, Brackmoor") }

    @Test("Expected hits on realistic agenda titles", arguments: [
        ("26/00731/FUL | Conversion of barn to dwelling | Hart's Farm, Snorham Drove, Little Snorham", "farm", 75),
        ("Planning application 26/00731/FUL: land at PE38 9SD", "farm", 90),
        ("Street naming and numbering: UPRN 10023456789", "farm", 100),
        ("Grant of £2,500 to Little Snorham Village Hall Ltd towards roof repairs", "hall", 80),
        ("Annual return of company 05566778 (village hall)", "hall", 100),
        ("Contract award: grounds maintenance 2027-2030 to Barker Building Services", "builder", 80),
        ("Highways: resurfacing of Priory Lane", "home", 45),
        ("Tree preservation order: 14 Priory Lane", "home", 75),
        ("Fen Road drainage levy: annual review", "mill", 45),
        ("Change of use of Mill House to holiday lets", "mill", 75),
    ])
    func hits(title: String, which: String, score: Int) throws {
        let i = ["farm": farm, "hall": hall, "builder": builder, "home": home, "mill": mill][which]!
        let m = try #require(matcher.match(title: title, interest: i, reveal: true), "no match for \(title)")
        #expect(m.score == score, "\(m.evidence)")
        #expect(!m.evidence.isEmpty)
    }

    @Test("Expected non-hits: shared generic words, the parish's own name, other roads", arguments: [
        "Little Snorham Parish Council: precept 2027/28",
        "Road safety scheme, Church End",
        "Planning application: extension at 3 Drove Road",
        "Premises licence variation: The Riverside Hotel, Mill Road",
        "Grant to Little Snorham Playing Field Association",
        "Village green mowing and church hall heating",
        "Farm diversification policy consultation",
        "Contract award: street lighting to Fenland Electrical Ltd",
        "Mill Road car park charges",
    ])
    func nonHits(title: String) {
        for i in [farm, hall, builder, home, mill] {
            let m = matcher.match(title: title, interest: i, reveal: true)
            #expect(m == nil || m!.score < 40, "\(title) matched \(i.description): \(m!.evidence)")
        }
    }

    @Test("Evidence never shows a withheld detail")
    func sensitiveEvidence() throws {
        let m = try #require(matcher.match(title: "Planning application: land at PE38 9SD", interest: farm, reveal: false))
        #expect(m.evidence.allSatisfy { !$0.contains("PE38") && $0.contains("withheld") })
    }

    @Test("Gift donors are matched by their whole name")
    func donors() {
        #expect(matcher.match(title: "Planning application by Kestrel Homes Ltd: Northwold Fields", donor: "Kestrel Homes Ltd")?.score == 60)
        #expect(matcher.match(title: "New homes strategy", donor: "Kestrel Homes Ltd") == nil)
    }
}
