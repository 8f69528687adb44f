import Foundation
import RoundsCore
import RoundsStore

/// What `qc record` says on stderr after a stability test (R80, R81): each item against its
/// baseline with its deviation and limit, the warnings about conditions that differ from the
/// previous test of an item, and the status test a deviation of undetermined cause asks for.
/// The test's own line (`qc ID pass|fail`) stays alone on stdout.
struct QCStabilityNotes {
    let chinese: Bool
    let device: String

    private func l(_ en: String, _ zh: String) -> String { chinese ? zh : en }

    /// One item: `ct-number-water 6 (baseline 1, acceptance #3 2025-06-01): +5, beyond ±4, cause not-determined`.
    func line(_ r: StabilityResult) -> String {
        let value = StabilityLimit.number(r.value)
        guard let b = r.baseline, let d = r.deviation else {
            return l("R80: \(r.item) \(value): no baseline yet (no acceptance or status test gave this item a figure), recorded without judging",
                     "R80：\(r.item) \(value)：尚无基线值（验收或状态检测未给出该项目的数值），仅记录，不作判断")
        }
        let off = (d >= 0 ? "+" : "") + StabilityLimit.number((d * 1000).rounded() / 1000)
        let base = l("baseline \(StabilityLimit.number(b.value)), \(b.kind.name.en) #\(b.test) \(b.testedOn)",
                     "基线值 \(StabilityLimit.number(b.value))，\(b.testedOn) \(b.kind.name.zh) #\(b.test)")
        let verdict = r.withinLimit == true ? l("within ±\(r.limit)", "在控制限 ±\(r.limit) 内")
            : l("beyond ±\(r.limit), cause \(r.cause)", "超出控制限 ±\(r.limit)，原因：\(r.cause == StabilityConditions.notDetermined ? "原因不明" : r.cause)")
        return "R80: \(r.item) \(value) (\(base)): \(off), \(verdict)"
    }

    func print(_ made: QCTestOutcome) {
        for r in made.stability { TicketArgs.note(line(r)) }
        for w in made.warnings { TicketArgs.note(l("warning: ", "警告：") + w.text(chinese: chinese)) }
        let asking = made.stability.filter(\.needsStatusTest).map(\.item)
        if !asking.isEmpty {
            TicketArgs.note(l("R81: the cause of \(asking.joined(separator: ", ")) is not determined: a status test of \(device) is due now (`rounds qc due`)",
                              "R81：\(asking.joined(separator: "、")) 超出控制限且原因不明：\(device) 须即做状态检测（`rounds qc due`）"))
        }
    }
}
