import Foundation
import Testing

/// Every command names itself in its `CommandConfiguration`. Without a name, the argument parser
/// derives one from the type by reflection (`String(describing:)`), for every command of the tree
/// at every start: about 35 ms of each command (a fifth of `report overdue` on the benchmark store).
struct CommandNameTests {
    @Test func everyCommandConfigurationStartsWithItsName() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/rounds").standardized
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        var configurations = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            // The text after each `CommandConfiguration(` of the code (a `///` example is not code).
            let lines = text.components(separatedBy: "\n")
            for (i, line) in lines.enumerated() where line.contains("CommandConfiguration(")
                && !line.trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                configurations += 1
                let after = ([String(line.components(separatedBy: "CommandConfiguration(")[1])] + lines[(i + 1)...].prefix(2))
                    .joined(separator: " ").trimmingCharacters(in: .whitespaces)
                #expect(after.hasPrefix("commandName:"), "\(file.lastPathComponent):\(i + 1) has no commandName")
            }
        }
        #expect(configurations > 100, "found \(configurations) command configurations under \(sources.path)")
    }
}
