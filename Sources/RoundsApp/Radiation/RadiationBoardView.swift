import RoundsCore
import RoundsStore
import TerminalUI

/// Draws the radiation QC screen: the tabs line, a one-line summary, then the section's table.
/// Every standing has a text tag (`[OVERDUE]`, `[7 DAYS]`, `[RESTRICTED]`), never colour alone.
enum RadiationBoardView {
    static func render(_ state: inout RadiationBoardState, into frame: inout Frame, rect: Rect, strings s: Strings) {
        let tabs = RadiationBoardState.Section.allCases.map { $0 == state.section ? "[\(name($0, s))]" : " \(name($0, s)) " }
        let selected = RadiationBoardState.Section.allCases.firstIndex(of: state.section)!
        frame.putLabel(tabsLine(tabs, selected: selected, width: rect.width - 2), at: Point(x: rect.x + 1, y: rect.y), role: .header,
                       maxWidth: rect.width - 2)
        frame.putLabel(summary(state, s), at: Point(x: rect.x + 1, y: rect.y + 1), role: .dim, maxWidth: rect.width - 2)
        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        var view: TableView
        switch state.section {
        case .due: view = standingsTable(state.standings, s, width: rect.width)
        case .stability: view = stabilityTable(state.stability, s, width: rect.width)
        case .restricted: view = standingsTable(state.restricted, s, width: rect.width); view.emptyText = s.t(.noneRestricted)
        case .halfYear: view = testsTable(state.tests, s, width: rect.width)
        case .organisations: view = organisationsTable(state.organisations, s)
        case .licences: view = ruleTable(licenceLines(state.licences, s), s, empty: .noLicenceLines)
        case .imaging: view = ruleTable(imagingLines(state.imaging, s), s, empty: .noImagingLines)
        }
        state.table = view.render(into: &frame, rect: body, state: state.table)
    }

    /// The tabs in a line; when the line up to the selected tab does not fit, the first tabs give
    /// way to `..` so the selected one always shows.
    static func tabsLine(_ tabs: [String], selected: Int, width: Int) -> String {
        var first = 0
        func line(through last: Int) -> String { (first > 0 ? ".." : "") + tabs[first...last].joined(separator: " ") }
        while first < selected && displayWidth(line(through: selected)) > width { first += 1 }
        return line(through: tabs.count - 1)
    }

    static func name(_ section: RadiationBoardState.Section, _ s: Strings) -> String {
        switch section {
        case .due: return s.t(.secQCDue)
        case .stability: return s.t(.secQCStability)
        case .restricted: return s.t(.secQCRestricted)
        case .halfYear: return s.t(.secQCHalfYear)
        case .organisations: return s.t(.secQCOrganisations)
        case .licences: return s.t(.secLicences)
        case .imaging: return s.t(.secImaging)
        }
    }

    /// The counts (R79, R84) and the half-year list's deadline (R88); the licence and imaging
    /// sections say their own.
    static func summary(_ state: RadiationBoardState, _ s: Strings) -> String {
        switch state.section {
        case .licences: return licenceSummary(state.licences, s)
        case .imaging: return imagingSummary(state.imaging, s)
        case .stability:
            let due = state.stability.filter { !$0.due.overdue && $0.due.reminder != nil }.count
            return "\(s.t(.stabilityLabel)) \(state.stability.count)  \(s.t(.qcDueLabel)) \(due)  \(s.t(.qcOverdueLabel)) \(state.stability.filter(\.due.overdue).count)"
        default: break
        }
        let counts = RadiationCounts(state.standings)
        return "\(s.t(.qcDueLabel)) \(counts.due)  \(s.t(.qcOverdueLabel)) \(counts.overdue)  \(s.t(.qcFailedLabel)) \(counts.restricted)"
            + "  \(state.period) \(s.t(.reportBefore)) \(state.period.deadline)"
    }

    /// The standing's tag: overdue, the reminder step reached, or nothing yet.
    static func dueTag(_ d: QCDueStanding, _ s: Strings) -> (String, StyleRole?) {
        if d.overdue { return (s.t(.overdueTag), .overdue) }
        if let r = d.reminder { return (s.reminderTag(days: r), r <= 7 ? .overdue : .dueSoon) }
        return ("", nil)
    }

    /// The due list; a restricted device says so in its status, the failed test last (R84), or
    /// the stability test that asked for the status test (R81). The last status test day shows
    /// from 100 columns.
    static func standingsTable(_ list: [QCDeviceStanding], _ s: Strings, width: Int) -> TableView {
        let wide = width >= 100
        var columns = [
            TableColumn(s.t(.colStatus), width: .fixed(s.isChinese ? 10 : 12)),
            TableColumn(s.t(.colTag), width: .fixed(11)),
            TableColumn(s.t(.colDeptShort), width: .fixed(6)),
            TableColumn(s.t(.colStandard), width: .fixed(10)),
        ]
        if wide { columns.append(TableColumn(s.t(.colLastTest), width: .fixed(10))) }
        columns += [
            TableColumn(s.t(.colDue), width: .fixed(10)),
            TableColumn(s.t(.colDays), width: .fixed(5), alignment: .right),
            TableColumn(s.t(.colFailedTest), width: .flexible(min: 13, max: 30)),
        ]
        var view = TableView(columns: columns, rowCount: list.count, separator: " ") { i in
            let d = list[i]
            let (tag, role) = d.isRestricted ? (s.t(.tagRestricted), StyleRole.overdue) : dueTag(d.due, s)
            var cells = [tag, d.device.tag, d.device.department, d.standard]
            var roles: [StyleRole?] = [role, nil, nil, nil]
            if wide { cells.append(d.lastStatusTest?.description ?? "-"); roles.append(nil) }
            cells += [d.due.due.description, String(d.due.daysLeft),
                      d.restrictedBy.map { "#\($0.id) \($0.testedOn)" } ?? d.statusTestRequest.map { "R81 #\($0.test) \($0.items.joined(separator: ","))" } ?? ""]
            roles += [d.due.overdue ? .overdue : nil, d.due.overdue ? .overdue : nil, .overdue]
            return TableRow(cells, cellRoles: roles)
        }
        view.emptyText = s.t(.noQCDevices)
        return view
    }

