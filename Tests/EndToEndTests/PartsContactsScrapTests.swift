import Foundation
import Testing

/// Spare parts, external contacts and scrapping through the command line (R57–R65, R8).
struct PartsContactsScrapTests {
    /// A small hospital: ICU (key) with a ventilator and a CT (radiation) in IMG; an engineer, a
    /// nurse, the equipment head and the director.
    static func hospital(_ box: Sandbox) throws {
        let steps: [([String], String?)] = [
            (["init", "--practice", "--since", "2026-01-01"], nil),
            (["import", "departments", try box.write("d.csv", "code,name,key\nICU,重症医学科,yes\nIMG,影像中心,no\n")], nil),
            (["import", "people", try box.write("p.csv", """
                login,name,roles,department
                eng,工程师,engineer,
                nurse,护士,operator,ICU
                head,设备科主任,equipment-head;engineer,
                dir,院长,director,
                """)], nil),
            (["import", "equipment", try box.write("e.csv", """
                tag,name,department,category,life_support,radiation,model,in_service
                ICU-V01,呼吸机,ICU,ventilator,yes,no,Savina 300,2020-01-01
                ICU-V02,呼吸机,ICU,ventilator,yes,no,Savina 300,2020-01-01
                IMG-CT01,CT,IMG,ct,no,yes,uCT 530,2018-01-01
                """)], "head"),
        ]
        for (args, user) in steps {
            let r = try box.rounds(args, user: user)
            try #require(r.status == 0, "\(r)")
        }
    }

    @Test func partsAreIssuedAgainstATicketAndCorrectedByAReturn() throws {
        let box = try Sandbox("parts")
        try Self.hospital(box)
        #expect(try box.rounds(["part", "add", "--code", "O2-SENSOR", "--name", "氧电池", "--minimum", "2", "--price", "380.5"], user: "head").status == 0)
        #expect(try box.rounds(["part", "receive", "O2-SENSOR", "--qty", "3"], user: "head").status == 0)
        let ticket = try box.rounds(["ticket", "open", "--device", "ICU-V01", "--fault", "氧浓度报警"], user: "nurse")
        let number = ticket.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // Issuing needs something it is for (R58), and no more than the stock.
        let noPurpose = try box.rounds(["part", "issue", "O2-SENSOR", "--qty", "1", "--recipient", "eng"], user: "head")
        #expect(noPurpose.status == 1 && noPurpose.stderr.contains("R58"), "\(noPurpose)")
        let tooMany = try box.rounds(["part", "issue", "O2-SENSOR", "--qty", "4", "--recipient", "eng", "--ticket", number], user: "head")
        #expect(tooMany.status == 1 && tooMany.stderr.contains("only 3 in stock"), "\(tooMany)")
        // 3 in stock, issue 2 → 1 left, below the minimum of 2: the R59 warning.
        let issue = try box.rounds(["part", "issue", "O2-SENSOR", "--qty", "2", "--recipient", "eng", "--ticket", number], user: "head")
        #expect(issue.status == 0 && issue.stderr.contains("R59"), "\(issue)")
        let issueID = try #require(issue.stdout.split(separator: " ").last.map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(try box.rounds(["part", "return", issueID, "--qty", "1", "--reason", "多领"], user: "head").status == 0)
        let list = try box.rounds(["part", "list", "--format", "csv"], user: "head")
        #expect(list.stdout.contains("O2-SENSOR,氧电池,2,2,,"), "3 − 2 + 1 = 2, at the minimum so no warning: \(list.stdout)")
        #expect(try box.rounds(["verify"]).status == 0)
    }

