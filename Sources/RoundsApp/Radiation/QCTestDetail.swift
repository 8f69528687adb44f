import RoundsCore
import RoundsStore
import TerminalUI

/// One QC test as recorded (R76): the device, kind and standard, the testing organisation as
/// registered on the test day (R86), the instruments, then every item with its result — for a
/// stability test with its exposure and geometry, and each item against its baseline (R80, R81).
public struct QCTestDetailState: Sendable {
    public var summary: QCTestSummary
    public var organisation: TestingOrganisation?
    public var scroll = 0

    static func load(_ store: Store, id: Int64) throws -> QCTestDetailState? {
        guard let t = try store.qcTest(id) else { return nil }
        let org = t.test.organisation.isEmpty ? nil : try store.organisations(on: t.test.testedOn).first { $0.code == t.test.organisation }
        return QCTestDetailState(summary: t, organisation: org)
    }

    func lines(strings s: Strings, calendar: FacilityCalendar) -> [(String, StyleRole)] {
        let t = summary, zh = s.isChinese
        let org = t.test.organisation.isEmpty ? s.t(.hospitalItself)
            : [t.test.organisation, organisation?.name ?? "", t.certificate].filter { !$0.isEmpty }.joined(separator: "  ")
        var fields: [(TextID, String)] = [
            (.lblDevice, "\(t.test.device) (\(t.department))"),
            (.lblTest, "\(t.test.kind.name.text(chinese: zh)) \(t.test.standard) [\(t.group)]"),
            (.lblOrganisation, org),
            (.lblReport, [t.test.reportNumber, "\(s.t(.colTested)) \(t.test.testedOn)",
                          t.test.reportedOn.map { "\(s.t(.lblReported)) \($0)" } ?? ""].filter { !$0.isEmpty }.joined(separator: "  ")),
            (.lblResult, s.t(t.passed ? .tagPass : .tagFail) + (t.ticket.isEmpty ? "" : "  \(s.t(.colTicket)) \(t.ticket)")),
            (.lblOverride, t.overrideBy.isEmpty ? "-" : "\(t.overrideBy): \(t.overrideReason)"),
            (.lblEntered, "\(calendar.format(t.recordedAt))  \(t.recordedBy)"),
        ]
        if let c = t.test.stability { fields += [(.lblExposure, c.exposure), (.lblGeometry, c.geometry)] }
        let width = fields.map { displayWidth(s.t($0.0)) }.max() ?? 8
        var out: [(String, StyleRole)] = [("\(t.test.device)  #\(t.id)", .title)]
        out += fields.map { (fit(s.t($0.0), width: width) + "  " + $0.1, $0.0 == .lblResult ? (t.passed ? .ok : .overdue) : .normal) }
        out.append(("", .normal))
        out.append((s.t(.lblInstruments), .header))
        out += (t.test.instruments.isEmpty ? ["-"] : t.test.instruments).map { ("  " + $0, .normal) }
        if !t.test.attachments.isEmpty {
            out.append((s.t(.lblAttachments), .header))
            out += t.test.attachments.map { ("  " + $0, .normal) }
        }
        out.append(("", .normal))
        out.append((s.t(.lblItems), .header))
        let names = QCStandards.standard(t.test.standard)?.groups.first { $0.code == t.group }?.items ?? []
        for r in t.test.items {
            let name = names.first { $0.code == r.item }.map { $0.name.text(chinese: zh) } ?? ""
            let role: StyleRole = r.outcome == .fail ? .overdue : (r.outcome == .pass ? .normal : .warning)
            let measured = [r.measured, r.requirement.isEmpty ? "" : "(\(r.requirement))", r.note].filter { !$0.isEmpty }.joined(separator: " ")
            out.append(("  \(fit(s.outcomeTag(r.outcome), width: zh ? 10 : 12)) \(r.item) \(name)\(measured.isEmpty ? "" : "  " + measured)", role))
            if let j = t.stability.first(where: { $0.item == r.item }) {
                out.append((String(repeating: " ", count: zh ? 13 : 15) + s.stabilityJudgement(j), j.withinLimit == false ? .overdue : .normal))
            }
        }
        return out
    }
}

enum QCTestDetailView {
    static func render(_ state: inout QCTestDetailState, into frame: inout Frame, rect: Rect, strings s: Strings, calendar: FacilityCalendar) {
        TextPage.render(state.lines(strings: s, calendar: calendar), scroll: &state.scroll, into: &frame, rect: rect)
    }
}