    /// Each stability item by its period (R80): its standing, device, item and period, when it is
    /// due; the last stability test of the item shows from 100 columns (the item's name needs the
    /// room at 80).
    static func stabilityTable(_ list: [QCStabilityDue], _ s: Strings, width: Int) -> TableView {
        let wide = width >= 100
        var columns = [
            TableColumn(s.t(.colStatus), width: .fixed(s.isChinese ? 10 : 12)),
            TableColumn(s.t(.colTag), width: .fixed(11)),
            TableColumn(s.t(.colItem), width: .flexible(min: 10, weight: 2, max: 40)),
            TableColumn(s.t(.colPeriod), width: .fixed(s.isChinese ? 6 : 11)),
        ]
        if wide { columns.append(TableColumn(s.t(.colLastTest), width: .fixed(10))) }
        columns += [TableColumn(s.t(.colDue), width: .fixed(10)), TableColumn(s.t(.colDays), width: .fixed(5), alignment: .right)]
        var view = TableView(columns: columns, rowCount: list.count, separator: " ") { i in
            let d = list[i]
            let (tag, role) = dueTag(d.due, s)
            let name = QCStandards.standard(d.standard)?.groups.first { $0.code == d.group }?.items.first { $0.code == d.item }?.name
            let overdue: StyleRole? = d.due.overdue ? .overdue : nil
            var cells = [tag, d.device.tag, name.map { $0.text(chinese: s.isChinese) } ?? d.item, d.period.name.text(chinese: s.isChinese)]
            var roles: [StyleRole?] = [role, nil, nil, nil]
            if wide { cells.append(d.last?.description ?? "-"); roles.append(nil) }
            return TableRow(cells + [d.due.due.description, String(d.due.daysLeft)], cellRoles: roles + [overdue, overdue])
        }
        view.emptyText = s.t(.noStabilityItems)
        return view
    }

    /// The half-year list (R88); the standard shows from 100 columns (the device implies it).
    static func testsTable(_ tests: [QCTestSummary], _ s: Strings, width: Int) -> TableView {
        let wide = width >= 100
        var columns = [
            TableColumn(s.t(.colTested), width: .fixed(10)),
            TableColumn(s.t(.colTag), width: .fixed(11)),
            TableColumn(s.t(.colKind), width: .fixed(s.isChinese ? 10 : 16)),
        ]
        if wide { columns.append(TableColumn(s.t(.colStandard), width: .fixed(10))) }
        columns += [
            TableColumn(s.t(.colResult), width: .fixed(s.isChinese ? 8 : 6)),
            TableColumn(s.t(.colOrganisation), width: .flexible(min: 6, max: 20)),
            TableColumn(s.t(.colReport), width: .flexible(min: 6, weight: 2, max: 24)),
        ]
        var view = TableView(columns: columns, rowCount: tests.count, separator: " ") { i in
            let t = tests[i]
            var cells = [t.test.testedOn.description, t.test.device, t.test.kind.name.text(chinese: s.isChinese)]
            if wide { cells.append(t.test.standard) }
            cells += [s.t(t.passed ? .tagPass : .tagFail), t.test.organisation.isEmpty ? "-" : t.test.organisation, t.test.reportNumber]
            var roles: [StyleRole?] = Array(repeating: nil, count: cells.count)
            roles[cells.count - 3] = t.passed ? .ok : .overdue
            return TableRow(cells, cellRoles: roles)
        }
        view.emptyText = s.t(.noQCTests)
        return view
    }

    static func organisationsTable(_ list: [OrganisationStanding], _ s: Strings) -> TableView {
        let columns = [
            TableColumn(s.t(.colCode), width: .fixed(8)),
            TableColumn(s.t(.colName), width: .flexible(min: 8, weight: 2, max: 30)),
            TableColumn(s.t(.colValidUntil), width: .fixed(11)),
            TableColumn(s.t(.colStanding), width: .flexible(min: 10, weight: 3, max: 60)),
        ]
        var view = TableView(columns: columns, rowCount: list.count, separator: " ") { i in
            let o = list[i]
            let standing = o.mayTest ? s.t(.tagMayTest) : o.problems.map { s.organisationTag($0) }.joined(separator: " ")
                + (o.uncovered.isEmpty ? "" : " " + o.uncovered.joined(separator: ","))
            return TableRow([o.organisation.code, o.organisation.name, o.organisation.validUntil.description, standing],
                            cellRoles: [nil, nil, o.problems.contains(.expired) ? .overdue : nil, o.mayTest ? .ok : .overdue])
        }
        view.emptyText = s.t(.noOrganisations)
        return view
    }
}

/// The radiation QC counts the dashboard line and the screen's summary show (R79, R84): status
/// tests within their 60-day reminder, overdue ones, and devices restricted by a failed test.
public struct RadiationCounts: Sendable, Equatable {
    public var due = 0, overdue = 0, restricted = 0

    public init(_ standings: [QCDeviceStanding] = []) {
        for d in standings {
            if d.due.overdue { overdue += 1 } else if d.due.reminder != nil { due += 1 }
            if d.isRestricted { restricted += 1 }
        }
    }

    public var isEmpty: Bool { due + overdue + restricted == 0 }
}