    @Test func contactsReportListsDevicesWithFewerThanTwo() throws {
        let box = try Sandbox("contacts")
        try Self.hospital(box)
        // One model-level contact covers both ventilators; one device contact for ICU-V01.
        #expect(try box.rounds(["contact", "add", "--name", "张工", "--company", "德尔格", "--phone", "400-1", "--model", "Savina 300"], user: "head").status == 0)
        #expect(try box.rounds(["contact", "add", "--name", "李工", "--company", "代理商", "--phone", "139", "--device", "ICU-V01"], user: "head").status == 0)
        let report = try box.rounds(["report", "contacts", "--format", "json"], user: "head")
        // ICU-V01 has 2 (model + own): compliant. ICU-V02 has 1 and IMG-CT01 none.
        #expect(!report.stdout.contains("\"ICU-V01\""))
        #expect(report.stdout.contains("{\"device\": \"ICU-V02\", \"department\": \"ICU\", \"model\": \"Savina 300\", \"contacts\": 1}"), "\(report.stdout)")
        #expect(report.stdout.contains("\"IMG-CT01\""))
    }

    @Test func scrappingFollowsTheChainAndTheDeviceBecomesReadOnly() throws {
        let box = try Sandbox("scrap")
        try Self.hospital(box)
        // A CT is large (radiation): the chain is equipment head, then director (R64).
        let request = try box.rounds(["scrap", "request", "IMG-CT01", "--reason", "球管报废，无维修价值"], user: "head")
        try #require(request.status == 0, "\(request)")
        let id = request.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let early = try box.rounds(["scrap", "complete", id], user: "dir")
        #expect(early.status == 1 && early.stderr.contains("R64"), "\(early)")
        let wrongRole = try box.rounds(["scrap", "approve", id], user: "dir")
        #expect(wrongRole.status == 1 && wrongRole.stderr.contains("R63"), "the director is not next: \(wrongRole)")
        #expect(try box.rounds(["scrap", "approve", id], user: "head").status == 0)
        #expect(try box.rounds(["scrap", "approve", id], user: "dir").status == 0)
        let done = try box.rounds(["scrap", "complete", id], user: "dir")
        #expect(done.status == 0 && done.stdout.contains("completed"), "\(done)")
        // R8: a scrapped device refuses new tickets, inspections, parts and edits.
        let ticket = try box.rounds(["ticket", "open", "--device", "IMG-CT01", "--fault", "x"], user: "nurse")
        #expect(ticket.status == 1 && ticket.stderr.contains("R8"), "\(ticket)")
        let inspection = try box.rounds(["record", "inspection", "--device", "IMG-CT01", "--kind", "monthly"], user: "eng")
        #expect(inspection.status == 1 && inspection.stderr.contains("R8"), "\(inspection)")
        let edit = try box.rounds(["import", "equipment", try box.write("edit.csv", "tag,name,department,in_service\nIMG-CT01,CT机,IMG,2018-01-01\n")], user: "head")
        #expect(edit.status == 1 && edit.stderr.contains("R8"), "\(edit)")
        let show = try box.rounds(["equipment", "show", "IMG-CT01", "--format", "json"], user: "head")
        #expect(show.stdout.contains("\"status\": \"scrapped\""))
        #expect(try box.rounds(["verify"]).status == 0)
    }

    @Test func partsForATicketOfAScrappedDeviceAreRefused() throws {
        let box = try Sandbox("scrap-parts")
        try Self.hospital(box)
        let number = try box.rounds(["ticket", "open", "--device", "ICU-V02", "--fault", "无法开机"], user: "nurse").stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try box.rounds(["part", "add", "--code", "FAN", "--name", "风扇"], user: "head").status == 0)
        #expect(try box.rounds(["part", "receive", "FAN", "--qty", "5"], user: "head").status == 0)
        let id = try box.rounds(["scrap", "request", "ICU-V02", "--reason", "主板损坏"], user: "head").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try box.rounds(["scrap", "approve", id], user: "dir").status == 0)   // one small device: the director alone
        #expect(try box.rounds(["scrap", "complete", id], user: "dir").status == 0)
        let parts = try box.rounds(["part", "issue", "FAN", "--qty", "1", "--recipient", "eng", "--ticket", number], user: "head")
        #expect(parts.status == 1 && parts.stderr.contains("R8"), "\(parts)")
    }
}
