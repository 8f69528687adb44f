import Foundation
import Testing
import TerminalUI

/// Text snapshots of frames: `__Snapshots__/NAME.txt` beside this file holds the expected screen.
/// Run with `RECORD_SNAPSHOTS=1` to (re)write them after an intended change, then review the diff.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    static func assert(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let actual = frame.lines.map { line in
            // Trailing spaces are invisible in a diff; keep the width visible with a closing bar.
            line + "|"
        }.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt: run with RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDiff = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            Issue.record("""
                snapshot \(name) differs at line \(firstDiff + 1):
                expected: \(firstDiff < e.count ? String(e[firstDiff]) : "<none>")
                actual:   \(firstDiff < a.count ? String(a[firstDiff]) : "<none>")
                """, sourceLocation: sourceLocation)
        }
    }
}
