import RoundsCore
import RoundsStore
import TerminalUI

/// The device file (设备档案, R9) as a page: every record of one device, oldest first, each line
/// when, who, the kind of record, its number, what was done and the person's note. Opened with `f`
/// from the device screen; long lines wrap, so nothing is cut at 80 columns. It ends with the seal
/// line, as `rounds equipment file TAG` does, and `x` / `X` export it as sealed text or CSV (R5).
public struct DeviceFileState: Sendable {
    public var device: Equipment
    public var entries: [DeviceFileEntry]
    public var scroll: Int = 0
    /// The store's seal as the file was read, by the reader: the page's last line.
    public var seal: String = ""

    static func load(_ store: Store, tag: String, asOf: Instant, login: String = "") throws -> DeviceFileState? {
        guard let d = try store.device(tag) else { return nil }
        return DeviceFileState(device: d, entries: try store.deviceFile(tag, asOf: asOf),
                               seal: try store.headSeal(at: asOf, login: login).line)
    }

    /// The page's lines: the device, then one line per record with the kind padded so the
    /// columns line up in both languages.
    func lines(strings s: Strings, calendar: FacilityCalendar) -> [(String, StyleRole)] {
        var out: [(String, StyleRole)] = [("\(device.tag)  \(device.displayName(english: !s.isChinese))  (\(entries.count))", .title)]
        let sealLines: [(String, StyleRole)] = seal.isEmpty ? [] : [("", .normal), (seal, .dim)]
        if entries.isEmpty { return out + [(s.t(.deviceFileEmpty), .dim)] + sealLines }
        let kindWidth = DeviceFileEntry.Kind.allCases.map { displayWidth(s.fileKind($0)) }.max() ?? 8
        for row in DeviceFileOutput.rows(entries, strings: s, calendar: calendar) {
            let ref = row[3].isEmpty ? "" : "#\(row[3]) "
            let note = row[5].isEmpty ? "" : " — \(row[5])"
            out.append(("\(row[0])  \(fit(row[1], width: 12))  \(fit(row[2], width: kindWidth))  \(ref)\(row[4])\(note)", .normal))
        }
        return out + sealLines
    }
}

enum DeviceFileView {
    static func render(_ state: inout DeviceFileState, into frame: inout Frame, rect: Rect, strings s: Strings, calendar: FacilityCalendar) {
        TextPage.render(state.lines(strings: s, calendar: calendar), scroll: &state.scroll, into: &frame, rect: rect)
    }
}
