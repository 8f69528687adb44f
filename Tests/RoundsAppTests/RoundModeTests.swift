import Foundation
import GRDB
import Testing
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// Round mode: logging a round must be faster than paper, and every finding must become a record.
struct RoundModeTests {
    /// A store with one department of 30 devices in 15 rooms and an engineer.
    static func ward() throws -> (AppFixture, Store) {
        let f = try AppFixture()
        try f.store.write(actor: "wangfang", at: f.now) { rec in
            try rec.save(Department(code: "AAA", name: "普通病区", nameEN: "General ward", isKey: false))
            for i in 1...30 {
                let tag = String(format: "AAA-%02d", i)
                try rec.save(Equipment(tag: tag, name: "输液泵", nameEN: "Infusion pump", department: "AAA", category: "infusion-pump",
                                       inService: Day(2024, 1, 1)!, location: String(format: "病房%02d", (i + 1) / 2)))
            }
        }
        return (f, f.store)
    }

    func count(_ store: Store, _ sql: String) throws -> Int {
        try store.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test func healthyMonthlyRoundOf30DevicesTakesAtMost35Keys() throws {
        let (f, store) = try Self.ward()
        let app = try f.app(.zh)
        // AAA sorts first among the non-key departments, after the key ones (ED, ICU): two downs.
        var keys: [Key] = [.down, .down, .char("r"), .enter]       // select AAA, round, monthly
        keys += Array(repeating: .char(" "), count: 30)            // one key per healthy device
        keys.append(.char("q"))                                    // back to the dashboard
        for k in keys { #expect(app.handle(k)) }
        #expect(keys.count <= 35)                                  // 36 would fail the issue's budget
        #expect(app.state.context == .dashboard)
        #expect(try count(store, "SELECT COUNT(*) FROM inspections WHERE kind = 'monthly' AND result = 'ok'") == 30)
        #expect(try count(store, "SELECT COUNT(*) FROM rounds WHERE finished_at IS NOT NULL") == 1)
        #expect(try store.verify().passed)
    }

    /// Two people in one round (issue #10: the second never refreshed and recorded the same device
    /// twice): the second screen shows the first's records once the store changes, Space there records
    /// nothing twice, and the store refuses a duplicate even before the screen has caught up.
    @Test func twoPeopleInOneRoundNeverRecordADeviceTwice() throws {
        let (f, store) = try Self.ward()
        try store.write(actor: "wangfang", at: f.now) { rec in
            try rec.save(Person(login: "lina", name: "李娜", roles: [.engineer], department: ""))
        }
        let first = try f.app(.en)
        for k: Key in [.down, .down, .char("r"), .enter] { first.handle(k) }
        first.handle(.char(" "))                                               // AAA-01 by wangfang
        let second = try App(environment: AppEnvironment(store: store, login: "lina", now: { f.now }), language: .en)
        for k: Key in [.down, .down, .char("r"), .enter] { second.handle(k) }  // resumes: AAA-01 done, at AAA-02
        first.handle(.char(" "))                                               // AAA-02 by wangfang
        // The next tick shows it on lina's screen, and the progress counts both.
        second.tick()
        let text = second.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Progress 2/30"), "\(text)")
        // Space on AAA-02 there asks first (it was recorded by wangfang); the default answer keeps it.
        second.handle(.char(" "))
        #expect(second.render(size: Size(width: 80, height: 24)).text.contains("AAA-02 [normal] wangfang"))
        second.handle(.enter)                                                  // "No, keep the record"
        #expect(try count(store, "SELECT COUNT(*) FROM inspections WHERE device = 'AAA-02'") == 1)
        // A key pressed before any tick still sees the other's record first (the screen is re-read).
        first.handle(.char(" "))                                               // AAA-03 by wangfang
        second.handle(.char("j"))                                              // lina moves to AAA-03…
        second.handle(.char(" "))                                              // …done by wangfang: she is asked
        #expect(second.state.hasOverlay)
        second.handle(.escape)
        #expect(try count(store, "SELECT COUNT(*) FROM inspections WHERE device = 'AAA-03'") == 1)
        second.handle(.char("j"))
        second.handle(.char(" "))                                              // AAA-04 by lina
        #expect(try count(store, "SELECT COUNT(*) FROM inspections") == 4)
        #expect(try count(store, "SELECT COUNT(*) FROM (SELECT device FROM inspections GROUP BY device HAVING COUNT(*) > 1)") == 0)
        // And the store itself refuses a second record of a device in one round, whoever asks.
        let round = try #require(try store.read { try Int64.fetchOne($0, sql: "SELECT id FROM rounds") })
        #expect(throws: StoreError.self) {
            try store.write(actor: "lina", at: f.now) { rec in
                try rec.recordInspection(WorkStamp(device: "AAA-01", at: f.now, by: "lina"), kind: .monthly, result: .ok,
                                         calendar: .shanghai, round: round)
            }
        }
    }

    /// Leaving a round and resuming it shows the same counts (issue: normal 3 … skipped 1 came back
    /// as normal 2 … skipped 2).
    @Test func aResumedRoundCountsAsBefore() throws {
        let (f, _) = try Self.ward()
        let app = try f.app(.en)
        for k: Key in [.down, .down, .char("r"), .enter] { app.handle(k) }
        for k: Key in [.char(" "), .char(" "), .char(" "), .char("s"), .enter] { app.handle(k) }   // 3 normal, 1 skipped
        let before = app.render(size: Size(width: 80, height: 24)).text
        #expect(before.contains("normal 3") && before.contains("skipped 1"), "\(before)")
        app.handle(.char("q"))
        for k: Key in [.char("r"), .enter] { app.handle(k) }                                       // resume
        let after = app.render(size: Size(width: 80, height: 24)).text
        #expect(after.contains("Progress 4/30") && after.contains("normal 3") && after.contains("skipped 1"), "\(after)")
    }

    /// Moving back to a device with a fault and pressing Space must not record it normal: its ticket
    /// stays open and the device stays down, so "normal" would be false (issue: k then Space).
    @Test func spaceOnADeviceAlreadyRecordedInTheRoundRecordsNothing() throws {
        let (f, store) = try Self.ward()
        let app = try f.app(.en)
        for k: Key in [.down, .down, .char("r"), .enter] { app.handle(k) }
        app.handle(.char("f")); app.type(text: "no display"); app.handle(.enter)   // AAA-01 fault
        app.handle(.char("k"))                                                     // back to AAA-01
        // Back on it, the faulted device shows as under repair with its ticket, not "in use".
        let back = app.render(size: Size(width: 80, height: 24)).text
        #expect(back.contains("AAA-01") && back.contains("[UNDER REPAIR] WX-2026-000001"), "\(back)")
        app.handle(.char(" "))                                                     // Space on it: a question
        let text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("AAA-01 [fault] wangfang") && text.contains("Yes: correct it to normal (give the reason)"), "\(text)")
        app.handle(.enter)                                                         // the default: keep it
        #expect(try count(store, "SELECT COUNT(*) FROM inspections") == 1, "one record: the fault")
        #expect(try count(store, "SELECT COUNT(*) FROM inspections WHERE device = 'AAA-01' AND result = 'ok'") == 0)
        // A confirmed "yes" asks why and what becomes of the ticket (issue #11: nothing dangles).
        app.handle(.char(" ")); app.handle(.down); app.handle(.enter)
        guard case .form(var form) = app.state.overlay else { Issue.record("no amendment form"); return }
        #expect(form.fields.map(\.label) == ["Why it was wrong", "Ticket WX-2026-000001"])
        app.handle(.enter)                                                         // no reason: not recorded
        #expect(try count(store, "SELECT COUNT(*) FROM corrections") == 0)
        app.type(text: "wrong device")
        app.handle(.tab); app.handle(.right)                                       // the ticket: cancel it
        if case .form(let f2) = app.state.overlay { form = f2 }
        #expect(form.value(1) == "cancel")
        app.handle(.enter)
        #expect(try count(store, "SELECT COUNT(*) FROM corrections WHERE tbl = 'inspections' AND original = 1 AND replacement = 2 AND reason = 'wrong device'") == 1)
        #expect(try store.tickets(TicketFilter(openOnly: false)).first?.state == .cancelled, "the ticket the fault opened is cancelled, not left dangling")
        #expect(app.state.message == "Corrected to normal: AAA-01 WX-2026-000001 cancelled")
        #expect(try store.verify().passed)
        let after = app.render(size: Size(width: 80, height: 24)).text
        #expect(after.contains("Progress 1/30") && after.contains("normal 1") && after.contains("fault 0"), "\(after)")
        // The cursor moved on to the next open device, where Space records as usual.
        app.handle(.char(" "))
        #expect(try count(store, "SELECT COUNT(*) FROM inspections WHERE device = 'AAA-02' AND result = 'ok'") == 1)
    }

