import Testing
@testable import RoundsCore

/// IPM yield (R98, WHO 5.4.3): inspections that found a hazard or a fault / inspections, in the window
/// and not after now.
struct KPIYieldTests {
    func record(_ tag: String, _ kind: InspectionKind, _ day: String, _ result: InspectionResult) -> InspectionRecord {
        var r = inspection(tag, kind, day)   // 09:00 local
        r.result = result
        return r
    }

    var march: [InspectionRecord] {
        [
            record("A", .monthly, "2026-03-02", .ok),
            record("A", .tenDay, "2026-03-02", .hazard),
            record("A", .tenDay, "2026-03-12", .ok),
            record("B", .monthly, "2026-03-03", .fault),
            record("B", .tenDay, "2026-03-13", .ok),
            record("C", .monthly, "2026-03-04", .ok),
            record("C", .quarterly, "2026-03-20", .hazard),
            record("C", .tenDay, "2026-03-31", .ok),
            // Outside the window: the day before and the day after.
            record("A", .monthly, "2026-02-28", .fault),
            record("A", .monthly, "2026-04-01", .hazard),
        ]
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var now: String
        var devices: Set<String>?
        var numerator: Int, denominator: Int
        var hazards: Int, faults: Int
        var testDescription: String { name }
    }

    @Test(arguments: [
        // March: 8 records; A's 10-day hazard, B's monthly fault, C's quarterly hazard → 3 / 8 = 37.5 %.
        Case(name: "whole fleet", now: "2026-04-02T00:00", devices: nil, numerator: 3, denominator: 8, hazards: 2, faults: 1),
        // Now 03-20 08:00: C's 03-20 09:00 and 03-31 records are after now → 2 / 6.
        Case(name: "records after now are ignored", now: "2026-03-20T08:00", devices: nil, numerator: 2, denominator: 6, hazards: 1, faults: 1),
        // Only A and B: 5 records, 2 findings.
        Case(name: "one department's devices", now: "2026-04-02T00:00", devices: ["A", "B"], numerator: 2, denominator: 5, hazards: 1, faults: 1),
        // No device: nothing to divide by.
        Case(name: "no inspections", now: "2026-04-02T00:00", devices: ["Z"], numerator: 0, denominator: 0, hazards: 0, faults: 0),
    ])
    func yieldInTheWindow(_ c: Case) {
        let y = IPMYield.compute(inspections: march, from: d("2026-03-01"), to: d("2026-03-31"), now: at(c.now), devices: c.devices)
        #expect(y.yield == KPIFraction(numerator: c.numerator, denominator: c.denominator))
        #expect(y.hazards == c.hazards && y.faults == c.faults)
        #expect(y.yield.value == (c.denominator > 0 ? Double(c.numerator) / Double(c.denominator) : nil))
    }

    @Test func yieldByKind() {
        // 10-day: 4 records, A's hazard → 1 / 4; monthly: 3 records, B's fault → 1 / 3; quarterly: 1 / 1.
        let y = IPMYield.compute(inspections: march, from: d("2026-03-01"), to: d("2026-03-31"), now: at("2026-04-02T00:00"))
        #expect(y.byKind[.tenDay] == KPIFraction(numerator: 1, denominator: 4))
        #expect(y.byKind[.monthly] == KPIFraction(numerator: 1, denominator: 3))
        #expect(y.byKind[.quarterly] == KPIFraction(numerator: 1, denominator: 1))
        #expect(places6(y.yield.value) == "0.375000")
    }
}
