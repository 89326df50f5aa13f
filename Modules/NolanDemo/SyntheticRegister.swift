import NolanDomain
import NolanRegister

/// A deterministic synthetic register at national scale (England has about 10,000 parish and town councils and
/// 80,000 parish councillors), for benchmarks and load tests. The same seed always gives the same register.
///
/// Councils are created under one principal authority; members and interests go through the register's own rules,
/// in one transaction per council.
public struct SyntheticRegister {
    public var councils: Int
    public var membersPerCouncil: Int
    public var interestsPerMember: Int
    public var seed: UInt64

    public init(councils: Int, membersPerCouncil: Int, interestsPerMember: Int, seed: UInt64) {
        self.councils = councils
        self.membersPerCouncil = membersPerCouncil
        self.interestsPerMember = interestsPerMember
        self.seed = seed
    }

    /// The generator: one seed, one sequence (SplitMix64).
    typealias Generator = SplitMix64

    static let first = ["Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Jamie", "Morgan", "Ali", "Kim", "Lee", "Nadia", "Owen", "Ruth"]
    static let last = ["Ashby", "Barker", "Cole", "Dunn", "Ellis", "Fox", "Grey", "Hart", "Innes", "Jones", "Kay", "Lamb", "Marsh", "Nash"]
    static let places = ["Fen", "Drove", "Marsh", "Mill", "Church", "Green", "Wold", "Brook", "Heath", "Moor"]
    static let bodies = ["Village Hall", "Playing Field Trust", "Drainage Board", "Allotment Society", "Community Shop", "Foodbank"]

    /// Writes the councils, members and interests into the store behind `service`, under the principal `parent`.
    /// Returns the slugs of the councils made.
    public func generate(into service: RegisterService, parent: String, variant: String, startedOn: Day) throws -> [String] {
        var rng = Generator(state: seed)
        var slugs: [String] = []
        for c in 0..<councils {
            let place = "\(rng.pick(Self.places))\(rng.pick(["ham", "ton", "by", "thorpe", "well"]))"
            let slug = "synthetic-\(seed)-\(c + 1)"
            slugs.append(slug)
            try service.transaction { tx in
                try tx.store.write(actor: tx.actor) { w in
                    try w.save(Council(slug: slug, name: "\(place) Parish Council (synthetic \(c + 1))", kind: .parish,
                                       parentSlug: parent, codeVariantId: variant, protocolId: nil, wards: [],
                                       website: nil, overrides: .init()))
                }
                try tx.importInterests(council: slug, source: "nolan demo generate --seed \(seed)") { batch in
                    for _ in 0..<membersPerCouncil {
                        let name = "\(rng.pick(Self.first)) \(rng.pick(Self.last))"
                        let (m, _) = try tx.addMember(.init(council: slug, name: name, role: .councillor, ward: nil, party: nil,
                                                            termStartsOn: startedOn))
                        for k in 0..<interestsPerMember {
                            let registered = startedOn.adding(days: Int(rng.next() % 20))
                            let land = k % 3 == 0
                            let body = "\(place) \(rng.pick(Self.bodies))"
                            try batch.register(.init(
                                member: m.id, categoryId: land ? "land" : (k % 3 == 1 ? "employment" : "t2-a"),
                                description: land ? "Freehold of \(Int(rng.next() % 200) + 1) \(rng.pick(Self.places)) Lane, \(place)" : "Role with \(body), \"\(place)\"",
                                bodyName: land ? nil : body, address: land ? "\(Int(rng.next() % 200) + 1) \(rng.pick(Self.places)) Lane, \(place)" : nil,
                                awareOn: startedOn, registeredOn: registered),
                                publishedOn: registered.adding(days: 3), endedOn: nil)
                        }
                    }
                }
            }
        }
        return slugs
    }
}

/// A small deterministic random generator (SplitMix64): the same seed gives the same sequence on every machine,
/// which synthetic registers and randomised tests rely on.
public struct SplitMix64: Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func pick<T>(_ xs: [T]) -> T { xs[Int(next() % UInt64(xs.count))] }
}
