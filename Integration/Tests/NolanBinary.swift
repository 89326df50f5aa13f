import Foundation

/// Runs the built `nolan` binary as a user would, against a temporary SQLite file.
struct NolanBinary {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `NOLAN_BIN` when set; otherwise the `nolan` built beside this test bundle (the test target depends on it).
    static let path: String = {
        if let p = ProcessInfo.processInfo.environment["NOLAN_BIN"], !p.isEmpty { return p }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("nolan")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside.path }
        return repositoryRoot.appendingPathComponent(".build/debug/nolan").path
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let folder: URL
    var today = "2026-11-22"
    var councils: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nolan-it-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        councils = Self.repositoryRoot.appendingPathComponent("Councils").path
    }

    var database: String { folder.appendingPathComponent("register.sqlite").path }

    /// Runs `nolan ARGS` with NOLAN_DB, NOLAN_COUNCILS and NOLAN_TODAY set for this test.
    @discardableResult
    func run(_ args: [String], extraEnvironment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.path)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["NOLAN_DB"] = database
        env["NOLAN_COUNCILS"] = councils
        env["NOLAN_TODAY"] = today
        env["NOLAN_USER"] = "clerk@test"
        for (k, v) in extraEnvironment { env[k] = v }
        p.environment = env
        p.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }

    /// Runs and decodes the JSON printed on stdout.
    func json(_ args: [String]) throws -> Any {
        let r = try run(args + ["--format", "json"])
        guard r.status == 0 else { throw Failure("nolan \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}
