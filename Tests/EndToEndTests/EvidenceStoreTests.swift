import Foundation
import Testing

/// The rules of evidence on an evidence store (`rounds init` without `--practice`), with the real
/// clock: the OS account running the tests is the equipment head, proven by the operating system
/// (CONTRACT "Evidence"; R2, R4).
@Suite struct EvidenceStoreTests {
    /// The OS account these tests run as (Support/PINEnrolment.swift).
    static let osAccount = EndToEndTests.osAccount

    /// An evidence store: ICU with one ventilator; the OS account is the equipment head, liming an
    /// engineer, zhengli an engineer, wangfang a second equipment head (not an OS account), shenjie an
    /// auditor.
    static func hospital(_ box: Sandbox) throws {
        let people = """
            login,name,roles,department
            \(osAccount),周建国,equipment-head;engineer,
            liming,李明,engineer,
            zhengli,郑丽,engineer,
            wangfang,王芳,equipment-head,
            shenjie,沈洁,auditor,
            """
        let steps: [([String], String?)] = [
            (["init"], nil),
            (["import", "departments", try box.write("d.csv", "code,name,key\nICU,重症医学科,yes\n")], nil),
            (["import", "people", try box.write("p.csv", people)], nil),
            (["import", "equipment", try box.write("e.csv", "tag,name,department,life_support,in_service\nICU-V01,呼吸机,ICU,yes,2024-01-01\n")], osAccount),
        ]
        for (args, user) in steps {
            let r = try box.rounds(args, now: nil, user: user)
            try #require(r.status == 0, "\(r)")
        }
    }

    /// The local time `hours` from now in the facility zone (Asia/Shanghai), as `--at` takes it.
    static func at(hours: Double) -> String {
        let f = DateFormatter()
        f.timeZone = TimeZone(identifier: "Asia/Shanghai")
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd'T'HH:mm"
        return f.string(from: Date().addingTimeInterval(hours * 3600))
    }

