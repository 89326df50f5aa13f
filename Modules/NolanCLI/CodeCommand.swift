import ArgumentParser
import Foundation
import NolanComposition
import NolanDomain
import NolanPolicy

struct Code: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A council's adopted code of conduct: its text, and its local amendments to the LGA model.",
        subcommands: [Show.self, Diff.self])

    /// The variant a council adopted, read from the database (or, before any sync, from Councils/).
    static func variant(council slug: String, _ installation: InstallationOptions) throws -> (String, ConductCodeVariant) {
        let inst = try installation.open()
        guard let c = try inst.store.read({ try $0.council(slug) }) else { throw UserError("council: no council '\(slug)'") }
        guard let v = Registered.registry.variant(c.codeVariantId) else {
            throw UserError("council \(slug): code-of-conduct variant '\(c.codeVariantId)' is not registered")
        }
        return (c.name, v)
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the council's adopted code, word for word from its source text.",
            discussion: "--format json gives the paragraphs with the label each is cited by (para 10.2, Appendix B para 6, Table 2).")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug.") var council: String
        @OptionGroup var output: FormatOption

        func run() throws {
            let (name, v) = try Code.variant(council: council, installation)
            if output.format == .json { return try printJSON(CodeText.blocks(v.text)) }
            print("\(name) has adopted: \(v.title) (\(v.id))\(v.adoptedOn.map { ", adopted \($0)" } ?? "")\(v.nextReviewOn.map { ", next review \($0)" } ?? "")\n")
            print(v.text)
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the council's local amendments to the LGA Model Code 2020, paragraph by paragraph.",
            discussion: "Changed paragraphs show the model's words that went as [-...-] and the local words as {+...+}. Bold markers, bullets, quote styles and spacing are not counted as amendments.")
        @OptionGroup var installation: InstallationOptions
        @Option(help: "The council's slug.") var council: String
        @OptionGroup var output: FormatOption

        func run() throws {
            let (name, v) = try Code.variant(council: council, installation)
            let changes = v.id == LGAModelCode2020.id ? [] : CodeText.diff(model: LGAModelCode2020.text, local: v.text)
            if output.format == .json { return try printJSON(changes) }
            if changes.isEmpty {
                print("\(name) adopted the \(v.title) without local amendments.")
                return
            }
            print("\(name): \(v.title) (\(v.id)) against the \(LGAModelCode2020.document): \(changes.count) paragraphs differ\n")
            for c in changes {
                let where_ = c.label ?? "(before the numbered paragraphs)"
                switch c.kind {
                case .changed: print("~ \(where_)\n    \(c.words ?? "")\n")
                case .added: print("+ \(where_) (local only)\n    \(c.local ?? "")\n")
                case .removed: print("- \(where_) (model only)\n    \(c.model ?? "")\n")
                }
            }
        }
    }
}
