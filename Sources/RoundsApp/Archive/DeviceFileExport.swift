import Foundation
import RoundsCore

extension App {
    /// Writes the device file on screen to the export folder (R5, R9): `x` the printable text, sealed
    /// like `rounds equipment file TAG`, `X` the CSV of `--format csv`, in the screen's language.
    func exportDeviceFile(_ f: DeviceFileState, csv: Bool) {
        let now = environment.now()
        let chinese = state.strings.isChinese
        let name = "rounds-file-\(f.device.tag)-\(environment.calendar.day(of: now))-\(state.strings.language.rawValue).\(csv ? "csv" : "txt")"
        let path = environment.exportDirectory + "/" + name
        let body = DeviceFileOutput.render(f.device, f.entries, format: csv ? .csv : .table, calendar: environment.calendar, chinese: chinese)
        do {
            export(csv ? body : try TextDocument.sealed(body, store: store, at: now, login: environment.login), to: path, csv: csv)
        } catch {
            state.message = "\(path): \(error.localizedDescription)"
        }
    }
}
