import Foundation
import RoundsStore

/// The progress line while the sample hospital is first created (a year of rounds, tickets and
/// checks: seconds, not a blank screen). On a terminal it rewrites one line; otherwise one line a part.
struct DemoProgress {
    let chinese: Bool

    static let zh: [DemoHospital.Part: String] = [
        .archive: "设备档案", .statusChanges: "状态变更", .inspections: "巡检记录", .tickets: "维修单",
        .maintenance: "保养记录", .pins: "签名密码", .dailyChecks: "日检与交接班",
    ]

    func show(_ part: DemoHospital.Part) {
        let all = DemoHospital.Part.allCases
        let n = (all.firstIndex(of: part) ?? 0) + 1
        let what = chinese ? Self.zh[part] ?? part.rawValue : part.rawValue
        let head = chinese ? "正在创建示例医院（仅首次）" : "Creating the sample hospital (first run only)"
        let line = "\(head): \(n)/\(all.count) \(what)…"
        let tty = isatty(STDERR_FILENO) == 1
        FileHandle.standardError.write(Data(((tty ? "\r\u{1B}[K" : "") + line + (tty ? "" : "\n")).utf8))
    }

    /// Ends the rewritten line before the screen opens.
    static func finish() {
        if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
