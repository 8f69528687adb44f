import Testing
@testable import RoundsCore

/// Shifts (R25): start times, which shift an instant is in, which shift a handover is for.
struct ShiftScheduleTests {
    let cal = FacilityCalendar.shanghai

    @Test func parsesAndPrintsStartTimes() throws {
        let s = try #require(ShiftSchedule(parsing: "08:00,16:00,00:00"))
        // Stored in the order of the day (00:00 first); printed from the first start after 06:00.
        #expect(s.starts == [0, 8 * 3600, 16 * 3600])
        #expect(s.text == "08:00,16:00,00:00")
        #expect(ShiftSchedule(parsing: "8:00， 20:00")?.text == "08:00,20:00")   // Chinese comma, unpadded hour
        for bad in ["", "25:00", "08:60", "8", "08:00,08:00", "08:00;20:00", "０８:００"] {
            #expect(ShiftSchedule(parsing: bad) == nil, "\(bad) is not a list of start times")
        }
    }

    @Test func defaultsFollowTheKeyDepartmentFlag() {
        // Key departments: three shifts and checks every day; others day/night, Monday to Friday.
        #expect(ShiftSchedule.standard(isKey: true).text == "08:00,16:00,00:00")
        #expect(ShiftSchedule.standard(isKey: true).workingDays == .everyDay)
        #expect(ShiftSchedule.standard(isKey: false).text == "08:00,20:00")
        #expect(ShiftSchedule.standard(isKey: false).workingDays == .weekdays)
    }

    @Test func theShiftAnInstantIsIn() {
        let three = ShiftSchedule.threeShifts
        // 23:10 is in the evening shift, which ends at the next day's 00:00 (Shanghai).
        let evening = three.slot(containing: at("2026-03-15T23:10"), calendar: cal)
        #expect(evening.description == "2026-03-15 16:00-00:00")
        #expect(evening.end == at("2026-03-16T00:00"))
        // 00:10 belongs to the next day's first shift.
        #expect(three.slot(containing: at("2026-03-16T00:10"), calendar: cal).description == "2026-03-16 00:00-08:00")
        // A night shift (20:00-08:00) belongs to the day it started: 03:00 on the 16th is the 15th's night.
        let night = ShiftSchedule.dayNight.slot(containing: at("2026-03-16T03:00"), calendar: cal)
        #expect(night.description == "2026-03-15 20:00-08:00")
        #expect(night.start == at("2026-03-15T20:00") && night.end == at("2026-03-16T08:00"))
        // Exactly at a start time the new shift has begun.
        #expect(ShiftSchedule.dayNight.slot(containing: at("2026-03-16T08:00"), calendar: cal).startText == "08:00")
    }

    @Test func theShiftAHandoverIsFor() {
        let three = ShiftSchedule.threeShifts
        // 16:05, the day shift's handover not signed yet: it is the day shift's (08:00-16:00).
        #expect(three.handoverSlot(at: at("2026-03-15T16:05"), calendar: cal, previousSigned: { _ in false }).description
                == "2026-03-15 08:00-16:00")
        // Once it is signed, a handover at 16:05 is for the shift now running.
        #expect(three.handoverSlot(at: at("2026-03-15T16:05"), calendar: cal, previousSigned: { _ in true }).description
                == "2026-03-15 16:00-00:00")
        // Two hours into a shift the late window has closed: the running shift, signed or not.
        #expect(three.handoverSlot(at: at("2026-03-15T18:00"), calendar: cal, previousSigned: { _ in false }).description
                == "2026-03-15 16:00-00:00")
        // 00:30: the evening shift of the day before, across midnight.
        #expect(three.handoverSlot(at: at("2026-03-16T00:30"), calendar: cal, previousSigned: { _ in false }).description
                == "2026-03-15 16:00-00:00")
    }
}

/// The two signatures of a handover (R2, R25) and PINs.
struct HandoverRulesTests {
    @Test func theSignerCannotAcknowledgeTheirOwnHandover() {
        // R2: the incoming person acknowledges under their own identity; the signer is refused.
        let why = HandoverRules.refusal(toAcknowledge: 7, signedBy: "lina", by: "lina", acknowledgedBy: nil)
        #expect(why?.en.hasPrefix("R2:") == true)
        #expect(HandoverRules.refusal(toAcknowledge: 7, signedBy: "lina", by: "zhang", acknowledgedBy: nil) == nil)
        // Once acknowledged, nobody acknowledges again.
        #expect(HandoverRules.refusal(toAcknowledge: 7, signedBy: "lina", by: "wang", acknowledgedBy: "zhang") != nil)
    }

    @Test func unacknowledgedIsFlaggedAfterAnHour() {
        let signed = at("2026-03-15T16:00")
        // 60 minutes exactly is still within the grace; 60 minutes and 1 second is flagged.
        #expect(!HandoverRules.isUnacknowledged(signedAt: signed, acknowledged: false, now: signed.adding(seconds: 3600)))
        #expect(HandoverRules.isUnacknowledged(signedAt: signed, acknowledged: false, now: signed.adding(seconds: 3601)))
        #expect(!HandoverRules.isUnacknowledged(signedAt: signed, acknowledged: true, now: signed.adding(seconds: 86_400)))
    }

