import Foundation
import RoundsCore

extension DemoHistory {
    /// Radiation QC over the year (R75–R89): two testing organisations (the provincial institute,
    /// published in Jilin, and a company blacklisted a few months in), a passed status test for
    /// every radiation device — one of them twelve months ago less 20 days, so it is due within the
    /// next 30 days — and one failed status test six weeks ago that still restricts its device (R84).
    mutating func qcTests() throws {
        let radiation = try store.equipment().filter { $0.status.isTracked && QCStandards.applicable(category: $0.category) != nil }
        let engineers = try store.people().filter { $0.has(.engineer) }.map(\.login)
        guard radiation.count >= 2, let engineer = engineers.first else { return }
        let start = calendar.instant(since, secondOfDay: 8 * 3600 + 1800)
        let registered = since.adding(days: -400)
        try store.write(actor: DemoHospital.demoLogin, at: start, options: .generated) { rec in
            // R114: each rule change with its reason, listed by `rounds config history`.
            try rec.changeRule(.qcPublicationProvince, "吉林", reason: "吉卫监督发〔2021〕1号：检测机构须在吉林省平台公示")
            try rec.changeRule(.backupKeep, "60", reason: "信息科要求每日备份保留两个月，覆盖一次季度检查")
            try rec.saveOrganisation(TestingOrganisation(
                code: "jl-oph", name: "吉林省职业病防治院", creditCode: "12220000412759001X", certificate: "(吉)放卫技字[2021]第001号",
                scopeStandards: Set(QCStandards.all.map(\.code)), scopeKinds: [.acceptance, .status],
                validFrom: registered, validUntil: today.adding(days: 730), publishedProvince: "吉林", publishedOn: registered,
                effective: registered), change: "registered")
            try rec.saveOrganisation(TestingOrganisation(
                code: "cc-rad", name: "长春某辐射检测技术有限公司", creditCode: "91220101MA0000000X", certificate: "(吉)放卫技字[2020]第017号",
                scopeStandards: ["WS76-2020"], scopeKinds: [.status],
                validFrom: registered, validUntil: today.adding(days: 365), publishedProvince: "吉林", publishedOn: registered,
                effective: registered), change: "registered")
        }
        let blacklisted = since.adding(days: 120)
        if blacklisted < today {
            try store.write(actor: DemoHospital.demoLogin, at: calendar.instant(blacklisted, secondOfDay: 10 * 3600), options: .generated) {
                try $0.blacklistOrganisation("cc-rad", on: blacklisted, source: "吉林省卫生健康委门户网站（篡改检测数据）")
            }
        }
        for (i, d) in radiation.enumerated() {
            let tested: Day
            switch i {
            case 0: tested = today.adding(days: -345)          // due in 20 days (R79)
            case 1: tested = today.adding(days: -42)           // fails (R84)
            default: tested = today.adding(days: -Int.random(in: 60...300, using: &random))
            }
            guard let (standard, group) = QCStandards.applicable(category: d.category) else { continue }
            let failing = i == 1 ? group.items(for: .status).first?.code : nil
            let items = group.items(for: .status).map { QCItemResult(item: $0.code, outcome: $0.code == failing ? .fail : .pass,
                                                                     measured: Self.ctFigures[$0.code].map { "\($0.value) \($0.unit)" } ?? "") }
            let test = QCTestRecord(device: d.tag, kind: .status, standard: standard.code, organisation: "jl-oph",
                                    reportNumber: "JLZF-\(tested.year)-\(String(format: "%03d", i + 1))", testedOn: tested,
                                    reportedOn: tested.adding(days: 7), instruments: ["RaySafe X2 多功能剂量仪 #X2-21034", "CT/DR 性能检测模体"],
                                    attachments: ["qc/\(d.tag)-\(tested).pdf"], items: items)
            let when = min(now, calendar.instant(tested.adding(days: 8), secondOfDay: 10 * 3600))
            _ = try store.write(actor: engineer, at: when, options: .generated) {
                try $0.recordQCTest(test, by: engineer, calendar: calendar)
            }
        }
    }

    /// The figures a CT's status report gives for its stability items (WS 519-2019), the baselines
    /// of its stability tests (R80), and how far each monthly result strays from it.
    static let ctFigures: [String: (value: Double, unit: String, step: Double)] = [
        "positioning-light": (1.0, "mm", 0.5), "table-positioning": (0.5, "mm", 0.5), "slice-thickness": (0.3, "mm", 0.2),
        "ctdi-w": (28.0, "mGy", 1.0), "ct-number-water": (0.8, "HU", 1.0), "noise": (0.38, "%", 0.01), "uniformity": (1.5, "HU", 0.5),
        "high-contrast-resolution": (7.0, "lp/cm", 0.2),
    ]

    /// The imaging centre's CTs keep their stability tests (R80): every month from the start of
    /// tracking the monthly items, every third month the quarterly ones too and every sixth the
    /// half-yearly, done by the hospital's engineer with the same phantom, exposure and geometry,
    /// every result within its control limit of the passed status test's figure (the baseline; a
    /// result before it, or on a CT whose status test failed, is recorded without one). The other
    /// radiation devices have none, so the radiation screen's Stability section shows what is
    /// overdue. No random numbers are drawn.
    mutating func stabilityTests() throws {
        let engineers = try store.people().filter { $0.has(.engineer) }.map(\.login)
        guard let engineer = engineers.first else { return }
        let cts = try store.equipment(EquipmentFilter(department: "IMG")).filter { $0.status.isTracked && $0.category == "ct" }
        for ct in cts {
            guard let (standard, group) = QCStandards.applicable(category: ct.category) else { continue }
            let rules = QCStabilityItems.rules(standard: standard.code, group: group)
            var month = 1
            var day = StabilityPeriod.monthly.due(after: max(since, ct.inService))
            while day < today {
                let due = rules.filter { month % $0.period.months == 0 }
                let items = due.map { r -> QCItemResult in
                    let f = Self.ctFigures[r.item] ?? (0, "", 0)
                    let value = ((f.value + Double(month % 3 - 1) * f.step) * 100).rounded() / 100
                    return QCItemResult(item: r.item, outcome: .pass, measured: "\(value) \(f.unit)")
                }
                let test = QCTestRecord(device: ct.tag, kind: .stability, standard: standard.code, reportNumber: "WD-\(ct.tag)-\(day)",
                                        testedOn: day, instruments: ["Catphan 500 性能模体 #CP-5021"], items: items,
                                        stability: StabilityConditions(exposure: "120 kV, 250 mAs, 1 s", geometry: "头部模体 20 cm，扫描野中心 / head phantom 20 cm, isocentre"))
                let when = min(now, calendar.instant(day, secondOfDay: 17 * 3600))
                _ = try store.write(actor: engineer, at: when, options: .generated) { try $0.recordQCTest(test, by: engineer, calendar: calendar) }
                month += 1
                day = StabilityPeriod.monthly.due(after: day)
            }
        }
    }
}
