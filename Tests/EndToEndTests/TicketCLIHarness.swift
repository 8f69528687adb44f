import Foundation
import Testing

/// Runs the built `rounds` binary for the ticket tests: a fresh temporary folder and store per
/// sandbox, LANG=C.UTF-8, ROUNDS_DATA pointing at the repository's Data/, and no clock from the
/// environment (every call passes --now, every step --at).
final class TicketCLISandbox {
    struct Result: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var args: [String]

        /// Output lines, LF or CRLF (CSV) ended; `"\r\n"` is one Character in Swift.
        var lines: [String] { stdout.split(whereSeparator: \.isNewline).map(String.init) }
        var description: String { "rounds \(args.joined(separator: " ")) → exit \(status)\nstdout: \(stdout)\nstderr: \(stderr)" }

        /// The JSON object printed on stdout.
        func json(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
            let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
            return try #require(object as? [String: Any], "not a JSON object: \(self)", sourceLocation: sourceLocation)
        }
    }

    let dir: URL
    var store: String { dir.appendingPathComponent("rounds.sqlite").path }
    private var runs = 0

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-ticket-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    /// The repository root (the folder with Package.swift), found from this file.
    static let repository: URL = {
        var d = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while d.path != "/", !FileManager.default.fileExists(atPath: d.appendingPathComponent("Package.swift").path) {
            d = d.deletingLastPathComponent()
        }
        return d
    }()

    /// The `rounds` executable next to the test bundle (or in a parent folder of it).
    static func binary(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        var starts: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { starts.append(URL(fileURLWithPath: exe)) }
        starts.append(Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
        for start in starts {
            var d = start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = d.appendingPathComponent("rounds")
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return candidate.path
                }
                d = d.deletingLastPathComponent()
            }
        }
        return try #require(nil as String?, "rounds executable not found next to the test bundle; run swift build", sourceLocation: sourceLocation)
    }

    /// Writes a file in the sandbox and returns its path.
    func file(_ name: String, _ text: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs `rounds ARGS` on the sandbox's store as `user` (unless ARGS give --user); `environment`
    /// is set over the sandbox's own (e.g. `LANG`).
    @discardableResult
    func run(_ args: [String], user: String = "head", environment: [String: String] = [:]) throws -> Result {
        runs += 1
        let out = dir.appendingPathComponent("out-\(runs)"), err = dir.appendingPathComponent("err-\(runs)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try Self.binary())
        p.arguments = args
        p.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        for key in ["ROUNDS_NOW", "ROUNDS_PIN", "LC_ALL"] { env.removeValue(forKey: key) }
        env["LANG"] = "C.UTF-8"
        env["ROUNDS_DATA"] = Self.repository.appendingPathComponent("Data").path
        env["ROUNDS_STORE"] = store
        env["ROUNDS_USER"] = user
        env["HOME"] = dir.path
        env["XDG_DATA_HOME"] = dir.path
        env.merge(environment) { _, given in given }
        p.environment = env
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        p.standardOutput = outHandle
        p.standardError = errHandle
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try outHandle.close(); try errHandle.close()
        return Result(status: p.terminationStatus,
                      stdout: try String(contentsOf: out, encoding: .utf8),
                      stderr: try String(contentsOf: err, encoding: .utf8), args: args)
    }

    /// Runs and requires exit 0.
    @discardableResult
    func ok(_ args: [String], user: String = "head", sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let r = try run(args, user: user)
        #expect(r.status == 0, "\(r)", sourceLocation: sourceLocation)
        return r
    }

    /// Runs and requires a refusal: exit 1, nothing on stdout, one `rounds: …` line on stderr
    /// containing `reason`.
    @discardableResult
    func refused(_ args: [String], _ reason: String, user: String = "head",
                 sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let r = try run(args, user: user)
        #expect(r.status == 1, "\(r)", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty, "\(r)", sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix("rounds: ") && r.stderr.contains(reason), "\(r)", sourceLocation: sourceLocation)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r)", sourceLocation: sourceLocation)
        return r
    }

    // MARK: The ticket tests' hospital, built with the CLI only

    /// `init --since 2026-03-01` and the imports: a key department ICU with a life-support ventilator
    /// ICU-V01, a non-key infusion pump ICU-P01 and a scrapped ventilator ICU-V09; the equipment
    /// department EQ with a standby ventilator EQ-V01; nurse (operator, ICU), engineer, head
    /// (equipment-head), director.
    func hospital() throws {
        let at = ["--now", "2026-03-01T07:00"]
        try ok(["init", "--practice", "--since", "2026-03-01", "--tz", "Asia/Shanghai"] + at)
        try ok(["import", "departments", try file("departments.csv", """
            code,name,name_en,key
            ICU,重症医学科,Intensive Care Unit,yes
            EQ,设备科,Equipment Department,no

            """)] + at)
        try ok(["import", "people", try file("people.csv", """
            login,name,roles,department
            nurse,李护士,operator,ICU
            engineer,王工,engineer,EQ
            head,张科长,equipment-head,EQ
            director,陈院长,director,

            """)] + at)
        try ok(["import", "equipment", try file("equipment.csv", """
            tag,name,name_en,department,category,life_support,emergency,in_service,status,custodian
            ICU-V01,呼吸机,Ventilator,ICU,ventilator,yes,no,2024-01-01,in-service,nurse
            ICU-P01,输液泵,Infusion pump,ICU,infusion-pump,no,no,2024-01-01,in-service,nurse
            ICU-V09,呼吸机,Old ventilator,ICU,ventilator,yes,no,2015-01-01,scrapped,
            EQ-V01,呼吸机,Spare ventilator,EQ,ventilator,yes,no,2024-01-01,standby,

            """)] + at)
    }

    /// `rounds ticket ARGS --at T --now T` (the step happens at the clock's time), requiring exit 0.
    @discardableResult
    func step(_ args: [String], at time: String, user: String = "head",
              sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        try ok(["ticket"] + args + ["--at", time, "--now", time], user: user, sourceLocation: sourceLocation)
    }

    /// The same, requiring a refusal containing `reason`.
    @discardableResult
    func refusedStep(_ args: [String], at time: String, _ reason: String, user: String = "head",
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        try refused(["ticket"] + args + ["--at", time, "--now", time], reason, user: user, sourceLocation: sourceLocation)
    }

    /// `rounds ticket open …` at `time`: the number printed alone on stdout.
    func open(_ args: [String], at time: String, user: String = "head",
              sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let r = try step(["open"] + args, at: time, user: user, sourceLocation: sourceLocation)
        return r.stdout.trimmingCharacters(in: .newlines)
    }

    /// `rounds ticket show NUMBER --format json --now T`.
    func show(_ number: String, now: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        try ok(["ticket", "show", number, "--format", "json", "--now", now], sourceLocation: sourceLocation).json(sourceLocation: sourceLocation)
    }

    /// `rounds verify` passes.
    func verify(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try ok(["verify"], sourceLocation: sourceLocation)
        #expect(r.stdout.hasPrefix("ok:"), "\(r)", sourceLocation: sourceLocation)
    }
}

/// Fields of `ticket show --format json`.
extension Dictionary where Key == String, Value == Any {
    var ticketEvents: [[String: Any]] { self["events"] as? [[String: Any]] ?? [] }
    var ticketTimeline: [[String: Any]] { self["timeline"] as? [[String: Any]] ?? [] }
    var ticketExceptions: [[String: Any]] { self["exceptions"] as? [[String: Any]] ?? [] }
    func ticketString(_ key: String) -> String? { self[key] as? String }
}
