import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// Daily checks, focused inspections and handovers in the store (R2, R22–R25).
struct ShiftStoreTests {
    /// ICU (key: checks every day, three shifts) with two ventilators; CARD (not key: weekdays) with
    /// an ECG; two ICU nurses, an engineer. Tracking since 2026-03-01.
    static func hospital(requirePIN: Bool = false) throws -> (StoreFixture, Store) {
        let f = try StoreFixture(since: "2026-03-01", requirePIN: requirePIN)
        try f.store.write(actor: "admin", at: f.at) { rec in
            try rec.save(Department(code: "ICU", name: "重症医学科", nameEN: "Intensive Care Unit", isKey: true))
            try rec.save(Department(code: "CARD", name: "心内科", nameEN: "Cardiology"))
            try rec.save(Person(login: "admin", name: "管理员", roles: [.equipmentHead], department: ""))
            try rec.save(Person(login: "lina", name: "李娜", roles: [.operator], department: "ICU"))
            try rec.save(Person(login: "zhang", name: "张伟", roles: [.operator], department: "ICU"))
            try rec.save(Person(login: "li", name: "李工", roles: [.engineer], department: ""))
            for tag in ["ICU-V01", "ICU-V02"] {
                try rec.save(Equipment(tag: tag, name: "呼吸机", nameEN: "Ventilator", department: "ICU", category: "ventilator",
                                       lifeSupport: true, inService: Day(2024, 1, 1)!, location: tag == "ICU-V01" ? "01床" : "02床"))
            }
            try rec.save(Equipment(tag: "CARD-E01", name: "心电图机", department: "CARD", inService: Day(2024, 1, 1)!))
        }
        return (f, f.store)
    }

    static let cal = FacilityCalendar.shanghai
    static func t(_ s: String) -> Instant { cal.parseTime(s)! }

    func check(_ store: Store, _ tag: String, at time: String, by: String = "lina", problem: Bool = false, note: String = "") throws -> RecordedDailyCheck {
        let when = Self.t(time)
        return try store.write(actor: by, at: when) { rec in
            try rec.checkDevice(WorkStamp(device: tag, at: when, by: by, note: note), problem: problem, calendar: Self.cal)
        }
    }

    func count(_ store: Store, _ sql: String) throws -> Int { try store.read { try Int.fetchOne($0, sql: sql) ?? -1 } }

    // MARK: Missing checks across midnight, in the facility's time zone (R23)

    @Test func aCheckAt2350CountsForThatDayAndTheNextMorningFlagsTheOther() throws {
        let (fixture, store) = try Self.hospital()
        defer { withExtendedLifetime(fixture) {} }   // its folder holds the store
        // Sat 2026-03-14 23:50 Shanghai (15:50 UTC): ICU-V01 checked; ICU-V02 not.
        _ = try check(store, "ICU-V01", at: "2026-03-14T23:50")
        // Sun 2026-03-15 00:05 Shanghai is still 2026-03-14 in UTC (16:05Z): it must count for the 15th.
        _ = try check(store, "ICU-V02", at: "2026-03-15T00:05")
        let d14 = Day(2026, 3, 14)!, d15 = Day(2026, 3, 15)!
        // At 23:55 on the 14th, the 14th is today: nothing is missing yet (flagged the next morning).
        #expect(try store.missingChecks(from: d14, through: d14, today: Self.cal.day(of: Self.t("2026-03-14T23:55"))).isEmpty)
        // At 00:10 on the 15th: ICU-V01's 23:50 check counts for the 14th; ICU-V02's 00:05 check is the
        // 15th's, so ICU-V02 misses the 14th. CARD does not work on Saturdays (weekday calendar).
        let today = Self.cal.day(of: Self.t("2026-03-15T00:10"))
        #expect(today == d15)
        let missing = try store.missingChecks(from: d14, through: d14, today: today)
        #expect(missing == [MissingCheck(device: "ICU-V02", department: "ICU", day: d14)])
        // On Tuesday 17th the weekday ECG misses Monday 16th; the ventilators miss the 16th too.
        let tue = try store.missingChecks(from: Day(2026, 3, 16)!, through: Day(2026, 3, 16)!, today: Day(2026, 3, 17)!)
        #expect(tue.map(\.device) == ["CARD-E01", "ICU-V01", "ICU-V02"])
    }

