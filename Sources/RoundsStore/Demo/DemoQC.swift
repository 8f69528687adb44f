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
            let items = group.items(for: .status).map { QCItemResult(item: $0.code, outcome: $0.code == failing ? .fail : .pass) }
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
}
