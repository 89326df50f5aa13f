import ArgumentParser
import Foundation
import NolanComposition
import NolanDomain
import NolanPolicy

struct Variant: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Code-of-conduct variants: list the registered ones, or scaffold a new local-variant plugin.",
        subcommands: [List.self, Show.self, New.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the registered code-of-conduct variants.")
        @OptionGroup var output: FormatOption

        struct Row: Encodable {
            var id, title: String
            var basedOn, plugin: String?
            var adoptedOn, nextReviewOn: Day?
            var examples: Int
        }

        func run() throws {
            let rows = Registered.variants.map {
                Row(id: $0.id, title: $0.title, basedOn: $0.basedOn, plugin: $0.pluginFolder.map { "Plugins/\($0)" },
                    adoptedOn: $0.adoptedOn, nextReviewOn: $0.nextReviewOn, examples: $0.examples.count)
            }
            if output.format == .json { return try printJSON(rows) }
            print(table(["id", "title", "based on", "plugin", "adopted", "next review", "examples"], rows.map {
                [$0.id, $0.title, $0.basedOn ?? "", $0.plugin ?? "(base, Modules/NolanPolicy)", $0.adoptedOn?.iso ?? "",
                 $0.nextReviewOn?.iso ?? "", String($0.examples)]
            }))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Describe a variant: adopting councils, dates, Table 1 and 2, parameters, Appendix B paras 1-10 and how its declaration rules read.")
        @Argument(help: "The variant id.") var id: String
        @Option(name: .customLong("councils-folder"), help: "The councils configuration folder, for the adopting councils (default: NOLAN_COUNCILS, else ./Councils).")
        var councilsFolder: String?
        @OptionGroup var output: FormatOption

        struct Description: Encodable {
            var id, title, document: String
            var basedOn: String?
            var adoptedOn, nextReviewOn: Day?
            var adoptedBy: [String]
            var categories: [InterestCategory]
            var parameters: VariantParameters
            var table2: String
            var paragraph6, paragraph8c, paragraph10: String
            var appendixB: [CodeBlock]
            var examples: [String]
        }

        func run() throws {
            guard let v = Registered.registry.variant(id) else {
                throw UserError("no registered variant '\(id)' (registered: \(Registered.registry.ids.joined(separator: ", ")))")
            }
            let folder = InstallationPaths.resolve(database: nil, councils: councilsFolder).councils
            let adopters = ((try? Installation.loadCouncils(from: folder)) ?? []).map(\.council).filter { $0.codeVariantId == v.id }
            let d = Description(
                id: v.id, title: v.title, document: v.document, basedOn: v.basedOn, adoptedOn: v.adoptedOn,
                nextReviewOn: v.nextReviewOn, adoptedBy: adopters.map(\.slug), categories: v.categories, parameters: v.parameters,
                table2: v.table2Mandatory ? "must register" : "should register",
                paragraph6: v.declarationRules.paragraph6.rawValue, paragraph8c: v.declarationRules.paragraph8c.rawValue,
                paragraph10: v.declarationRules.paragraph10.rawValue,
                appendixB: CodeText.blocks(v.text).filter { $0.label?.hasPrefix("Appendix B para") == true },
                examples: v.examples.map { "\($0.name) [\($0.source)]" })
            if output.format == .json { return try printJSON(d) }
            var out = ["\(v.title) (\(v.id))", "Document cited: \(v.document)"]
            if let b = v.basedOn { out.append("Derived from: \(b)") }
            out.append("Adopted: \(v.adoptedOn?.iso ?? "-"); next review: \(v.nextReviewOn?.iso ?? "-")")
            out.append("Adopted by (\(folder)): \(adopters.isEmpty ? "none" : adopters.map { "\($0.name) (\($0.slug))" }.joined(separator: ", "))")
            let p = v.parameters
            out.append("Parameters: gifts at least \(p.giftThreshold) within \(p.giftRegistrationDays) days (para 10.2); registration within \(p.registrationDays) days (Appendix B); changes within \(p.changeNotificationDays) days (Appendix B para 1); securities over \(p.securitiesNominalValue) or 1/\(p.securitiesShareCapitalDivisor) of issued share capital; sponsorship over the previous \(p.sponsorshipMonths) months; licences of \(p.licenceMinimumMonths) month or longer (Table 1)")
            out.append("Declarations: para 6 and 8(c) test \(d.paragraph6) / \(d.paragraph8c); para 10: \(d.paragraph10); Table 2: the member \(d.table2)")
            out.append("")
            for c in v.categories { out.append("\(c.label) [\(c.id)]: \(c.text)") }
            out.append("")
            for b in d.appendixB { out.append("\(b.label!): \(b.text)") }
            out.append("")
            out.append("Worked examples (\(v.examples.count)):")
            for e in d.examples { out.append("  - \(e)") }
            print(out.joined(separator: "\n"))
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Scaffold Plugins/NAME: a variant derived from the LGA Model Code 2020, its text and worked examples, registered.",
            discussion: """
                Run from the repository root. Writes Plugins/NAME/NAME.swift (the variant: change only what the \
                council's text changes), NAME+Text.swift (paste the adopted text there, word for word) and \
                Examples.swift (worked examples: scenario and expected advice, with the paragraph each comes from), \
                adds NAME to the plugin list in Package.swift and registers the variant in \
                Modules/NolanComposition/Installation.swift. Then `make test` runs the new examples with every other \
                variant's. See "Adding a local variant" in the README.
                """)
        @Argument(help: "The plugin's name, UpperCamelCase (e.g. Ambridge).") var name: String
        @Option(help: "The variant id councils name in council.yaml (default: the name in kebab-case).") var id: String?
        @Option(help: "The repository root.") var root: String = "."

        func run() throws {
            let files = try VariantScaffold(name: name, id: id, root: root).write()
            print("Created \(files.joined(separator: ", "))")
            print("Registered \(name) in Package.swift and Modules/NolanComposition/Installation.swift. Next: edit Plugins/\(name)/\(name).swift, paste the adopted text into Plugins/\(name)/\(name)+Text.swift, add examples, then `make test`.")
        }
    }
}

