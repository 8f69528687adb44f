import Testing
@testable import RoundsCore

/// R26–R31: maintenance tiers, plans, default intervals and the key-department rule.
struct MaintenanceTests {
    @Test func nextDueFloatsFromCompletion() {
        let plan = MaintenancePlan(device: "ICU-V01", tier: .second, intervalDays: 90)
        // 2026-01-15 + 90 days: Jan has 16 days left (→ Jan 31), Feb 28, Mar 31 = 75, +15 → Apr 15.
        #expect(plan.nextDue(latest: d("2026-01-15"), base: d("2025-06-01")) == d("2026-04-15"))
        // Never done: from B. 2026-03-01 + 90 = 2026-05-30 (30 left in March, 30 in April, 30 in May).
        #expect(plan.nextDue(latest: nil, base: d("2026-03-01")) == d("2026-05-30"))
        #expect(plan.status(latest: d("2026-01-15"), base: d("2025-06-01"), today: d("2026-04-20"))
                == .overdue(daysOverdue: 5))
        var paused = plan; paused.active = false
        #expect(paused.status(latest: nil, base: d("2026-03-01"), today: d("2027-01-01")) == nil)
    }

    @Test(arguments: [
        ("Ventilator", 30, 90), ("呼吸机", 30, 90), ("Anaesthesia machine", 30, 90), ("除颤仪", 30, 90),
        ("CT", 30, 90), ("CT机", 30, 90), ("X-ray DR", 30, 90),
        ("Patient monitor", 60, 180), ("输液泵", 60, 180),
        ("Doctor cart", 90, 180),   // "ct" and "dr" only match as whole words: fallback
        ("病床", 90, 180), ("", 90, 180),
    ])
    func defaultIntervals(category: String, first: Int, second: Int) {
        let i = MaintenanceDefaults.standard.intervals(forCategory: category)
        #expect(i.firstDays == first && i.secondDays == second)
        #expect(MaintenanceDefaults.standard.intervalDays(tier: .daily, category: category) == 1)
    }

    @Test func keyDepartmentDevicesNeedAnActiveSecondLevelPlan() {
        // ICU is key. V01 has an active second-level plan (fine); V02 only a first-level plan; V03 an
        // inactive second-level plan; V04 is scrapped (not reported); W01 is on a non-key ward.
        let fleet = [device("ICU-V03"), device("ICU-V01"), device("ICU-V02"), device("ICU-V04", status: .scrapped),
                     device("WARD-W01", dept: "WARD")]
        let plans = [MaintenancePlan(device: "ICU-V01", tier: .second, intervalDays: 90),
                     MaintenancePlan(device: "ICU-V02", tier: .first, intervalDays: 30),
                     MaintenancePlan(device: "ICU-V03", tier: .second, intervalDays: 90, active: false)]
        let lacking = MaintenanceCompliance.devicesLackingSecondLevelPlan(devices: fleet, keyDepartments: ["ICU"], plans: plans)
        #expect(lacking.map(\.tag) == ["ICU-V02", "ICU-V03"])
    }

    @Test func tiersOrderAndSpelling() {
        #expect(MaintenanceTier.allCases.map(\.rawValue) == ["daily", "first", "second"])
        #expect(MaintenanceTier.daily < .first && MaintenanceTier.first < .second)
    }
}
