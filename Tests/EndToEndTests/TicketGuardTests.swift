import Foundation
import Testing

/// Each guard of the repair workflow refuses with its rule number and exit 1, writes nothing, and
/// the allowed path then goes through. Everything through the built binary.
@Suite struct TicketGuardTests {
    static func at(_ hm: String) -> String { "2026-03-02T\(hm)" }

    /// A sandbox with the hospital and a ticket on `device`, assigned to the engineer.
    static func assigned(_ device: String = "ICU-P01", openArgs: [String] = []) throws -> (TicketCLISandbox, String) {
        let s = try TicketCLISandbox()
        try s.hospital()
        let n = try s.open(["--device", device, "--fault", "occlusion alarm", "--by", "nurse"] + openArgs, at: at("08:00"))
        try s.step(["assign", n, "--to", "engineer"], at: at("08:10"))
        return (s, n)
    }

    /// The same, with the repair started.
    static func started(_ device: String = "ICU-P01") throws -> (TicketCLISandbox, String) {
        let (s, n) = try Self.assigned(device)
        try s.step(["start", n, "--by", "engineer"], at: at("08:20"))
        return (s, n)
    }

    @Test func r46DamageByFaultNeedsLeadershipReportAndFactsBeforeStart() throws {
        let (s, n) = try Self.assigned(openArgs: ["--damage-by-fault", "yes"])
        try s.refusedStep(["start", n, "--by", "engineer"], at: Self.at("09:00"), "R46")
        // Nothing written: not even the receipt that `start` records first.
        let before = try s.show(n, now: Self.at("09:00"))
        #expect(before.ticketString("state") == "assigned")
        #expect(before.ticketEvents.count == 2)
        #expect(before.ticketString("damage_by_fault") == "yes")

        try s.step(["report-to-leadership", n, "--leader", "director", "--content", "pump dropped by a visitor",
                    "--channel", "phone"], at: Self.at("09:10"))
        try s.refusedStep(["start", n, "--by", "engineer"], at: Self.at("09:15"), "R46")
        try s.step(["facts", n, "--facts", "cracked housing, dropped from the stand"], at: Self.at("09:20"))
        #expect(try s.step(["start", n, "--by", "engineer"], at: Self.at("09:30")).stdout == "\(n) in-repair\n")
        #expect(try s.show(n, now: Self.at("09:30")).ticketExceptions.contains { $0["rule"] as? String == "R46" })
        try s.verify()
    }

    @Test func r50ExternalRepairerNeedsApprovalBeforeStart() throws {
        let (s, n) = try Self.assigned()
        try s.step(["external-repairer", n, "--name", "刘工", "--company", "Mindray service", "--contact", "400-000-0000",
                    "--by", "engineer"], at: Self.at("08:30"))
        try s.refusedStep(["start", n, "--by", "engineer"], at: Self.at("09:00"), "R50")
        // Only the equipment head approves an outside repairer.
        try s.refusedStep(["approve", n, "--kind", "external-repairer", "--by", "engineer"], at: Self.at("09:05"), "R50")
        try s.step(["approve", n, "--kind", "external-repairer", "--verbal-at", Self.at("08:45")], at: Self.at("09:10"))
        #expect(try s.step(["start", n, "--by", "engineer"], at: Self.at("09:20")).stdout == "\(n) in-repair\n")
        let approval = try s.show(n, now: Self.at("09:20")).ticketEvents.first { $0["kind"] as? String == "approval" }
        #expect((approval?["details"] as? [String: Any])?["verbal_at"] as? String == "2026-03-02T08:45:00+08:00")
        try s.verify()
    }

    @Test func r51OffSiteNeedsApproval() throws {
        let (s, n) = try Self.started()
        let offSite = ["off-site", n, "--destination", "vendor depot", "--vendor", "Mindray", "--by", "engineer"]
        try s.refusedStep(offSite, at: Self.at("09:00"), "R51")
        try s.step(["approve", n, "--kind", "off-site"], at: Self.at("09:10"))
        #expect(try s.step(offSite, at: Self.at("09:20")).stdout == "\(n) off-site\n")
        // The repair is recorded only after the device is back with its incoming inspection.
        try s.refusedStep(["repaired", n, "--work", "x", "--cause", "wear", "--by", "engineer"], at: Self.at("10:00"), "R51")
        try s.step(["back-on-site", n, "--inspection", "ok", "--by", "engineer"], at: Self.at("11:00"))
        try s.step(["repaired", n, "--work", "pump module replaced", "--cause", "wear", "--by", "engineer"], at: Self.at("11:30"))
        try s.verify()
    }

