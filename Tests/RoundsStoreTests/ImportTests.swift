import Foundation
import Testing
import RoundsCore
@testable import RoundsStore

/// Imports are all or nothing, name every problem by FILE:LINE, and accept what Excel writes.
struct ImportTests {
    @Test func importsTheThreeKinds() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        #expect(try f.store.departments().map(\.code) == ["CARD", "ICU"])
        #expect(try f.store.people().count == 3)
        let v = try #require(try f.store.device("ICU-V01"))
        #expect(v.model == "Savina 300, Select")          // quoted comma kept
        #expect(v.lifeSupport && !v.emergency)
        #expect(try f.store.device("ICU-M01")?.inService == Day(2023, 1, 5))   // 2023/1/5 as Excel writes it
        #expect(try f.store.device("ICU-M01")?.status == .standby)
        #expect(try f.store.verify().passed)
    }

    @Test func threeBadRowsAreAllReportedAndNothingIsWritten() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        let before = try f.store.changeMark()
        let path = try f.file("bad.csv", """
            tag,name,department,in_service,life_support
            ICU-V02,呼吸机,ICU,2025-01-01,yes
            ICU-V03,呼吸机,NOPE,2025-01-01,no
            ICU-V04,呼吸机,ICU,2025-02-30,no
            ICU-V05,呼吸机,ICU,2025-01-01,maybe
            """)
        do {
            _ = try f.importer.run(.equipment, file: path)
            Issue.record("a file with three bad rows was accepted")
        } catch StoreError.importRejected(let problems) {
            // Line 1 is the header, so the rows are lines 2–5 and the bad ones 3, 4 and 5.
            #expect(problems == [
                "bad.csv:3: department: no department with code or name 'NOPE'",
                "bad.csv:4: in_service: '2025-02-30' is not a date (YYYY-MM-DD)",
                "bad.csv:5: life_support: 'maybe' is not yes/no (also true/false, 1/0, 是/否, y/n)",
            ])
        }
        #expect(try f.store.changeMark() == before)
        #expect(try f.store.device("ICU-V02") == nil)   // the good row was not written either
    }

    @Test func unknownAndMissingColumnsAreNamed() throws {
        let f = try StoreFixture()
        let path = try f.file("d.csv", "code,name,colour\nICU,重症医学科,red\n")
        #expect(throws: StoreError.importRejected([
            "d.csv:1: colour: unknown column (expected some of: code, name, name_en, key)",
            "d.csv:1: key: required column is missing",
        ])) { try f.importer.run(.departments, file: path) }
    }

    @Test func gb18030FileImportsTheSameAsItsUTF8Twin() throws {
        let text = "科室编码,科室名称,英文名称,重点科室\r\nICU,重症医学科,ICU,是\r\nCARD,心内科,Cardiology,否\r\n"
        let utf8 = try StoreFixture(), gb = try StoreFixture()
        _ = try utf8.importer.run(.departments, file: try utf8.file("u.csv", text))
        let gbData = try #require(text.data(using: ImportEncoding.gb18030Encoding))
        #expect(String(data: gbData, encoding: .utf8) == nil)   // really not UTF-8
        let summary = try gb.importer.run(.departments, file: try gb.file("g.csv", data: gbData))
        #expect(summary.encoding == .gb18030)
        #expect(try gb.store.departments() == utf8.store.departments())
        #expect(try gb.store.departments().first { $0.code == "ICU" }?.isKey == true)
    }

    @Test func bomIsIgnored() throws {
        let f = try StoreFixture()
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("code,name,key\nICU,重症医学科,yes\n".utf8))
        _ = try f.importer.run(.departments, file: try f.file("bom.csv", data: data))
        #expect(try f.store.departments().map(\.code) == ["ICU"])
    }

    @Test func existingKeyUpdatesAndKeepsOtherColumns() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        let s = try f.importer.run(.equipment, file: try f.file("u.csv", "tag,name,department,in_service,status\nICU-M01,监护仪,ICU,2023-01-05,在用\n"))
        #expect(s.updated == 1 && s.added == 0)
        let m = try #require(try f.store.device("ICU-M01"))
        #expect(m.status == .inService)
        #expect(m.model == "BeneVision N17")   // not in the file, so unchanged
        #expect(try f.store.verify().passed)
    }

    @Test func dryRunWritesNothing() throws {
        let f = try StoreFixture()
        let before = try f.store.changeMark()
        let s = try f.importer.run(.departments, file: try f.file("d.csv", "code,name,key\nICU,重症医学科,yes\n"), dryRun: true)
        #expect(s.added == 1 && s.dryRun)
        #expect(try f.store.changeMark() == before)
    }

    @Test func scrappedDeviceIsReadOnly() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        _ = try f.importer.run(.equipment, file: try f.file("s.csv", "tag,name,department,in_service,status\nCARD-E01,心电图机,CARD,2020-09-09,scrapped\n"))
        #expect(throws: StoreError.importRejected(["r.csv:2: tag: R8: device CARD-E01 is scrapped; its archive is read-only"])) {
            try f.importer.run(.equipment, file: try f.file("r.csv", "tag,name,department,in_service,status\nCARD-E01,心电图机,CARD,2020-09-09,in-service\n"))
        }
    }
}
