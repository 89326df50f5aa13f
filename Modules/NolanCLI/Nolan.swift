import ArgumentParser
import Foundation
import NolanComposition
import NolanDomain
import NolanOpenData

/// The `nolan` command: a thin shell over `NolanComposition`. Parsing and printing live here; every rule lives
/// in `NolanRegister`.
public struct Nolan: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "nolan",
        abstract: "Registers of interests, gifts and hospitality and dispensations under the Councillor Code of Conduct.",
        discussion: """
            One installation holds a principal authority and the parish and town councils whose registers its \
            Monitoring Officer keeps, each under the code of conduct it adopted (Councils/<slug>/council.yaml).

            Data lives in one SQLite file: --db, else NOLAN_DB, else ./nolan.sqlite. Dates are YYYY-MM-DD (DD/MM/YYYY \
            is accepted too); "today" is NOLAN_TODAY when set, else today's date in England.

            Exit status: 0 success; 1 a user error (the message on stderr says what was wrong, nothing was written); \
            2 an internal error.
            """,
        subcommands: [
            Demo.self, Councils.self, Members.self, Interests.self, Gifts.self, Dispensations.self, RegisterCommand.self,
            DeadlinesCommand.self, HistoryCommand.self, Advise.self, Meetings.self, Scan.self, Code.self, Variant.self, ProtocolCommand.self, Export.self, Import.self,
        ])

    public init() {}
}

/// Runs `nolan` with the process arguments and exits with Nolan's exit status.
public enum NolanMain {
    public static func run(_ arguments: [String]? = nil) -> Never {
        var command: any ParsableCommand
        do {
            command = try Nolan.parseAsRoot(arguments)
        } catch {
            let code = Nolan.exitCode(for: error)
            if code == .success {
                print(Nolan.fullMessage(for: error))
                exit(0)
            }
            printError(Nolan.fullMessage(for: error))
            exit(1)
        }
        do {
            try command.run()
            exit(0)
        } catch let e as UserError {
            printError("error: \(e.message)")
            exit(1)
        } catch let e as ImportFailed {
            printError("error: \(e.description)")
            exit(1)
        } catch let e as OpenDataError {
            printError("error: \(e.description)")
            exit(1)
        } catch let e as ValidationError {
            printError("error: \(e.message)")
            exit(1)
        } catch let e as ExitCode {
            exit(e.rawValue)
        } catch {
            // Help and usage errors that ArgumentParser raises while running a command (e.g. `--help` on a
            // subcommand) keep its meaning; anything else is ours, and unexpected.
            switch Nolan.exitCode(for: error) {
            case .success:
                print(Nolan.fullMessage(for: error))
                exit(0)
            case .validationFailure:
                printError(Nolan.fullMessage(for: error))
                exit(1)
            default:
                printError("internal error: \(error)")
                exit(2)
            }
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// Options every command that touches the register shares.
struct InstallationOptions: ParsableArguments {
    @Option(help: "The SQLite database file (default: NOLAN_DB, else ./nolan.sqlite).")
    var db: String?

    @Option(name: .customLong("councils-folder"), help: "The councils configuration folder (default: NOLAN_COUNCILS, else ./Councils).")
    var councilsFolder: String?

    @Option(name: .customLong("as"), help: "Who is making the change, for the audit log (default: NOLAN_USER, else USER).")
    var actor: String?

    var paths: InstallationPaths { InstallationPaths.resolve(database: db, councils: councilsFolder) }

    var actorName: String {
        let env = ProcessInfo.processInfo.environment
        return actor ?? env["NOLAN_USER"] ?? env["USER"] ?? env["LOGNAME"] ?? ProcessInfo.processInfo.userName
    }

    /// Opens the installation. Unless `create`, the database must already exist: a read on a mistyped path
    /// should fail, not create an empty register.
    func open(create: Bool = false) throws -> Installation {
        let p = paths
        if !create, !FileManager.default.fileExists(atPath: p.database) {
            throw UserError("no database at \(p.database) (run `nolan demo`, or `nolan councils sync` to start one; or pass --db)")
        }
        return try Installation(paths: p, today: try Today.resolve(), actor: actorName)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct FormatOption: ParsableArguments {
    @Option(help: "Output format: text or json (the JSON shapes are documented in Integration/JSON.md).")
    var format: OutputFormat = .text
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension MemberRole: ExpressibleByArgument {}
extension InterestHolder: ExpressibleByArgument {}
extension DonorInterest: ExpressibleByArgument {}
extension DispensationGround: ExpressibleByArgument {}
extension DispensationPermission: ExpressibleByArgument {}

/// Prints values as pretty, key-sorted JSON: stable output that diff and jq can work with.
func printJSON(_ value: some Encodable) throws {
    let e = JSONEncoder()
    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try e.encode(value), as: UTF8.self))
}

/// Left-aligned columns for text tables.
func table(_ header: [String], _ rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { i in all.map { $0[i].count }.max() ?? 0 }
    return all.map { row in
        row.enumerated().map { i, cell in
            i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
        }.joined(separator: "  ")
    }.joined(separator: "\n")
}
