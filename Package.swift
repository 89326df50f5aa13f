// swift-tools-version: 6.1
import PackageDescription

// Module graph (acyclic, one job each):
//   NolanDomain        value types of the register: councils, members, interests, gifts, dispensations, days
//   NolanPolicy        what a code-of-conduct variant is, and the LGA Model Code 2020 base variant
//   WestDereham        (Plugins/) the West Dereham Parish Council local variant, derived from the LGA base
//   BoroughMayoralProtocol, District5BProtocol
//                      (Plugins/) the two member–officer protocols of the seed texts
//   NolanCouncilConfig Councils/<slug>/council.yaml files -> council configurations
//   NolanStore         persistence: the RegisterStore interface and its SQLite (GRDB) implementation
//   NolanRegister      the register's rules: validation, deadlines, public view, history
//   CLibXML2           the system libxml2 (libxml2-dev), for the XML feeds
//   NolanOpenData      open data: CSV with CSVW metadata, XML with its XSD, JSON, Atom change feeds, the export folder
//   NolanDemo          the realistic fictional register `nolan demo` fills the demo councils with
//   NolanComposition   the one composition root: registered variants + council configuration -> services
//   NolanCLI           the `nolan` commands (swift-argument-parser), a thin shell over NolanComposition
//   nolan              the executable
/// Local-variant plugins under Plugins/: ordinary library targets, one per council text that amends the model
/// code. `nolan variant new NAME` appends to this list; the composition root registers each one.
let plugins = [
    "WestDereham",
    "BoroughMayoralProtocol",
    "District5BProtocol",
]

let package = Package(
    name: "Nolan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nolan", targets: ["nolan"]),
        .library(name: "NolanComposition", targets: ["NolanComposition"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .target(name: "NolanDomain", path: "Modules/NolanDomain"),
        .target(name: "NolanPolicy", dependencies: ["NolanDomain"], path: "Modules/NolanPolicy"),
        .target(
            name: "NolanCouncilConfig",
            dependencies: ["NolanDomain", .product(name: "Yams", package: "Yams")],
            path: "Modules/NolanCouncilConfig"),
        .target(
            name: "NolanStore",
            dependencies: [
                "NolanDomain", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C interface GRDB links to: the bulk insert of imports binds its values directly.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Modules/NolanStore"),
        .target(name: "NolanRegister", dependencies: ["NolanDomain", "NolanPolicy", "NolanStore"], path: "Modules/NolanRegister"),
        .systemLibrary(name: "CLibXML2", path: "Modules/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "NolanOpenData",
            dependencies: ["NolanRegister", "CLibXML2"],
            path: "Modules/NolanOpenData",
            exclude: ["Schema"]),
        .target(name: "NolanDemo", dependencies: ["NolanRegister", "WestDereham"], path: "Modules/NolanDemo"),
        .target(
            name: "NolanComposition",
            dependencies: ["NolanPolicy", "NolanCouncilConfig", "NolanStore", "NolanRegister", "NolanDemo"]
                + plugins.map { .target(name: $0) },
            path: "Modules/NolanComposition"),
        .target(
            name: "NolanCLI",
            dependencies: ["NolanComposition", "NolanDemo", "NolanOpenData", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Modules/NolanCLI"),
        .executableTarget(name: "nolan", dependencies: ["NolanCLI"], path: "Modules/nolan"),
        .testTarget(
            name: "NolanTests",
            dependencies: [
                "NolanComposition", "NolanRegister", "NolanPolicy", "WestDereham", "NolanCouncilConfig", "NolanStore",
                "NolanDomain", "NolanOpenData", "NolanDemo", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Tests/NolanTests"),
        .testTarget(
            name: "NolanIntegrationTests",
            dependencies: ["nolan"],
            path: "Integration/Tests"),
    ] + plugins.map { .target(name: $0, dependencies: ["NolanPolicy"], path: "Plugins/\($0)") }
)
