import Foundation
import Testing

/// The R6 fields and flags of the archive (migration v17-archive-fields) through the built binary:
/// imported from a ledger with Chinese headers, shown and listed, and the R47 guard fired by the
/// large flag.
@Suite struct ArchiveFieldsCLITests {
    /// The ticket hospital plus a CT scanner imported from a Chinese ledger: large, valuable,
    /// vendor-serviced, bought for 3,580,000.50 yuan from 国药器械, maintained by the engineer.
    static func hospitalWithScanner() throws -> TicketCLISandbox {
        let s = try TicketCLISandbox()
        try s.hospital()
        try s.ok(["import", "equipment", try s.file("ledger.csv", """
            资产编号,设备名称,使用科室,设备类别,启用日期,供应商,购置金额,使用年限截止,维护责任人,抢救设备,关键设备,大型设备,贵重设备,专科设备,厂家保修
            ICU-CT1,CT机,重症医学科,ct,2024/3/1,国药器械,3580000.50,2034-03-01,engineer,否,否,是,是,否,是

            """), "--now", "2026-03-01T07:30"])
        return s
    }

    @Test func aChineseLedgerImportsEveryNewFieldAndFlag() throws {
        let s = try Self.hospitalWithScanner()
        let show = try s.ok(["equipment", "show", "ICU-CT1", "--format", "json", "--now", "2026-03-01T08:00"]).json()
        #expect(show["supplier"] as? String == "国药器械")
        #expect(show["purchase_value"] as? String == "3580000.50")       // exact: 358,000,050 fen
        #expect(show["service_life_end"] as? String == "2034-03-01")
        #expect(show["maintainer"] as? String == "engineer")
        #expect(show["in_service"] as? String == "2024-03-01")
        #expect(show["large"] as? Bool == true && show["valuable"] as? Bool == true && show["vendor_serviced"] as? Bool == true)
        #expect(show["rescue"] as? Bool == false && show["key_equipment"] as? Bool == false && show["specialty"] as? Bool == false)
        // A device imported from the older columns reads "not recorded" and "no".
        let pump = try s.ok(["equipment", "show", "ICU-P01", "--format", "json", "--now", "2026-03-01T08:00"]).json()
        #expect(pump["purchase_value"] is NSNull && pump["supplier"] as? String == "" && pump["large"] as? Bool == false)
        // The list's CSV carries the new columns after the sixteen of the contract, and re-imports as is.
        let csv = try s.ok(["equipment", "list", "--format", "csv", "--now", "2026-03-01T08:00"]).lines
        #expect(csv[0].hasSuffix(",location,supplier,purchase_value,service_life_end,maintainer,rescue,key_equipment,large,valuable,specialty,vendor_serviced"))
        let again = try s.file("again.csv", csv.joined(separator: "\n") + "\n")
        try s.ok(["import", "equipment", again, "--now", "2026-03-01T08:10"])
        try s.verify()
    }

    @Test func aBadPurchaseValueIsNamedByLineAndColumn() throws {
        let s = try Self.hospitalWithScanner()
        let r = try s.run(["import", "equipment", try s.file("bad.csv", "资产编号,设备名称,使用科室,启用日期,购置金额\nICU-CT2,CT机,ICU,2024-03-01,12.345\n"),
                           "--now", "2026-03-01T08:00"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("bad.csv:2: purchase_value: '12.345' is not an amount in yuan"), "\(r)")
    }

    @Test func r47RefusesARepairStartOnALargeDeviceUntilDamageIsAnsweredYesOrNo() throws {
        let s = try Self.hospitalWithScanner()
        let n = try s.open(["--device", "ICU-CT1", "--fault", "gantry error", "--by", "nurse"], at: "2026-03-02T08:00")
        try s.step(["assign", n, "--to", "engineer"], at: "2026-03-02T08:10")
        // Not answered: refused (R47), and nothing written.
        try s.refusedStep(["start", n, "--by", "engineer"], at: "2026-03-02T08:20", "R47")
        #expect(try s.show(n, now: "2026-03-02T08:20").ticketString("state") == "assigned")
        // "Undetermined" is not an answer on a large device.
        try s.refusedStep(["damage", n, "--answer", "undetermined", "--by", "engineer"], at: "2026-03-02T08:25", "R47")
        try s.step(["damage", n, "--answer", "no", "--by", "engineer"], at: "2026-03-02T08:30")
        #expect(try s.step(["start", n, "--by", "engineer"], at: "2026-03-02T08:40").stdout == "\(n) in-repair\n")
        // The same start on the pump (no flag) needs no answer.
        let p = try s.open(["--device", "ICU-P01", "--fault", "occlusion alarm", "--by", "nurse"], at: "2026-03-02T09:00")
        try s.step(["assign", p, "--to", "engineer"], at: "2026-03-02T09:10")
        try s.step(["start", p, "--by", "engineer"], at: "2026-03-02T09:20")
        try s.verify()
    }

    /// R47's configurable threshold: an unflagged ECMO bought for 250,000 yuan counts as valuable once
    /// `rule.valuable-threshold-yuan` is 200000 (250,000.00 ≥ 200,000.00).
    @Test func r47AlsoFiresAboveTheConfiguredValueThreshold() throws {
        let s = try Self.hospitalWithScanner()
        try s.ok(["import", "equipment", try s.file("ecmo.csv", "tag,name,department,in_service,purchase_value\nICU-E01,ECMO,ICU,2024-01-01,250000\n"),
                  "--now", "2026-03-01T07:40"])
        let n = try s.open(["--device", "ICU-E01", "--fault", "pump noise", "--by", "nurse"], at: "2026-03-02T08:00")
        try s.step(["assign", n, "--to", "engineer"], at: "2026-03-02T08:10")
        try s.ok(["config", "set", "valuable-threshold-yuan", "200000", "--reason", "设备管理委员会：20万元以上为贵重设备", "--now", "2026-03-02T08:15"])
        try s.refusedStep(["start", n, "--by", "engineer"], at: "2026-03-02T08:20", "R47")
        try s.ok(["config", "set", "valuable-threshold-yuan", "300000", "--reason", "标准调整为30万元", "--now", "2026-03-02T08:25"])
        try s.step(["start", n, "--by", "engineer"], at: "2026-03-02T08:30")
        try s.verify()
    }
}
