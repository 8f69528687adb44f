/// Checks a stability test before it is finalised and judges each item against its baseline (R80,
/// R81):
///
/// - the test records its exposure parameters and geometry (R80; the instruments are checked for
///   every test, R76);
/// - every tested item has its measured value as a number, compared with the item's baseline and
///   control limit (``QCStabilityItems``); without a baseline it is recorded, not judged;
/// - an item beyond its limit cannot pass, and needs its cause: the cause found, or
///   ``StabilityConditions/notDetermined``, which asks for a status test (R81).
///
/// ```swift
/// // CT: ct-number-water 6.0 against the acceptance test's 1.0, limit ±4, given as fail with
/// // cause not-determined → judged, beyond the limit, needsStatusTest.
/// StabilityCheck.judge(test, group: ct, baselines: ["ct-number-water": b])
/// ```
public enum StabilityCheck {
    public enum Judgement: Hashable, Sendable {
        case judged([StabilityResult])
        case refused(RuleText)
    }

    public static func judge(_ test: QCTestRecord, group: QCDeviceGroup, baselines: [String: StabilityBaseline]) -> Judgement {
        guard let c = test.stability, !blank(c.exposure), !blank(c.geometry) else {
            return .refused(RuleText(en: "a stability test records the exposure parameters and the geometry it was done with: give --exposure TEXT and --geometry TEXT",
                                     zh: "稳定性检测须记录曝光参数和几何条件：请给出 --exposure TEXT 和 --geometry TEXT").prefixed("R80"))
        }
        var out: [StabilityResult] = []
        for r in test.items where r.outcome != .untestable {
            guard let rule = QCStabilityItems.rule(standard: test.standard, group: group.code, item: r.item) else { continue }
            guard let value = StabilityResult.number(in: r.measured) else {
                return .refused(RuleText(en: "item '\(r.item)': a stability result is compared with its baseline, so it needs its measured value as a number (--measured \(r.item)=NUMBER)",
                                         zh: "检测项目“\(r.item)”：稳定性检测结果须与基线值比较，须以数值给出测量值（--measured \(r.item)=数值）").prefixed("R80"))
            }
            let result = StabilityResult(item: r.item, value: value, baseline: baselines[r.item], limit: rule.limit,
                                         cause: (c.causes[r.item] ?? "").trimmingCharacters(in: .whitespaces))
            if result.withinLimit == false, let b = result.baseline {
                let off = "\(r.item) \(StabilityLimit.number(value)) against its baseline \(StabilityLimit.number(b.value)) (\(b.kind.name.en) #\(b.test) of \(b.testedOn)) is beyond the control limit ±\(rule.limit)"
                let offZh = "\(r.item) 测得 \(StabilityLimit.number(value))，基线值 \(StabilityLimit.number(b.value))（\(b.testedOn) \(b.kind.name.zh) #\(b.test)），超出控制限 ±\(rule.limit)"
                if r.outcome == .pass {
                    return .refused(RuleText(en: "\(off): it cannot pass (give --item \(r.item)=fail)", zh: "\(offZh)：不能判为合格（请给出 --item \(r.item)=fail）").prefixed("R81"))
                }
                if result.cause.isEmpty {
                    return .refused(RuleText(en: "\(off): give its cause with --cause \(r.item)=TEXT, or --cause \(r.item)=\(StabilityConditions.notDetermined) when it is not found (a status test is then due)",
                                             zh: "\(offZh)：请用 --cause \(r.item)=原因 给出原因；原因不明时给出 --cause \(r.item)=\(StabilityConditions.notDetermined)（随即须做状态检测）").prefixed("R81"))
                }
            }
            out.append(result)
        }
        return .judged(out)
    }

    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespaces).isEmpty }
}
