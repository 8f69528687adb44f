import Foundation
import Testing

/// `rounds hazard` end to end on a practice store built with the command line (R16): a hazard found
/// on a round is listed open with its age, assigned, resolved and gone from the open list; another is
/// converted into a repair ticket. Local times in Asia/Shanghai; the first hazard is found on
/// Monday 2 March 2026 at 10:00.
@Suite struct HazardCLITests {
    /// `rounds ARGS --at T --now T`: the step happens at the clock's time.
    static func at(_ time: String) -> [String] { ["--at", time, "--now", time] }

    /// Records an inspection of `device` finding a hazard and returns the hazard's id.
    func hazard(_ s: TicketCLISandbox, device: String, note: String, at time: String) throws -> String {
        let r = try s.ok(["record", "inspection", "--device", device, "--kind", "ten-day", "--result", "hazard", "--note", note,
                          "--by", "engineer"] + Self.at(time))
        let words = r.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        let i = try #require(words.firstIndex(of: "hazard"), "\(r)")
        return words[i + 1]
    }

    /// `hazard list --format json` as of `now` (`extra`: `--open`, `--department …`).
    func list(_ s: TicketCLISandbox, _ extra: [String] = [], now: String, command: [String] = ["hazard", "list"]) throws -> [[String: Any]] {
        let json = try s.ok(command + extra + ["--format", "json", "--now", now]).json()
        #expect(json["practice"] as? Bool == true)
        return json["items"] as? [[String: Any]] ?? []
    }

    @Test func foundListedAssignedResolvedAndGone() throws {
        let s = try TicketCLISandbox()
        try s.hospital()
        let id = try hazard(s, device: "ICU-V01", note: "电源线外皮破损", at: "2026-03-02T10:00")

        // Two local days later (2 → 4 March): open, 2 days old, not overdue.
        let first = try list(s, ["--open"], now: "2026-03-04T09:00")
        #expect(first.count == 1)
        #expect(first.first?["id"] as? Int == Int(id))
        #expect(first.first?["device"] as? String == "ICU-V01" && first.first?["department"] as? String == "ICU")
        #expect(first.first?["note"] as? String == "电源线外皮破损" && first.first?["found_by"] as? String == "engineer")
        #expect(first.first?["found_at"] as? String == "2026-03-02T10:00:00+08:00")
        #expect(first.first?["state"] as? String == "open" && first.first?["age_days"] as? Int == 2)
        #expect(first.first?["overdue"] as? Bool == false)
        // Four local days (2 → 6 March) is more than the default 3: overdue.
        let later = try list(s, ["--open"], now: "2026-03-06T09:00")
        #expect(later.first?["age_days"] as? Int == 4 && later.first?["overdue"] as? Bool == true)
        #expect(try s.ok(["hazard", "list", "--open", "--now", "2026-03-06T09:00"]).stdout.contains("OVERDUE"))

        // Assign: only to an engineer.
        try s.refused(["hazard", "assign", id, "--to", "nurse"] + Self.at("2026-03-02T11:00"), "R16: hazard \(id) is assigned to an engineer")
        try s.refused(["hazard", "assign", id] + Self.at("2026-03-02T11:00"), "missing --to LOGIN")
        #expect(try s.ok(["hazard", "assign", id, "--to", "engineer"] + Self.at("2026-03-02T11:00")).stdout == "hazard \(id) assigned\n")
        #expect(try list(s, ["--open"], now: "2026-03-02T12:00").first?["assignee"] as? String == "engineer")

        // Resolve: what was done is required; the step cannot predate the hazard; entered three days
        // after it was done, it needs the late entry's reason (R4).
        try s.refused(["hazard", "resolve", id, "--action", " "] + Self.at("2026-03-03T09:00"), "R16: resolving hazard \(id) needs what was done")
        try s.refused(["hazard", "resolve", id, "--action", "已处理", "--at", "2026-03-02T09:00", "--now", "2026-03-03T09:00"],
                      "R16: a step of hazard \(id) cannot be dated before the hazard was found")
        try s.refused(["hazard", "resolve", id, "--action", "已处理", "--at", "2026-03-02T12:00", "--now", "2026-03-05T12:00"],
                      "R4: the work was done at 2026-03-02 12:00")
        #expect(try s.ok(["hazard", "resolve", id, "--action", "更换电源线并通电测试", "--by", "engineer"] + Self.at("2026-03-03T09:00")).stdout
                == "hazard \(id) resolved\n")
        try s.refused(["hazard", "resolve", id, "--action", "再次处理"] + Self.at("2026-03-03T10:00"),
                      "R16: hazard \(id) is already resolved: a closed hazard takes no further step")

