import Foundation

/// The value an item's stability results are compared with (R80): the device's own measurement
/// of the item in its latest passed acceptance test, else (a device accepted before the store, or
/// whose acceptance report gave no figure) in its latest passed status test.
public struct StabilityBaseline: Hashable, Sendable {
    public var value: Double
    /// The test it was taken from.
    public var test: Int64
    public var kind: QCTestKind
    public var testedOn: Day

    public init(value: Double, test: Int64, kind: QCTestKind, testedOn: Day) {
        self.value = value; self.test = test; self.kind = kind; self.testedOn = testedOn
    }
}

/// One item of a stability test judged against its baseline (R80, R81).
///
/// ```swift
/// // CT number of water: baseline 1.0 HU (acceptance), limit ±4: 6.0 is 5.0 off → beyond.
/// let r = StabilityResult(item: "ct-number-water", value: 6, baseline: b, limit: .absolute(4), cause: "not-determined")
/// r.withinLimit        // false
/// r.needsStatusTest    // true (R81)
/// ```
public struct StabilityResult: Hashable, Sendable {
    public var item: String
    public var value: Double
    /// nil: no baseline yet, so the result is recorded but not judged.
    public var baseline: StabilityBaseline?
    public var limit: StabilityLimit
    /// The cause given for a deviation beyond the limit, "" when none was needed.
    public var cause: String

    public init(item: String, value: Double, baseline: StabilityBaseline?, limit: StabilityLimit, cause: String = "") {
        self.item = item; self.value = value; self.baseline = baseline; self.limit = limit; self.cause = cause
    }

    /// value − baseline.
    public var deviation: Double? { baseline.map { value - $0.value } }

    /// Whether the value lies within the control limit of its baseline; nil without a baseline.
    public var withinLimit: Bool? { baseline.map { limit.allows(value, baseline: $0.value) } }

    /// R81: beyond the limit and the cause not determined.
    public var needsStatusTest: Bool { withinLimit == false && cause == StabilityConditions.notDetermined }

    /// The number a measured value begins with: `"4.2 HU"` → 4.2, `"-3"` → −3, `"12%"` → 12;
    /// nil when it does not begin with one.
    public static func number(in text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces)
        var end = t.startIndex
        for (i, c) in zip(t.indices, t) {
            if c.isASCII && (c.isNumber || c == "." || ((c == "-" || c == "+") && i == t.startIndex)) { end = t.index(after: i) } else { break }
        }
        return Double(t[t.startIndex..<end])
    }
}
