import Foundation
import Testing

/// Stability tests end to end (R80, R81), hand-computed. IMG-CT01 (WS 519-2019, CT): its acceptance
/// test of 2026-01-10 measured the CT number of water at 1.0 HU and the noise at 0.40 %, the
/// baselines. Limits (Data/qc-stability.csv): water ±4 HU, noise ±10 % of the baseline, both monthly.
struct StabilityCLITests {
    func ok(_ box: Sandbox, _ args: [String], now: String, user: String = "head") throws -> (out: String, err: String) {
        let r = try box.rounds(args, now: now, user: user)
        try #require(r.status == 0, "\(r)")
        return (r.stdout, r.stderr)
    }

    func stability(on day: String, water: String, noise: String, geometry: String, _ extra: [String] = []) -> [String] {
        ["qc", "record", "--device", "IMG-CT01", "--kind", "stability", "--tested-on", day, "--instrument", "本院 CT 性能模体 Catphan 500",
         "--item", "ct-number-water=\(water.hasPrefix("6") ? "fail" : "pass")", "--measured", "ct-number-water=\(water)",
         "--item", "noise=pass", "--measured", "noise=\(noise)", "--exposure", "120 kV, 200 mAs", "--geometry", geometry] + extra
    }

    @Test func baselineDeviationWarningTaskAndDueDays() throws {
        let box = try Sandbox("stability")
        try PartsContactsScrapTests.hospital(box)
        _ = try ok(box, ["org", "add", "jl-oph", "--name", "吉林省职业病防治院", "--certificate", "(吉)放卫技字[2021]第01号",
                         "--scope-standard", "WS519-2019", "--scope-kind", "acceptance", "--scope-kind", "status",
                         "--valid-from", "2021-04-01", "--valid-until", "2027-03-31"], now: "2026-01-05T09:00")
        let accepted = try ok(box, ["qc", "record", "--device", "IMG-CT01", "--kind", "acceptance", "--organisation", "jl-oph",
                                    "--tested-on", "2026-01-10", "--instrument", "RTI Piranha 657", "--rest", "pass",
                                    "--measured", "ct-number-water=1.0 HU", "--measured", "noise=0.40%"], now: "2026-01-12T09:00", user: "eng")
        #expect(accepted.out == "qc 1 pass\n")

        // 2026-02-10, within the limits: water 3.0 is +2 (≤ 4), noise 0.43 is +0.03 (≤ 10 % of 0.40 = 0.04).
        let first = try ok(box, stability(on: "2026-02-10", water: "3.0", noise: "0.43", geometry: "head phantom 20 cm, isocentre"),
                           now: "2026-02-10T16:00", user: "eng")
        #expect(first.out == "qc 2 pass\n")
        #expect(first.err.contains("R80: ct-number-water 3 (baseline 1, acceptance test #1 2026-01-10): +2, within ±4"), "\(first.err)")
        #expect(first.err.contains("R80: noise 0.43 (baseline 0.4, acceptance test #1 2026-01-10): +0.03, within ±10%"), "\(first.err)")
        #expect(!first.err.contains("warning"), "no earlier stability test to compare with: \(first.err)")

        // R80: without exposure and geometry, refused.
        var bare = stability(on: "2026-03-10", water: "3.0", noise: "0.43", geometry: "")
        bare.removeLast(4)
        let noConditions = try box.rounds(bare, now: "2026-03-10T16:00", user: "eng")
        #expect(noConditions.status == 1 && noConditions.stderr.contains("R80: a stability test records the exposure parameters and the geometry"), "\(noConditions)")
        // R81: water 6.0 is +5, beyond ±4: it cannot pass, and needs its cause.
        var passing = stability(on: "2026-03-10", water: "6.0", noise: "0.44", geometry: "body phantom 32 cm, isocentre")
        passing[passing.firstIndex(of: "ct-number-water=fail")!] = "ct-number-water=pass"
        let cannotPass = try box.rounds(passing, now: "2026-03-10T16:00", user: "eng")
        #expect(cannotPass.status == 1 && cannotPass.stderr.contains("R81: ct-number-water 6 against its baseline 1 (acceptance test #1 of 2026-01-10) is beyond the control limit ±4: it cannot pass"), "\(cannotPass)")
        let noCause = try box.rounds(stability(on: "2026-03-10", water: "6.0", noise: "0.44", geometry: "body phantom 32 cm, isocentre", ["--lang", "zh"]),
                                     now: "2026-03-10T16:00", user: "eng")
        #expect(noCause.status == 1 && noCause.stderr.contains("R81：ct-number-water 测得 6，基线值 1") && noCause.stderr.contains("--cause ct-number-water=not-determined"), "\(noCause)")

        // Beyond the limit, cause not determined; noise 0.44 is +0.04, exactly on the limit (within).
        // The geometry differs from test #2: a warning naming both items (R80), not a refusal.
        let second = try ok(box, stability(on: "2026-03-10", water: "6.0", noise: "0.44", geometry: "body phantom 32 cm, isocentre",
                                           ["--cause", "ct-number-water=not-determined"]), now: "2026-03-10T16:00", user: "eng")
        #expect(second.out == "qc 3 fail\n")
        #expect(second.err.contains("R80: ct-number-water 6 (baseline 1, acceptance test #1 2026-01-10): +5, beyond ±4, cause not-determined"), "\(second.err)")
        #expect(second.err.contains("R80: noise 0.44 (baseline 0.4, acceptance test #1 2026-01-10): +0.04, within ±10%"), "\(second.err)")
        #expect(second.err.contains("warning: R80: the geometry differs from the previous stability test #2 of 2026-02-10 (was 'head phantom 20 cm, isocentre', now 'body phantom 32 cm, isocentre') for ct-number-water, noise"), "\(second.err)")
        #expect(!second.err.contains("exposure parameters differ") && !second.err.contains("test instrument differs"), "\(second.err)")
        #expect(second.err.contains("R81: the cause of ct-number-water is not determined: a status test of IMG-CT01 is due now"), "\(second.err)")

        // The record keeps the conditions and each item against its baseline.
        let shown = try ok(box, ["qc", "show", "3", "--format", "json"], now: "2026-03-10T16:05").out
        #expect(shown.contains("\"stability\": {\"exposure\": \"120 kV, 200 mAs\", \"geometry\": \"body phantom 32 cm, isocentre\", \"results\": [{\"item\": \"ct-number-water\", \"value\": 6.0, \"baseline\": 1.0, \"baseline_test\": 1, \"deviation\": 5.0, \"limit\": \"4\", \"within\": false, \"cause\": \"not-determined\"}"), "\(shown)")
        let shownZh = try ok(box, ["qc", "show", "3", "--lang", "zh"], now: "2026-03-10T16:05").out
        #expect(shownZh.contains("几何条件（R80）: body phantom 32 cm, isocentre") && shownZh.contains("not-determined"), "\(shownZh)")

        // R81: the status test is due on the stability test's day, overdue the day after; without
        // it, it would have been due 2027-01-10 (a year after the acceptance test, R79).
        let due = try ok(box, ["qc", "due", "--format", "json"], now: "2026-03-11T09:00").out
        #expect(due.contains("\"device\": \"IMG-CT01\"") && due.contains("\"due\": \"2026-03-10\"") && due.contains("\"days_left\": -1")
                && due.contains("\"overdue\": true") && due.contains("\"requested_by_stability_test\": 3"), "\(due)")
        let table = try ok(box, ["qc", "due"], now: "2026-03-11T09:00").out
        #expect(table.contains("R81 stability #3 2026-03-10: ct-number-water"), "\(table)")