    @Test func aDepartmentCanChangeItsCheckDays() throws {
        let (f, store) = try Self.hospital()
        // CARD switched to every day: Saturday 14th is now owed by its ECG.
        try store.write(actor: "admin", at: f.at) { try $0.setShiftSchedule(ShiftSchedule(parsing: "08:00,20:00", workingDays: .everyDay)!, department: "CARD") }
        let d14 = Day(2026, 3, 14)!
        #expect(try store.missingChecks(from: d14, through: d14, today: Day(2026, 3, 15)!, department: "CARD").map(\.device) == ["CARD-E01"])
        #expect(try store.shiftSchedule(department: "CARD").text == "08:00,20:00")
        #expect(try store.hasOwnShifts(department: "CARD"))
        #expect(try store.verify().passed)
    }

    // MARK: A problem raises a focused inspection and a draft repair request (R24)

    @Test func aProblemRaisesAFocusedInspectionAndARepairRequest() throws {
        let (fixture, store) = try Self.hospital()
        defer { withExtendedLifetime(fixture) {} }   // its folder holds the store
        let r = try check(store, "ICU-V02", at: "2026-03-15T09:00", problem: true, note: "屏幕闪烁")
        #expect(r.focusedInspection != nil)
        let number = try #require(r.fault?.number)
        let ticket = try #require(try store.ticket(number))
        // A draft request: from the daily check, the device still in service until someone decides.
        #expect(ticket.fault == "屏幕闪烁")
        #expect(!ticket.outOfService)
        #expect(ticket.device == "ICU-V02")
        // The operator is not repair staff: refused, nothing written.
        #expect(throws: StoreError.self) {
            try store.write(actor: "lina", at: Self.t("2026-03-15T09:10")) { try $0.acknowledgeProblem(r.focusedInspection!, by: "lina", at: Self.t("2026-03-15T09:10")) }
        }
        // The engineer responds at 09:17: response time 17 minutes.
        let seconds = try store.write(actor: "li", at: Self.t("2026-03-15T09:17")) {
            try $0.acknowledgeProblem(r.focusedInspection!, by: "li", at: Self.t("2026-03-15T09:17"))
        }
        #expect(seconds == 17 * 60)
        #expect(try store.focusedInspections(now: Self.t("2026-03-15T10:00")).first?.responseSeconds == 17 * 60)
        // As of 09:10 it was still waiting (records after --now are ignored).
        #expect(try store.focusedInspections(openOnly: true, now: Self.t("2026-03-15T09:10")).count == 1)
        #expect(throws: StoreError.self) {
            try store.write(actor: "li", at: Self.t("2026-03-15T09:20")) { try $0.acknowledgeProblem(r.focusedInspection!, by: "li", at: Self.t("2026-03-15T09:20")) }
        }
        // A second problem on the same device joins the open ticket (R103), with its own focused inspection.
        let again = try check(store, "ICU-V02", at: "2026-03-15T11:00", problem: true, note: "再次闪烁")
        #expect(again.fault?.linked == true)
        #expect(try count(store, "SELECT COUNT(*) FROM focused_inspections") == 2)
        #expect(try count(store, "SELECT COUNT(*) FROM tickets") == 1)
        #expect(try store.verify().passed)
    }

    @Test func theSheetShowsTheProblemDevice() throws {
        let (fixture, store) = try Self.hospital()
        defer { withExtendedLifetime(fixture) {} }   // its folder holds the store
        _ = try check(store, "ICU-V01", at: "2026-03-15T09:00")
        _ = try check(store, "ICU-V02", at: "2026-03-15T09:01", problem: true, note: "报警失灵")
        let sheet = try store.handoverSheet(department: "ICU", now: Self.t("2026-03-15T15:40"))
        #expect(sheet.shift.description == "2026-03-15 08:00-16:00")
        #expect(sheet.checks.map(\.result) == [.ok, .problem])
        #expect(sheet.checks[1].device == "ICU-V02" && sheet.checks[1].note == "报警失灵")
        #expect(sheet.problems.map(\.device) == ["ICU-V02"])
        #expect(sheet.openTickets.map(\.device) == ["ICU-V02"])
        #expect(sheet.down.isEmpty)                       // a draft request leaves the device in service
        // Nothing was checked on the 14th: both ventilators were flagged this morning.
        #expect(sheet.missingYesterday == ["ICU-V01", "ICU-V02"])
    }

    // MARK: Handover signatures (R2, R25)

    func sign(_ store: Store, by: String, at time: String, pin: String? = nil, requirePIN: Bool = false, note: String = "") throws -> Int64 {
        let now = Self.t(time)
        let sheet = try store.handoverSheet(department: "ICU", now: now, note: note)
        return try store.write(actor: by, at: now) { try $0.signHandover(sheet, pin: pin, requirePIN: requirePIN) }
    }

    func ack(_ store: Store, _ id: Int64, by: String, at time: String, pin: String?) throws {
        try store.write(actor: by, at: Self.t(time)) { try $0.acknowledgeHandover(id, pin: pin, keyboard: "lina") }
    }

    func refusal(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as StoreError { return e.description } catch { return "\(error)" }
    }

    @Test func onlyAnotherPersonWithTheirOwnPINCanAcknowledge() throws {
        let (fixture, store) = try Self.hospital()
        defer { withExtendedLifetime(fixture) {} }   // its folder holds the store
        try store.write(actor: "lina", at: Self.t("2026-03-15T07:00")) { try $0.setPIN("24682468", for: "lina", oldPIN: nil, osAccount: "lina") }
        let id = try sign(store, by: "lina", at: "2026-03-15T15:55", pin: "24682468", note: "V02 需关注")
        let acks = "SELECT COUNT(*) FROM handover_acks"

        // The signer, even with her own right PIN: refused (R2).
        #expect(refusal { try ack(store, id, by: "lina", at: "2026-03-15T16:02", pin: "24682468") }?.hasPrefix("R2: handover #\(id) was signed by lina") == true)
        // zhang has no PIN yet: refused, and told how to set one.
        #expect(refusal { try ack(store, id, by: "zhang", at: "2026-03-15T16:03", pin: "13571357") }?.contains("rounds pin set") == true)
        try store.write(actor: "zhang", at: Self.t("2026-03-15T16:04")) { try $0.setPIN("13571357", for: "zhang", oldPIN: nil, osAccount: "zhang") }
        // Without a PIN, and with the wrong one (the signer's!): refused.
        #expect(refusal { try ack(store, id, by: "zhang", at: "2026-03-15T16:05", pin: nil) }?.contains("needs zhang's own PIN") == true)
        #expect(refusal { try ack(store, id, by: "zhang", at: "2026-03-15T16:05", pin: "24682468") } == "R2: wrong PIN for zhang")
        #expect(try count(store, acks) == 0)            // nothing written by any refusal

        // zhang with his own PIN: accepted, bound to zhang, typed at lina's keyboard.
        try ack(store, id, by: "zhang", at: "2026-03-15T16:06", pin: "13571357")
        let record = try #require(try store.handover(id, now: Self.t("2026-03-15T16:10")))
        #expect(record.signedBy == "lina" && record.acknowledgedBy == "zhang")
        #expect(record.acknowledgedAtKeyboardOf == "lina")
        #expect(record.sheet.note == "V02 需关注")
        // A second acknowledgement is refused.
        #expect(refusal { try ack(store, id, by: "admin", at: "2026-03-15T16:07", pin: "00000000") } != nil)
        #expect(try count(store, acks) == 1)
        #expect(try store.verify().passed)
    }

    @Test func signingNeedsThePINWhenTheStoreRequiresItOrTheSignerHasOne() throws {
        let (fixture, store) = try Self.hospital(requirePIN: true)
        defer { withExtendedLifetime(fixture) {} }   // its folder holds the store
        // Required and lina has none: refused with how to set one.
        #expect(refusal { _ = try sign(store, by: "lina", at: "2026-03-15T15:50", requirePIN: true) }?.contains("lina's own PIN") == true)
        try store.write(actor: "lina", at: Self.t("2026-03-15T15:51")) { try $0.setPIN("24682468", for: "lina", oldPIN: nil, osAccount: "lina") }
        #expect(refusal { _ = try sign(store, by: "lina", at: "2026-03-15T15:52", pin: "11111111", requirePIN: true) } == "R2: wrong PIN for lina")
        let id = try sign(store, by: "lina", at: "2026-03-15T15:53", pin: "24682468", requirePIN: true)
        // One signed handover per department and shift.
        #expect(refusal { _ = try sign(store, by: "zhang", at: "2026-03-15T15:58") }?.hasPrefix("R25:") == true)
        #expect(try store.handovers(now: Self.t("2026-03-15T16:00")).map(\.id) == [id])
    }

    @Test func aPINOnceSetIsChangedOnlyWithTheOldOne() throws {
        let (fixture, store) = try Self.hospital()
        defer { withExtendedLifetime(fixture) {} }   // its folder holds the store
        let now = Self.t("2026-03-15T08:00")
        try store.write(actor: "zhang", at: now) { try $0.setPIN("13571357", for: "zhang", oldPIN: nil, osAccount: "zhang") }
        #expect(refusal { try store.write(actor: "zhang", at: now) { try $0.setPIN("99999999", for: "zhang", oldPIN: nil, osAccount: "zhang") } } != nil)
        #expect(refusal { try store.write(actor: "zhang", at: now) { try $0.setPIN("99999999", for: "zhang", oldPIN: "00000000") } } != nil)
        try store.write(actor: "zhang", at: now) { try $0.setPIN("99999999", for: "zhang", oldPIN: "13571357") }
        // Stored salted and hashed, never as typed.
        let hash = try #require(try store.read { try String.fetchOne($0, sql: "SELECT pin_hash FROM people WHERE login = 'zhang'") })
        #expect(hash.hasPrefix("v2$scrypt$32768$12$1$") && !hash.contains("99999999"))
        #expect(PINHash.matches("99999999", hash) && !PINHash.matches("13571357", hash))
        #expect(try store.verify().passed)
    }

    @Test func anUnacknowledgedHandoverIsFlaggedAfterAnHour() throws {
        let (fixture, store) = try Self.hospital()
        defer { withExtendedLifetime(fixture) {} }   // its folder holds the store
        _ = try sign(store, by: "lina", at: "2026-03-15T16:00")
        // 59 minutes later: not yet; 61 minutes later: flagged.
        #expect(try store.flaggedHandovers(now: Self.t("2026-03-15T16:59")).isEmpty)
        #expect(try store.flaggedHandovers(now: Self.t("2026-03-15T17:01")).count == 1)
        // A handover signed at 16:00 is the day shift's (its late window), found by search of its sheet.
        #expect(try store.handovers(HandoverFilter(text: "ICU-V01"), now: Self.t("2026-03-15T17:01")).first?.shift.startText == "08:00")
        #expect(try store.handovers(HandoverFilter(text: "无此设备"), now: Self.t("2026-03-15T17:01")).isEmpty)
        // By the signer's name as the history screen shows it (李娜), not only by login (lina).
        #expect(try store.handovers(HandoverFilter(text: "李娜"), now: Self.t("2026-03-15T17:01")).count == 1)
        #expect(try store.handovers(HandoverFilter(text: "张伟"), now: Self.t("2026-03-15T17:01")).isEmpty)
    }
}
