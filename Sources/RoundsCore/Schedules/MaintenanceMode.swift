/// How a maintenance plan's tasks are taken up (R33; IMR 2.4, WHO A.3 #11), spelled as the command
/// line spells them.
///
/// - `standard`: each device when its own plan falls due (R30), the default.
/// - `concentrated`: all devices of a department in one window, say a weekend when the operating
///   theatres are closed; the plan carries the window's first and last day.
/// - `rotation`: device by device while it is idle (ICU, emergency); a task may be deferred because
///   the device is in use, and is offered again.
///
/// The mode never moves a due day: due days float from completion as R30 says
/// (``MaintenancePlan/nextDue(latest:base:)``), so a deferral or a late window shows as overdue in
/// `report maintenance` and as missed in R96's completion rate.
public enum MaintenanceMode: String, CaseIterable, Hashable, Sendable, Codable {
    case standard
    case concentrated
    case rotation
}

/// The days a concentrated plan's work is done in, first and last inclusive (R33).
///
/// ```swift
/// MaintenanceWindow(from: Day(2026, 4, 4)!, to: Day(2026, 4, 5)!)?.text   // "2026-04-04..2026-04-05"
/// MaintenanceWindow(from: Day(2026, 4, 5)!, to: Day(2026, 4, 4)!)         // nil: it ends before it starts
/// ```
public struct MaintenanceWindow: Hashable, Sendable, Codable {
    public var from: Day
    public var to: Day

    /// Nil when the window ends before it starts.
    public init?(from: Day, to: Day) {
        guard from <= to else { return nil }
        self.from = from; self.to = to
    }

    /// `FROM..TO`, as the listings print it.
    public var text: String { "\(from)..\(to)" }

    public func contains(_ day: Day) -> Bool { from <= day && day <= to }
}

/// A plan's scheduling (R33): its mode, and the window of a concentrated plan.
public struct MaintenanceScheduling: Hashable, Sendable, Codable {
    public var mode: MaintenanceMode
    /// Set exactly when `mode` is `concentrated`.
    public var window: MaintenanceWindow?

    public init(mode: MaintenanceMode, window: MaintenanceWindow? = nil) {
        self.mode = mode; self.window = mode == .concentrated ? window : nil
    }

    /// A plan never scheduled otherwise: standard, no window.
    public static let standard = MaintenanceScheduling(mode: .standard)
}

/// Counting the deferrals of a rotation plan (R33): "device in use", the one reason R33 gives.
///
/// A deferral leaves the task due (it is offered again at the next listing); the count shown beside
/// the plan is that of its current task, the deferrals after the last time it was done.
///
/// ```swift
/// // Done 2026-03-01; deferred 02-20 (the task before), 03-10 and 03-12: the current task has 2.
/// MaintenanceDeferrals.current([Day(2026, 2, 20)!, Day(2026, 3, 10)!, Day(2026, 3, 12)!],
///                              lastDone: Day(2026, 3, 1)!)                              // 2
/// MaintenanceDeferrals.inPeriod(days, from: Day(2026, 3, 1)!, to: Day(2026, 3, 10)!)    // 1
/// ```
public enum MaintenanceDeferrals {
    /// The reason of every deferral, as the command line spells it (R33).
    public static let deviceInUse = "device-in-use"

    /// The deferrals after `lastDone` (all of them when it was never done). A deferral on the day it
    /// was done came before the work (the device was in use in the morning): it belongs to that
    /// task, not the next.
    public static func current(_ deferrals: [Day], lastDone: Day?) -> Int {
        guard let lastDone else { return deferrals.count }
        return deferrals.filter { $0 > lastDone }.count
    }

    /// The deferrals on the days from…to inclusive, for R96's report.
    public static func inPeriod(_ deferrals: [Day], from: Day, to: Day) -> Int {
        deferrals.filter { from <= $0 && $0 <= to }.count
    }
}

/// How many times a plan's task was deferred because the device was in use (R33).
public struct MaintenanceDeferralCount: Sendable, Equatable {
    public var device: String
    public var tier: MaintenanceTier
    public var department: String
    public var count: Int

    public init(device: String, tier: MaintenanceTier, department: String, count: Int) {
        self.device = device; self.tier = tier; self.department = department; self.count = count
    }
}
