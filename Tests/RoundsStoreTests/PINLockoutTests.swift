import Foundation
import GRDB
import Testing
import RoundsCore
@testable import RoundsStore

/// Five wrong PINs in a row lock a person's signatures for 15 minutes (R2), counted through
/// `Store.write` even though the refused writes roll back.
struct PINLockoutTests {
    static let t0 = ShiftStoreTests.t("2026-03-15T10:00")

    /// ShiftStoreTests' hospital, with lina's PIN 24682468 hashed at the cheap documented cost: the
    /// lock does not depend on the hash's cost, and the tests stay fast.
    /// The fixture comes back with the store: its folder holds the store's file, removed with it.
    static func hospital() throws -> (StoreFixture, Store) {
        let (fixture, store) = try ShiftStoreTests.hospital()
        try store.write(actor: "lina", at: t0.adding(seconds: -3600), options: .generated) { rec in
            try rec.upsert("people", key: "login", ["login": "lina", "pin_hash": PINHash.make("24682468", cost: PINHash.documentedPINCost)])
        }
        return (fixture, store)
    }

    /// lina signs something with `pin` at t0 + `minutes`; nil when accepted, else the refusal.
    static func attempt(_ store: Store, _ pin: String, minutes: Double) -> String? {
        do {
            try store.write(actor: "lina", at: t0.adding(seconds: Int64(minutes * 60))) { rec in
                try rec.checkPIN(pin, of: "lina", required: true, for: RuleText(en: "a test signature", zh: "测试签名"))
            }
            return nil
        } catch let e as StoreError { return e.description } catch { return "not a StoreError: \(error)" }
    }

    static func events(_ store: Store) throws -> [String] {
        try store.read { try String.fetchAll($0, sql: "SELECT kind FROM pin_events WHERE login = 'lina' ORDER BY id") }
    }

    @Test func aWrongPINIsRecordedThoughItsWriteRollsBack() throws {
        let (fixture, store) = try Self.hospital()
        defer { withExtendedLifetime(fixture) {} }
        var refusal: String?
        do {
            try store.write(actor: "lina", at: Self.t0) { rec in
                try rec.save(Department(code: "NEW", name: "新科室"))            // written first, then refused
                try rec.checkPIN("00000000", of: "lina", required: true, for: RuleText(en: "signing the device back", zh: "签收设备"))
            }
        } catch let e as StoreError { refusal = e.description }
        #expect(refusal == "R2: wrong PIN for lina", "a StoreError, as the CLI and the TUI expect")
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM departments WHERE code = 'NEW'") } == 0, "rolled back")
        let row = try #require(try store.read { try Row.fetchOne($0, sql: "SELECT * FROM pin_events") })
        let kind: String = row["kind"], login: String = row["login"], what: String = row["what"], at: Int64 = row["at"]
        #expect(kind == "wrong" && login == "lina" && what == "signing the device back")
        #expect(at == Self.t0.seconds, "the write's time")
        #expect(try store.verify().passed, "the attempt is an audited row")
    }

    @Test func theFifthWrongPINInARowLocksAndTheRightOneIsRefusedUntilTheEnd() throws {
        let (fixture, store) = try Self.hospital()
        defer { withExtendedLifetime(fixture) {} }
        for m in 0..<4 { #expect(Self.attempt(store, "1111111\(m)", minutes: Double(m)) == "R2: wrong PIN for lina") }
        // The fifth at 10:04 locks until 10:04 + 15 min = 10:19.
        #expect(Self.attempt(store, "11111114", minutes: 4) == "R2: wrong PIN for lina, 5 in a row: lina's signatures are locked until 2026-03-15 10:19")
        #expect(try Self.events(store) == ["wrong", "wrong", "wrong", "wrong", "wrong", "locked"])
        // Locked: the right PIN is refused, and the PIN is not even tried (nothing recorded).
        let locked = "R2: lina's signatures are locked until 2026-03-15 10:19 after 5 wrong PINs in a row; no PIN of lina's is accepted before then"
        #expect(Self.attempt(store, "24682468", minutes: 5) == locked)
        #expect(Self.attempt(store, "00000000", minutes: 18.99) == locked)
        #expect(try Self.events(store).count == 6)
        // 10:19: over. The run of wrong PINs starts again from nothing: four more do not lock.
        #expect(Self.attempt(store, "24682468", minutes: 19) == nil)
        for m in 20..<24 { #expect(Self.attempt(store, "22222222", minutes: Double(m)) == "R2: wrong PIN for lina") }
        #expect(Self.attempt(store, "24682468", minutes: 24) == nil, "four wrong since the lock: not locked")
        #expect(try store.verify().passed)
    }

    @Test func aRightPINEndsARunOfWrongOnes() throws {
        let (fixture, store) = try Self.hospital()
        defer { withExtendedLifetime(fixture) {} }
        for m in 0..<4 { _ = Self.attempt(store, "11111111", minutes: Double(m)) }
        #expect(Self.attempt(store, "24682468", minutes: 4) == nil)
        #expect(try Self.events(store).last == "cleared", "the right PIN resets the count")
        // Four more wrong (eight in all, but not five in a row) and the right PIN still signs.
        for m in 5..<9 { #expect(Self.attempt(store, "11111111", minutes: Double(m)) == "R2: wrong PIN for lina") }
        #expect(Self.attempt(store, "24682468", minutes: 9) == nil)
        // Without wrong ones before it, a right PIN writes no event.
        let count = try Self.events(store).count
        #expect(Self.attempt(store, "24682468", minutes: 10) == nil)
        #expect(try Self.events(store).count == count)
    }

    @Test func aWrongOldPINCountsAndANewPINFromACodeEndsTheLock() throws {
        let (fixture, store) = try Self.hospital()
        defer { withExtendedLifetime(fixture) {} }
        // A wrong --old-pin is a wrong PIN like any other: five lock.
        for m in 0..<5 {
            #expect(throws: StoreError.self) {
                try store.write(actor: "lina", at: Self.t0.adding(seconds: Int64(m) * 60)) { try $0.setPIN("13579135", for: "lina", oldPIN: "00000000") }
            }
        }
        #expect(try Self.events(store).last == "locked")
        // The equipment head (admin, as the OS account) issues a code; lina's new PIN from it ends the lock.
        let code = try store.write(actor: "admin", at: Self.t0.adding(seconds: 360)) { try $0.issuePINCode(for: "lina", issuerPIN: nil, osAccount: "admin") }
        try store.write(actor: "lina", at: Self.t0.adding(seconds: 420)) { try $0.setPIN("13579135", for: "lina", oldPIN: nil, code: code, osAccount: nil) }
        #expect(try Self.events(store).last == "set")
        #expect(Self.attempt(store, "13579135", minutes: 8) == nil, "not locked, the new PIN signs")
    }
}
