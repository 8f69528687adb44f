import Foundation
import GRDB
import Testing
import RoundsApp
import RoundsCore
import RoundsStore
import TerminalUI

/// Round mode's checklists (R14, R18, R19): Space stays one key and answers every item normal,
/// stored item by item; `c` opens the current device's checklist to answer it item by item. The
/// ward of RoundModeTests: 30 infusion pumps, two to a room (AAA-01 and AAA-02 in 病房01, …), in a
/// quarterly round, whose template has 7 device items and 9 room items (R18).
struct RoundChecklistTests {
    func count(_ store: Store, _ sql: String) throws -> Int {
        try store.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    /// r on AAA, then the second kind offered (quarterly) in a non-key department.
    /// The fixture comes back too: its folder holds the store's file, removed with it.
    func quarterlyRound(_ language: Language) throws -> (AppFixture, App, Store) {
        let (f, store) = try RoundModeTests.ward()
        let app = try f.app(language)
        for k: Key in [.down, .down, .char("r"), .down, .enter] { app.handle(k) }
        guard case .round(let r) = app.state.stack.last, r.kind == .quarterly else {
            Issue.record("no quarterly round: \(app.state.message ?? "")")
            return (f, app, store)
        }
        return (f, app, store)
    }

    func answers(_ store: Store, device: String) throws -> ChecklistSheet? {
        try store.read {
            try String.fetchOne($0, sql: "SELECT a.answers FROM checklist_answers a JOIN inspections i ON i.id = a.record WHERE i.device = ?",
                                arguments: [device])
        }.flatMap(ChecklistJSON.decode)
    }

    /// Space on AAA-01 and AAA-02: two records, every one of their 7 device items normal; the room
    /// 病房01 answered once (9 items, with AAA-01), not again with AAA-02.
    @Test func spaceAnswersEveryItemNormalAndTheRoomOnce() throws {
        let (fixture, app, store) = try quarterlyRound(.en)
        defer { withExtendedLifetime(fixture) {} }
        app.handle(.char(" "))
        app.handle(.char(" "))
        for device in ["AAA-01", "AAA-02"] {
            let sheet = try #require(try answers(store, device: device))
            #expect(sheet.entries.count == 7 && sheet.isAllNormal, "\(device)")
        }
        #expect(try count(store, "SELECT COUNT(*) FROM room_checklists") == 1)
        #expect(try count(store, "SELECT COUNT(*) FROM room_checklists r JOIN inspections i ON i.id = r.inspection WHERE i.device = 'AAA-01'") == 1)
        #expect(try store.verify().passed)
    }

    /// c on AAA-03 (a new room): 16 items. Enter with items blank is refused naming the first (R18);
    /// one abnormal item raising a hazard, fourteen normal, gas not applicable: recorded, one hazard
    /// "running: 异响", and the next device in that room is asked only its 7 items.
    @Test func theChecklistIsAnsweredItemByItem() throws {
        let (fixture, app, store) = try quarterlyRound(.zh)
        defer { withExtendedLifetime(fixture) {} }
        app.handle(.char(" "))
        app.handle(.char(" "))                                       // AAA-01, AAA-02 all normal
        app.handle(.char("c"))
        guard case .round(let opened) = app.state.stack.last, let editor = opened.checklist else { Issue.record("no checklist"); return }
        #expect(editor.items.count == 16 && app.state.context == .checklist)
        app.handle(.enter)
        #expect(app.state.message?.hasPrefix("R18：检查项“运行情况”（running）未填写，另有 15 项未填写") == true, "\(app.state.message ?? "")")
        app.handle(.char("h"))
        for c in "异响" { app.handle(.char(c)) }
        app.handle(.enter)                                           // running: abnormal, raises a hazard
        for _ in 0..<14 { app.handle(.char(" ")) }                   // wear … mould, environment-other, water, electricity
        app.handle(.enter)
        #expect(app.state.message?.contains("“气路”（gas）未填写") == true, "\(app.state.message ?? "")")
        let screen = app.render(size: Size(width: 80, height: 24)).text
        #expect(screen.contains("[未填] 气路") && screen.contains("未填项 1/16"), "\(screen)")
        app.handle(.char("x"))
        for c in "本室无气路" { app.handle(.char(c)) }
        app.handle(.enter)
        app.handle(.enter)                                           // recorded
        #expect(app.state.context == .round)
        let sheet = try #require(try answers(store, device: "AAA-03"))
        #expect(sheet.entries.count == 7 && sheet["running"] == .abnormal(note: "异响", raises: .hazard))
        let room = try store.read { try String.fetchOne($0, sql: "SELECT answers FROM room_checklists WHERE location = '病房02'") }
        #expect(room.flatMap(ChecklistJSON.decode)?["gas"] == .notApplicable(reason: "本室无气路"))
        #expect(try store.read { try String.fetchAll($0, sql: "SELECT note FROM hazards") } == ["running: 异响"])
        #expect(try count(store, "SELECT COUNT(*) FROM inspections WHERE device = 'AAA-03' AND result = 'hazard'") == 1)
        app.handle(.char("c"))                                       // AAA-04, same room: its own 7 items
        guard case .round(let next) = app.state.stack.last else { return }
        #expect(next.current?.tag == "AAA-04" && next.checklist?.items.count == 7)
        app.handle(.char("q"))                                       // leaves the checklist, not the round
        #expect(app.state.context == .round)
    }

    /// R19 with two people: wangfang has AAA-01's checklist open (16 items, the room 病房01 still
    /// open) when lina records AAA-02, the room's other device, all normal. wangfang's next key
    /// re-reads the round: the room's 9 items drop out of her checklist, her answers stay, and her 7
    /// device items record.
    @Test func aRoomAnsweredByAnotherLeavesTheOpenChecklist() throws {
        let (f, store) = try RoundModeTests.ward()
        try store.write(actor: "wangfang", at: f.now) { try $0.save(Person(login: "lina", name: "李娜", roles: [.engineer], department: "")) }
        let first = try f.app(.en)
        for k: Key in [.down, .down, .char("r"), .down, .enter, .char("c"), .char(" ")] { first.handle(k) }
        let second = try App(environment: AppEnvironment(store: store, login: "lina", now: { f.now }), language: .en)
        for k: Key in [.down, .down, .char("r"), .down, .enter, .char("j"), .char(" ")] { second.handle(k) }   // AAA-02 by lina
        first.handle(.char(" "))                                   // re-read first, then answers the second item
        guard case .round(let r) = first.state.stack.last, let editor = r.checklist else { Issue.record("no checklist"); return }
        #expect(editor.items.count == 7 && editor.answers.count == 2)
        for _ in 0..<5 { first.handle(.char(" ")) }
        first.handle(.enter)
        #expect(try count(store, "SELECT COUNT(*) FROM inspections") == 2)
        #expect(try count(store, "SELECT COUNT(*) FROM room_checklists") == 1)
        #expect(try answers(store, device: "AAA-01")?.entries.count == 7)
    }
}