    @Test func aHazardAndAFaultGiveOneHazardItemAndOneTicket() throws {
        let (f, store) = try Self.ward()
        let app = try f.app(.zh)
        for k: Key in [.down, .down, .char("r"), .enter] { app.handle(k) }
        app.handle(.char(" "))                                     // AAA-01 normal
        app.handle(.char("h")); app.type(text: "电源线破损"); app.handle(.enter)   // AAA-02 hazard with a Chinese note
        app.handle(.char("f")); app.type(text: "开机无显示"); app.handle(.enter)   // AAA-03 fault
        let text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("进度 3/30"))                          // progress always on screen
        #expect(try count(store, "SELECT COUNT(*) FROM hazards") == 1)
        #expect(try count(store, "SELECT COUNT(*) FROM tickets") == 1)
        let note = try store.read { try String.fetchOne($0, sql: "SELECT note FROM hazards") }
        #expect(note == "电源线破损")
        let ticket = try #require(try store.tickets().first)
        #expect(ticket.device == "AAA-03")
        #expect(ticket.fault == "开机无显示")
        #expect(ticket.outOfService)
    }

    @Test func anInterruptedRoundResumesWhereItStopped() throws {
        let (f, store) = try Self.ward()
        var app = try f.app(.en)
        for k: Key in [.down, .down, .char("r"), .enter] { app.handle(k) }
        for _ in 1...12 { app.handle(.char(" ")) }
        app.handle(.char("q"))                                     // leave the round after 12 devices
        app = try f.app(.en)                                       // a new session, as after a restart
        for k: Key in [.down, .down, .char("r"), .enter] { app.handle(k) }
        let text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("Progress 12/30"))
        #expect(text.contains("13/30  AAA-13"))                    // the next device not yet inspected
        #expect(try count(store, "SELECT COUNT(*) FROM rounds") == 1)
    }

    @Test func skippedDeviceRecordsItsReason() throws {
        let (f, store) = try Self.ward()
        let app = try f.app(.en)
        for k: Key in [.down, .down, .char("r"), .enter] { app.handle(k) }
        app.handle(.char("s")); app.handle(.down); app.handle(.enter)   // reasons: in use, not found, other
        #expect(try store.read { try String.fetchOne($0, sql: "SELECT reason FROM round_skips") } == "not-found")
        #expect(app.render(size: Size(width: 80, height: 24)).text.contains("2/30  AAA-02"))
    }

    @Test func keyDepartmentShowsTheDressReminderAndTenDayCoversLifeSupportOnly() throws {
        let f = try AppFixture()
        let app = try f.app(.en)
        // ED is the first row (key departments first, by code): ten-day is the second kind offered.
        for k: Key in [.char("r"), .down, .enter] { app.handle(k) }
        let text = app.render(size: Size(width: 80, height: 24)).text
        #expect(text.contains("[DRESS]"))
        #expect(text.contains("Progress 0/1"))                     // ED has one emergency device
        #expect(text.contains("Powered plug-in test"))              // R32 on rescue equipment
    }

    @Test(arguments: [Language.zh, .en])
    func roundScreenSnapshot(language: Language) throws {
        let f = try AppFixture()
        let app = try f.app(language)
        for k: Key in [.down, .char("r"), .down, .enter] { app.handle(k) }   // ICU, ten-day
        Snapshot.assert(app.render(size: Size(width: 80, height: 24)), named: "round-\(language.rawValue)-80x24")
    }
}
