import Foundation
import Testing

/// `rounds ticket` end to end on a store built only with the command line: the whole life of a
/// repair of key equipment, and the exceptions that never block the sign-off.
@Suite struct TicketLifecycleTests {
    /// 2026-03-02 (Monday) and the next day, local time in Asia/Shanghai.
    static func d1(_ hm: String) -> String { "2026-03-02T\(hm)" }
    static func d2(_ hm: String) -> String { "2026-03-03T\(hm)" }

    @Test func fullLifecycleWithOffSiteRepairAndSubstitute() throws {
        let s = try TicketCLISandbox()
        try s.hospital()
        let d1 = Self.d1, d2 = Self.d2

        // The nurse reports the fault; the number is printed alone on its line.
        let open = try s.step(["open", "--device", "ICU-V01", "--fault", "高压报警 high pressure alarm", "--by", "nurse"], at: d1("08:00"))
        #expect(open.stdout.range(of: #"^WX-2026-\d{6}\n$"#, options: .regularExpression) != nil, "\(open)")
        #expect(open.stderr.isEmpty, "\(open)")
        let n = open.stdout.trimmingCharacters(in: .newlines)

        #expect(try s.step(["assign", n, "--to", "engineer"], at: d1("08:30")).stdout == "\(n) assigned\n")
        // The engineer at the keyboard: --by defaults to the user. Received and started at 09:00.
        #expect(try s.step(["start", n], at: d1("09:00"), user: "engineer").stdout == "\(n) in-repair\n")

        // Candidates while it is away: the equipment department's standby ventilator.
        let candidates = try s.ok(["ticket", "substitutes", n, "--format", "json", "--now", d1("09:30")]).json()
        let tags = (candidates["candidates"] as? [[String: Any]] ?? []).compactMap { $0["tag"] as? String }
        #expect(tags == ["EQ-V01"])

        try s.step(["approve", n, "--kind", "off-site", "--note", "vendor depot"], at: d1("10:00"))
        #expect(try s.step(["off-site", n, "--destination", "GE 北京维修中心", "--vendor", "GE", "--expected-return", "2026-03-05",
                            "--by", "engineer"], at: d1("10:00")).stdout == "\(n) off-site\n")
        try s.step(["notify", n, "--party", "department", "--person", "nurse"], at: d1("10:30"))
        try s.step(["notify", n, "--party", "equipment-head", "--person", "head"], at: d1("10:30"))
        try s.step(["substitute", n, "--device", "EQ-V01", "--source", "own-spare"], at: d1("10:30"))

        // Open tickets, most urgent first, as of a time while it is off site.
        let list = try s.ok(["ticket", "list", "--format", "json", "--now", d1("11:00")]).json()
        let listed = list["tickets"] as? [[String: Any]] ?? []
        #expect(listed.count == 1)
        #expect(listed.first?["number"] as? String == n)
        #expect(listed.first?["state"] as? String == "off-site")
        #expect(listed.first?["priority"] as? String == "emergency")
        #expect(listed.first?["age_seconds"] as? Int == 3 * 3600)

        try s.step(["back-on-site", n, "--inspection", "外观完好, self-test passed", "--by", "engineer"], at: d2("10:00"))
        #expect(try s.step(["repaired", n, "--work", "replaced the flow sensor", "--cause", "component", "--by", "engineer"],
                           at: d2("11:00")).stdout == "\(n) repaired\n")
        // The recipient signs: no --by, the event's signer is the nurse although head is at the keyboard.
        #expect(try s.step(["return", n, "--recipient", "nurse"], at: d2("12:00")).stdout == "\(n) returned\n")
        try s.step(["substitute-returned", n, "--device", "EQ-V01"], at: d2("12:00"))
        #expect(try s.step(["close", n], at: d2("12:30")).stdout == "\(n) closed\n")

        let t = try s.show(n, now: d2("13:00"))
        #expect(t.ticketString("state") == "closed")
        #expect(t.ticketString("device") == "ICU-V01")
        #expect(t.ticketString("priority") == "emergency")
        #expect(t.ticketString("assignee") == "engineer")
        #expect(t.ticketString("opened_at") == "2026-03-02T08:00:00+08:00")
        // Downtime: the request to the sign-off, 28 hours.
        #expect(t["downtime_seconds"] as? Int == 28 * 3600)

        // The timeline, hand-computed.
        let spans = t.ticketTimeline.map { ($0["state"] as? String ?? "?", $0["seconds"] as? Int ?? -1) }
        let expected: [(String, Int)] = [
            ("requested", 1800),        // 08:00 → 08:30
            ("assigned", 1800),         // 08:30 → 09:00
            ("received", 0),            // received and started at 09:00
            ("in-repair", 3600),        // 09:00 → 10:00
            ("off-site", 24 * 3600),    // 10:00 → next day 10:00
            ("in-repair", 3600),        // back 10:00 → repaired 11:00
            ("repaired", 3600),         // 11:00 → signed back 12:00
            ("returned", 1800),         // 12:00 → closed 12:30
            ("closed", 0),
        ]
        #expect(spans.map(\.0) == expected.map(\.0))
        #expect(spans.map(\.1) == expected.map(\.1))
        #expect(t.ticketTimeline.first?["from"] as? String == "2026-03-02T08:00:00+08:00")
        #expect(t.ticketTimeline.first?["to"] as? String == "2026-03-02T08:30:00+08:00")
        let totals = t["seconds_in_state"] as? [String: Any] ?? [:]
        #expect(totals["in-repair"] as? Int == 7200)
        #expect(totals["off-site"] as? Int == 86400)

        // Every step with its signature.
        let events = t.ticketEvents.map { ($0["kind"] as? String ?? "?", $0["by"] as? String ?? "?") }
        let signed: [(String, String)] = [
            ("opened", "nurse"), ("assigned", "head"), ("received", "engineer"), ("started", "engineer"),
            ("approval", "head"), ("sent-off-site", "engineer"), ("notified", "head"), ("notified", "head"),
            ("substitute", "head"), ("back-on-site", "engineer"), ("repaired", "engineer"), ("returned", "nurse"),
            ("substitute-returned", "head"), ("closed", "head"),
        ]
        #expect(events.map(\.0) == signed.map(\.0))
        #expect(events.map(\.1) == signed.map(\.1))
        let offSite = t.ticketEvents.first { $0["kind"] as? String == "sent-off-site" }?["details"] as? [String: Any]
        #expect(offSite?["destination"] as? String == "GE 北京维修中心")
        #expect(offSite?["expected_return"] as? String == "2026-03-05")
        let repaired = t.ticketEvents.first { $0["kind"] as? String == "repaired" }?["details"] as? [String: Any]
        #expect(repaired?["cause"] as? String == "component")

        // Duties done in time: only the late assignment (key equipment: 15 minutes, R38) is listed.
        #expect(t.ticketExceptions.map { $0["kind"] as? String ?? "" } == ["assignment-delayed"])
        #expect(t.ticketExceptions.map { $0["rule"] as? String ?? "" } == ["R38"])

        // Closed: gone from the default list, still in --all; table and CSV forms print.
        let after = try s.ok(["ticket", "list", "--format", "json", "--now", d2("13:00")]).json()
        #expect(after["count"] as? Int == 0)
        let all = try s.ok(["ticket", "list", "--all", "--format", "csv", "--now", d2("13:00")])
        #expect(all.lines.count == 2 && all.lines[1].hasPrefix("\(n),emergency,closed,ICU-V01,"), "\(all)")
        let table = try s.ok(["ticket", "show", n, "--now", d2("13:00")])
        #expect(table.stdout.contains("off-site") && table.stdout.contains("1d 0h 00m") && table.stdout.contains("R38"), "\(table)")
        let zh = try s.ok(["ticket", "show", n, "--now", d2("13:00"), "--lang", "zh"])
        #expect(zh.stdout.contains("离院维修") && zh.stdout.contains("已关闭"), "\(zh)")

        try s.verify()
    }

    /// R53: key equipment not repaired within 4 hours, no substitute: an exception in `show`, never a
    /// block on the sign-off.
    @Test func missedKeyEquipmentDutiesAreExceptionsNotBlocks() throws {
        let s = try TicketCLISandbox()
        try s.hospital()
        let d1 = Self.d1
        let n = try s.open(["--device", "ICU-V01", "--fault", "不能开机 will not power on", "--by", "nurse"], at: d1("08:00"))
        try s.step(["assign", n, "--to", "engineer"], at: d1("08:05"))
        try s.step(["start", n, "--by", "engineer", "--condition", "no accessories"], at: d1("08:10"))

        // Before the 4-hour limit: nothing is owed yet.
        #expect(try s.show(n, now: d1("11:59")).ticketExceptions.isEmpty)

        let late = try s.show(n, now: d1("13:00"))
        let kinds = late.ticketExceptions.map { $0["kind"] as? String ?? "" }
        #expect(kinds.contains("no-substitute"), "\(late.ticketExceptions)")
        #expect(kinds.filter { $0 == "not-notified" }.count == 2)
        #expect(late.ticketExceptions.allSatisfy { $0["rule"] as? String == "R53" })
        #expect(late.ticketExceptions.first?["since"] as? String == "2026-03-02T12:00:00+08:00")
        let table = try s.ok(["ticket", "show", n, "--now", d1("13:00")])
        #expect(table.stdout.contains("R53") && table.stdout.contains("no-substitute"), "\(table)")

        // The missed duties do not stop the repair or the sign-off.
        try s.step(["repaired", n, "--work", "replaced the power board", "--cause", "component", "--by", "engineer"], at: d1("14:00"))
        #expect(try s.step(["return", n, "--recipient", "nurse"], at: d1("15:00")).stdout == "\(n) returned\n")

        // Still listed afterwards: the duty was missed.
        let after = try s.show(n, now: d1("15:30"))
        #expect(after.ticketString("state") == "returned")
        #expect(after.ticketExceptions.contains { $0["kind"] as? String == "no-substitute" })
        #expect(after["downtime_seconds"] as? Int == 7 * 3600)

        // A returned ticket still waits to be closed: it stays on the open list.
        let open = try s.ok(["ticket", "list", "--format", "json", "--now", d1("15:30")]).json()
        #expect(open["count"] as? Int == 1)
        try s.step(["close", n], at: d1("16:00"))
        try s.verify()
    }
}
