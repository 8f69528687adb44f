import Foundation
import Testing
import RoundsCore
@testable import RoundsStore

/// The archive is decoded once per change of the audit head (EquipmentMemo.swift): a write through
/// this store or through another one on the same file must show at the next read.
struct EquipmentMemoTests {
    @Test func aWriteHereOrElsewhereShowsAtTheNextRead() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        #expect(try f.store.equipment().map(\.tag) == ["CARD-E01", "ICU-V01", "ICU-M01"])   // department, location, tag

        // Through this store: the renamed device reads back renamed.
        var v01 = try #require(try f.store.equipment().first { $0.tag == "ICU-V01" })
        v01.location = "ICU 03床"
        try f.store.write(actor: "admin", at: f.at) { try $0.save(v01) }
        #expect(try f.store.equipment().first { $0.tag == "ICU-V01" }?.location == "ICU 03床")
        #expect(try f.store.equipment().map(\.tag) == ["CARD-E01", "ICU-M01", "ICU-V01"])    // 02床 before 03床 now

        // Through a second store on the same file (another process, say): this one sees it too.
        let other = try Store.open(path: f.store.path)
        var m01 = try #require(try other.equipment().first { $0.tag == "ICU-M01" })
        m01.name = "监护仪（移动）"
        try other.write(actor: "admin", at: f.at) { try $0.save(m01) }
        #expect(try f.store.equipment().first { $0.tag == "ICU-M01" }?.name == "监护仪（移动）")
    }

    @Test func aFilteredListIsReadFromTheTableAndAgreesWithTheWholeList() throws {
        let f = try StoreFixture()
        try f.seedSmallHospital()
        let all = try f.store.equipment()
        #expect(try f.store.equipment(EquipmentFilter(department: "ICU")) == all.filter { $0.department == "ICU" })
    }
}
