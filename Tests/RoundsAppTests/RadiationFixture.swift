import RoundsCore
import RoundsStore

extension AppFixture {
    /// Adds radiation QC to the small hospital (today 2026-03-15): a CT and a DR in a radiology
    /// department, two testing organisations (one blacklisted on 2026-02-01, one whose scope lacks
    /// the CT standard), the CT's status test of 2025-04-04 passed — due 2026-04-04, 20 days from
    /// today, inside the 30-day reminder (R79) — and the DR's status test of 2026-02-01 failed on
    /// its first item, restricting it (R84).
    func addRadiation() throws {
        let cal = FacilityCalendar.shanghai
        let at = cal.parseTime("2026-01-05T09:00")!
        try store.write(actor: "wangfang", at: at) { rec in
            try rec.save(Department(code: "RAD", name: "放射科", nameEN: "Radiology"))
            try rec.save(Equipment(tag: "RAD-CT01", name: "CT机", nameEN: "CT scanner", department: "RAD", category: "ct",
                                   radiation: true, manufacturer: "西门子 Siemens", model: "SOMATOM go.Up", serial: "CT-1001",
                                   inService: Day(2023, 6, 1)!, location: "CT室"))
            try rec.save(Equipment(tag: "RAD-DR01", name: "DR", nameEN: "Digital radiography", department: "RAD", category: "dr",
                                   radiation: true, manufacturer: "联影 United Imaging", model: "uDR 780i", serial: "DR-2002",
                                   inService: Day(2024, 2, 1)!, location: "DR室"))
            let registered = Day(2024, 1, 1)!
            try rec.saveOrganisation(TestingOrganisation(
                code: "jl-oph", name: "吉林省职业病防治院", certificate: "(吉)放卫技字[2021]第001号",
                scopeStandards: Set(QCStandards.all.map(\.code)), scopeKinds: [.acceptance, .status],
                validFrom: registered, validUntil: Day(2027, 12, 31)!, effective: registered), change: "registered")
            try rec.saveOrganisation(TestingOrganisation(
                code: "cc-rad", name: "长春某辐射检测公司", certificate: "(吉)放卫技字[2020]第017号",
                scopeStandards: ["WS76-2020"], scopeKinds: [.status],
                validFrom: registered, validUntil: Day(2026, 12, 31)!, effective: registered), change: "registered")
        }
        try store.write(actor: "wangfang", at: cal.parseTime("2026-02-01T10:00")!) {
            try $0.blacklistOrganisation("cc-rad", on: Day(2026, 2, 1)!, source: "省卫生健康委")
        }
        for (tag, day, fail) in [("RAD-CT01", Day(2025, 4, 4)!, false), ("RAD-DR01", Day(2026, 2, 1)!, true)] {
            let (standard, group) = QCStandards.applicable(category: tag == "RAD-CT01" ? "ct" : "dr")!
            let failing = fail ? group.items(for: .status).first?.code : nil
            let test = QCTestRecord(device: tag, kind: .status, standard: standard.code, organisation: "jl-oph",
                                    reportNumber: "JLZF-\(day.year)-\(tag.suffix(2))", testedOn: day, reportedOn: day.adding(days: 7),
                                    instruments: ["RaySafe X2 #X2-21034"], attachments: [],
                                    items: group.items(for: .status).map { QCItemResult(item: $0.code, outcome: $0.code == failing ? .fail : .pass) })
            let when = max(cal.parseTime("2026-01-06T10:00")!, cal.instant(day.adding(days: 8), secondOfDay: 36_000))
            _ = try store.write(actor: "wangfang", at: when) { try $0.recordQCTest(test, by: "wangfang", calendar: cal) }
        }
    }
}