    @Test func aWriteWithNowIsRefusedNamingR4AndReadsTakeItAsAsOf() throws {
        let box = try Sandbox("evidence-now")
        try Self.hospital(box)
        let backdated = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "quarterly"],
                                       now: "2026-03-30T10:00", user: Self.osAccount)
        #expect(backdated.status == 1 && backdated.stderr.contains("R4"), "\(backdated)")
        #expect(backdated.stdout.isEmpty)
        // Reading "as of" is fine in both kinds of store.
        let asOf = try box.rounds(["report", "overdue", "--format", "json"], now: "2026-03-30T10:00", user: "shenjie")
        #expect(asOf.status == 0, "\(asOf)")
        #expect(asOf.stdout.hasPrefix("{\"as_of\": \"2026-03-30\""), "\(asOf.stdout)")
        // Nothing was written: the store still has no inspection.
        let late = try box.rounds(["report", "late-entries", "--format", "json"], now: nil, user: "shenjie")
        #expect(late.stdout.contains("\"items\": []"), "\(late)")
    }

    @Test func lateEntriesNeedAReasonAndAreListed() throws {
        let box = try Sandbox("evidence-late")
        try Self.hospital(box)
        let threeDaysAgo = Self.at(hours: -72)
        let bare = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "monthly", "--at", threeDaysAgo],
                                  now: nil, user: Self.osAccount)
        #expect(bare.status == 1 && bare.stderr.contains("R4") && bare.stderr.contains("--reason"), "\(bare)")
        let reasoned = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "monthly", "--at", threeDaysAgo,
                                       "--reason", "纸质记录补录 / entered from the paper log"], now: nil, user: Self.osAccount)
        #expect(reasoned.status == 0, "\(reasoned)")
        let list = try box.rounds(["report", "late-entries", "--format", "json"], now: nil, user: "shenjie")
        #expect(list.status == 0, "\(list)")
        #expect(list.stdout.contains("\"record\": \"inspections\", \"id\": 1, \"subject\": \"ICU-V01\""), "\(list.stdout)")
        #expect(list.stdout.contains("\"reason\": \"纸质记录补录 / entered from the paper log\""), "\(list.stdout)")
        // 72 h late, give or take the minute the test took.
        #expect(list.stdout.contains("\"hours_late\": 72") || list.stdout.contains("\"hours_late\": 71.9"), "\(list.stdout)")
        // Two hours back is not late: no reason needed, nothing listed for it.
        let recent = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "ten-day", "--at", Self.at(hours: -2)],
                                    now: nil, user: Self.osAccount)
        #expect(recent.status == 0, "\(recent)")
        let again = try box.rounds(["report", "late-entries", "--format", "csv"], now: nil, user: "shenjie")
        #expect(again.stdoutLines.count == 2, "header + one late entry\n\(again)")
        #expect(try box.rounds(["verify"], now: nil, user: "shenjie").status == 0)
    }

    @Test func timesInTheFutureOrOutsideTheYearsAreRefused() throws {
        let box = try Sandbox("evidence-times")
        try Self.hospital(box)
        for at in ["2200-01-01T10:00", "1900-06-01", "9999-12-31"] {
            let r = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "monthly", "--at", at, "--reason", "x"],
                                   now: nil, user: Self.osAccount)
            #expect(r.status == 1 && r.stderr.contains("1950–2099"), "\(at): \(r)")
        }
        let tomorrow = try box.rounds(["ticket", "open", "--device", "ICU-V01", "--fault", "报警", "--at", Self.at(hours: 24)],
                                      now: nil, user: Self.osAccount)
        #expect(tomorrow.status == 1 && tomorrow.stderr.contains("R4"), "\(tomorrow)")
        let early = try box.rounds(["ticket", "open", "--device", "ICU-V01", "--fault", "报警", "--at", "0001-01-01"],
                                   now: nil, user: Self.osAccount)
        #expect(early.status == 1, "\(early)")
    }

    @Test func signaturesInAnotherNameNeedThatPersonsProof() throws {
        let box = try Sandbox("evidence-sign")
        try Self.hospital(box)
        // liming at the keyboard records work in zhengli's name: zhengli has not proven it (R2).
        let forged = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "monthly", "--by", "zhengli"],
                                    now: nil, user: "liming")
        #expect(forged.status == 1 && forged.stderr.contains("R2") && forged.stderr.contains("zhengli"), "\(forged)")
        // …and liming in his own name, not the OS account, without a PIN: refused too.
        let own = try box.rounds(["record", "daily-check", "--device", "ICU-V01", "--result", "ok"], now: nil, user: "liming")
        #expect(own.status == 1 && own.stderr.contains("R2"), "\(own)")
        // With zhengli's own PIN (enrolled by a one-time code from the head) the same record is accepted,
        // and its signature says how it was proven.
        try box.enrolPIN("zheng1357", for: "zhengli", now: nil)
        let signed = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "monthly", "--by", "zhengli",
                                     "--pin", "zheng1357"], now: nil, user: "liming")
        #expect(signed.status == 0, "\(signed)")
        if let sqlite3 = findOnPath("sqlite3") {
            let row = try box.run(sqlite3, [box.store, "SELECT signer, name, roles, meaning, proof FROM signatures WHERE tbl = 'inspections'"])
            #expect(row.stdout == "zhengli|郑丽|engineer|performed-inspection|pin\n", "\(row)")
        }
        let wrong = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "monthly", "--by", "zhengli",
                                    "--pin", "zheng0000"], now: nil, user: "liming")
        #expect(wrong.status == 1 && wrong.stderr.contains("R2: wrong PIN for zhengli"), "\(wrong)")
        // The OS account signs its own work: proven by the operating system.
        let proven = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "monthly"], now: nil, user: Self.osAccount)
        #expect(proven.status == 0, "\(proven)")
        // An approval in the head's name by someone else is refused the same way.
        let n = try box.rounds(["ticket", "open", "--device", "ICU-V01", "--fault", "漏气"], now: nil, user: Self.osAccount)
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let approve = try box.rounds(["ticket", "approve", n, "--kind", "off-site", "--by", "wangfang"], now: nil, user: "liming")
        #expect(approve.status == 1 && approve.stderr.contains("R2"), "\(approve)")
    }

    @Test func rolesAreCheckedForTheUser() throws {
        let box = try Sandbox("evidence-roles")
        try Self.hospital(box)
        // An auditor reads and changes nothing.
        let audit = try box.rounds(["record", "inspection", "--device", "ICU-V01", "--kind", "monthly"], now: nil, user: "shenjie")
        #expect(audit.status == 1 && audit.stderr.contains("auditor"), "\(audit)")
        let auditImport = try box.rounds(["import", "people", try box.write("a.csv", "login,name,roles\nshenjie,沈洁,director\n")],
                                         now: nil, user: "shenjie")
        #expect(auditImport.status == 1, "\(auditImport)")
        // After the bootstrap only an equipment head imports people, and only in person.
        let engineer = try box.rounds(["import", "people", try box.write("x.csv", "login,name,roles\nxiaowang,小王,engineer\n")],
                                      now: nil, user: "liming")
        #expect(engineer.status == 1 && engineer.stderr.contains("equipment head"), "\(engineer)")
        // Nobody changes their own roles, not even the head.
        let selfPromotion = try box.rounds(["import", "people", try box.write("s.csv", "login,name,roles\n\(Self.osAccount),周建国,equipment-head;engineer;director\n")],
                                           now: nil, user: Self.osAccount)
        #expect(selfPromotion.status == 1 && selfPromotion.stderr.contains("own roles"), "\(selfPromotion)")
        let head = try box.rounds(["import", "people", try box.write("h.csv", "login,name,roles\nxiaowang,小王,engineer\n")],
                                  now: nil, user: Self.osAccount)
        #expect(head.status == 0, "\(head)")
        let rule = try box.rounds(["config", "set", "late-entry-hours", "48", "--reason", "ward practice changed"], now: nil, user: "liming")
        #expect(rule.status == 1 && rule.stderr.contains("equipment head"), "\(rule)")
        #expect(try box.rounds(["config", "set", "late-entry-hours", "48", "--reason", "ward practice changed"], now: nil, user: Self.osAccount).status == 0)
        #expect(try box.rounds(["verify"], now: nil, user: "shenjie").status == 0)
    }

    @Test func everyWriteIsSignedEvenWithoutASignerOfItsOwn() throws {
        let box = try Sandbox("evidence-unsigned")
        // An evidence store cannot be created "as of" another time.
        let dated = try box.rounds(["init"], now: "2026-01-01")
        #expect(dated.status == 1 && dated.stderr.contains("R4"), "\(dated)")
        try Self.hospital(box)
        // A spare part names no signer: the person at the keyboard signs it, and must prove it (R2).
        let part = try box.rounds(["part", "add", "--code", "SENSOR-1", "--name", "流量传感器"], now: nil, user: "liming")
        #expect(part.status == 1 && part.stderr.contains("R2") && part.stderr.contains("liming"), "\(part)")
        #expect(try box.rounds(["part", "add", "--code", "SENSOR-1", "--name", "流量传感器"], now: nil, user: Self.osAccount).status == 0)
        // The recipient signs a device back, nobody in their name (R42).
        let n = try box.rounds(["ticket", "open", "--device", "ICU-V01", "--fault", "漏气"], now: nil, user: Self.osAccount)
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let forged = try box.rounds(["ticket", "return", n, "--recipient", "zhengli", "--by", Self.osAccount], now: nil, user: Self.osAccount)
        #expect(forged.status == 1 && forged.stderr.contains("R42"), "\(forged)")
    }
}
