import Foundation
import Testing
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// The overdue board shows what the report says, sorted by days overdue, filterable and exportable.
struct OverdueBoardTests {
    /// Enter on a line opens its device (the board was a dead end); q comes back to the board.
    @Test func enterOpensTheDeviceBehindALine() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        app.handle(.char("G")); app.handle(.char("o"))      // the whole board; first line: a ten-day, +63
        app.handle(.enter)
        #expect(app.state.context == .detail)
        let text = app.render(size: Size(width: 80, height: 24)).text
        // The most overdue lines are the three ten-day rounds; the first by device is ED-DF01.
        #expect(text.contains("ED-DF01"), "\(text)")
        app.handle(.char("q"))
        #expect(app.state.context == .overdue)
    }

    /// r on a line starts that line's round in its department, at its device: the second line is
    /// ICU-V01's ten-day round (+63, after ED-DF01), so round mode opens on ICU-V01.
    @Test func rStartsTheLinesRoundAtItsDevice() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        app.handle(.char("G")); app.handle(.char("o"))
        app.handle(.down)
        app.handle(.char("r"))
        guard case .round(let r) = app.state.stack.last else { Issue.record("no round: \(app.state.message ?? "")"); return }
        #expect(r.kind == .tenDay && r.department.code == "ICU")
        #expect(r.current?.tag == "ICU-V01")
        app.handle(.char("q"))
        #expect(app.state.context == .overdue)
    }

    @Test func boardListsOverdueFirstAndExports() throws {
        let f = try AppFixture()
        // As of 2026-03-15 with tracking since 2026-01-01 and no inspections at all:
        //  - monthly due 2026-01-31 for the 4 tracked devices (CARD-E01 is stopped): 43 days overdue
        //  - ten-day due 2026-01-11 for ICU-V01, ICU-V02 (life support) and ED-DF01 (emergency),
        //    all in key departments: 63 days overdue (Jan 11 → Mar 15 = 20 + 28 + 15)
        //  - quarterly due 2026-03-31: 16 days left, not "due soon" (> 7 days)
        let export = f.dir.path
        let app = try App(environment: AppEnvironment(store: f.store, login: "wangfang", now: { f.now }, exportDirectory: export), language: .en)
        app.handle(.char("G")); app.handle(.char("o"))      // hospital total row → the whole board
        let text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("[OVERDUE] 7"))
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("[OVERDUE]") }
        #expect(rows.count == 7)
        #expect(rows.first?.contains("+63") == true)
        #expect(rows.last?.contains("+43") == true)
        app.handle(.char("t"))                              // kind filter: ten-day
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("[OVERDUE] 3"))
        app.handle(.char("x"))
        let file = export + "/rounds-overdue-2026-03-15.csv"
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "TUI exports are for Excel: UTF-8 with a BOM")
        let csv = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        #expect(csv.hasPrefix("device,department,kind,due,days_overdue\r\n"))
        #expect(csv.split(separator: "\r\n").count == 4)   // header + the 3 ten-day lines
        #expect(app.state.message == "Exported to \(CSVWriter.absolute(file))")

        // A second export asks first; the answer offered first is no, which keeps the file.
        app.handle(.char("t"))                              // kind filter: monthly (other lines, same file name)
        app.handle(.char("x"))
        guard case .picker(let p)? = app.state.overlay, case .replaceFile(let path, _, true) = p.purpose else {
            Issue.record("no confirmation before replacing \(file)"); return
        }
        #expect(path == CSVWriter.absolute(file) && p.title.hasSuffix("exists. Replace it?"))
        app.handle(.enter)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == data, "no: the file is untouched")
        app.handle(.char("x")); app.handle(.down); app.handle(.enter)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) != data, "yes: replaced")
        #expect(app.state.message == "Exported to \(CSVWriter.absolute(file))")
    }

    @Test func dashboardCountsOverdue() throws {
        let f = try AppFixture()
        let text = try f.app(.en).render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("[OVERDUE] 7"))
    }
}