    @Test func pinsAreSixToTwelveLettersOrDigits() {
        // The bounds exactly: 6 and 12 characters pass, 5 and 13 do not.
        #expect(HandoverRules.pinProblem("246810") == nil)
        #expect(HandoverRules.pinProblem("abc123XYZ789") == nil)
        #expect(HandoverRules.pinProblem("12345")?.en.contains("6 to 12") == true, "five characters: the old 4-digit PINs are too short now")
        for bad in ["1234", "1234567890123", "12 3456", "密码123456", "12-3456"] {
            #expect(HandoverRules.pinProblem(bad) != nil, "\(bad) is refused")
        }
    }
}

/// The handover sheet is built from the records, so it cannot be pretended.
struct HandoverSheetTests {
    let cal = FacilityCalendar.shanghai
    let icu = Department(code: "ICU", name: "重症医学科", nameEN: "Intensive Care Unit", isKey: true)
    var devices: [Equipment] {
        [Equipment(tag: "ICU-V01", name: "呼吸机", nameEN: "Ventilator", department: "ICU", category: "ventilator",
                   lifeSupport: true, inService: d("2024-01-01"), location: "01床"),
         Equipment(tag: "ICU-V02", name: "呼吸机", nameEN: "Ventilator", department: "ICU", category: "ventilator",
                   lifeSupport: true, inService: d("2024-01-01"), location: "02床"),
         Equipment(tag: "ICU-M01", name: "监护仪", department: "ICU", inService: d("2024-01-01"), status: .standby, location: "03床")]
    }

    func sheet(checks: [HandoverSheet.CheckRecord], tickets: [Ticket] = [], hazards: [HandoverSheet.HazardLine] = [],
               at time: String = "2026-03-15T15:40") -> HandoverSheet {
        let now = at(time)
        return HandoverSheet.build(department: icu, shift: ShiftSchedule.threeShifts.slot(containing: now, calendar: cal), at: now,
                                   calendar: cal, devices: devices, checks: checks, tickets: tickets, hazards: hazards,
                                   problems: [], missingYesterday: ["ICU-V02"], note: "")
    }

    @Test func checksOfTodayOnlyTheLatestWins() {
        let s = sheet(checks: [
            .init(device: "ICU-V01", problem: true, at: at("2026-03-15T08:10"), by: "lina", note: "报警"),
            .init(device: "ICU-V01", problem: false, at: at("2026-03-15T10:00"), by: "lina"),   // re-checked: OK now
            .init(device: "ICU-V02", problem: true, at: at("2026-03-14T23:50"), by: "lina"),   // yesterday: not today's
            .init(device: "ICU-V02", problem: false, at: at("2026-03-15T16:30"), by: "lina"),  // after the sheet: ignored
        ])
        // The standby monitor owes no check (R22: in-service devices), so two lines, in location order.
        #expect(s.checks.map(\.device) == ["ICU-V01", "ICU-V02"])
        #expect(s.checks.map(\.result) == [.ok, .pending])
        #expect(s.done.count == 1 && s.pending.count == 1)
        #expect(s.day == d("2026-03-15"))
        #expect(s.shift.description == "2026-03-15 08:00-16:00")
    }

    @Test func aProblemDeviceIsOnTheSheet() {
        let s = sheet(checks: [.init(device: "ICU-V02", problem: true, at: at("2026-03-15T09:00"), by: "lina", note: "屏幕闪烁")])
        let line = s.checks.first { $0.device == "ICU-V02" }
        #expect(line?.result == .problem)
        #expect(line?.note == "屏幕闪烁")
        #expect(s.missingYesterday == ["ICU-V02"])
    }

    @Test func devicesDownWithTheirSubstitutesAndOpenHazards() throws {
        let ctx = TicketContext(device: devices[0], departmentIsKey: true, people: TicketsFixture.people, rules: .standard,
                                openTicketsOfDevice: [])
        var t = try Ticket.open(number: TicketNumber(year: 2026, sequence: 3), TicketEvent(at: at("2026-03-15T08:30"), by: "nurse",
            step: .opened(device: "ICU-V01", fault: "不送气", outOfService: true, priority: ctx.defaultPriority)), context: ctx)
        t = try t.apply(TicketEvent(at: at("2026-03-15T09:00"), by: "head", step: .substitute(device: "EQ-V09", source: .otherDepartment)), context: ctx)
        let s = sheet(checks: [], tickets: [t], hazards: [
            .init(device: "ICU-V02", note: "电源线破损", at: at("2026-03-10T10:00"), by: "eng"),                       // open: kept
            .init(device: "ICU-V02", note: "旧隐患", at: at("2026-03-01T10:00"), by: "eng", state: .assigned),         // 14 days, still open: kept
            .init(device: "ICU-V02", note: "已消除", at: at("2026-03-02T10:00"), by: "eng", state: .resolved),         // resolved: dropped
            .init(device: "ICU-V02", note: "明天的", at: at("2026-03-16T10:00"), by: "eng"),                           // after the sheet: dropped
        ])
        #expect(s.down.map(\.device) == ["ICU-V01"])
        #expect(s.down.first?.substitutes == ["EQ-V09"])
        #expect(s.openTickets.map(\.number) == ["WX-2026-000003"])
        #expect(s.hazards.map(\.note) == ["旧隐患", "电源线破损"])
    }
}
