/// Whether a test record may be finalised (R75, R82, R83): the standard must be the one that applies
/// to the device's category, every item the standard lists for the kind must have a result (no
/// fewer, no unknown ones, none twice), an untestable item must carry its evidence, and the record
/// must name its instruments. A stability test covers the items it was done for, at least one:
/// each item has its own period (R80), so a monthly test does not repeat the quarterly items.
///
/// ```swift
/// QCCompleteness.problem(record, category: "mri")   // R75: no radiation QC standard applies to mri …
/// ```
public enum QCCompleteness {
    public static func problem(_ test: QCTestRecord, category: String) -> RuleText? {
        guard let (standard, group) = QCStandards.applicable(category: category) else {
            return RuleText(en: "\(test.device) (category '\(category)') is not a device any radiation QC standard covers (WS 76-2020, WS 519-2019, WS 818-2023): it takes no QC test",
                            zh: "\(test.device)（类别“\(category)”）不属于任何放射质控标准（WS 76-2020、WS 519-2019、WS 818-2023）的检测范围，不做质控检测").prefixed("R75")
        }
        if QCStandards.standard(test.standard)?.code != standard.code {
            return RuleText(en: "\(test.device) is tested under \(standard.code) (\(group.name.en)), not '\(test.standard)'",
                            zh: "\(test.device) 应按 \(standard.code)（\(group.name.zh)）检测，而不是“\(test.standard)”").prefixed("R75")
        }
        let required = group.items(for: test.kind).map(\.code)
        var seen: Set<String> = []
        for r in test.items {
            guard required.contains(r.item) else {
                return RuleText(en: "'\(r.item)' is not an item of a \(test.kind.name.en) under \(standard.code) (\(group.code)); see `rounds qc standards`",
                                zh: "“\(r.item)”不是 \(standard.code)（\(group.code)）\(test.kind.name.zh)的检测项目；见 `rounds qc standards`").prefixed("R83")
            }
            guard seen.insert(r.item).inserted else {
                return RuleText(en: "item '\(r.item)' has two results", zh: "检测项目“\(r.item)”有两个结果").prefixed("R83")
            }
            if let missing = evidenceProblem(r, kind: test.kind) { return missing }
        }
        if test.kind == .stability && test.items.isEmpty {
            return RuleText(en: "a stability test needs at least one item (see `rounds qc standards`)",
                            zh: "稳定性检测至少须有一个检测项目（见 `rounds qc standards`）").prefixed("R83")
        }
        let missing = test.kind == .stability ? [] : required.filter { !seen.contains($0) }
        if !missing.isEmpty {
            return RuleText(en: "every item of the standard must be tested or marked untestable; no result for: \(missing.joined(separator: ", "))",
                            zh: "标准规定的检测项目须全部检测或标注无法检测，不得少测漏测；以下项目没有结果：\(missing.joined(separator: "、"))").prefixed("R83")
        }
        if test.instruments.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            return RuleText(en: "the record must name the test instruments used", zh: "须记录所用的检测仪器").prefixed("R76")
        }
        return nil
    }

    /// An untestable item's missing evidence (R82), or nil.
    static func evidenceProblem(_ r: QCItemResult, kind: QCTestKind) -> RuleText? {
        guard r.outcome == .untestable else { return nil }
        func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespaces).isEmpty }
        switch kind {
        case .acceptance where blank(r.manufacturerConfirmation) || blank(r.hospitalSeal):
            return RuleText(en: "item '\(r.item)' could not be tested: an acceptance test needs the manufacturer's written confirmation and the hospital's sealed acknowledgement as attachments",
                            zh: "检测项目“\(r.item)”无法检测：验收检测须附设备厂方书面确认和医疗卫生机构加盖公章的认可").prefixed("R82")
        case .status, .stability:
            if r.note.trimmingCharacters(in: .whitespaces).count < minimumNoteLength {
                return RuleText(en: "item '\(r.item)' could not be tested: a \(kind.name.en) needs a detailed note why (at least \(minimumNoteLength) characters)",
                                zh: "检测项目“\(r.item)”无法检测：\(kind.name.zh)须详细标注说明原因（至少 \(minimumNoteLength) 个字）").prefixed("R82")
            }
            return nil
        default:
            return nil
        }
    }

    /// What "detailed" means for an untestable item's note: at least this many characters
    /// (a Chinese sentence of ten characters says why; "n/a" does not).
    public static let minimumNoteLength = 10
}