        #expect(try list(s, ["--open"], now: "2026-03-06T09:00").isEmpty)
        #expect(try list(s, now: "2026-03-06T09:00", command: ["report", "hazards"]).isEmpty)
        let all = try list(s, now: "2026-03-06T09:00")
        #expect(all.first?["state"] as? String == "resolved" && all.first?["age_days"] as? Int == 1 && all.first?["overdue"] as? Bool == false)

        let shown = try s.ok(["hazard", "show", id, "--format", "json", "--now", "2026-03-06T09:00"]).json()
        #expect(shown["action"] as? String == "更换电源线并通电测试")
        let steps = (shown["steps"] as? [[String: Any]] ?? []).map { "\($0["step"] ?? "") \($0["by"] ?? "") \($0["detail"] ?? "")" }
        #expect(steps == ["assigned head engineer", "resolved engineer 更换电源线并通电测试"])

        let csv = try s.ok(["hazard", "list", "--format", "csv", "--now", "2026-03-06T09:00"])
        #expect(csv.lines.first == "id,device,department,note,found_at,found_by,state,assignee,age_days,overdue")
        try s.verify()
    }

    @Test func convertedIntoARepairTicket() throws {
        let s = try TicketCLISandbox()
        try s.hospital()
        let id = try hazard(s, device: "ICU-P01", note: "泵门卡扣松动", at: "2026-03-03T10:00")
        let r = try s.ok(["hazard", "convert", id] + Self.at("2026-03-03T11:00"))
        #expect(r.stdout.range(of: #"^WX-2026-\d{6}\n$"#, options: .regularExpression) != nil, "\(r)")
        let number = r.stdout.trimmingCharacters(in: .newlines)
        let ticket = try s.show(number, now: "2026-03-03T12:00")
        #expect(ticket.ticketString("device") == "ICU-P01" && ticket.ticketString("fault") == "泵门卡扣松动")
        #expect(ticket.ticketString("state") == "requested")
        let source = (ticket.ticketEvents.first?["details"] as? [String: Any])?["source"] as? String
        #expect(source == "inspection")

        let shown = try s.ok(["hazard", "show", id, "--format", "json", "--now", "2026-03-03T12:00"]).json()
        #expect(shown["state"] as? String == "converted" && shown["ticket"] as? String == number)
        try s.refused(["hazard", "convert", id] + Self.at("2026-03-03T12:00"), "R16: hazard \(id) is already converted to repair ticket \(number)")
        #expect(try list(s, ["--open"], now: "2026-03-03T12:00").isEmpty)
        try s.verify()
    }

    @Test func theOpenDaysRuleDecidesOverdue() throws {
        let s = try TicketCLISandbox()
        try s.hospital()
        _ = try hazard(s, device: "ICU-V01", note: "氧气接头漏气", at: "2026-03-02T10:00")
        #expect(try list(s, now: "2026-03-06T09:00").first?["overdue"] as? Bool == true)     // 4 days > 3
        try s.ok(["config", "set", "hazard-open-days", "5", "--reason", "ward practice changed", "--now", "2026-03-02T12:00"])
        #expect(try list(s, now: "2026-03-06T09:00").first?["overdue"] as? Bool == false)    // 4 days, not > 5
        #expect(try list(s, now: "2026-03-08T09:00").first?["overdue"] as? Bool == true)     // 6 days > 5
    }
}
