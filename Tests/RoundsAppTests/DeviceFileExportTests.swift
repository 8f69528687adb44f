import Foundation
import Testing
import RoundsCore
import RoundsStore
import TerminalUI
@testable import RoundsApp

/// The device file page (`f` on the device screen, R9) ends with the seal line as `rounds equipment
/// file TAG` does, and `x` / `X` export it as sealed text and as CSV (R5).
struct DeviceFileExportTests {
    @Test func theFileShowsItsSealAndExportsTextAndCSV() throws {
        let f = try AppFixture()
        let export = f.dir.path
        for language in [Language.en, .zh] {
            let app = try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { f.now }, exportDirectory: export), language: language)
            for key in [.char("e"), .char("/")] + "ICU-V01".map({ Key.char($0) }) + [.enter, .enter, .char("f")] { app.handle(key) }
            guard case .deviceFile(let file)? = app.state.stack.last else { Issue.record("not the device file"); return }
            #expect(file.seal.hasPrefix("seal ") && file.seal.hasSuffix(" wangfang"), "\(file.seal)")
            app.handle(.char("G"))
            let screen = app.render(size: Size(width: 120, height: 40)).text
            #expect(screen.contains(file.seal), "\(screen)")
            app.handle(.char("x"))
            app.handle(.char("X"))
            let base = export + "/rounds-file-ICU-V01-2026-03-15-\(language.rawValue)"
            let text = try String(contentsOfFile: base + ".txt", encoding: .utf8)
            #expect(text.contains("ICU-V01") && text.split(separator: "\n").last?.hasPrefix("seal ") == true, "\(text)")
            let csv = try String(contentsOfFile: base + ".csv", encoding: .utf8)
            #expect(csv.contains("at,by,kind,reference,what,note,answers"), "\(csv)")
        }
    }
}
