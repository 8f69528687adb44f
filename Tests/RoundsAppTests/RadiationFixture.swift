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

extension AppFixture {
    /// The licence number of ``addLicenceAndImaging()``.
    static let licenceNumber = "吉卫放证字〔2024〕第0012号"

    /// The radiation devices of ``addRadiation()`` with a licence and a month of the imaging log:
    ///
    /// - the radiological licence lists the CT only, so the DR (in service) needs a licence change
    ///   (R92); its verification is due 2026-04-30, 46 days from today, inside the 60-day reminder (R91);
    /// - the CT is a 64-slice one (its spec, R70); wangfang is its dedicated person and it has a
    ///   second-level maintenance plan, the DR has neither (R67);
    /// - both keep the running-status log (R66) every day of the 30 before today (2026-02-13 to
    ///   2026-03-14) but the DR's 2026-03-10, the one missing day; the CT was `down` on 2026-03-12
    ///   and under `maintenance` on 2026-03-05; the DR is `down` from 2026-02-09, the day its failed
    ///   status test opened its repair ticket (R84).
    func addLicenceAndImaging() throws {
        try addRadiation()
        let cal = FacilityCalendar.shanghai
        let listed = Day(2026, 2, 1)!
        var ct = try store.device("RAD-CT01")!
        try store.write(actor: "wangfang", at: cal.parseTime("2026-02-01T09:00")!) { rec in
            try rec.recordLicence(RadiationLicence(number: Self.licenceNumber, holder: "示范医院", authority: "长春市卫生健康委员会",
                                                   issuedOn: Day(2024, 7, 1)!, categories: [.xrayImaging, .interventional],
                                                   verificationDue: Day(2026, 4, 30)!, scans: ["licence-copy.pdf"]), today: listed)
            try rec.addLicensedDevice(LicensedDevice(licence: Self.licenceNumber, device: "RAD-CT01", parameters: "140 kV / 800 mA", listedOn: listed),
                                      today: listed)
            try rec.recordImagingSpec(ImagingSpec(device: "RAD-CT01", slices: 64))
            ct.maintainer = "wangfang"
            try rec.save(ct)
            _ = try rec.setMaintenancePlan(device: "RAD-CT01", tier: .second, intervalDays: nil)
        }
        let today = Day(2026, 3, 15)!
        for back in 1...30 {
            let day = today.adding(days: -back)
            try store.write(actor: "wangfang", at: cal.instant(day, secondOfDay: 18 * 3600)) { rec in
                for tag in ["RAD-CT01", "RAD-DR01"] where !(tag == "RAD-DR01" && day == Day(2026, 3, 10)!) {
                    let status: RunningStatus = tag == "RAD-DR01" && day >= Day(2026, 2, 9)! ? .down
                        : tag == "RAD-CT01" && day == Day(2026, 3, 12)! ? .down
                        : tag == "RAD-CT01" && day == Day(2026, 3, 5)! ? .maintenance : .normal
                    _ = try rec.recordRunningStatus(RunningStatusEntry(device: tag, day: day, status: status, hoursInUse: status == .normal ? 8 : 0,
                                                                       exams: status == .normal ? 20 + back % 7 : 0, keptBy: "wangfang"), today: day)
                }
            }
        }
    }
}