        // R80: each item by its period, as of 2026-03-11. Monthly water and noise: a month after
        // 2026-03-10; monthly positioning light, never stability-tested: a month after the
        // acceptance test, 2026-02-10 (overdue 29 days; table positioning and uniformity too);
        // quarterly slice thickness: 2026-04-10;
        // half-yearly CTDIw: 2026-07-10.
        let items = try ok(box, ["qc", "due", "--kind", "stability", "--all", "--format", "csv"], now: "2026-03-11T09:00").out
            .replacingOccurrences(of: "\r\n", with: "\n")
        #expect(items.hasPrefix("device,department,standard,group,item,period,last_stability_test,due,days_left,overdue\n"
                                + "IMG-CT01,IMG,WS519-2019,ct,positioning-light,monthly,,2026-02-10,-29,yes\n"
                                + "IMG-CT01,IMG,WS519-2019,ct,table-positioning,monthly,,2026-02-10,-29,yes\n"), "\(items)")
        #expect(items.contains("IMG-CT01,IMG,WS519-2019,ct,ct-number-water,monthly,2026-03-10,2026-04-10,30,no\n"), "\(items)")
        #expect(items.contains("IMG-CT01,IMG,WS519-2019,ct,slice-thickness,quarterly,,2026-04-10,30,no\n"), "\(items)")
        #expect(items.contains("IMG-CT01,IMG,WS519-2019,ct,ctdi-w,half-yearly,,2026-07-10,121,no\n"), "\(items)")
        // Without --all, the items due within 7 days or overdue.
        let soon = try ok(box, ["qc", "due", "--kind", "stability", "--format", "csv"], now: "2026-03-11T09:00").out
        #expect(soon.split(whereSeparator: \.isNewline).count == 1 + 3, "positioning light, table positioning, uniformity overdue: \(soon)")

        // A status test on 2026-03-12 answers R81: next due a year after it.
        _ = try ok(box, ["qc", "record", "--device", "IMG-CT01", "--kind", "status", "--organisation", "jl-oph", "--tested-on", "2026-03-12",
                         "--instrument", "RTI Piranha 657", "--rest", "pass"], now: "2026-03-12T16:00", user: "eng")
        let after = try ok(box, ["qc", "due", "--all", "--format", "json"], now: "2026-03-12T17:00").out
        #expect(after.contains("\"due\": \"2027-03-12\"") && after.contains("\"requested_by_stability_test\": null"), "\(after)")
        #expect(try box.rounds(["verify"]).status == 0)
    }
}
