import RoundsCore
import RoundsStore
import TerminalUI

/// The radiation QC screen: one section at a time, Tab to the next. Every section reads what the
/// store already decides (R79 due and reminders, R84 restrictions, R86 organisations, R88 the
/// half-year list, R91–R95 the licences, R66–R70 imaging); the screen only lays it out.
///
/// A new section is a new ``Section`` case with its rows in
/// ``rowCount`` and its table in ``RadiationBoardView``; Tab and the tabs line pick it up.
public struct RadiationBoardState: Sendable {
    public enum Section: String, CaseIterable, Sendable {
        /// Every tracked radiation device's next status test, soonest first (R79: 60/30/7-day reminders).
        case due
        /// Every stability item of every tracked radiation device by its period, soonest first (R80).
        case stability
        /// Devices a failed acceptance or status test restricts until a passing retest (R84).
        case restricted
        /// The tests of the half-year whose list is reported next (R88).
        case halfYear
        /// The testing organisations and what stands against each (R86).
        case organisations
        /// The radiation licences and their open tasks (R91–R95, R65).
        case licences
        /// The imaging configuration (R70), missing log days (R66) and this month's intact rate (R68).
        case imaging
    }

    public var section: Section = .due
    public var today: Day
    public var standings: [QCDeviceStanding]
    public var stability: [QCStabilityDue] = []
    /// The half-year listed: the one whose report is due within 30 days, else the current one.
    public var period: HalfYear
    public var tests: [QCTestSummary]
    public var organisations: [OrganisationStanding]
    var licences: RadiationLicences
    var imaging: RadiationImaging
    public var table = TableState(rowCount: 0)

    static func load(_ store: Store, today: Day, now: Instant) throws -> RadiationBoardState {
        let standings = try store.qcStandings(today: today)
        let period = HalfYear.reminder(today: today)?.period ?? HalfYear(containing: today)
        var state = RadiationBoardState(today: today, standings: standings, period: period, tests: try store.halfYearTests(period),
                                        organisations: try store.organisationStandings(on: today, needed: Set(standings.map(\.standard))),
                                        licences: try RadiationLicences.load(store, today: today),
                                        imaging: try RadiationImaging.load(store, today: today, now: now))
        state.stability = try store.qcStabilityDue(today: today)
        state.table = TableState(rowCount: state.rowCount)
        return state
    }

    var restricted: [QCDeviceStanding] { standings.filter(\.isRestricted) }

    var rowCount: Int {
        switch section {
        case .due: return standings.count
        case .stability: return stability.count
        case .restricted: return restricted.count
        case .halfYear: return tests.count
        case .organisations: return organisations.count
        case .licences: return licences.rowCount
        case .imaging: return imaging.rowCount
        }
    }

    /// Tab: the next section, its first line selected.
    mutating func nextSection() {
        let all = Section.allCases
        section = all[(all.firstIndex(of: section)! + 1) % all.count]
        table = TableState(rowCount: rowCount)
    }

    /// The same data read again, keeping the section and the selected line.
    func reloaded(_ store: Store, today: Day, now: Instant) throws -> RadiationBoardState {
        var fresh = try RadiationBoardState.load(store, today: today, now: now)
        fresh.section = section
        fresh.table = TableState(rowCount: fresh.rowCount)
        fresh.table.select(table.selected)
        return fresh
    }

    /// The device of the selected line, if the line is about one.
    var selectedDevice: String? {
        let i = table.selected
        switch section {
        case .due: return standings.indices.contains(i) ? standings[i].device.tag : nil
        case .stability: return stability.indices.contains(i) ? stability[i].device.tag : nil
        case .restricted: return restricted.indices.contains(i) ? restricted[i].device.tag : nil
        case .halfYear: return tests.indices.contains(i) ? tests[i].test.device : nil
        case .organisations, .licences, .imaging: return nil
        }
    }

    /// What Enter opens on a licences or imaging line (the QC sections open a test instead).
    var selectedOpening: RadiationOpening? {
        switch section {
        case .licences: return licences.opening(at: table.selected)
        case .imaging: return imaging.opening(at: table.selected)
        case .due, .stability, .restricted, .halfYear, .organisations: return nil
        }
    }

    /// The kind of test the selected line calls for: a stability test on the stability list (R80),
    /// the retest of the failed kind (R84), else the yearly status test (R79).
    var kindToRecord: QCTestKind {
        if section == .stability { return .stability }
        guard section == .restricted, restricted.indices.contains(table.selected) else { return .status }
        return restricted[table.selected].restrictedBy?.kind ?? .status
    }

    /// The test Enter opens: the line's test, the failed test restricting the device, the latest
    /// stability test of the line's item, or the device's latest status test.
    func selectedTest(_ store: Store) throws -> Int64? {
        let i = table.selected
        switch section {
        case .halfYear: return tests.indices.contains(i) ? tests[i].id : nil
        case .restricted: return restricted.indices.contains(i) ? restricted[i].restrictedBy?.id : nil
        case .due:
            guard standings.indices.contains(i) else { return nil }
            return try store.qcTests(QCTestFilter(device: standings[i].device.tag)).last { $0.test.kind == .status }?.id
        case .stability:
            guard stability.indices.contains(i), stability[i].last != nil else { return nil }
            let line = stability[i]
            return try store.qcTests(QCTestFilter(device: line.device.tag)).filter { $0.test.kind == .stability }.reversed()
                .lazy.compactMap { try? store.qcTest($0.id) }.first { $0.test.items.contains { $0.item == line.item } }?.id
        case .organisations, .licences, .imaging: return nil
        }
    }
}
