import Foundation
import Testing
@testable import RoundsStore

/// The stored form of PINs (R2): v2 scrypt with its cost in the string; v1 still verifies.
struct PINHashTests {
    /// A fixed salt, so the expected strings below are known in advance.
    static let salt: [UInt8] = Array(0..<16)

    @Test func theV2FormCarriesScryptItsCostSaltAndHashAndRoundTrips() {
        let stored = PINHash.make("246810", salt: Self.salt)
        // Computed independently with Python: hashlib.scrypt(b"246810", salt=bytes(range(16)),
        // n=32768, r=12, p=1, dklen=32).
        #expect(stored == "v2$scrypt$32768$12$1$000102030405060708090a0b0c0d0e0f$7ad5b1261da735b9e4f706e59b9bcd3e55d492c9d5aab4c7f77bafc1353cbe31")
        #expect(PINHash.matches("246810", stored))
        #expect(!PINHash.matches("246811", stored), "one digit off")
        #expect(!PINHash.matches("", stored))
    }

    @Test func eachPINGetsItsOwnRandomSalt() {
        // Two people with the same PIN: different stored strings, both verify.
        let a = PINHash.make("246810", cost: PINHash.documentedPINCost)
        let b = PINHash.make("246810", cost: PINHash.documentedPINCost)
        #expect(a != b)
        #expect(PINHash.matches("246810", a) && PINHash.matches("246810", b))
        #expect(a.hasPrefix("v2$scrypt$1024$1$1$"))
    }

    @Test func theCostIsReadFromTheStoredString() {
        // RFC 7914 §12's second test vector (first 32 of its 64 bytes): "password", salt "NaCl",
        // N = 1024, r = 8, p = 16. It verifies only because matches() uses the stored N, r and p.
        let rfc = "v2$scrypt$1024$8$16$4e61436c$fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
        #expect(PINHash.matches("password", rfc))
        #expect(!PINHash.matches("password", rfc.replacingOccurrences(of: "$1024$8$16$", with: "$1024$8$15$")))
    }

    @Test func aV1HashStillVerifies() {
        // Made by the v1 code (and by Python: sha256(salt + b"2468"), then 999 times
        // sha256(digest + salt)) with the salt 00…0f.
        let v1 = "v1$000102030405060708090a0b0c0d0e0f$392f7e1803b283b7e204cfc7598f95a265bb5e09b80522f9229a2caa114739af"
        #expect(PINHash.matches("2468", v1))
        #expect(!PINHash.matches("2469", v1))
    }

    @Test func damagedOrExtravagantStoredFormsNeverMatch() {
        let good = PINHash.make("246810", salt: Self.salt, cost: PINHash.documentedPINCost)
        let parts = good.split(separator: "$").map(String.init)
        let cases = [
            "",                                                        // no PIN
            "v3$scrypt$1024$1$1$\(parts[5])$\(parts[6])",              // unknown version
            "v2$bcrypt$1024$1$1$\(parts[5])$\(parts[6])",              // unknown function
            "v2$scrypt$1000$1$1$\(parts[5])$\(parts[6])",              // N not a power of 2
            "v2$scrypt$16777216$1$1$\(parts[5])$\(parts[6])",          // N = 2^24: gigabytes, refused unread
            "v2$scrypt$1024$1$1$\(parts[5])$\(parts[6].dropLast(2))",  // hash cut short
            "v2$scrypt$1024$1$1$zz$\(parts[6])",                       // salt not hex
        ]
        // Each case differs from `good` in one thing only.
        #expect(good == "v2$scrypt$1024$1$1$\(parts[5])$\(parts[6])")
        #expect(PINHash.matches("246810", good))
        for c in cases { #expect(!PINHash.matches("246810", c), "\(c)") }
    }

    @Test func comparisonLooksAtEveryByte() {
        #expect(PINHash.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!PINHash.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!PINHash.constantTimeEqual([1, 2, 3], [1, 2]))
    }
}