    @Test func r42ReturnOnlyAfterTheRepairIsRecorded() throws {
        let (s, n) = try Self.started()
        try s.refusedStep(["return", n, "--recipient", "nurse"], at: Self.at("09:00"), "R42")
        try s.step(["repaired", n, "--work", "cleaned the sensor", "--cause", "environment", "--by", "engineer"], at: Self.at("09:30"))
        // The recipient must be of the device's department (or its custodian).
        try s.refusedStep(["return", n, "--recipient", "director"], at: Self.at("09:40"), "R42")
        #expect(try s.step(["return", n, "--recipient", "nurse"], at: Self.at("10:00")).stdout == "\(n) returned\n")
        // After the sign-off there is nothing left to repair.
        try s.refusedStep(["return", n, "--recipient", "nurse"], at: Self.at("10:10"), "R101")
        try s.verify()
    }

    @Test func r43IncorrectOperationNeedsFeedback() throws {
        let (s, n) = try Self.started()
        let repaired = ["repaired", n, "--work", "reset the occlusion limit", "--cause", "operation", "--by", "engineer"]
        try s.refusedStep(repaired, at: Self.at("09:00"), "R43")
        #expect(try s.step(repaired + ["--feedback", "trained the ward on the occlusion setting"], at: Self.at("09:10")).stdout
                == "\(n) repaired\n")
        let details = try s.show(n, now: Self.at("09:10")).ticketEvents.last?["details"] as? [String: Any]
        #expect(details?["feedback"] as? String == "trained the ward on the occlusion setting")
        try s.verify()
    }

    @Test func r8ScrappedDeviceTakesNoRequest() throws {
        let s = try TicketCLISandbox()
        try s.hospital()
        try s.refusedStep(["open", "--device", "ICU-V09", "--fault", "dead", "--by", "nurse"], at: Self.at("08:00"), "R8")
        let list = try s.ok(["ticket", "list", "--all", "--format", "json", "--now", Self.at("08:00")]).json()
        #expect(list["count"] as? Int == 0)
        try s.verify()
    }

    @Test func r103SecondReportJoinsTheOpenTicketUnlessNew() throws {
        let s = try TicketCLISandbox()
        try s.hospital()
        let first = try s.open(["--device", "ICU-V01", "--fault", "alarm", "--by", "nurse"], at: Self.at("08:00"))
        let again = try s.step(["open", "--device", "ICU-V01", "--fault", "alarm again, now on battery", "--by", "nurse"], at: Self.at("08:20"))
        #expect(again.stdout == "\(first)\n")
        #expect(again.stderr.contains("added to open ticket \(first) (R103)") && again.stderr.contains("--new"), "\(again)")
        let joined = try s.show(first, now: Self.at("08:20"))
        #expect(joined.ticketEvents.map { $0["kind"] as? String ?? "" } == ["opened", "additional-report"])

        let parallel = try s.open(["--device", "ICU-V01", "--fault", "second unit fault", "--by", "nurse", "--new"], at: Self.at("08:30"))
        #expect(parallel != first)
        #expect(parallel.range(of: #"^WX-2026-\d{6}$"#, options: .regularExpression) != nil)
        #expect(try s.show(parallel, now: Self.at("08:30")).ticketString("linked_to") == first)
        try s.verify()
    }

    @Test func theCommandLineNeverPromptsAndNamesWhatIsMissing() throws {
        let (s, n) = try Self.started()
        try s.refusedStep(["repaired", n, "--cause", "wear"], at: Self.at("09:00"), "missing --work")
        try s.refusedStep(["repaired", n, "--work", "x"], at: Self.at("09:00"), "missing --cause")
        try s.refusedStep(["repaired", n, "--work", "x", "--cause", "gremlins"], at: Self.at("09:00"), "--cause must be one of")
        try s.refusedStep(["return", n], at: Self.at("09:00"), "missing --recipient")
        try s.refusedStep(["open", "--fault", "x"], at: Self.at("09:00"), "missing --device")
        try s.refusedStep(["open", "--device", "NOPE", "--fault", "x"], at: Self.at("09:00"), "NOPE")
        try s.refusedStep(["assign", "12345", "--to", "engineer"], at: Self.at("09:00"), "WX-YYYY-NNNNNN")
        try s.refusedStep(["assign", "WX-2026-999999", "--to", "engineer"], at: Self.at("09:00"), "no ticket WX-2026-999999")
        try s.refusedStep(["close", n, "--by", "ghost"], at: Self.at("09:00"), "R2")
        try s.refusedStep(["assign", n, "--to", "nurse"], at: Self.at("09:00"), "R37")
        try s.refused(["ticket", "close", n, "--at", "tomorrow", "--now", Self.at("09:00")], "--at 'tomorrow'")
        // Steps out of order are refused, dated before the previous step too.
        try s.refusedStep(["close", n], at: Self.at("09:00"), "R42")
        try s.refusedStep(["wait-parts", n, "--by", "engineer"], at: Self.at("08:00"), "R4")
        #expect(try s.show(n, now: Self.at("09:00")).ticketEvents.count == 4)
        try s.verify()
    }

    @Test func sideStepsEachRecordTheirData() throws {
        let (s, n) = try Self.started("ICU-V01")
        let t = Self.at
        try s.step(["report", n, "--fault", "also the display flickers", "--by", "nurse"], at: t("08:30"))
        try s.step(["damage", n, "--answer", "no"], at: t("08:31"))
        try s.step(["priority", n, "--set", "urgent"], at: t("08:32"))
        try s.step(["notify-manufacturer", n, "--channel", "phone"], at: t("08:33"))
        #expect(try s.step(["wait-parts", n, "--note", "flow sensor ordered", "--by", "engineer"], at: t("08:34")).stdout == "\(n) waiting-parts\n")
        #expect(try s.step(["resume", n, "--by", "engineer"], at: t("08:35")).stdout == "\(n) in-repair\n")
        #expect(try s.step(["wait-vendor", n, "--by", "engineer"], at: t("08:36")).stdout == "\(n) waiting-vendor\n")
        try s.step(["vendor-late", n, "--note", "engineer did not come within 24 h"], at: t("08:37"))
        try s.step(["resume", n, "--by", "engineer"], at: t("08:38"))
        try s.step(["cannot-repair-in-time", n, "--note", "board on back order"], at: t("08:39"))
        try s.step(["emergency-external", n, "--reason", "no spare ventilator free", "--by", "engineer"], at: t("08:40"))
        try s.step(["justify", n, "--text", "night shift, two ventilated patients", "--by", "engineer"], at: t("08:41"))
        try s.step(["substitute", n, "--device", "EQ-V01", "--source", "other-department"], at: t("08:42"))
        #expect(try s.step(["propose-scrap", n, "--reason", "board no longer made", "--by", "engineer"], at: t("08:43")).stdout
                == "\(n) proposed-scrap\n")
        // Scrapping is approved by the director, not the equipment head (R63).
        try s.refusedStep(["approve", n, "--kind", "scrapping"], at: t("08:44"), "R63")
        try s.step(["approve", n, "--kind", "scrapping", "--by", "director"], at: t("08:45"))
        try s.step(["substitute-returned", n, "--device", "EQ-V01"], at: t("08:46"))
        #expect(try s.step(["close", n], at: t("08:47")).stdout == "\(n) closed\n")
        let shown = try s.show(n, now: t("09:00"))
        #expect(shown.ticketString("priority") == "urgent")
        #expect(shown.ticketString("damage_by_fault") == "no")
        #expect(shown.ticketEvents.map { $0["kind"] as? String ?? "" }.suffix(3) == ["approval", "substitute-returned", "closed"])

        // Cancel, defer and refuse on fresh requests.
        let dup = try s.open(["--device", "ICU-P01", "--fault", "x", "--by", "nurse"], at: t("09:00"))
        try s.refusedStep(["cancel", dup, "--reason", "other"], at: t("09:01"), "R101")
        #expect(try s.step(["cancel", dup, "--reason", "duplicate"], at: t("09:02")).stdout == "\(dup) cancelled\n")
        let later = try s.open(["--device", "ICU-P01", "--fault", "slow", "--by", "nurse", "--out-of-service", "no"], at: t("09:10"))
        try s.refusedStep(["defer", later, "--reason", "budget", "--by", "engineer"], at: t("09:11"), "R38")
        #expect(try s.step(["defer", later, "--reason", "budget"], at: t("09:12")).stdout == "\(later) deferred\n")
        #expect(try s.step(["refuse", later, "--reason", "not worth it"], at: t("09:13")).stdout == "\(later) refused\n")
        #expect(try s.show(later, now: t("09:13"))["out_of_service"] as? Bool == false)
        try s.verify()
    }
}
