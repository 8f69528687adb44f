import Foundation
import Testing

/// A record of work is corrected only by a new record that names the one it corrects, with who, when
/// and why; the original stays and the device history shows both (CONTRACT "Evidence").
@Suite struct CorrectionTests {
    @Test func aCorrectionReplacesTheRecordInReportsAndKeepsBothInTheHistory() throws {
        let box = try Sandbox("correct")
        try ReportContractTests.hospital(box)
        // ReportContractTests.hospital recorded inspection #1: ICU-V01 ten-day at 2026-03-01 09:00
        // (so on 2026-03-15 its ten-day round is 4 days overdue: due 03-11).
        let before = try box.rounds(["report", "overdue", "--format", "json"], now: "2026-03-15T10:00", user: "li")
        #expect(before.stdout.contains("\"device\": \"ICU-V01\", \"department\": \"ICU\", \"kind\": \"ten-day\", \"due\": \"2026-03-11\", \"days_overdue\": 4"), "\(before.stdout)")
        // The engineer finds the paper log says 2026-03-08: a correction, entered a week after the work.
        let bare = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "ten-day", "--at", "2026-03-08T09:00",
                                   "--corrects", "1"], now: "2026-03-15T10:00", user: "li", clockAtWork: false)
        #expect(bare.status == 1 && bare.stderr.contains("--reason"), "\(bare)")
        let fixed = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "ten-day", "--at", "2026-03-08T09:00",
                                    "--corrects", "1", "--reason", "纸质记录为3月8日 / paper log says 8 March"],
                                   now: "2026-03-15T10:00", user: "li", clockAtWork: false)
        #expect(fixed.status == 0, "\(fixed)")
        // The report reads the correction: due 03-08 + 10 = 03-18, not overdue on 03-15.
        let after = try box.rounds(["report", "overdue", "--format", "json"], now: "2026-03-15T10:00", user: "li")
        #expect(!after.stdout.contains("\"device\": \"ICU-V01\", \"department\": \"ICU\", \"kind\": \"ten-day\""), "\(after.stdout)")
        // Both records, who corrected and why, in the device's history.
        let show = try box.rounds(["equipment", "show", "ICU-V01"], now: "2026-03-15T10:00", user: "li")
        #expect(show.stdout.contains("inspection #1 ten-day ok 2026-03-01 09:00 li → #3 ten-day ok 2026-03-08 09:00 li: 纸质记录为3月8日 / paper log says 8 March"),
                "\(show.stdout)")
        // A record is corrected once; correct the correction instead.
        let twice = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "ten-day", "--corrects", "1", "--reason", "again"],
                                   now: "2026-03-15T10:00", user: "li")
        #expect(twice.status == 1 && twice.stderr.contains("already corrected by #3"), "\(twice)")
        #expect(try box.rounds(["verify"]).status == 0)
    }

    @Test func aVoidedRecordStaysButNoLongerCounts() throws {
        let box = try Sandbox("void")
        try ReportContractTests.hospital(box)
        // Inspection #2 (CARD-E01, dated 2026-03-20) was entered on the wrong device.
        let void = try box.rounds(["record", "void", "inspection", "2", "--reason", "wrong device / 设备选错"], now: "2026-03-20T10:00", user: "li")
        #expect(void.status == 0 && void.stdout == "inspection 2 voided\n", "\(void)")
        // CARD-E01's monthly stays overdue as of 2026-03-25: the voided record does not count.
        let r = try box.rounds(["report", "overdue", "--format", "json"], now: "2026-03-25T10:00", user: "li")
        #expect(r.stdout.contains("\"device\": \"CARD-E01\", \"department\": \"CARD\", \"kind\": \"monthly\", \"due\": \"2026-01-31\""), "\(r.stdout)")
        let show = try box.rounds(["equipment", "show", "CARD-E01"], now: "2026-03-25T10:00", user: "li")
        #expect(show.stdout.contains("→ void: wrong device / 设备选错"), "\(show.stdout)")
        let noReason = try box.rounds(["record", "void", "inspection", "1"], now: "2026-03-25T10:00", user: "li")
        #expect(noReason.status == 1, "\(noReason)")
    }
}
