import Foundation

/// Finds the sample hospital's `Data/` folder: `ROUNDS_DATA`, else next to the executable or any of
/// its parent folders (so `swift run` and `.build/debug/rounds` find the repository's), else the
/// current directory's parents.
enum DataDirectory {
    static func locate() throws -> String {
        let env = ProcessInfo.processInfo.environment
        if let d = env["ROUNDS_DATA"], !d.isEmpty { return d }
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")).map { URL(fileURLWithPath: $0) } ?? exe
        for start in [executable.deletingLastPathComponent(), URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            var dir = start
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("Data")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("departments.csv").path) { return candidate.path }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw Refusal("cannot find the sample hospital's Data/ folder: set ROUNDS_DATA to it")
    }
}
