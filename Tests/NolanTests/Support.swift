import Foundation
import NolanComposition
import NolanDomain
import NolanPolicy
import NolanRegister
import NolanStore

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

func day(_ s: String) -> Day { Day(s)! }

/// A fresh SQLite register in a temporary folder with a district (LGA model), a parish under the West Dereham
/// variant and a parish with a £25 gift threshold and 21 registration days.
struct Fixture {
    let folder: URL
    let store: SQLiteRegisterStore
    var today: Day

    init(today: Day = Day("2026-11-22")!) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nolan-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try SQLiteRegisterStore(path: folder.appendingPathComponent("test.sqlite").path)
        self.today = today
        try store.write(actor: "fixture") { w in
            try w.save(Council(slug: "district", name: "Test District Council", kind: .district, parentSlug: nil,
                               codeVariantId: "lga-2020", protocolId: nil, wards: ["North", "South"], website: nil,
                               overrides: .init()))
            try w.save(Council(slug: "wd-parish", name: "Test WD Parish Council", kind: .parish, parentSlug: "district",
                               codeVariantId: "west-dereham-2026", protocolId: nil, wards: [], website: nil,
                               overrides: .init()))
            try w.save(Council(slug: "low-parish", name: "Low Threshold Parish Council", kind: .parish,
                               parentSlug: "district", codeVariantId: "lga-2020", protocolId: nil, wards: [],
                               website: nil, overrides: .init(giftThreshold: Pence(25_00), registrationDays: 21)))
        }
    }

    var service: RegisterService {
        RegisterService(store: store, registry: Registered.registry, protocols: Registered.protocolRegistry, today: today,
                        actor: "tester")
    }

    /// Adds a member whose term starts on `starts`.
    func member(_ council: String = "district", ward: String? = "North", starts: String = "2023-05-08",
                name: String = "Alex Example") throws -> Int64 {
        try service.addMember(.init(council: council, name: name, role: .councillor,
                                    ward: council == "district" ? ward : nil, party: "Independent",
                                    termStartsOn: day(starts))).0.id
    }

    func auditCount() throws -> Int { try store.read { try $0.auditLog(council: nil).count } }

    /// Writes `bytes` to a file of this fixture's folder and returns its path (import tests read files).
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}
