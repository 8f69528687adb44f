import Foundation
import Testing

/// Where the built `rounds` executable and the repository's files are.
///
/// `swift test` builds the `rounds` product (EndToEndTests depends on it) into the same products
/// directory as the test bundle, e.g. `.build/x86_64-unknown-linux-gnu/debug/rounds` next to
/// `.build/x86_64-unknown-linux-gnu/debug/RoundsPackageTests.xctest`.
enum RoundsBinary {
    /// The path of the `rounds` executable, or nil (with the places looked at) when it is not built.
    static func locate() -> (path: String?, searched: [String]) {
        var starts: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe))
        }
        starts.append(Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
        var searched: [String] = []
        for start in starts {
            // The test executable's folder (…/debug when it is a plain file; …/X.xctest/Contents/MacOS
            // on macOS), then its parents.
            var dir = start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = dir.appendingPathComponent("rounds").path
                if !searched.contains(candidate) { searched.append(candidate) }
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate) {
                    return (candidate, searched)
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        return (nil, searched)
    }

    /// The `rounds` executable; records a failure naming the places looked at when it is missing.
    static func path(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let found = locate()
        return try #require(found.path, "the rounds executable was not found next to the test bundle; looked at: \(found.searched.joined(separator: ", ")) — run `swift build` or `swift test` (which builds it)", sourceLocation: sourceLocation)
    }
}

/// The repository: the folder holding Package.swift, found from this source file.
enum Repository {
    static let root: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// The sample hospital: `Data/`.
    static var data: URL { root.appendingPathComponent("Data") }
    static func dataFile(_ relative: String) -> String { data.appendingPathComponent(relative).path }
}

/// A program on PATH (like `which`), or nil.
func findOnPath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for dir in path.split(separator: ":") where !dir.isEmpty {
        let candidate = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}
