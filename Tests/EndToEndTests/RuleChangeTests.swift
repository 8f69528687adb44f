import Foundation
import Testing

/// R114: a rule changes only with its reason, every change is listed with who, when and why, and
/// lengthening an interval of life-support equipment needs the equipment head's proven signature.
@Suite struct RuleChangeTests {
    static func hospital() throws -> Sandbox {
        let box = try Sandbox("rules")
        for args in [["init", "--practice", "--since", "2026-01-01"],
                     ["import", "departments", try box.write("d.csv", "code,name,key\nICU,重症医学科,yes\n")],
                     ["import", "people", try box.write("p.csv", "login,name,roles,department\nhead,张科长,equipment-head;engineer,\n\(osHeadCSVLine)\n")],
                     ["import", "equipment", try box.write("e.csv", "tag,name,department,life_support,in_service\nICU-V01,呼吸机,ICU,yes,2024-01-01\n")]] {
            let r = try box.rounds(args, user: "head")
            try #require(r.status == 0, "\(r)")
        }
        return box
    }

    @Test func aRuleChangeWithoutAReasonIsRefusedAndWritesNothing() throws {
        let box = try Self.hospital()
        let before = try box.rounds(["verify"]).stdout
        let none = try box.rounds(["config", "set", "hazard-open-days", "5"], user: "head")
        #expect(none.status == 1 && none.stderr.contains("R114") && none.stderr.contains("--reason"), "\(none)")
        #expect(try box.rounds(["verify"]).stdout == before)
        let blank = try box.rounds(["config", "set", "hazard-open-days", "5", "--reason", "  "], user: "head")
        #expect(blank.status == 1 && blank.stderr.contains("R114"), "\(blank)")
        // With a reason it goes through and is listed: who, what from what to what, why.
        #expect(try box.rounds(["config", "set", "hazard-open-days", "5", "--reason", "院感科要求五天内处理"], user: "head").status == 0)
        let history = try box.rounds(["config", "history", "--format", "json"], user: "head")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any])
        let changes = try #require(object["changes"] as? [[String: String]])
        #expect(changes.count == 1)
        #expect(changes.first?["rule"] == "rule.hazard-open-days" && changes.first?["old_value"] == "3" && changes.first?["new_value"] == "5")
        #expect(changes.first?["by"] == "head" && changes.first?["reason"] == "院感科要求五天内处理" && changes.first?["approved_by"] == "")
        #expect(try box.rounds(["verify"]).status == 0)
    }

    @Test func lengtheningALifeSupportIntervalNeedsTheHeadsPIN() throws {
        let box = try Self.hospital()
        // Shortening the ten-day round (10 → 7 days) needs only a reason.
        #expect(try box.rounds(["config", "set", "ten-day-interval", "7", "--reason", "more ventilators in use"], user: "head").status == 0)
        // Lengthening it (7 → 14) without a proven signature: the head has no PIN yet, so refused (R114).
        let unproven = try box.rounds(["config", "set", "ten-day-interval", "14", "--reason", "fewer patients"], user: "head")
        #expect(unproven.status == 1 && unproven.stderr.contains("R114"), "\(unproven)")
        try box.enrolPIN("24682468", for: "head")
        let noPIN = try box.rounds(["config", "set", "ten-day-interval", "14", "--reason", "fewer patients"], user: "head")
        #expect(noPIN.status == 1, "\(noPIN)")
        let wrong = try box.rounds(["config", "set", "ten-day-interval", "14", "--reason", "fewer patients", "--pin", "11111111"], user: "head")
        #expect(wrong.status == 1, "\(wrong)")
        let ok = try box.rounds(["config", "set", "ten-day-interval", "14", "--reason", "fewer patients", "--pin", "24682468"], user: "head")
        #expect(ok.status == 0, "\(ok)")
        // Two changes, the second approved by the head.
        let table = try box.rounds(["config", "history"], user: "head").stdout
        #expect(table.contains("more ventilators in use") && table.contains("fewer patients"))
        let history = try box.rounds(["config", "history", "--format", "csv"], user: "head").stdoutLines
        #expect(history.count == 3)
        #expect(history[1].contains(",head,rule.ten-day-interval,10,7,more ventilators in use,"))
        #expect(history[2].hasSuffix(",head,rule.ten-day-interval,7,14,fewer patients,head"))
        #expect(try box.rounds(["verify"]).status == 0)
    }

    /// ICU-V01 is a life-support device without a category: the recommended first-level interval is
    /// the "others" one, 90 days (docs/rules.md).
    @Test func aLifeSupportMaintenanceIntervalAwayFromTheRecommendationNeedsReasonAndLongerOneThePIN() throws {
        let box = try Self.hospital()
        let plain = try box.rounds(["maintenance", "plan", "ICU-V01", "--tier", "first", "--interval", "60"], user: "head")
        #expect(plain.status == 1 && plain.stderr.contains("R114") && plain.stderr.contains("--reason"), "\(plain)")
        // Shorter than recommended, with a reason: no approval needed.
        #expect(try box.rounds(["maintenance", "plan", "ICU-V01", "--tier", "first", "--interval", "60", "--reason", "heavy use in winter"],
                               user: "head").status == 0)
        // Longer (60 → 120) on a life-support device: the head's PIN.
        let unproven = try box.rounds(["maintenance", "plan", "ICU-V01", "--tier", "first", "--interval", "120", "--reason", "maker's new schedule"], user: "head")
        #expect(unproven.status == 1 && unproven.stderr.contains("R114"), "\(unproven)")
        try box.enrolPIN("24682468", for: "head")
        let ok = try box.rounds(["maintenance", "plan", "ICU-V01", "--tier", "first", "--interval", "120", "--reason", "maker's new schedule",
                                 "--pin", "24682468"], user: "head")
        #expect(ok.status == 0 && ok.stdout == "ICU-V01 first every 120 days\n", "\(ok)")
        let history = try box.rounds(["config", "history", "--format", "csv"], user: "head").stdoutLines
        #expect(history.count == 3)
        #expect(history[1].hasSuffix(",head,maintenance-plan ICU-V01 first,90,60,heavy use in winter,"))
        #expect(history[2].hasSuffix(",head,maintenance-plan ICU-V01 first,60,120,maker's new schedule,head"))
        #expect(try box.rounds(["verify"]).status == 0)
    }
}
