import Foundation
import Testing

/// `rounds init` and `rounds import`, through the built executable.
@Suite struct ImportTests {
    /// Test 1: the sample hospital from Data/ goes in whole and comes back out through
    /// `equipment list` in JSON and CSV.
    @Test func sampleHospitalImportsAndLists() throws {
        let box = try Sandbox("import")
        let ledger = try sampleEquipment()
        #expect(ledger.count == 393, "Data/README.md: 393 devices")

        let initRun = try box.rounds(["init", "--practice", "--since", "2026-01-01"])
        #expect(initRun.status == 0, "\(initRun)")
        #expect(FileManager.default.fileExists(atPath: box.store))

        // The store has no people yet, so the first two imports need no known user (bootstrap).
        let departments = try box.rounds(["import", "departments", Repository.dataFile("departments.csv")])
        #expect(departments.status == 0, "\(departments)")
        #expect(departments.stdout.contains("17 added"), "Data/README.md: 17 departments\n\(departments)")
        let people = try box.rounds(["import", "people", Repository.dataFile("people.csv")])
        #expect(people.status == 0, "\(people)")
        #expect(people.stdout.contains("65 added"), "Data/README.md: 65 people\n\(people)")
        // People exist now: the equipment import must be made by one of them.
        let equipment = try box.rounds(["import", "equipment", Repository.dataFile("equipment.csv")], user: "demo")
        #expect(equipment.status == 0, "\(equipment)")
        #expect(equipment.stdout.contains("393 added"), "\(equipment)")

        // Everything.
        let all = try box.rounds(["equipment", "list", "--format", "json"], user: "demo")
        try #require(all.status == 0, "\(all)")
        let list = try DeviceList(json: all.stdout)
        #expect(list.count == 393)
        #expect(list.devices.count == 393)
        #expect(Set(list.tags) == Set(ledger.compactMap { $0["tag"] }))

        // 呼吸机 (ventilator): only ventilators, and all of them.
        let search = try box.rounds(["equipment", "list", "--search", "呼吸机", "--format", "json"], user: "demo")
        try #require(search.status == 0, "\(search)")
        let ventilators = try DeviceList(json: search.stdout)
        let expectedVentilators = Set(ledger.filter { $0["name"]!.contains("呼吸机") }.map { $0["tag"]! })
        #expect(!expectedVentilators.isEmpty)
        #expect(ventilators.count == expectedVentilators.count)
        #expect(ventilators.names.allSatisfy { $0.contains("呼吸机") }, "\(ventilators.names)")
        #expect(Set(ventilators.tags) == expectedVentilators)

        // One department as CSV: the header, then exactly the ICU rows of the ledger
        // (59 in Data/equipment.csv; counted here so a regenerated sample cannot break the test).
        let icu = try box.rounds(["equipment", "list", "--department", "ICU", "--format", "csv"], user: "demo")
        try #require(icu.status == 0, "\(icu)")
        let expectedICU = ledger.filter { $0["department"] == "ICU" }
        #expect(expectedICU.count == 59)
        let records = parseCSV(icu.stdout)
        #expect(icu.stdoutLines.count == 1 + expectedICU.count, "one header line plus one line per ICU device")
        #expect(records.first == ["tag", "name", "name_en", "department", "category", "life_support", "emergency", "radiation",
                                  "manufacturer", "model", "serial", "in_service", "status", "warranty_until", "custodian", "location",
                                  "supplier", "purchase_value", "service_life_end", "maintainer",
                                  "rescue", "key_equipment", "large", "valuable", "specialty", "vendor_serviced"])
        let rows = csvRows(icu.stdout)
        #expect(rows.count == expectedICU.count)
        #expect(rows.allSatisfy { $0["department"] == "ICU" })
        #expect(Set(rows.compactMap { $0["tag"] }) == Set(expectedICU.compactMap { $0["tag"] }))
        // The list's columns are the import columns: each ICU row comes back as it went in.
        let byTag = Dictionary(uniqueKeysWithValues: expectedICU.map { ($0["tag"]!, $0) })
        for row in rows {
            #expect(row == byTag[row["tag"]!], "row \(row["tag"]!) differs from Data/equipment.csv")
        }
    }

    /// Test 2: a file with three bad rows (and good ones between them) is refused whole: exit 1,
    /// one `FILE:LINE: column: message` line per problem, and the store unchanged.
    @Test func badRowsRefuseTheWholeFile() throws {
        let box = try Sandbox("badrows")
        try box.createSampleHospital()
        let file = try box.write("bad-equipment.csv", """
            tag,name,department,in_service,status
            NEW-01,新设备一,ICU,2024-01-01,in-service
            NEW-02,新设备二,NOPE,2024-01-01,in-service
            NEW-03,新设备三,ICU,2024-01-01,standby
            NEW-04,新设备四,ICU,2024-13-45,in-service
            NEW-05,新设备五,ICU,2024-01-01,broken

            """)

        let verifyBefore = try box.rounds(["verify"])
        try #require(verifyBefore.status == 0, "\(verifyBefore)")
        let listBefore = try box.rounds(["equipment", "list", "--format", "json"], user: "demo")
        try #require(listBefore.status == 0, "\(listBefore)")

        let run = try box.rounds(["import", "equipment", file], user: "demo")
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout.isEmpty, "nothing reported as imported\n\(run)")
        // Every problem names the file by its base name, the line (the header is line 1) and the column.
        let problems = run.stderrLines.filter { $0.hasPrefix("bad-equipment.csv:") }
        #expect(problems.count == 3, "\(run)")
        let prefixes = ["bad-equipment.csv:3: department: ", "bad-equipment.csv:5: in_service: ", "bad-equipment.csv:6: status: "]
        for (line, prefix) in zip(problems, prefixes) {
            #expect(line.hasPrefix(prefix), "expected '\(prefix)…', got '\(line)'")
        }
        #expect(problems.first?.contains("NOPE") == true)
        #expect(problems.last?.contains("broken") == true)
        // Apart from them only the one-line summary, which says nothing was imported.
        #expect(run.stderrLines.count == 4, "\(run)")
        #expect(run.stderrLines.last?.contains("nothing imported") == true, "\(run)")

        // Unchanged: the same audit chain length, the same list, and the good rows are not there.
        let verifyAfter = try box.rounds(["verify"])
        #expect(verifyAfter.status == 0, "\(verifyAfter)")
        #expect(try auditEntryCount(verifyAfter) == auditEntryCount(verifyBefore))
        let listAfter = try box.rounds(["equipment", "list", "--format", "json"], user: "demo")
        #expect(listAfter.status == 0)
        #expect(listAfter.stdout == listBefore.stdout)
        let good = try box.rounds(["equipment", "show", "NEW-01"], user: "demo")
        #expect(good.status == 1, "NEW-01 was a good row but the file was refused whole\n\(good)")
    }

    /// The departments of Data/gb18030/departments.csv, written out by hand as UTF-8 with the same
    /// Chinese headers and 是/否.
    static let departmentsUTF8 = """
        科室编码,科室名称,英文名称,重点科室
        ED,急诊科,Emergency Department,是
        ICU,重症医学科,Intensive Care Unit,是
        OR,手术室,Operating Theatres,是
        LD,产房,Delivery Rooms,是
        HBO,高压氧舱,Hyperbaric Oxygen,是
        IMG,医学影像中心,Imaging Centre,否
        CARD,心内科,Cardiology,否
        RESP,呼吸内科,Respiratory Medicine,否
        PED,儿科,Paediatrics,否
        NEO,新生儿科,Neonatology,否
        LAB,检验科,Clinical Laboratory,否
        HD,血液透析室,Haemodialysis,否
        GS,普通外科,General Surgery,否
        ENDO,消化内镜中心,Endoscopy Centre,否
        EQ,设备科,Equipment Department,否
        ADM,院长办公室,Director's Office,否
        QM,质量管理科,Quality Management,否

        """.replacingOccurrences(of: "\n", with: "\r\n")

    /// Test 3: a GB18030 file (Excel on a Chinese Windows) imports to the same content as its
    /// UTF-8 twin; `--dry-run` of either against the other's store finds nothing to change.
    @Test func gb18030ImportsLikeItsUTF8Twin() throws {
        let gbFile = Repository.dataFile("gb18030/departments.csv")
        // The fixture really is GB18030: not valid UTF-8.
        let gbBytes = try #require(FileManager.default.contents(atPath: gbFile))
        #expect(String(data: gbBytes, encoding: .utf8) == nil, "Data/gb18030/departments.csv should not be UTF-8")

        let gbBox = try Sandbox("gb18030")
        let twinBox = try Sandbox("utf8twin")
        let twin = try twinBox.write("departments-utf8.csv", Self.departmentsUTF8)
        let twinInGB = try gbBox.write("departments-utf8.csv", Self.departmentsUTF8)

        for box in [gbBox, twinBox] {
            let r = try box.rounds(["init", "--practice", "--since", "2026-01-01"])
            try #require(r.status == 0, "\(r)")
        }
        let gbImport = try gbBox.rounds(["import", "departments", gbFile])
        #expect(gbImport.status == 0, "\(gbImport)")
        #expect(gbImport.stdout.contains("(gb18030)"), "the encoding is detected\n\(gbImport)")
        #expect(gbImport.stdout.contains("17 added"), "\(gbImport)")
        let twinImport = try twinBox.rounds(["import", "departments", twin])
        #expect(twinImport.status == 0, "\(twinImport)")
        #expect(twinImport.stdout.contains("(utf-8)"), "\(twinImport)")
        #expect(twinImport.stdout.contains("17 added"), "\(twinImport)")

        // Same content both ways round: nothing would be added or updated.
        let twinOnGB = try gbBox.rounds(["import", "departments", twinInGB, "--dry-run"])
        #expect(twinOnGB.status == 0, "\(twinOnGB)")
        #expect(twinOnGB.stdout.contains("0 added, 0 updated, 17 unchanged"), "\(twinOnGB)")
        let gbOnTwin = try twinBox.rounds(["import", "departments", gbFile, "--dry-run"])
        #expect(gbOnTwin.status == 0, "\(gbOnTwin)")
        #expect(gbOnTwin.stdout.contains("0 added, 0 updated, 17 unchanged"), "\(gbOnTwin)")
        // `--encoding gb18030` says what detection found.
        let explicit = try twinBox.rounds(["import", "departments", gbFile, "--dry-run", "--encoding", "gb18030"])
        #expect(explicit.status == 0, "\(explicit)")
        #expect(explicit.stdout.contains("0 added, 0 updated, 17 unchanged"), "\(explicit)")
        // And the English-header UTF-8 file of Data/ holds the same departments.
        let english = try gbBox.rounds(["import", "departments", Repository.dataFile("departments.csv"), "--dry-run"])
        #expect(english.status == 0, "\(english)")
        #expect(english.stdout.contains("0 added, 0 updated, 17 unchanged"), "\(english)")
    }

    /// Test 3b: `--dry-run` reports what would change and writes nothing.
    @Test func dryRunWritesNothing() throws {
        let box = try Sandbox("dryrun")
        let r = try box.rounds(["init", "--practice", "--since", "2026-01-01"])
        try #require(r.status == 0, "\(r)")
        let before = try box.rounds(["verify"])
        try #require(before.status == 0, "\(before)")

        let dry = try box.rounds(["import", "departments", Repository.dataFile("gb18030/departments.csv"), "--dry-run"])
        #expect(dry.status == 0, "\(dry)")
        #expect(dry.stdout.hasPrefix("would import 17 departments"), "\(dry)")
        #expect(dry.stdout.contains("17 added"), "\(dry)")

        let after = try box.rounds(["verify"])
        #expect(after.status == 0, "\(after)")
        #expect(try auditEntryCount(after) == auditEntryCount(before))
        // A dry run of the file again still finds all 17 new: the first one wrote nothing.
        let again = try box.rounds(["import", "departments", Repository.dataFile("departments.csv"), "--dry-run"])
        #expect(again.stdout.contains("17 added"), "\(again)")
        // The store still has no people, so it still accepts an unknown importer (bootstrap).
        let real = try box.rounds(["import", "departments", Repository.dataFile("departments.csv")], user: "nobody-yet")
        #expect(real.status == 0, "\(real)")
        #expect(real.stdout.contains("17 added"), "\(real)")
    }
}