/// The uptime drill-down ends on a ticket, not at a list that Enter cannot open.
struct UptimeDrillDownTests {
    @Test func enterOnATicketBehindTheDowntimeOpensIt() throws {
        let f = try AppFixture()
        let at = f.now.adding(seconds: -7_200)
        let report = try f.store.write(actor: "wangfang", at: at) { rec in
            try rec.reportFault(device: "ICU-V01", fault: "无法开机", at: at, by: "wangfang", source: .request,
                                outOfService: true, calendar: .shanghai)
        }
        let app = try f.app(.en)
        app.handle(.char("u"))
        // The worst department first (ICU, the only one with downtime), then its worst device.
        app.handle(.enter)
        app.handle(.enter)
        app.handle(.enter)
        guard case .ticket(let t) = app.state.stack.last else { Issue.record("not on the ticket"); return }
        #expect(t.ticket.number == report.number)
    }
}

/// `/` on the overdue board and the ticket list narrows them as one types; Esc puts back the list.
struct ListSearchTests {
    @Test func slashNarrowsTheOverdueBoardAndTheTicketList() throws {
        let f = try AppFixture()
        let at = f.now.adding(seconds: -7_200)
        try f.store.write(actor: "wangfang", at: at) { rec in
            _ = try rec.reportFault(device: "ICU-V01", fault: "无法开机", at: at, by: "wangfang", source: .request, calendar: .shanghai)
            _ = try rec.reportFault(device: "ED-DF01", fault: "电池报警", at: at, by: "wangfang", source: .request, calendar: .shanghai)
        }
        let app = try f.app(.en)
        app.handle(.char("G")); app.handle(.char("o"))            // the board: 7 lines (OverdueBoardTests)
        app.handle(.char("/")); app.type(text: "icu-v0")           // case does not matter
        guard case .overdue(let o) = app.state.stack.last else { Issue.record("not the board"); return }
        // ICU-V01 and ICU-V02: each a ten-day and a monthly line.
        #expect(o.lines.map(\.device).sorted() == ["ICU-V01", "ICU-V01", "ICU-V02", "ICU-V02"])
        app.handle(.escape)
        guard case .overdue(let back) = app.state.stack.last else { return }
        #expect(back.lines.count == 7)

        app.handle(.char("q")); app.handle(.char("t"))            // the open tickets
        app.handle(.char("/")); app.type(text: "电池")
        app.handle(.enter)                                         // kept
        guard case .tickets(let l) = app.state.stack.last else { Issue.record("not the tickets"); return }
        #expect(l.tickets.map(\.device) == ["ED-DF01"])
        app.handle(.enter)                                         // opens the one left
        guard case .ticket(let t) = app.state.stack.last else { Issue.record("not the ticket"); return }
        #expect(t.ticket.device == "ED-DF01")
    }
}

/// On lists whose order means something (the uptime ranking, the walk of the shift's devices) `/`
/// jumps to the first match instead of hiding the rest.
struct JumpSearchTests {
    @Test func slashJumpsOnTheUptimeBoardAndTheShiftScreen() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        app.handle(.char("u"))
        app.handle(.char("/")); app.type(text: "ed")
        guard case .uptime(let u) = app.state.stack.last else { Issue.record("not the uptime board"); return }
        let lines = u.departmentLines.map(\.key)
        #expect(lines.indices.contains(u.table.selected) && lines[u.table.selected] == "ED", "\(lines) \(u.table.selected)")
        app.handle(.enter); app.handle(.char("q"))
        app.handle(.down); app.handle(.char("c"))              // ICU's shift screen
        app.handle(.char("/")); app.type(text: "V02")
        guard case .shift(let x) = app.state.stack.last else { Issue.record("not the shift screen"); return }
        #expect(x.selected?.device == "ICU-V02")
        app.handle(.escape)
        #expect(app.state.context == .shift)
    }
}