/// Writes a new local-variant plugin and its registration lines.
struct VariantScaffold {
    let name: String
    let id: String
    let root: URL

    init(name: String, id: String?, root: String) throws {
        guard let first = name.first, first.isUppercase, name.allSatisfy({ $0.isLetter || $0.isNumber }), name.count <= 40 else {
            throw UserError.invalid("name", "'\(name)' is not an UpperCamelCase Swift name (letters and digits, starting with a capital)")
        }
        let kebab = name.enumerated().map { i, c in c.isUppercase && i > 0 ? "-" + c.lowercased() : c.lowercased() }.joined()
        let variantId = id ?? kebab
        guard !variantId.isEmpty, variantId.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw UserError.invalid("id", "'\(variantId)' is not a variant id (lower-case letters, digits and hyphens)")
        }
        if Registered.variants.contains(where: { $0.id == variantId }) {
            throw UserError.invalid("id", "a variant with id '\(variantId)' is already registered")
        }
        self.name = name
        self.id = variantId
        self.root = URL(fileURLWithPath: root)
    }

    func write() throws -> [String] {
        let fm = FileManager.default
        let package = root.appendingPathComponent("Package.swift")
        let composition = root.appendingPathComponent("Modules/NolanComposition/Installation.swift")
        let folder = root.appendingPathComponent("Plugins/\(name)")
        guard fm.fileExists(atPath: package.path), fm.fileExists(atPath: composition.path) else {
            throw UserError("--root \(root.path): not the Nolan repository (no Package.swift and Modules/NolanComposition)")
        }
        guard !fm.fileExists(atPath: folder.path) else { throw UserError("Plugins/\(name) already exists") }
        var packageText = try String(contentsOf: package, encoding: .utf8)
        var compositionText = try String(contentsOf: composition, encoding: .utf8)
        let pluginList = "let plugins = [\n"
        let importMarker = "// nolan variant new: plugin imports above this line"
        let registerMarker = "        // nolan variant new: plugin registrations above this line"
        guard packageText.contains(pluginList), compositionText.contains(importMarker), compositionText.contains(registerMarker) else {
            throw UserError("the registration markers are missing from Package.swift or Installation.swift; add the plugin by hand")
        }
        packageText = packageText.replacingOccurrences(of: pluginList, with: pluginList + "    \"\(name)\",\n")
        compositionText = compositionText
            .replacingOccurrences(of: importMarker, with: "import \(name)\n" + importMarker)
            .replacingOccurrences(of: registerMarker, with: "        \(name).variant,\n" + registerMarker)

        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        let files: [(String, String)] = [
            ("\(name).swift", variantSource),
            ("\(name)+Text.swift", textSource),
            ("Examples.swift", examplesSource),
        ]
        for (file, body) in files {
            try body.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        try packageText.write(to: package, atomically: true, encoding: .utf8)
        try compositionText.write(to: composition, atomically: true, encoding: .utf8)
        return files.map { "Plugins/\(name)/\($0.0)" }
    }

    var variantSource: String {
        """
        import NolanDomain
        import NolanPolicy

        /// The \(name) code of conduct: the LGA Model Code 2020 with the council's local amendments.
        ///
        /// Change only what the council's adopted text changes, and say here which paragraphs those are (compare
        /// with `nolan code diff --council SLUG` once the text is in \(name)+Text.swift). Typical changes:
        /// - `v.categories`: Table 1 or Table 2 as the text lists them;
        /// - `v.parameters`: the gift threshold or days, if the text states others;
        /// - `v.declarationRules`: how Appendix B paras 6, 8(c) and 10 read, and (`numbering`) the text's own number
        ///   for any of Appendix B's paragraphs on declaring interests that it numbers differently from the model;
        /// - `v.adoptedOn`, `v.nextReviewOn`: from the text's adoption record (Appendix C best practice 3).
        public enum \(name) {
            public static let id = "\(id)"
            public static let document = "\(name) Councillor Code of Conduct"

            public static let variant = LGAModelCode2020.variant.deriving(
                id: id,
                title: "\(name) Councillor Code of Conduct",
                document: document,
                pluginFolder: "\(name)"
            ) { v in
                v.text = text
                v.examples = examples
            }
        }

        """
    }

    var textSource: String {
        """
        // The council's adopted code of conduct, word for word. Until it is pasted in, this is the LGA model's text.

        import NolanPolicy

        extension \(name) {
            public static let text = LGAModelCode2020.text
        }

        """
    }

    var examplesSource: String {
        """
        import NolanDomain
        import NolanPolicy

        extension \(name) {
            /// Worked examples from this council's text: a scenario and the advice its paragraph requires. The shared
            /// variant test runs them. The model's examples are inherited so that every paragraph from 4 to 10 has one:
            /// where the council's text changes a paragraph, replace the inherited example for it with one from the
            /// council's text (a changed rule makes the inherited example fail, which is the point).
            public static let examples: [AdviceExample] = LGAModelCode2020.examples + {
                let land = InterestTouch(label: "interest #1 (Table 1: Land and Property)", kind: .disclosablePecuniary,
                                         interestId: 1, effect: .directlyRelates)
                let charity = InterestTouch(label: "interest #2 (Table 2)", kind: .otherRegistrable, interestId: 2,
                                            effect: .directlyRelates, financialInterestOrWellBeing: true)
                return [
                    AdviceExample("A planning application on the member's own land", source: "Appendix B para 4",
                                  .example("Planning application on the member's land", [land]),
                                  expect: .barred(["Appendix B para 4"])),
                    AdviceExample("A grant to a charity the member helps to run", source: "Appendix B para 6",
                                  .example("Grant to the member's charity", [charity]),
                                  expect: .publicOnly(["Appendix B para 6"])),
                ]
            }()
        }

        """
    }
}
