import Foundation
import Testing
import RoundsCore
import RoundsStore
import TerminalUI
@testable import RoundsApp

/// Another person's write while the dashboard is open: keys keep working at once while the
/// dashboard is read again off the input path, and the new numbers show when that read is done.
struct BackgroundLoadTests {
    /// The dashboard's hospital-total overdue count, as the screen at the bottom of the stack has it.
    func overdueShown(_ app: App) -> Int? {
        guard case .dashboard(let d) = app.state.stack[0] else { return nil }
        return d.rows.last?.overdue
    }

    func selected(_ app: App) -> Int? {
        guard case .dashboard(let d) = app.state.stack[0] else { return nil }
        return d.table.selected
    }

    @Test func anotherConnectionsWriteShowsWithoutHoldingKeys() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        app.loadsInBackground = true
        // Every load waits for the gate, so nothing but the keys' own work can run meanwhile.
        let gate = DispatchSemaphore(value: 0)
        app.loader.beforeLoad = { _ = gate.wait(timeout: .now() + 10) }
        let before = try #require(overdueShown(app))

        // Another program (its own connection) records a quarterly inspection of ICU-V01: with no
        // inspection since 2026-01-01 its ten-day and monthly checks were overdue on 15 March, and
        // a quarterly record counts for both.
        let other = try Store.open(path: f.store.path)
        try other.write(actor: "wangfang", at: f.now, options: .generated) { rec in
            _ = try rec.recordInspection(WorkStamp(device: "ICU-V01", at: f.now, by: "wangfang"), kind: .quarterly,
                                         result: .ok, calendar: .shanghai)
        }
        let truth = try f.store.overdueReport(today: Day(2026, 3, 15)!).overdue.count
        #expect(truth == before - 2, "the write must change the number, or the test proves nothing")

        // The tick notices the change and asks for a load; a key then acts at once on what is shown.
        let started = Date()
        app.tick()
        app.handle(.down)
        _ = app.render(size: Size(width: 100, height: 30))
        #expect(Date().timeIntervalSince(started) < 2, "tick and key must not wait for the held load")
        #expect(app.loader.isLoading)
        #expect(overdueShown(app) == before, "the old numbers stay until the new ones are read")
        #expect(selected(app) == 1)

        gate.signal()
        #expect(app.loader.waitUntilIdle(seconds: 10))
        app.tick()
        #expect(overdueShown(app) == truth)
        #expect(selected(app) == 1, "the selection made while loading is kept")
    }

    @Test func withoutTheBackgroundTheDashboardIsReadAtOnce() throws {
        // The screens' tests (and every caller that does not ask for the background) see a change
        // at the very tick that notices it, as before.
        let f = try AppFixture()
        let app = try f.app(.en)
        let other = try Store.open(path: f.store.path)
        try other.write(actor: "wangfang", at: f.now, options: .generated) { rec in
            _ = try rec.recordInspection(WorkStamp(device: "ICU-V01", at: f.now, by: "wangfang"), kind: .quarterly,
                                         result: .ok, calendar: .shanghai)
        }
        app.tick()
        #expect(overdueShown(app) == (try f.store.overdueReport(today: Day(2026, 3, 15)!).overdue.count))
    }
}

/// The terminal UI's first frame does not wait for the fleet-wide read: the departments and their
/// device counts show at once, the overdue counts and rates say "…" until the load is done, and
/// then the same numbers as a synchronous start.
struct FirstFrameTests {
    @Test func theFirstFrameShowsTheCountsAtOnceAndTheRestWhenRead() throws {
        let f = try AppFixture()
        let fixed = f.now
        let gate = DispatchSemaphore(value: 0)
        let app = try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { fixed }), language: .en,
                          border: .unicode, firstFrameAtOnce: true, beforeLoad: { _ = gate.wait(timeout: .now() + 10) })
        let waiting = app.render(size: Size(width: 100, height: 30)).text
        #expect(waiting.contains("reading overdue counts and intact rates"))
        guard case .dashboard(let first) = app.state.stack[0] else { Issue.record("not the dashboard"); return }
        let synchronous = try f.app(.en)
        guard case .dashboard(let truth) = synchronous.state.stack[0] else { Issue.record("not the dashboard"); return }
        // The device counts are there already; the overdue count is not.
        #expect(first.rows.map(\.counts) == truth.rows.map(\.counts))
        #expect(first.rows.last?.overdue == 0 && (truth.rows.last?.overdue ?? 0) > 0, "the fixture has overdue inspections")

        gate.signal()
        #expect(app.loader.waitUntilIdle(seconds: 10))
        app.tick()
        guard case .dashboard(let loaded) = app.state.stack[0] else { Issue.record("not the dashboard"); return }
        #expect(loaded.rows == truth.rows)
        #expect(!app.render(size: Size(width: 100, height: 30)).text.contains("reading overdue"))

        // The overdue board opens on the report the dashboard read (nothing changed since).
        app.handle(.char("o"))
        guard case .overdue(let board) = app.state.stack.last else { Issue.record("the overdue board did not open"); return }
        #expect(board.report == loaded.overdueReport)
    }
}
