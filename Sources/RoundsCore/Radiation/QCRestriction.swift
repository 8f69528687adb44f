/// Whether a device is restricted by its QC tests (R84): a failed status or acceptance test
/// restricts it until a later test of either kind passes. Stability tests do not restrict (a
/// deviation there calls for a status test, R81).
///
/// ```swift
/// QCRestriction.failingTest(in: tests)   // the failed test still in force, or nil
/// ```
public enum QCRestriction {
    /// A finalised test as the restriction needs it: kind, day, order of entry, result.
    public struct Entry: Hashable, Sendable {
        public var id: Int64
        public var kind: QCTestKind
        public var testedOn: Day
        public var passed: Bool
        public init(id: Int64, kind: QCTestKind, testedOn: Day, passed: Bool) {
            self.id = id; self.kind = kind; self.testedOn = testedOn; self.passed = passed
        }
    }

    /// The failed test that restricts the device, or nil: the latest acceptance or status test (by
    /// test day, then entry order), if it failed.
    public static func failingTest(in tests: [Entry]) -> Entry? {
        let latest = tests.filter { $0.kind != .stability }.max { ($0.testedOn, $0.id) < ($1.testedOn, $1.id) }
        return latest.flatMap { $0.passed ? nil : $0 }
    }
}
