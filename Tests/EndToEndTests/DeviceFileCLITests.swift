import Foundation
import Testing

/// `rounds equipment file TAG`: one device's records merged into one list, oldest first, with who,
/// when and what (R5, R9), through the built binary on a practice store.
@Suite struct DeviceFileCLITests {
    /// The ticket hospital's pump ICU-P01 gets, on 2 March 2026: a monthly inspection (08:00), a
    /// first-level maintenance (08:30), a repair ticket with five steps (opened 09:00, assigned
    /// 09:10, received and started 09:20, repaired 10:00, signed back 10:30), and is put on standby
    /// at 11:00. With its creation and first status (import, 1 March 07:00), that is 2 + 1 + 1 + 6 + 1
    /// = 11 lines (a start records the receipt first: received and started are two steps).
    @Test func aPumpsFileListsEveryRecordOldestFirst() throws {
        let s = try TicketCLISandbox()
        try s.hospital()
        func at(_ hm: String) -> [String] { ["--at", "2026-03-02T\(hm)", "--now", "2026-03-02T\(hm)"] }
        try s.ok(["record", "inspection", "--device", "ICU-P01", "--kind", "monthly", "--result", "ok", "--by", "engineer"] + at("08:00"))
        try s.ok(["record", "maintenance", "--device", "ICU-P01", "--tier", "first", "--note", "除尘", "--by", "engineer"] + at("08:30"))
        let n = try s.open(["--device", "ICU-P01", "--fault", "occlusion alarm", "--by", "nurse"], at: "2026-03-02T09:00")
        try s.step(["assign", n, "--to", "engineer"], at: "2026-03-02T09:10")
        try s.step(["start", n, "--by", "engineer"], at: "2026-03-02T09:20")
        try s.step(["repaired", n, "--work", "replaced the sensor", "--cause", "component", "--by", "engineer"], at: "2026-03-02T10:00")
        try s.step(["return", n, "--recipient", "nurse"], at: "2026-03-02T10:30")
        try s.ok(["equipment", "status", "ICU-P01", "standby", "--reason", "spare for ward 3", "--now", "2026-03-02T11:00"])

        let file = try s.ok(["equipment", "file", "ICU-P01", "--format", "json", "--now", "2026-03-02T12:00"]).json()
        let entries = try #require(file["entries"] as? [[String: Any]])
        #expect(file["count"] as? Int == 11)
        let lines = entries.map { "\($0["at"] as? String ?? "") \($0["by"] as? String ?? "") \($0["kind"] as? String ?? "") \($0["what"] as? String ?? "")" }
        #expect(lines == [
            "2026-03-01 07:00:00 head archive created",
            "2026-03-01 07:00:00 head status in-service",
            "2026-03-02 08:00:00 engineer inspection monthly ok",
            "2026-03-02 08:30:00 engineer maintenance first",
            "2026-03-02 09:00:00 nurse ticket opened",
            "2026-03-02 09:10:00 head ticket assigned",
            "2026-03-02 09:20:00 engineer ticket received",
            "2026-03-02 09:20:00 engineer ticket started",
            "2026-03-02 10:00:00 engineer ticket repaired",
            "2026-03-02 10:30:00 nurse ticket returned",
            "2026-03-02 11:00:00 head status standby",
        ])
        #expect(entries[3]["note"] as? String == "除尘")
        #expect(entries[4]["note"] as? String == "occlusion alarm" && entries[4]["reference"] as? String == n)
        #expect(entries[10]["note"] as? String == "spare for ward 3")

        // As of 09:05 only the first five lines had happened.
        let earlier = try s.ok(["equipment", "file", "ICU-P01", "--format", "json", "--now", "2026-03-02T09:05"]).json()
        #expect(earlier["count"] as? Int == 5)

        // The printed file: a title, a header, 11 lines and the seal line (after the practice line).
        let table = try s.ok(["equipment", "file", "ICU-P01", "--now", "2026-03-02T12:00"]).lines
        #expect(table.last?.hasPrefix("seal ") == true)
        #expect(table.contains { $0.hasPrefix("Device file  ICU-P01") })
        let zh = try s.ok(["equipment", "file", "ICU-P01", "--lang", "zh", "--now", "2026-03-02T12:00"]).stdout
        #expect(zh.contains("设备档案") && zh.contains("开始维修") && zh.contains("巡检"))
        let csv = try s.ok(["equipment", "file", "ICU-P01", "--format", "csv", "--now", "2026-03-02T12:00"]).lines
        #expect(csv.count == 12 && csv[0] == "at,by,kind,reference,what,note,answers")
    }
}
