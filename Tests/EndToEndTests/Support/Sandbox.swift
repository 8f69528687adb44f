import Foundation
import Testing

/// What a finished process left: its exit code and everything it wrote.
struct RunResult: CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    let stdout: String
    let stderr: String

    var stdoutLines: [String] { lines(stdout) }
    var stderrLines: [String] { lines(stderr) }

    private func lines(_ s: String) -> [String] {
        // `\r\n` is one Character in Swift, so split on "is a newline", not on "\n".
        s.split(whereSeparator: \.isNewline).map { String($0) }
    }

    var description: String {
        "rounds \(arguments.joined(separator: " ")) → exit \(status)\n--- stdout:\n\(stdout.prefix(2000))\n--- stderr:\n\(stderr.prefix(2000))"
    }
}

/// The fixed clock every test runs at: never the machine's.
let testNow = "2026-11-22T10:00"

/// The clock of a piece of work in a practice store: its `--at` when it has one, else `otherwise`.
/// Work is entered when it is done (R4: a record entered more than a day late needs a reason).
func clockOfWork(_ arguments: [String], otherwise: String = testNow) -> String {
    guard let i = arguments.firstIndex(of: "--at"), i + 1 < arguments.count else { return otherwise }
    return arguments[i + 1]
}

/// A fresh temporary folder for one test, with its own HOME, XDG_DATA_HOME and store; removed when
/// the test lets go of it. Runs `rounds` and other programs with an explicit environment.
final class Sandbox {
    let root: URL
    /// `--store` for `rounds` run through ``rounds(_:now:user:)``.
    let store: String

    init(_ label: String = "e2e") throws {
        let base = FileManager.default.temporaryDirectory
        root = base.appendingPathComponent("rounds-\(label)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
        store = root.appendingPathComponent("rounds.sqlite").path
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// The environment every program gets: UTF-8, a HOME and XDG_DATA_HOME of its own, the
    /// repository's Data/, the caller's PATH, and nothing else (no ROUNDS_* from outside).
    var environment: [String: String] {
        var env: [String: String] = [
            "LANG": "C.UTF-8",
            "HOME": root.appendingPathComponent("home").path,
            "XDG_DATA_HOME": root.appendingPathComponent("data").path,
            "ROUNDS_DATA": Repository.data.path,
        ]
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return env
    }

    /// Writes `text` as UTF-8 into the sandbox and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let p = path(name)
        try data.write(to: URL(fileURLWithPath: p))
        return p
    }

    /// Runs `rounds ARGS --store STORE --now NOW [--user USER]` (the global options go last, after
    /// the subcommand, where every subcommand takes them). Pass `now: nil` to leave out `--now`.
    ///
    /// A command that records work with `--at` runs with the clock at that time (`clockAtWork`): a
    /// practice store built the way the contract's checks build one, each piece of work entered
    /// when it is done. Pass `clockAtWork: false` to enter it later (late entries, R4).
    func rounds(_ arguments: [String], now: String? = testNow, user: String? = nil, clockAtWork: Bool = true,
                sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        var args = arguments + ["--store", store]
        if let now { args += ["--now", clockAtWork ? clockOfWork(arguments, otherwise: now) : now] }
        if let user { args += ["--user", user] }
        return try run(RoundsBinary.path(sourceLocation: sourceLocation), args, label: "rounds")
    }

    /// Runs a program to the end with the sandbox's environment (see ``Spawn``). Output goes
    /// through files, so a long output can never block the child on a full pipe.
    /// `environment` adds to (or replaces in) the sandbox's ``environment``, e.g. `["LANG": "zh_CN.UTF-8"]`.
    func run(_ executable: String, _ arguments: [String], label: String? = nil,
             environment extra: [String: String] = [:]) throws -> RunResult {
        let id = UUID().uuidString.prefix(8)
        let outPath = path("out-\(id)"), errPath = path("err-\(id)")
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let status = try Spawn.run(executable, arguments, environment: environment.merging(extra) { $1 }, directory: root.path,
                                   stdout: outPath, stderr: errPath)
        let stdout = String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self)
        let stderr = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
        let shown = label.map { _ in arguments } ?? [executable] + arguments
        return RunResult(arguments: shown, status: status, stdout: stdout, stderr: stderr)
    }

    /// `init`, then the sample hospital's departments, people and equipment from Data/; expects each
    /// step to succeed.
    func createSampleHospital(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let steps: [([String], String?)] = [
            (["init", "--practice", "--since", "2026-01-01"], nil),
            (["import", "departments", Repository.dataFile("departments.csv")], nil),
            (["import", "people", Repository.dataFile("people.csv")], nil),
            // People exist now: the importer must be one of them.
            (["import", "equipment", Repository.dataFile("equipment.csv")], "demo"),
        ]
        for (args, user) in steps {
            let r = try rounds(args, user: user, sourceLocation: sourceLocation)
            try #require(r.status == 0, "\(r)", sourceLocation: sourceLocation)
        }
    }
}
